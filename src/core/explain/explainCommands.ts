import type { Position } from '../types';
import type { CommandsDocument } from '../documents/commandsDocument';
import type { HoverResult, RenderOptions } from './hover';

/** The hover for a position inside a `docker …` command of a shell script or Markdown file. */
export function explainCommands(_doc: CommandsDocument, _pos: Position, _options: RenderOptions): HoverResult | null {
  return null;
}
