import type { Position, Range } from '../types';
import type { CommandsDocument, DockerCommand } from '../documents/commandsDocument';
import { findDockerCommands } from '../documents/commandsDocument';
import { LineIndex } from '../documents/lineIndex';
import type { HoverResult, RenderOptions } from './hover';
import { renderHover } from './hover';
import { CommandSay } from './commands/say';
import { explainParsedAt, wholeCommand } from './commands/explainParsed';

/** The hover for a position inside a `docker …` command of a shell script or Markdown file. */
export function explainCommands(doc: CommandsDocument, pos: Position, options: RenderOptions): HoverResult | null {
  const offset = doc.lines.offsetAt(pos);
  return explainInCommands(doc.commands, offset, doc.lines, options);
}

/**
 * The hover for an offset inside shell text that is not a whole file: the arguments of a
 * Dockerfile `RUN` instruction (`RUN docker build -t app .`). `text` is that shell text and
 * `offset` is relative to it; the result's `start`/`end` (and `range`) are relative to it too,
 * so the caller adds the offset where the text starts in its own document.
 */
export function explainShellTextAt(text: string, offset: number, options: RenderOptions): (HoverResult & { start: number; end: number }) | null {
  const lines = new LineIndex(text);
  const commands = findDockerCommands(text);
  for (const command of commands) {
    if (offset < command.words[0].start || offset > command.words[command.words.length - 1].end) continue;
    const found = explainParsedAt(command.parsed, offset, options.language);
    if (!found) return null;
    return { ...renderHover(found.parts, lines.range(found.start, found.end), options), start: found.start, end: found.end };
  }
  return null;
}

/**
 * Explains a whole command line as typed (`docker run -p 8080:80 nginx`): what happens in
 * order, then each flag. Used by the CLI's `explain --command` and the editor command that
 * explains the current line. Null when the text holds no docker command.
 */
export function explainCommandLine(text: string, options: RenderOptions): HoverResult | null {
  const commands = findDockerCommands(text);
  const first = commands[0];
  if (!first) return null;
  const found = wholeCommand(first.parsed, new CommandSay(options.language));
  if (!found) return null;
  return renderHover(found.parts, new LineIndex(text).range(found.start, found.end), options);
}

/**
 * The docker command on one line of any text, for the editor command "명령어 설명" when nothing
 * is selected: the line and its backslash continuations (before and after) are taken as one
 * command; a leading Dockerfile `RUN` or a `$ ` prompt is dropped. Null when no docker command.
 */
export function explainCommandOnLine(text: string, line: number, options: RenderOptions): HoverResult | null {
  const command = commandTextOnLine(text, line);
  return command === null ? null : explainCommandLine(command, options);
}

/** The command a line belongs to: the line with its backslash continuations, without a leading `RUN`. */
export function commandTextOnLine(text: string, line: number): string | null {
  const lines = text.split(/\r?\n/);
  if (line < 0 || line >= lines.length) return null;
  let first = line;
  while (first > 0 && /\\\s*$/.test(lines[first - 1])) first--;
  let last = line;
  while (last < lines.length - 1 && /\\\s*$/.test(lines[last])) last++;
  return lines
    .slice(first, last + 1)
    .join('\n')
    .replace(/^\s*RUN\s+/i, '');
}

function explainInCommands(commands: DockerCommand[], offset: number, lines: LineIndex, options: RenderOptions): HoverResult | null {
  for (const command of commands) {
    if (offset < command.words[0].start || offset > command.words[command.words.length - 1].end) continue;
    const found = explainParsedAt(command.parsed, offset, options.language);
    if (!found) return null;
    const range: Range = lines.range(found.start, found.end);
    return renderHover(found.parts, range, options);
  }
  return null;
}
