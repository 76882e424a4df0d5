// Completion of `docker …` commands in shell scripts, Makefiles and Markdown code blocks:
// subcommands, then each subcommand's flags (src/core/model/dockerCliSpec.ts), explained with
// the hover's own topics (knowledge/topics/commands). The command path comes from the same
// parser as the hover: the words before the cursor are parsed as the CLI reads them.

import type { Language, Position, Range } from '../types';
import { pick } from '../types';
import type { CommandsDocument } from '../documents/commandsDocument';
import { findDockerCommands } from '../documents/commandsDocument';
import { inShellFence } from '../documents/markdownFences';
import { parseDockerCommand } from '../model/dockerCommand';
import type { ParsedDockerCommand } from '../model/dockerCommand';
import { COMPOSE_GLOBAL_FLAGS, GLOBAL_FLAGS, GROUPS, allSubcommandKeys, subcommandSpec } from '../model/dockerCliSpec';
import type { FlagSpec } from '../model/dockerCliSpec';
import { getTopic } from '../knowledge';
import { COMMAND_COMPLETION_TEXTS, GROUP_TEXTS } from '../knowledge/completion/commands';
import { commandTopicId, flagTopic } from '../explain/commands/say';
import { fillMarkdown } from '../explain/markdown';
import type { ItemSpec } from './render';
import { finish, topicDocumentation } from './render';
import type { CompletionItem } from './types';

const T = COMMAND_COMPLETION_TEXTS;

/** What is being typed in a docker command: command › subcommand › flag. */
export type CommandCompletionContext =
  | { kind: 'subcommand'; group: string; program: ParsedDockerCommand['program'] }
  | { kind: 'globalFlag'; compose: boolean }
  | { kind: 'flag'; key: string; written: Set<string> };

export function completeCommands(doc: CommandsDocument, pos: Position, lang: Language): CompletionItem[] {
  if (doc.fileKind === 'markdown' && !inShellFence(doc.fences, doc.lines.offsetAt(pos))) return [];
  const found = commandContextAt(doc.shellText, doc.lines.offsetAt(pos));
  if (!found) return [];
  const range: Range = { start: doc.lines.positionAt(found.tokenStart), end: pos };
  return finish(ROWS[found.context.kind](found.context as never, lang), range);
}

/** The context at an offset of shell text, with where the word being typed starts. */
export function commandContextAt(text: string, offset: number): { context: CommandCompletionContext; tokenStart: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let start = lineStart;
  // Backslash continuations: the command began on an earlier line.
  while (start > 0 && /\\\r?\n$/.test(text.slice(Math.max(0, start - 3), start))) start = text.lastIndexOf('\n', start - 2) + 1;
  const prefix = text.slice(start, offset);
  let tokenStart = prefix.length;
  while (tokenStart > 0 && !/\s/.test(prefix[tokenStart - 1])) tokenStart--;
  const token = prefix.slice(tokenStart);
  const commands = findDockerCommands(prefix.slice(0, tokenStart) + 'x');
  const command = commands[commands.length - 1];
  if (!command) return undefined;
  // The words before the one being typed, as the CLI reads them.
  const words = command.words.filter((w) => w.end <= tokenStart);
  const parsed = parseDockerCommand(words);
  if (!parsed) return undefined;
  const absolute = start + tokenStart;
  const needsSubcommand = parsed.pathWords.length === 0 || (parsed.pathWords.length === 1 && GROUPS.has(parsed.key) && !subcommandSpec(parsed.key));
  if (token.startsWith('-')) {
    if (needsSubcommand) return { context: { kind: 'globalFlag', compose: parsed.key === 'compose' }, tokenStart: absolute };
    if (parsed.spec?.flagsStopAtFirstPositional && parsed.positionals.length > 0) return undefined;
    if (parsed.commandWords.length > 0) return undefined;
    return { context: { kind: 'flag', key: parsed.key, written: new Set(parsed.flags.map((f) => f.name)) }, tokenStart: absolute };
  }
  if (needsSubcommand) return { context: { kind: 'subcommand', group: parsed.pathWords.length === 1 ? parsed.key : '', program: parsed.program }, tokenStart: absolute };
  return undefined;
}

type Row<K extends CommandCompletionContext['kind']> = (context: Extract<CommandCompletionContext, { kind: K }>, lang: Language) => (ItemSpec | undefined)[];

const ROWS: { [K in CommandCompletionContext['kind']]: Row<K> } = {
  subcommand: (c, lang) => subcommandItems(c.program === 'docker-compose' ? 'compose' : c.group, lang),
  globalFlag: (c, lang) => flagItems(c.compose ? COMPOSE_GLOBAL_FLAGS : GLOBAL_FLAGS, c.compose ? 'compose' : '', new Set(), lang, true),
  flag: (c, lang) => flagItems(subcommandSpec(c.key)?.flags ?? [], c.key, c.written, lang, false),
};

// The subcommands people type most, first, by group.
const COMMON: Record<string, string[]> = {
  '': ['run', 'build', 'compose', 'ps', 'exec', 'logs', 'images', 'pull', 'push', 'stop', 'rm'],
  compose: ['up', 'down', 'logs', 'ps', 'exec', 'build', 'run', 'config', 'pull', 'restart', 'stop'],
  volume: ['ls', 'create', 'inspect', 'rm', 'prune'],
  network: ['ls', 'create', 'inspect', 'connect', 'disconnect', 'rm'],
};

function subcommandItems(group: string, lang: Language): ItemSpec[] {
  const next = new Map<string, string>();
  for (const key of allSubcommandKeys()) {
    const words = key.split(' ');
    if (group === '') next.set(words[0], words.length === 1 ? key : words[0]);
    else if (words[0] === group && words.length === 2) next.set(words[1], key);
  }
  if (group === '') for (const g of GROUPS) if (GROUP_TEXTS[g] && !next.has(g)) next.set(g, g);
  const out: ItemSpec[] = [];
  for (const [label, key] of next) {
    const groupText = GROUP_TEXTS[key];
    // A management command is explained as a group (`cli.image` is about image references).
    const topic = groupText ? undefined : getTopic(commandTopicId(key));
    const common = (COMMON[group] ?? []).indexOf(label);
    const rank = common >= 0 ? common : topic || groupText ? 100 : 200;
    const documentation = topic
      ? topicDocumentation(topic, lang, { image: '…', container: '…', volume: '…', network: '…', service: '…', source: '…', target: '…', context: '…', registry: 'docker.io', server: 'Docker Hub (docker.io)' })
      : groupText
        ? fillMarkdown(pick(groupText, lang))
        : fillMarkdown(pick(T.subcommand, lang), { command: `docker ${key}` });
    out.push({ label, kind: 'keyword', rank, documentation });
  }
  return out;
}

function flagItems(flags: readonly FlagSpec[], key: string, written: Set<string>, lang: Language, global: boolean): ItemSpec[] {
  const out: ItemSpec[] = [];
  const command = key ? `docker ${key}` : 'docker';
  for (const flag of flags) {
    if (written.has(flag.long) || flag.long === 'help') continue;
    const topic = global ? getTopic(`cli.compose.--${flag.long}`) : flagTopic(key, flag.long);
    const label = `--${flag.long}`;
    const notes: string[] = [];
    if (flag.short) notes.push(fillMarkdown(pick(T.short, lang), { short: `-${flag.short}` }));
    if (flag.ignored) notes.push(fillMarkdown(pick(T.ignored, lang)));
    if (flag.windowsOnly) notes.push(fillMarkdown(pick(T.windowsOnly, lang)));
    const generic = getTopic('cli.flag');
    const documentation = topic
      ? topicDocumentation(topic, lang, { command, flag: label, value: '…', image: '…', container: '…' }, notes)
      : generic
        ? topicDocumentation(generic, lang, { command, flag: label }, notes)
        : notes.join('\n\n');
    const rank = flag.ignored ? 300 : flag.windowsOnly ? 250 : topic ? 0 : 100;
    out.push({ label, kind: 'property', rank, documentation, filterText: flag.short ? `${label} -${flag.short}` : undefined });
  }
  return out;
}

