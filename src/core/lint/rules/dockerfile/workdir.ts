import type { DockerfileDocument, DockerfileStage } from '../../../documents/dockerfileDocument';
import { keywordOf, lineage } from './stages';
import { unquote } from '../prefer-copy-over-add';

// Where a relative path in COPY's destination or in a RUN command points. Docker resolves both
// against the WORKDIR in effect (docs.docker.com/reference/dockerfile/#workdir: "If a relative
// path is provided, it will be relative to the path of the previous WORKDIR instruction"; COPY:
// "<dest> ... relative paths ... are taken relative to WORKDIR"), and a child stage starts in the
// WORKDIR its parent stage ended in (it is the parent's image config). Before any absolute
// WORKDIR the folder is the base image's, which we do not know: it is written as BASE_WORKDIR,
// so two paths under it still compare equal.

/** The base image's working directory, unknown but the same for every instruction of the lineage. */
export const BASE_WORKDIR = '\0base';

/** The WORKDIR in effect on `line` of the stage (BASE_WORKDIR/… before an absolute one); undefined when a WORKDIR uses a variable. */
export function workdirAt(doc: DockerfileDocument, stage: DockerfileStage, line: number): string | undefined {
  let dir: string | undefined = BASE_WORKDIR;
  for (const s of lineage(doc, stage).reverse()) {
    for (const instruction of s.instructions) {
      if (instruction.getRange().start.line >= line) break;
      if (keywordOf(instruction) !== 'WORKDIR') continue;
      const value = unquote((instruction.getArgumentsContent() ?? '').trim(), doc.ast.getEscapeCharacter());
      if (!value || value.includes('$')) return undefined;
      dir = resolvePath(dir, value);
      if (dir === undefined) return undefined;
    }
  }
  return dir;
}

/** `path` joined to `dir` when relative, with `.`, `..` and repeated slashes folded; undefined when `..` climbs above an unknown folder. */
export function resolvePath(dir: string, path: string): string | undefined {
  const parts = path.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 1 && parts[0] === BASE_WORKDIR) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts[0] === BASE_WORKDIR ? parts.join('/') : `/${parts.join('/')}`;
}
