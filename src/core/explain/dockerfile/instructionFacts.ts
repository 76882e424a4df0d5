import type { Flag, From, Instruction, Onbuild, Property } from 'dockerfile-ast';
import { argumentsOf, flagsOf, heredocsOf } from '../../documents/dockerfileAstMemo';
import { code, joinMarkdown, ours } from '../hover';
import type { MarkdownValues, SafeMarkdown } from '../hover';
import type { DockerfileContext } from './context';
import { execArgv, keywordOf } from './context';
import { tagFacts } from './imageFacts';
import { findStage } from '../../documents/dockerfileDocument';
import { declarations, resolveFromImage, resolveVariable, AUTOMATIC_PLATFORM_ARGS } from '../../model/dockerfileVariables';
import { parseImageReference } from '../../model/imageReference';
import { trimTrailingSlashes } from '../../text/trim';
import type { DockerfileStage } from '../../documents/dockerfileDocument';
import { argvSentence, cmdRoleSentence, pid1Sentence, processText } from './processFacts';

// Value facts per instruction: the table from keyword to "what this line says, in words".
// The layer and cache facts are added by the caller.

type FactFinder = (ctx: DockerfileContext, instruction: Instruction) => string[];

export const INSTRUCTION_FACTS: Record<string, FactFinder> = {
  FROM: fromFacts,
  RUN: runFacts,
  CMD: cmdFacts,
  LABEL: labelFacts,
  MAINTAINER: (ctx, i) => [ctx.say.t('dockerfile.MAINTAINER', 'replace', { value: JSON.stringify(argsText(i)).replace(/`/g, "'") })],
  EXPOSE: exposeFacts,
  ENV: envFacts,
  ADD: addFacts,
  COPY: copyFacts,
  ENTRYPOINT: entrypointFacts,
  VOLUME: volumeFacts,
  USER: userFacts,
  WORKDIR: workdirFacts,
  ARG: argFacts,
  ONBUILD: onbuildFacts,
  STOPSIGNAL: (ctx, i) => [ctx.say.t('dockerfile.STOPSIGNAL', 'signal', { signal: code(argsText(i)) })],
  HEALTHCHECK: healthcheckFacts,
  SHELL: shellFacts,
};

/** Values the topic's own texts need (`{example}` in VOLUME's "why", …). */
export function instructionValues(ctx: DockerfileContext, instruction: Instruction): MarkdownValues {
  if (keywordOf(instruction) === 'VOLUME') {
    const paths = volumePaths(ctx, instruction);
    return { example: paths[0] ?? '/data' };
  }
  return {};
}

export function argsText(instruction: Instruction): string {
  return (instruction.getArgumentsContent() ?? '').replace(/\\\r?\n\s*/g, ' ').trim();
}

function flag(instruction: Instruction, name: string): Flag | undefined {
  return flagsOf(instruction).find((f) => f.getName().toLowerCase() === name);
}

export { flagsOf, heredocsOf };

function fromFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const from = instruction as From;
  const say = ctx.say;
  const facts: string[] = [];
  const stack = ctx.stacks.find((s) => ctx.doc.stages[s.stageIndex]?.from === from);
  if (!stack) return facts;
  const base = stack.base;
  if (base.kind === 'stage') {
    facts.push(say.t('dockerfile.FROM', 'fromStage', { stage: ctx.stageText(base.stageIndex), line: ctx.line(ctx.doc.stages[base.stageIndex].from.getRange()) }));
  } else if (base.kind === 'unresolved') {
    facts.push(say.t('dockerfile.FROM', 'imageUnresolved', { raw: code(base.raw) }));
  } else if (base.kind === 'scratch') {
    facts.push(say.t('dockerfile.image', 'scratch'));
  } else {
    facts.push(base.raw === base.resolved
      ? say.t('dockerfile.FROM', 'image', { image: code(base.resolved) })
      : say.t('dockerfile.FROM', 'imageResolved', { raw: code(base.raw), image: code(base.resolved) }));
    if (base.reference) facts.push(...tagFacts(ctx, base.reference));
  }
  const stage = ctx.doc.stages[stack.stageIndex];
  facts.push(say.t('dockerfile.FROM', 'stage', { stage: ctx.stageText(stage) }));
  const last = stack.stageIndex === ctx.doc.stages.length - 1;
  if (last) facts.push(say.t('dockerfile.FROM', 'finalStage'));
  else facts.push(say.t('dockerfile.FROM', stage.name !== undefined ? 'notFinalStage' : 'notFinalUnnamed', { label: stage.name ?? String(stage.index) }));
  return facts;
}

/** For shell-form RUN/CMD/ENTRYPOINT on `scratch` or a distroless base: there is no shell to run it. */
export function noShellFact(ctx: DockerfileContext, instruction: Instruction): string | undefined {
  if (execArgv(ctx, instruction)) return undefined;
  const found = ctx.stepOf(instruction);
  const base = found?.stack.base;
  if (!base) return undefined;
  if (base.kind === 'scratch') return ctx.say.t('dockerfile.common', 'noShellInBase', { image: code('scratch') });
  if (base.kind !== 'image' || !base.reference) return undefined;
  const ref = base.reference;
  if (!ref.variants.includes('distroless') || /debug/.test(ref.tag ?? '')) return undefined;
  return ctx.say.t('dockerfile.common', 'noShellInBase', { image: code(base.resolved) });
}

function runFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const say = ctx.say;
  const facts: string[] = [];
  const argv = execArgv(ctx, instruction);
  if (argv) facts.push(say.t('dockerfile.RUN', 'execForm', { exe: code(argv[0] ?? '') }));
  else facts.push(say.t('dockerfile.RUN', 'shellForm', { shell: ctx.shellAt(instruction) }));
  const heredocs = heredocsOf(instruction);
  if (heredocs.length) facts.push(say.t('dockerfile.RUN', 'heredoc', { names: joinMarkdown(heredocs.map((h) => code(`<<${h.getName()}`)), ', ') }));
  const mounts = flagsOf(instruction).filter((f) => f.getName().toLowerCase() === 'mount');
  if (mounts.length) facts.push(say.t('dockerfile.RUN', 'mounts', { count: mounts.length }));
  return facts;
}

/** Instructions of the same stage with this keyword, in order. */
function sameKeywordInStage(ctx: DockerfileContext, instruction: Instruction, keyword: string): Instruction[] {
  const stage = ctx.stageOf(instruction);
  return stage ? stage.instructions.filter((i) => keywordOf(i) === keyword) : [];
}

function cmdFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const say = ctx.say;
  const stage = ctx.stageOf(instruction);
  const cmds = sameKeywordInStage(ctx, instruction, 'CMD');
  const lastCmd = cmds[cmds.length - 1];
  // A CMD followed by another CMD of the stage never reaches the image: say only that.
  if (lastCmd && lastCmd !== instruction) return [say.t('dockerfile.CMD', 'overridden', { line: ctx.line(lastCmd.getRange()) })];
  if (!stage) return [];
  return commandProcessFacts(ctx, stage, instruction);
}

/**
 * The facts of the container-process model for the CMD or ENTRYPOINT that the stage's image
 * keeps: what becomes of CMD, who is PID 1, the argv. Shared by the instruction hover and the
 * hover on the command part, so both say what the model says.
 */
export function commandProcessFacts(ctx: DockerfileContext, stage: DockerfileStage, instruction: Instruction): string[] {
  const lang = ctx.say.lang;
  const { process } = ctx.processOf(stage);
  const facts: string[] = [];
  const keyword = keywordOf(instruction);
  const entrypoint = process.entrypoint;
  const entrypointLine = entrypoint !== null && entrypoint !== 'unknown' && entrypoint.line !== undefined ? entrypoint.line + 1 : undefined;
  if (keyword === 'CMD') {
    const role = cmdRoleSentence(lang, process, entrypointLine, argsText(instruction));
    if (role) facts.push(role);
    // A CMD that a shell-form ENTRYPOINT ignores starts nothing: no PID 1 sentence for it.
    if (process.cmd === 'ignored') return facts;
  }
  facts.push(pid1Sentence(lang, process.pid1));
  const argv = argvSentence(lang, process);
  if (argv) facts.push(argv);
  return facts;
}

function propertiesOf(instruction: Instruction): Property[] {
  const withProps = instruction as Instruction & { getProperties?: () => Property[] };
  return typeof withProps.getProperties === 'function' ? withProps.getProperties() : [];
}

function labelFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const pairs = propertiesOf(instruction).map((p) => code(`${p.getName()}=${p.getValue() ?? ''}`));
  return pairs.length ? [ctx.say.t('dockerfile.LABEL', 'pairs', { pairs: ctx.say.list(pairs, 3) })] : [];
}

/** `80`, `80/udp`, `8000-8010/tcp`; undefined when not a literal port. */
export function parseExposedPort(text: string): { port: string; protocol: string; first: number } | undefined {
  const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(text);
  if (!m) return undefined;
  return { port: m[2] ? `${m[1]}-${m[2]}` : m[1], protocol: (m[3] ?? 'tcp').toLowerCase(), first: Number(m[1]) };
}

function exposeFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const facts: string[] = [];
  // Three ports are shown: only three are explained (33,000 ports were all explained, then cut).
  for (const arg of argumentsOf(instruction)) {
    if (facts.length === 3) break;
    const parsed = parseExposedPort(arg.getValue());
    if (parsed) {
      // A host port for the example: the same number, or 8000+ for well-known ports (80 → 8080).
      const example = parsed.port.includes('-') ? parsed.port : String(parsed.first < 1024 ? 8000 + parsed.first : parsed.first);
      const suffix = parsed.protocol === 'tcp' ? '' : `/${parsed.protocol}`;
      facts.push(ctx.say.t('dockerfile.EXPOSE', 'port', { port: ours(parsed.port), protocol: ours(parsed.protocol), example: ours(example), suffix: ours(suffix) }));
    } else {
      facts.push(ctx.say.t('dockerfile.EXPOSE', 'variable', { value: code(arg.getValue()) }));
    }
  }
  const shown = facts.slice(0, 3);
  shown.push(ctx.say.t('dockerfile.EXPOSE', 'publishAll'));
  return shown;
}

function envFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const say = ctx.say;
  const props = propertiesOf(instruction);
  const facts = props.slice(0, 3).map((p) => say.t('dockerfile.ENV', 'pair', { name: code(p.getName()), value: code(p.getValue() ?? '') }));
  if (props.length > 3) facts[facts.length - 1] += say.lang === 'ko' ? ` 외 ${props.length - 3}개` : ` and ${props.length - 3} more`;
  if (props.length === 1 && props[0].getAssignmentOperator() === null) facts.push(say.t('dockerfile.ENV', 'legacySyntax'));
  const line = instruction.getRange().start.line;
  for (const p of props) {
    const before = resolveVariable(ctx.doc, p.getName(), line);
    const arg = before.definition?.kind === 'ARG' ? before.definition : before.shadowedArg;
    if (arg) {
      facts.push(say.t('dockerfile.ENV', 'overridesArg', { name: code(p.getName()), line: arg.line + 1 }));
      break;
    }
  }
  return facts;
}

function sourcesAndDest(ctx: DockerfileContext, instruction: Instruction): { sources: string[]; dest?: string } {
  const argv = execArgv(ctx, instruction);
  let words: string[];
  if (argv) words = argv;
  else {
    // With heredocs, the body lines are arguments too: keep the first line, minus `<<EOF` markers.
    const heredocs = heredocsOf(instruction);
    const firstLine = instruction.getRange().start.line;
    const args = argumentsOf(instruction).filter((a) => !heredocs.length || a.getRange().start.line === firstLine);
    words = args.map((a) => a.getValue()).filter((w) => !(heredocs.length && /^<<-?["']?[\w.-]+["']?$/.test(w)));
  }
  if (words.length === 0) return { sources: [] };
  return { sources: words.slice(0, -1), dest: words[words.length - 1] };
}

function workdirBefore(ctx: DockerfileContext, instruction: Instruction): string | undefined {
  const stage = ctx.stageOf(instruction);
  if (!stage) return undefined;
  const line = instruction.getRange().start.line;
  let dir: string | undefined;
  for (const i of stage.instructions) {
    if (i.getRange().start.line >= line) break;
    if (keywordOf(i) === 'WORKDIR') dir = joinWorkdir(dir, argsText(i));
  }
  return dir;
}

/**
 * WORKDIR semantics (BuildKit dispatchWorkdir: `path.Join("/", WorkingDir, wd)`): a relative path
 * continues from the previous WORKDIR, or from the base image's WORKDIR, which is `/` unless the
 * base image sets one (finding 38: `app` then `sub` is `/app/sub`, never `app/sub`).
 */
export function joinWorkdir(previous: string | undefined, path: string): string {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('$')) return path;
  const base = previous === undefined ? '' : trimTrailingSlashes(previous);
  return `${base}/${path}`;
}

function copyFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const say = ctx.say;
  const facts: string[] = [];
  const heredocs = heredocsOf(instruction);
  const { sources, dest } = sourcesAndDest(ctx, instruction);
  if (dest !== undefined && !heredocs.length) facts.push(say.t('dockerfile.COPY', 'copyTo', { sources: say.list(sources.map(code), 3), dest: code(dest) }));
  if (heredocs.length) facts.push(say.t('dockerfile.COPY', 'heredoc', { names: joinMarkdown(heredocs.map((h) => code(`<<${h.getName()}`)), ', '), dest: code(dest ?? '') }));
  const fromFlag = flag(instruction, 'from');
  const fromValue = fromFlag?.getValue();
  if (fromValue) facts.push(fromSourceFact(ctx, instruction, fromValue));
  else if (!heredocs.length) facts.push(say.t('dockerfile.COPY', 'fromContext'));
  if (dest !== undefined && !dest.startsWith('/') && !dest.startsWith('$') && !/^[A-Za-z]:/.test(dest)) {
    const workdir = workdirBefore(ctx, instruction);
    facts.push(workdir !== undefined
      ? say.t('dockerfile.COPY', 'destRelative', { dest: code(dest), workdir: code(workdir) })
      : say.t('dockerfile.COPY', 'destRelativeNoWorkdir', { dest: code(dest) }));
  }
  return facts;
}

function fromSourceFact(ctx: DockerfileContext, instruction: Instruction, value: string): string {
  const stage = findStage(ctx.doc, value);
  const here = ctx.stageOf(instruction);
  if (stage && (!here || stage.index < here.index)) {
    return ctx.say.t('dockerfile.COPY', 'fromStage', { stage: ctx.stageText(stage), line: ctx.line(stage.from.getRange()) });
  }
  return ctx.say.t('dockerfile.COPY', 'fromImage', { image: code(value) });
}

function addFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const say = ctx.say;
  const facts: string[] = [];
  const { sources, dest } = sourcesAndDest(ctx, instruction);
  if (dest !== undefined) facts.push(say.t('dockerfile.ADD', 'copyTo', { sources: say.list(sources.map(code), 3), dest: code(dest) }));
  let special = false;
  for (const src of sources.slice(0, 3)) {
    if (/^(git@|ssh:\/\/)/.test(src) || /^https?:\/\/.*\.git(#.*)?$/.test(src)) {
      facts.push(say.t('dockerfile.ADD', 'git', { src: code(src) }));
      special = true;
    } else if (/^https?:\/\//.test(src)) {
      facts.push(say.t('dockerfile.ADD', 'url', { src: code(src) }));
      special = true;
    } else if (/\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/i.test(src)) {
      facts.push(say.t('dockerfile.ADD', 'tar', { src: code(src), dest: code(dest ?? '') }));
      special = true;
    } else if (/\.(tar\.zst|tzst)$/i.test(src)) {
      facts.push(say.t('dockerfile.ADD', 'zstd', { src: code(src) }));
      special = true;
    }
  }
  if (!special) facts.push(say.t('dockerfile.ADD', 'preferCopy'));
  return facts;
}

/** Finding 19: what BuildKit puts in each automatic platform ARG (Dockerfile reference, "Automatic platform ARGs"). */
export function platformArgExample(name: string): string {
  if (name.endsWith('PLATFORM')) return 'linux/amd64';
  if (name.endsWith('OS')) return 'linux';
  if (name.endsWith('ARCH')) return 'amd64';
  if (name.endsWith('VARIANT')) return 'v7';
  return 'linux/amd64';
}

function entrypointFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const say = ctx.say;
  const facts: string[] = [];
  const argv = execArgv(ctx, instruction);
  const stage = ctx.stageOf(instruction);
  const entrypoints = sameKeywordInStage(ctx, instruction, 'ENTRYPOINT');
  const last = entrypoints[entrypoints.length - 1];
  if (last && last !== instruction) return [say.t('dockerfile.ENTRYPOINT', 'overridden', { line: ctx.line(last.getRange()) })];
  facts.push(argv
    ? processText(say.lang, 'entrypointExec', { program: code(argv[0] ?? '') })
    : processText(say.lang, 'entrypointShell', { shell: ctx.shellAt(instruction) }));
  const cmds = sameKeywordInStage(ctx, instruction, 'CMD');
  const cmd = cmds[cmds.length - 1];
  if (argv && cmd) facts.push(say.t('dockerfile.ENTRYPOINT', 'withCmd', { line: ctx.line(cmd.getRange()), cmd: code(argsText(cmd)) }));
  if (!cmd) facts.push(say.t('dockerfile.ENTRYPOINT', 'resetsCmd'));
  if (stage) facts.push(...commandProcessFacts(ctx, stage, instruction));
  facts.push(say.t('dockerfile.ENTRYPOINT', 'override'));
  return facts;
}

function volumePaths(ctx: DockerfileContext, instruction: Instruction): string[] {
  return execArgv(ctx, instruction) ?? argumentsOf(instruction).map((a) => a.getValue());
}

function volumeFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const facts = volumePaths(ctx, instruction).slice(0, 3).map((p) => ctx.say.t('dockerfile.VOLUME', 'path', { path: code(p) }));
  const line = instruction.getRange().start.line;
  const laterLayer = ctx.stepOf(instruction)?.stack.steps.some((s) => s.effect === 'layer' && s.line > line);
  if (laterLayer) facts.push(ctx.say.t('dockerfile.VOLUME', 'laterWrites'));
  return facts;
}

function userFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const say = ctx.say;
  const value = argsText(instruction);
  const [user, group] = value.split(':');
  const facts = [say.t('dockerfile.USER', 'user', { user: code(user) })];
  if (group) facts.push(say.t('dockerfile.USER', 'group', { group: code(group) }));
  if (user === 'root' || user === '0') facts.push(say.t('dockerfile.USER', 'root', { user: code(user) }));
  return facts;
}

function workdirFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const say = ctx.say;
  const path = argsText(instruction);
  const previous = workdirBefore(ctx, instruction);
  const absolute = path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:[\\/]/.test(path);
  if (!absolute && previous !== undefined) {
    return [say.t('dockerfile.WORKDIR', 'relative', { previous: code(previous), path: code(joinWorkdir(previous, path)) })];
  }
  if (!absolute) return [say.t('dockerfile.WORKDIR', 'relativeToBase', { path: code(joinWorkdir(undefined, path)) })];
  return [say.t('dockerfile.WORKDIR', 'path', { path: code(path) })];
}

function argFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const say = ctx.say;
  const facts: string[] = [];
  const stage = ctx.stageOf(instruction);
  const decls = declarations(instruction);
  for (const d of decls.slice(0, 3)) {
    const name = code(d.name);
    if (d.value !== null) facts.push(say.t('dockerfile.ARG', 'withDefault', { name, raw: d.name, value: code(d.value) }));
    else if (stage) {
      // What a FROM line sees is the global scope: the global ARG this declaration takes its value from.
      const global = resolveVariable(ctx.doc, d.name, stage.from.getRange().start.line);
      if (global.definition && global.value !== null) {
        facts.push(say.t('dockerfile.ARG', 'inheritGlobal', { name, line: global.definition.line + 1, value: code(global.value) }));
      } else if (AUTOMATIC_PLATFORM_ARGS.has(d.name)) {
        facts.push(say.t('dockerfile.ARG', 'platform', { name, example: code(platformArgExample(d.name)) }));
      } else facts.push(say.t('dockerfile.ARG', 'noDefault', { name }));
    } else facts.push(say.t('dockerfile.ARG', 'noDefault', { name }));
  }
  const first = decls[0]?.name ?? '';
  facts.push(stage ? say.t('dockerfile.ARG', 'stageScope', { stage: ctx.stageText(stage) }) : say.t('dockerfile.ARG', 'global', { name: first }));
  return facts;
}

function onbuildFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const trigger = (instruction as Onbuild).getTrigger?.() ?? argsText(instruction);
  return [ctx.say.t('dockerfile.ONBUILD', 'trigger', { trigger: code(`${trigger ?? ''} ${argsText(instruction).slice((trigger ?? '').length).trim()}`.trim()) })];
}

const HEALTHCHECK_DEFAULTS: Record<string, string> = { interval: '30s', timeout: '30s', 'start-period': '0s', retries: '3' };

function healthcheckFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const say = ctx.say;
  const args = argumentsOf(instruction);
  const first = args[0]?.getValue().toUpperCase();
  if (first === 'NONE') return [say.t('dockerfile.HEALTHCHECK', 'none')];
  const facts: string[] = [];
  const text = argsText(instruction);
  const cmdIndex = text.search(/\bCMD\b/i);
  const command = cmdIndex >= 0 ? text.slice(cmdIndex + 3).trim() : text;
  facts.push(say.t('dockerfile.HEALTHCHECK', 'command', { command: code(command) }));
  const values: Record<string, SafeMarkdown> = {};
  for (const name of Object.keys(HEALTHCHECK_DEFAULTS)) values[name] = code(flag(instruction, name)?.getValue() ?? HEALTHCHECK_DEFAULTS[name]);
  facts.push(say.t('dockerfile.HEALTHCHECK', 'timing', { interval: values.interval, timeout: values.timeout, retries: values.retries }));
  const startPeriod = flag(instruction, 'start-period')?.getValue() ?? HEALTHCHECK_DEFAULTS['start-period'];
  if (!/^0+(\.0+)?[a-z]*$/i.test(startPeriod)) facts.push(say.t('dockerfile.HEALTHCHECK', 'timingStart', { startPeriod: values['start-period'] }));
  const all = sameKeywordInStage(ctx, instruction, 'HEALTHCHECK');
  const last = all[all.length - 1];
  if (last && last !== instruction) facts.push(say.t('dockerfile.HEALTHCHECK', 'overridden', { line: ctx.line(last.getRange()) }));
  return facts;
}

function shellFacts(ctx: DockerfileContext, instruction: Instruction): string[] {
  const argv = execArgv(ctx, instruction);
  if (!argv) return [ctx.say.t('dockerfile.SHELL', 'notJson')];
  return [ctx.say.t('dockerfile.SHELL', 'shell', { shell: code(argv.join(' ')) })];
}

/** The FROM image with ARG defaults applied, for other finders. */
export function resolvedFromImage(ctx: DockerfileContext, from: From): string | undefined {
  const raw = from.getImage();
  if (!raw) return undefined;
  return resolveFromImage(ctx.doc, raw, from.getRange().start.line);
}

export { parseImageReference };
