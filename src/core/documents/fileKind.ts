import type { FileKind } from '../types';

// File names we recognise, following VS Code's own associations and Docker's defaults.
// As VS Code's own association and the CLI contract: Dockerfile, Dockerfile.*, *.dockerfile (and
// the Containerfile spellings). `Dockerfile-alpine.template` is a generator's input, not a
// Dockerfile anyone builds as written, so it is left alone unless the editor says otherwise.
const DOCKERFILE = /^(?:(?:docker|container)file(?:\..+)?|.+\.(?:dockerfile|containerfile))$/i;
const COMPOSE = /^(?:(?:docker-)?compose(?:[.-].*)?|.*docker.*compose.*)\.ya?ml$/i;
const SHELL = /\.(?:sh|bash|zsh|ksh)$/i;
const MAKEFILE = /^(?:gnu)?makefile$|\.mk$/i;
const MARKDOWN = /\.(?:md|markdown|mdx)$/i;

function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] ?? fileName;
}

/** Whether a path names a file that the CLI lints when it walks a folder. */
export function isLintableFileName(fileName: string): boolean {
  const kind = fileKindOf(fileName);
  return kind === 'dockerfile' || kind === 'compose';
}

/**
 * The kind of a file from its VS Code language id (when the editor knows it) and its name.
 * The language id wins for Dockerfiles and Compose files; plain `yaml` counts as Compose only
 * when the name says so, so that arbitrary YAML is left alone.
 */
export function fileKindOf(fileName: string, languageId?: string): FileKind | undefined {
  const base = baseName(fileName);
  switch (languageId) {
    case 'dockerfile':
      return 'dockerfile';
    case 'dockercompose':
      return 'compose';
    case 'yaml':
      return COMPOSE.test(base) ? 'compose' : undefined;
    case 'shellscript':
    case 'makefile':
      return 'shell';
    case 'markdown':
      return 'markdown';
  }
  if (DOCKERFILE.test(base)) return 'dockerfile';
  if (COMPOSE.test(base)) return 'compose';
  if (SHELL.test(base) || MAKEFILE.test(base)) return 'shell';
  if (MARKDOWN.test(base)) return 'markdown';
  return undefined;
}
