import type { Position } from '../types';
import type { ParsedDocument } from '../documents/parsedDocument';
import { completeDockerfile } from './dockerfile';
import { completeCompose } from './compose';
import { completeCommands } from './commands';
import type { CompleteOptions, CompletionList } from './types';

export type { CompleteOptions, CompletionItem, CompletionKind, CompletionList } from './types';

/**
 * The completion items at a position of any supported document, each with a short `detail` and
 * a Markdown explanation from the hover knowledge. Never throws: the text is being typed.
 */
export function completeAt(doc: ParsedDocument, pos: Position, options: CompleteOptions): CompletionList {
  try {
    switch (doc.kind) {
      case 'dockerfile':
        return { items: completeDockerfile(doc, pos, options.language) };
      case 'compose':
        return { items: completeCompose(doc, pos, options) };
      case 'commands':
        return { items: completeCommands(doc, pos, options.language) };
    }
  } catch (err) {
    if (typeof console !== 'undefined') console.error('[docker-explain] completion failed', err);
    return { items: [] };
  }
}
