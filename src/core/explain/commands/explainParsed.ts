// What a hover says about one part of a parsed docker command. Offsets in, hover parts out;
// the callers turn offsets into ranges of their own text (a shell file, a Markdown file, the
// argument text of a Dockerfile RUN instruction).

import type { Language } from '../../types';
import type { ParsedDockerCommand, ParsedFlag } from '../../model/dockerCommand';
import { commandTitle } from '../../model/dockerCommand';
import { subcommandSpec } from '../../model/dockerCliSpec';
import { parseImageReference } from '../../model/imageReference';
import type { ShellWord } from '../../documents/commandsDocument';
import { getTopic } from '../../knowledge';
import type { HoverParts, SafeMarkdown } from '../hover';
import { code, joinMarkdown, ours } from '../hover';
import { CommandSay, commandTopicId, flagTopic } from './say';
import { flagValueFacts, flagValues, networkFact, publishFact, volumeFacts } from './flagFacts';
import type { ContainerProcess } from '../../model/containerProcess';
import { baseImageHasNoEntrypoint, containerProcess, imageShellKind } from '../../model/containerProcess';
import { argvSentence, argvText, pid1Sentence } from '../dockerfile/processFacts';
import { locateCommand } from '../../syntax/commandPath';
import type { CommandStep, CommandStepKind } from '../../syntax/commandPath';

export interface CommandHover {
  parts: HoverParts;
  start: number;
  end: number;
}

/** The hover for the part of `cmd` at `offset` (inside the command's text), or null. */
export function explainParsedAt(cmd: ParsedDockerCommand, offset: number, lang: Language): CommandHover | null {
  const path = locateCommand(cmd, offset);
  const leaf = path[path.length - 1];
  if (!leaf) return null;
  const row = HOVER_ROWS[leaf.kind] as Row<CommandStepKind>;
  return row(cmd, leaf, new CommandSay(lang));
}

type Row<K extends CommandStepKind> = (cmd: ParsedDockerCommand, step: Extract<CommandStep, { kind: K }>, say: CommandSay) => CommandHover | null;

/** The table from the last step of the command's syntax path (src/core/syntax/commandPath.ts) to its hover. */
const HOVER_ROWS: { [K in CommandStepKind]: Row<K> } = {
  command: (cmd, _step, say) => wholeCommand(cmd, say),
  subcommand: (cmd, _step, say) => wholeCommand(cmd, say),
  globalFlag: (cmd, step, say) => globalFlagHover(cmd, step.flag, say),
  flag: (cmd, step, say) => flagHover(cmd, step.flag, say),
  // A click on a cluster's leading dash (`-it`): explain the cluster as a whole.
  cluster: (cmd, step, say) => flagHover(cmd, step.flags[0], say, step.flags),
  positional: (cmd, step, say) => {
    const arg = step.arg;
    if (arg.role === 'image' || arg.role === 'target-image') return imageHover(arg.word, say);
    if (arg.role === 'context') return contextHover(arg.word, say);
    if (arg.role === 'container') return withRange(simpleTopic('cli.container', { container: arg.word.value }, arg.word.value), arg.word);
    return wholeCommand(cmd, say);
  },
  commandWords: (cmd, _step, say) => commandWordsHover(cmd, say),
};

function withRange(parts: HoverParts | null, w: { start: number; end: number }): CommandHover | null {
  return parts ? { parts, start: w.start, end: w.end } : null;
}

function simpleTopic(id: string, values: Record<string, string>, heading?: string): HoverParts | null {
  const topic = getTopic(id);
  return topic ? { topic, heading, values } : null;
}

// ---------------------------------------------------------------- the whole command

const MAX_FLAG_LINES = 8;

// Docker's rule for local volume names ("[a-zA-Z0-9][a-zA-Z0-9_.-]").
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** Hovering `docker` or the subcommand: what happens, in order, then one line per flag. */
export function wholeCommand(cmd: ParsedDockerCommand, say: CommandSay): CommandHover | null {
  const title = commandTitle(cmd);
  const start = cmd.programWord.start;
  const end = cmd.words[cmd.words.length - 1].end;
  const facts: string[] = [];
  if (cmd.program === 'docker-compose') facts.push(say.t('cli.compose', 'v1'));
  const key = cmd.key;
  let topic = key ? say.topic(commandTopicId(key)) : undefined;
  if (!topic && key.startsWith('compose')) topic = say.topic('cli.compose');
  if (!topic) {
    topic = say.topic('cli.docker');
    if (!topic) return null;
    facts.push(key ? say.t('cli.docker', 'unknownSubcommand', { name: key }) : say.t('cli.docker', 'noSubcommand'));
    return { parts: { topic, heading: title, facts }, start, end };
  }
  const values = commandValues(cmd);
  let steps: string[] = [];
  if (key === 'run' || key === 'create') {
    const run = runSteps(cmd, say, values);
    steps = run.steps;
    facts.push(...run.notes);
  } else if (key === 'build') steps = buildSteps(cmd, say);
  else if (key === 'compose up') {
    if (!cmd.flags.some((f) => f.known && f.name === 'detach')) facts.push(say.t('cli.compose.up', 'foreground'));
    const services = cmd.positionals.filter((p) => p.role === 'service').map((p) => code(p.word.value));
    if (services.length) facts.push(say.t('cli.compose.up', 'services', { services: joinMarkdown(services, ', ') }));
  }
  else if ((key === 'exec' || key === 'compose exec') && cmd.commandWords.length) {
    facts.push(say.t('cli.exec', 'command', { command: cmd.commandWords.map((w) => w.value).join(' ') }));
  } else if (key === 'volume create') {
    const name = cmd.positionals.find((p) => p.role === 'volume')?.word.value;
    if (name && !/\$/.test(name) && !VOLUME_NAME.test(name)) facts.push(say.t('cli.volume.create', 'invalidName', { volume: name }));
  }
  // A mistaken option first, so that it is not lost among the others (review 35).
  const ordered = [...cmd.flags.filter((f) => !f.known && subcommandSpec(key)), ...cmd.flags.filter((f) => f.known || !subcommandSpec(key))];
  const flagLines = ordered.map((f) => flagLine(cmd, f, say)).filter((l) => l !== '');
  if (flagLines.length) {
    const shown = flagLines.slice(0, MAX_FLAG_LINES);
    if (flagLines.length > MAX_FLAG_LINES) shown.push(`… (+${flagLines.length - MAX_FLAG_LINES})`);
    facts.push(`${say.t(commandTopicId(key === 'build' ? 'build' : 'run'), 'flags')}\n${shown.map((l) => `  - ${l}`).join('\n')}`);
  }
  // The editor's brief hover shows this line's options with their values; the flow is behind "자세히".
  return { parts: { topic, heading: title, steps, facts, values, ...(flagLines.length ? { briefFacts: flagLines } : {}) }, start, end };
}

function commandValues(cmd: ParsedDockerCommand): Record<string, string> {
  const first = (role: string) => cmd.positionals.find((p) => p.role === role)?.word.value;
  const image = cmd.image?.value ?? '';
  const ref = image ? parseImageReference(image) : undefined;
  const values: Record<string, string> = {
    image: image || '…',
    registry: ref?.effectiveRegistry ?? 'docker.io',
    container: first('container') ?? '…',
    volume: first('volume') ?? '…',
    network: first('network') ?? '…',
    service: first('service') ?? '…',
    source: image || '…',
    target: first('target-image') ?? '…',
    server: first('server') ?? 'Docker Hub (docker.io)',
    context: first('context') ?? '…',
  };
  return values;
}

/** What `docker run`/`create` does, in order, and the notes about this line that follow the steps. */
function runSteps(cmd: ParsedDockerCommand, say: CommandSay, values: Record<string, string>): { steps: string[]; notes: string[] } {
  const T = 'cli.run';
  if (!cmd.image) return { steps: [], notes: [say.t(T, 'noImage')] };
  const command = cmd.commandWords.map((w) => w.value).join(' ');
  const run = runProcess(cmd);
  let process = command ? say.md(T, 'processCommand', { command }) : say.md(T, 'processDefault');
  if (cmd.key === 'run' && run) {
    const pid1 = pid1Facts(run, say);
    const entrypointFlag = cmd.flags.some((f) => f.known && f.name === 'entrypoint');
    // The image is known to set no ENTRYPOINT: the words after it are the whole command.
    if (run.argv?.length && command && !entrypointFlag) process = ours([say.t(T, 'processReplaces', { argv: argvText(run.argv) }), ...pid1].join(' '));
    else if (run.argv) process = ours([argvSentence(say.lang, run), ...pid1].filter((s): s is string => !!s).join(' '));
    else if (command && pid1.length) process = ours(`${process.markdown} ${pid1.join(' ')}`);
  }
  const pull = cmd.flags.find((f) => f.known && f.name === 'pull')?.value;
  const steps = [
    say.t(T, 'step1'),
    say.t(T, 'step2', values),
    say.t(T, pull === 'always' ? 'step3Always' : pull === 'never' ? 'step3Never' : 'step3', { registry: values.registry }),
    say.t(T, 'step4'),
  ];
  if (cmd.key === 'run') steps.push(say.t(T, 'step5', { process }));
  const notes: string[] = [];
  if (cmd.key === 'run' && !cmd.flags.some((f) => f.known && f.name === 'detach')) notes.push(say.t(T, 'foreground'));
  const misplaced = runFlagAfterImage(cmd);
  if (misplaced) notes.push(say.t('cli.command', 'flagsAfterImage', { flag: misplaced }));
  return { steps, notes };
}

/**
 * The process `docker run`/`create` starts, from the process model: `--entrypoint` and the words
 * after the image against the image's ENTRYPOINT and CMD, which are unknown unless the image is
 * one known to set no ENTRYPOINT (then the words after it are the whole command).
 */
function runProcess(cmd: ParsedDockerCommand): ContainerProcess | undefined {
  if (!cmd.image || /\$/.test(cmd.image.value)) return undefined;
  const ref = parseImageReference(cmd.image.value);
  const entrypoint = cmd.flags.find((f) => f.known && f.name === 'entrypoint' && f.value !== undefined)?.value;
  if (entrypoint !== undefined && /\$/.test(entrypoint)) return undefined;
  const args = cmd.commandWords.map((w) => w.value);
  if (args.some((a) => /\$/.test(a))) return undefined;
  return containerProcess(
    { entrypoint: baseImageHasNoEntrypoint(ref) ? null : 'unknown', cmd: 'unknown' },
    imageShellKind(ref),
    { args: args.length ? args : undefined, entrypoint },
  );
}

/** Who is PID 1 and gets `docker stop`'s SIGTERM, in the process model's words; nothing when the image decides alone. */
function pid1Facts(process: ContainerProcess, say: CommandSay): string[] {
  const pid1 = process.pid1;
  // Advice for a command line: there is no Dockerfile exec form to switch to here.
  const advice = say.t('cli.run', 'adviceExec');
  if (pid1.kind !== 'base-entrypoint') return [pid1Sentence(say.lang, pid1, advice)];
  return pid1.otherwise ? [`${say.t('cli.run', 'ifNoEntrypoint')} ${pid1Sentence(say.lang, pid1.otherwise, advice)}`] : [];
}

/** `docker run nginx -p 80:80`: the first word after the image, when it is a `docker run` option. */
function runFlagAfterImage(cmd: ParsedDockerCommand): string | undefined {
  const first = cmd.commandWords[0]?.value;
  if (!first) return undefined;
  const runSpec = subcommandSpec('run');
  const isRunFlag = runSpec?.flags.some((f) => first === `--${f.long}` || first.startsWith(`--${f.long}=`) || (f.short !== undefined && first === `-${f.short}`));
  return isRunFlag ? first : undefined;
}

function buildSteps(cmd: ParsedDockerCommand, say: CommandSay): string[] {
  const T = 'cli.build';
  const context = cmd.positionals.find((p) => p.role === 'context')?.word.value ?? '.';
  const fileFlag = cmd.flags.find((f) => f.known && f.name === 'file')?.value;
  const file = fileFlag ?? `${context === '.' ? '.' : context}/Dockerfile`;
  const tags = cmd.flags.filter((f) => f.known && f.name === 'tag' && f.value).map((f) => code(f.value ?? ''));
  // `-` is standard input, never a directory named `-` (https://docs.docker.com/build/concepts/context/#empty-context).
  const steps =
    context === '-'
      ? [say.t(T, 'step1Stdin'), say.t(T, 'step2Stdin'), say.t(T, 'step3')]
      : fileFlag === '-'
        ? [say.t(T, 'step1', { context }), say.t(T, 'fileStdin', { context }), say.t(T, 'step3')]
        : [say.t(T, 'step1', { context }), say.t(T, 'step2', { file }), say.t(T, 'step3')];
  steps.push(tags.length ? say.t(T, 'step4', { tags: joinMarkdown(tags, ', ') }) : say.t(T, 'untagged'));
  return steps;
}

/** One line about a flag for the whole-command hover: `-p 8080:80` — 호스트 8080 → 컨테이너 80 … */
function flagLine(cmd: ParsedDockerCommand, flag: ParsedFlag, say: CommandSay): string {
  const written = flag.value !== undefined ? `${flag.written} ${flag.value === '' ? '""' : flag.value}` : flag.written;
  const label = code(written).markdown;
  if (!flag.known) return subcommandSpec(cmd.key) ? `⚠ ${label} — ${foreignOrUnknown(cmd, flag, say, 'inList')}` : `${label} — ${foreignOrUnknown(cmd, flag, say)}`;
  if (flag.name === 'publish' && flag.value !== undefined && cmd.key !== 'login') return `${label} — ${publishFact(flag.value, say)}`;
  if (flag.name === 'volume' && flag.value !== undefined && (cmd.key === 'run' || cmd.key === 'create')) return `${label} — ${volumeFacts(flag.value, say)[0] ?? ''}`;
  // Finding 24: `container:db` is not a network; the line says what the per-flag hover says.
  if ((flag.name === 'network' || flag.name === 'net') && flag.value !== undefined && cmd.key !== 'build') return `${label} — ${networkFact(flag.value, say)}`;
  const special = specialFlagTopic(cmd, flag, say);
  if (special) return `${label} — ${say.summary(special, flagValues(flag, say))}`;
  const topic = flagTopic(cmd.key, flag.name);
  if (!topic) return flag.value !== undefined ? label : '';
  return `${label} — ${say.summary(topic, flagValues(flag, say))}`;
}

/**
 * Flags whose meaning is not the usual one: a legacy `docker build` flag that buildx ignores
 * (finding 13), a Windows-only `docker run` flag (finding 39), `--entrypoint ""` (finding 23).
 */
function specialFlagTopic(cmd: ParsedDockerCommand, flag: ParsedFlag, say: CommandSay) {
  if (!flag.known) return undefined;
  if (flag.spec?.ignored) return say.topic('cli.build.ignoredFlag');
  if (flag.spec?.windowsOnly) return say.topic('cli.run.windowsOnly');
  if (flag.name === 'entrypoint' && flag.value === '' && (cmd.key === 'run' || cmd.key === 'create' || cmd.key === 'compose run')) {
    const base = say.topic('cli.run.--entrypoint');
    const empty = base?.templates?.empty;
    return base && empty ? { ...base, summary: empty } : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------- one flag

function flagRange(flag: ParsedFlag): { start: number; end: number } {
  return { start: flag.span.start, end: Math.max(flag.span.end, flag.valueSpan?.end ?? 0) };
}

function flagHover(cmd: ParsedDockerCommand, flag: ParsedFlag, say: CommandSay, cluster?: ParsedFlag[]): CommandHover | null {
  const { start, end } = cluster ? { start: flag.word.start, end: flag.word.end } : flagRange(flag);
  const title = commandTitle(cmd);
  if (cluster && cluster.length > 1) {
    const letters = cluster.map((f) => f.written.slice(1)).join('');
    // `exec -it` opens a second process: leaving it does not stop the container, unlike `run -it`.
    const itTopic = cmd.key === 'exec' || cmd.key === 'compose exec' ? 'cli.exec.-it' : 'cli.run.-it';
    const it = /^(it|ti)$/.test(letters) && cluster.every((f) => f.known) ? say.topic(itTopic) : undefined;
    const facts = cluster.map((f) => flagLine(cmd, f, say)).filter(Boolean);
    const topic = it ?? say.topic('cli.flag');
    if (!topic) return null;
    return { parts: { topic, heading: flag.word.value, facts, values: { command: title, flag: flag.word.value } }, start, end };
  }
  if (!flag.known) {
    const foreign = flag.belongsTo.length > 0 && subcommandSpec(cmd.key) !== undefined;
    const topic = say.topic(foreign ? 'cli.flag.foreign' : subcommandSpec(cmd.key) ? 'cli.flag.unknown' : 'cli.flag');
    if (!topic) return null;
    const facts: string[] = [];
    if (foreign && flag.belongsTo.includes('run') && cmd.key === 'build') facts.push(say.t('cli.flag', 'foreignRunHint', { flag: flag.written }));
    const owner = orderOwners(flag.belongsTo)[0];
    const ownerTopic = owner ? flagTopic(owner, flag.name) : undefined;
    if (foreign && ownerTopic) facts.push(`${code(`docker ${owner}`)}: ${say.summary(ownerTopic, flagValues(flag, say))}`);
    if (!foreign && flag.value !== undefined) facts.push(say.t('cli.flag', 'value', { value: flag.value }));
    return { parts: { topic, heading: flag.written, facts, values: { command: title, flag: flag.written, owners: ownersText(flag), kind: ours(flag.isShort ? 'shorthand ' : '') } }, start, end };
  }
  const topic = specialFlagTopic(cmd, flag, say) ?? flagTopic(cmd.key, flag.name);
  const heading = flag.value !== undefined ? `${flag.written} ${flag.value}` : flag.written;
  if (!topic) {
    const generic = say.topic('cli.flag');
    if (!generic) return null;
    const facts = flag.value !== undefined ? [say.t('cli.flag', 'value', { value: flag.value })] : [];
    return { parts: { topic: generic, heading, facts, values: { command: title, flag: `--${flag.name}` } }, start, end };
  }
  const facts = flagValueFacts(cmd, flag, say);
  if (flag.spec?.takesValue && flag.value === undefined) facts.push(say.t('cli.flag', 'missingValue', { flag: flag.written }));
  if (flag.name === 'entrypoint' && (cmd.key === 'run' || cmd.key === 'create')) {
    const run = runProcess(cmd);
    if (run) facts.push(...[argvSentence(say.lang, run), ...pid1Facts(run, say)].filter((s): s is string => !!s));
  }
  return { parts: { topic, heading, facts, values: flagValues(flag, say) }, start, end };
}

function globalFlagHover(cmd: ParsedDockerCommand, flag: ParsedFlag, say: CommandSay): CommandHover | null {
  const { start, end } = flagRange(flag);
  const inCompose = cmd.key.startsWith('compose');
  const topic = inCompose ? say.topic(`cli.compose.--${flag.name}`) : undefined;
  const heading = flag.value !== undefined ? `${flag.written} ${flag.value}` : flag.written;
  if (topic) return { parts: { topic, heading, values: flagValues(flag, say) }, start, end };
  const docker = say.topic('cli.docker');
  if (!docker) return null;
  return { parts: { topic: docker, heading, facts: [say.t('cli.docker', 'globalFlag', { flag: flag.written })] }, start, end };
}

/** "`-d` is not an option of `docker build`; it belongs to `docker run`" or "no such option". */
function foreignOrUnknown(cmd: ParsedDockerCommand, flag: ParsedFlag, say: CommandSay, template?: 'inList'): string {
  const values = { flag: flag.written, command: commandTitle(cmd), owners: ownersText(flag), kind: ours(flag.isShort ? 'shorthand ' : '') };
  if (!subcommandSpec(cmd.key)) return flag.value !== undefined ? say.t('cli.flag', 'value', { value: flag.value }) : '';
  const id = flag.belongsTo.length ? 'cli.flag.foreign' : 'cli.flag.unknown';
  if (template) return say.t(id, template, values);
  const topic = say.topic(id);
  return topic ? say.summary(topic, values) : '';
}

function ownersText(flag: ParsedFlag): SafeMarkdown {
  return joinMarkdown(orderOwners(flag.belongsTo).slice(0, 2).map((k) => code(`docker ${k}`)), ', ');
}

/** `run` first: mixing up build and run flags is the usual mistake (seed 002). */
function orderOwners(keys: string[]): string[] {
  return [...keys].sort((a, b) => (a === 'run' ? -1 : b === 'run' ? 1 : 0));
}

// ---------------------------------------------------------------- positionals

function imageHover(word: ShellWord, say: CommandSay): CommandHover | null {
  const T = 'cli.image';
  const topic = say.topic(T);
  if (!topic) return null;
  const value = word.value;
  if (/\$/.test(value)) return { parts: { topic, heading: value, facts: [say.t(T, 'variable')], values: { image: value, where: '' } }, start: word.start, end: word.end };
  const ref = parseImageReference(value);
  if (!ref) return { parts: { topic, heading: value, values: { image: value, where: '' } }, start: word.start, end: word.end };
  const where = ref.registry ? say.md(T, 'registry', { registry: ref.registry }) : ref.official ? say.md(T, 'official', { repository: ref.repository }) : say.md(T, 'hub');
  const facts: string[] = [];
  if (ref.digest) facts.push(say.t(T, 'digest', { digest: ref.digest }));
  if (ref.tag) facts.push(say.t(T, 'tag', { tag: ref.tag, repository: ref.repository }));
  else if (ref.implicitLatest) facts.push(say.t(T, 'latest'));
  if (ref.official && ref.repository === 'ubuntu' && ref.tag && isSuspiciousUbuntuTag(ref.tag)) facts.push(say.t(T, 'ubuntuTag', { tag: ref.tag }));
  return { parts: { topic, heading: value, facts, values: { image: value, where } }, start: word.start, end: word.end };
}

/** Ubuntu version tags are `YY.MM` (`14.04`, `24.04`), optionally with a suffix; `14.0.4` is not. */
export function isSuspiciousUbuntuTag(tag: string): boolean {
  return /^\d/.test(tag) && !/^\d{2}\.\d{2}(?:$|[.-])/.test(tag);
}

function contextHover(word: ShellWord, say: CommandSay): CommandHover | null {
  const T = 'cli.build.context';
  const topic = say.topic(T);
  if (!topic) return null;
  const v = word.value;
  const facts: string[] = [];
  if (v === '.') facts.push(say.t(T, 'dot'));
  else if (v === '-') facts.push(say.t(T, 'stdin'));
  else if (/^(?:https?:\/\/|git@|github\.com\/)/.test(v)) facts.push(say.t(T, 'url'));
  return { parts: { topic, heading: v, facts, values: { value: v } }, start: word.start, end: word.end };
}

function commandWordsHover(cmd: ParsedDockerCommand, say: CommandSay): CommandHover | null {
  const T = 'cli.command';
  const topic = say.topic(T);
  if (!topic) return null;
  const words = cmd.commandWords;
  const command = words.map((w) => w.value).join(' ');
  if (cmd.key === 'exec' || cmd.key === 'compose exec') {
    const execTopic = say.topic(commandTopicId(cmd.key));
    if (execTopic) {
      const values = commandValues(cmd);
      return { parts: { topic: execTopic, heading: command, facts: [say.t('cli.exec', 'command', { command })], values }, start: words[0].start, end: words[words.length - 1].end };
    }
  }
  const facts: string[] = [];
  if (cmd.key === 'run' || cmd.key === 'create') {
    const entrypoint = cmd.flags.find((f) => f.known && f.name === 'entrypoint' && f.value !== undefined)?.value;
    const image = cmd.image?.value ?? '';
    if (entrypoint === '') facts.push(say.t(T, 'entrypointCleared'));
    else if (entrypoint !== undefined) facts.push(say.t(T, 'afterEntrypoint', { entrypoint }));
    else if (image && !/\$/.test(image) && baseImageHasNoEntrypoint(parseImageReference(image))) facts.push(say.t(T, 'noEntrypoint', { image }));
    else facts.push(say.t(T, 'withEntrypoint'));
    const run = runProcess(cmd);
    if (run) facts.push(...pid1Facts(run, say));
    // `docker run nginx -p 80:80`: docker options after the image go to the container's command.
    const misplaced = runFlagAfterImage(cmd);
    if (misplaced) facts.push(say.t(T, 'flagsAfterImage', { flag: misplaced }));
  }
  return { parts: { topic, heading: command, facts, values: { command } }, start: words[0].start, end: words[words.length - 1].end };
}
