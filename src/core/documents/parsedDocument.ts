import type { FileKind } from '../types';
import type { ComposeDocument } from './composeDocument';
import { parseCompose } from './composeDocument';
import type { DockerfileDocument } from './dockerfileDocument';
import { parseDockerfile } from './dockerfileDocument';
import type { CommandsDocument } from './commandsDocument';
import { parseCommands } from './commandsDocument';

export type ParsedDocument = DockerfileDocument | ComposeDocument | CommandsDocument;

/** Parses text of a known kind. Never throws: parsers report problems inside the result. */
export function parseDocument(text: string, kind: FileKind): ParsedDocument {
  switch (kind) {
    case 'dockerfile':
      return parseDockerfile(text);
    case 'compose':
      return parseCompose(text);
    case 'shell':
    case 'markdown':
      return parseCommands(text, kind);
  }
}
