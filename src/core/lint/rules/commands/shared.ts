// Helpers shared by the command-side checks of rules whose ids are shared with Compose rules
// (valid-port-mapping, valid-volume-spec, no-docker-socket-mount, no-privileged,
// no-duplicate-host-port). Each check lives in `commands/<rule-id>.ts`; the rule file of that id
// calls its `checkCommands` for shell and Markdown files and merges its `commandMessages`.

import type { Range } from '../../../types';
import type { CommandsDocument, DockerCommand } from '../../../documents/commandsDocument';
import type { ParsedFlag, Span } from '../../../model/dockerCommand';
import { commandTitle } from '../../../model/dockerCommand';

/** Subcommands that create a container from `docker run`-style flags. */
const CONTAINER_CREATORS = new Set(['run', 'create']);

export function containerCommands(doc: CommandsDocument): DockerCommand[] {
  return doc.commands.filter((c) => CONTAINER_CREATORS.has(c.parsed.key));
}

/** The command's known flags with one of these long names. */
export function knownFlags(command: DockerCommand, ...names: string[]): ParsedFlag[] {
  return command.parsed.flags.filter((f) => f.known && names.includes(f.name));
}

export function spanRange(doc: CommandsDocument, span: { start: number; end: number }): Range {
  return doc.lines.range(span.start, span.end);
}

/** A piece of a flag's value (`usr/html` in `-v usr/html:/x`) when offsets are exact, else the whole value. */
export function valuePart(flag: ParsedFlag, from: number | undefined, length: number): Span | undefined {
  const span = flag.valueSpan;
  if (!span) return undefined;
  if (from === undefined || !flag.valueExact) return span;
  return { text: span.text.slice(from, from + length), start: span.start + from, end: span.start + from + length };
}

/** `docker run -d -p 8080:80 nginx` shortened for a message. */
export function shortCommand(command: DockerCommand): string {
  // Only the first 60 characters are shown: read flags until they are filled, not all of them
  // (a report per `-p` of an 11,000-flag command built the whole command each time).
  const parts = [commandTitle(command.parsed)];
  let length = parts[0].length;
  for (const f of command.parsed.flags) {
    if (length > 60) break;
    const part = f.value !== undefined ? `${f.written} ${f.value}` : f.written;
    parts.push(part);
    length += part.length + 1;
  }
  const text = parts.join(' ');
  const image = command.parsed.image?.value;
  const full = image ? `${text} ${image}` : text;
  return full.length > 60 ? `${full.slice(0, 57)}…` : full;
}
