import type { Position } from '../types';
import type { ParsedDocument } from '../documents/parsedDocument';
import type { HoverResult, RenderOptions } from './hover';
import { explainDockerfile } from './explainDockerfile';
import { explainCompose } from './explainCompose';
import { explainCommands } from './explainCommands';

export type { HoverResult, RenderOptions } from './hover';

/** The explanation at a position of any supported document, or null. Never throws for bad input. */
export function explainAt(doc: ParsedDocument, pos: Position, options: RenderOptions): HoverResult | null {
  switch (doc.kind) {
    case 'dockerfile':
      return explainDockerfile(doc, pos, options);
    case 'compose':
      return explainCompose(doc, pos, options);
    case 'commands':
      return explainCommands(doc, pos, options);
  }
}
