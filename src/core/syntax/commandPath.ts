// What is at an offset of a parsed `docker …` command, as a typed path: command › subcommand ›
// flag › value, or a positional argument (image, context, container), or the command run inside
// the container. The hover dispatches on the last step by table (explain/commands/explainParsed.ts);
// the order steps are tried is the order the hover always used.

import type { ParsedDockerCommand, ParsedFlag, PositionalArg } from '../model/dockerCommand';

export type CommandStep =
  | { kind: 'command'; command: ParsedDockerCommand }
  /** `docker` itself or a subcommand word (`compose`, `up`). */
  | { kind: 'subcommand' }
  /** An option before the subcommand (`docker -H …`, `docker compose -f …`). */
  | { kind: 'globalFlag'; flag: ParsedFlag }
  /** An option of the subcommand, on its name or its value. */
  | { kind: 'flag'; flag: ParsedFlag; on: 'name' | 'value' }
  /** The leading dash of a cluster of short options (`-it`). */
  | { kind: 'cluster'; flags: ParsedFlag[] }
  | { kind: 'positional'; arg: PositionalArg }
  /** The command run inside the container (`docker run IMAGE …`, `docker exec C …`). */
  | { kind: 'commandWords' };

export type CommandStepKind = CommandStep['kind'];

/** The path at `offset` (inside the command's text), or an empty path when the offset is on none of it. */
export function locateCommand(cmd: ParsedDockerCommand, offset: number): CommandStep[] {
  const inWord = (w: { start: number; end: number }) => offset >= w.start && offset <= w.end;
  const path: CommandStep[] = [{ kind: 'command', command: cmd }];
  if (inWord(cmd.programWord) || cmd.pathWords.some(inWord)) return [...path, { kind: 'subcommand' }];
  const global = cmd.globalFlags.find((f) => inWord(f.span) || (f.valueSpan && inWord(f.valueSpan)));
  if (global) return [...path, { kind: 'globalFlag', flag: global }];
  const flag = cmd.flags.find((f) => inWord(f.span) || (f.valueSpan && inWord(f.valueSpan)));
  if (flag) return [...path, { kind: 'flag', flag, on: flag.valueSpan && inWord(flag.valueSpan) && !inWord(flag.span) ? 'value' : 'name' }];
  const cluster = cmd.flags.filter((f) => inWord(f.word));
  if (cluster.length) return [...path, { kind: 'cluster', flags: cluster }];
  const arg = cmd.positionals.find((p) => inWord(p.word));
  if (arg) return [...path, { kind: 'positional', arg }];
  const words = cmd.commandWords;
  if (words.length && offset >= words[0].start && offset <= words[words.length - 1].end) return [...path, { kind: 'commandWords' }];
  return [];
}
