import type { From, Heredoc, Instruction, ParserDirective, Variable } from 'dockerfile-ast';
import type { Position, Range } from '../../types';
import { rangeContains } from '../../types';
import { findStage } from '../../documents/dockerfileDocument';
import type { DockerfileStage } from '../../documents/dockerfileDocument';
import { AUTOMATIC_PLATFORM_ARGS, resolveText, resolveVariable } from '../../model/dockerfileVariables';
import { parseImageReference, releaseCodename } from '../../model/imageReference';
import type { ImageReference, ImageVariant } from '../../model/imageReference';
import { code, joinMarkdown, ours } from '../hover';
import type { DockerfileContext, Found } from './context';
import { execArgv, keywordOf } from './context';
import { imageAnswer, imageFacts, variantFacts } from './imageFacts';
import { commandProcessFacts, noShellFact, platformArgExample, resolvedFromImage } from './instructionFacts';
import { argumentsOf, flagsOf } from '../../documents/dockerfileAstMemo';
import { heredocRange } from '../../syntax/dockerfilePath';
import { buildCheckDirectives } from '../../model/buildChecks';

/** `# syntax=…`, `# escape=…`, `# check=…` at the top of the file. */
export function directiveHover(ctx: DockerfileContext, directive: ParserDirective): Found {
  const range = directive.getRange();
  const name = directive.getName().toLowerCase();
  const value = directive.getValue();
  const say = ctx.say;
  const heading = `# ${name}=${value}`;
  if (name === 'syntax') {
    const facts = [say.t('dockerfile.directive.syntax', 'value', { value: code(value) })];
    if (/^(docker\.io\/)?docker\/dockerfile:1$/.test(value)) facts.push(say.t('dockerfile.directive.syntax', 'stable'));
    return { topicId: 'dockerfile.directive.syntax', range, heading, facts };
  }
  if (name === 'escape') {
    const facts = [say.t('dockerfile.directive.escape', 'value', { value: code(value) })];
    if (value === '`') facts.push(say.t('dockerfile.directive.escape', 'backtick'));
    return { topicId: 'dockerfile.directive.escape', range, heading, facts };
  }
  if (name === 'check') return { topicId: 'dockerfile.directive.check', range, heading, facts: checkFacts(ctx, value) };
  return { topicId: 'dockerfile.directive.unknown', range, heading, facts: [say.t('dockerfile.directive.unknown', 'known')] };
}

/** A `# check=` comment above an instruction (Dockerfile 1.21+), or one BuildKit does not read. */
export function checkCommentHover(ctx: DockerfileContext, pos: Position): Found | null {
  const directives = buildCheckDirectives(ctx.doc);
  const T = 'dockerfile.directive.checkInstruction';
  const say = ctx.say;
  const c = directives.instructions.find((x) => x.line === pos.line && rangeContains(x.range, pos));
  if (c) {
    const heading = `# check=${c.value}`;
    if (!c.parsed.ok) return { topicId: T, range: c.range, heading, facts: [say.t(T, 'invalid')] };
    const where = { line: c.instructionStart + 1, keyword: code(c.keyword.toUpperCase()) };
    const settings = c.parsed.settings;
    const facts: string[] = [];
    if (settings.skipAll) facts.push(say.t(T, 'skipAll', where));
    else if (settings.skip.length) facts.push(say.t(T, 'skip', { ...where, value: joinMarkdown(settings.skip.map((n) => code(n)), ', ') }));
    if (settings.experimental.length || settings.experimentalAll) {
      facts.push(say.t(T, 'experimental', { ...where, value: settings.experimentalAll ? code('all') : joinMarkdown(settings.experimental.map((n) => code(n)), ', ') }));
    }
    if (settings.errorWritten) facts.push(say.t(T, 'errorIgnored'));
    return { topicId: T, range: c.range, heading, facts, related: ['dockerfile.directive.check'] };
  }
  const unread = directives.unread.find((x) => x.line === pos.line && rangeContains(x.range, pos));
  if (unread) return { topicId: T, range: unread.range, heading: `# check=${unread.value}`, facts: [say.t(T, 'unread')] };
  return null;
}

function checkFacts(ctx: DockerfileContext, value: string): string[] {
  const say = ctx.say;
  const T = 'dockerfile.directive.check';
  const facts: string[] = [];
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim().toLowerCase();
    const v = part.slice(eq + 1).trim();
    if (key === 'skip') facts.push(v.toLowerCase() === 'all' ? say.t(T, 'skipAll') : say.t(T, 'skip', { value: joinMarkdown(v.split(',').map((c) => code(c.trim())), ', ') }));
    if (key === 'error') facts.push(say.t(T, 'error', { value: v, explain: say.md(T, v.toLowerCase() === 'true' ? 'errorTrue' : 'errorFalse') }));
  }
  return facts;
}

/** Lines that refer to a stage: `FROM <stage>`, `COPY --from=<stage>`, `RUN --mount=from=<stage>`. */
export function stageUses(ctx: DockerfileContext, stage: DockerfileStage): string[] {
  const uses: string[] = [];
  const matches = (ref: string | null | undefined) => !!ref && findStage(ctx.doc, ref) === stage;
  for (const other of ctx.doc.stages) {
    if (other.index <= stage.index) continue;
    if (matches(other.from.getImageName())) uses.push(`${ctx.line(other.from.getRange())} (\`FROM\`)`);
    for (const instruction of other.instructions) {
      for (const flag of flagsOf(instruction)) {
        const name = flag.getName().toLowerCase();
        if (name === 'from' && matches(flag.getValue())) uses.push(`${ctx.line(instruction.getRange())} (\`${keywordOf(instruction)} --from\`)`);
        if (name === 'mount' && matches(flag.getOption('from')?.getValue())) uses.push(`${ctx.line(instruction.getRange())} (\`RUN --mount from\`)`);
      }
    }
  }
  return uses;
}

export function stageFound(ctx: DockerfileContext, stage: DockerfileStage, range: Range): Found {
  const say = ctx.say;
  const T = 'dockerfile.stageName';
  const facts = [say.t(T, 'name', { stage: ctx.stageText(stage), line: ctx.line(stage.from.getRange()), index: stage.index })];
  const uses = stageUses(ctx, stage);
  const label = stage.name ?? String(stage.index);
  const lineWord = say.lang === 'ko' ? '줄' : 'line';
  if (uses.length) facts.push(say.t(T, 'usedBy', { uses: say.list(uses.map((u) => ours(`${lineWord} ${u}`)), 4) }));
  else facts.push(say.t(T, 'unused', { name: label }));
  if (uses.length) facts.push(say.t(T, 'target', { name: label }));
  return { topicId: 'dockerfile.stageName', range, heading: `AS ${label}`, facts, related: ['dockerfile.FROM'] };
}

/** The image a FROM line builds on (or the earlier stage it names); null when it is no image reference. */
export function imageHover(ctx: DockerfileContext, from: From, imageRange: Range): Found | null {
  const stage = ctx.doc.stages.find((s) => s.from === from);
  const resolved = resolvedFromImage(ctx, from);
  const raw = from.getImage() ?? '';
  if (resolved === undefined) {
    return { topicId: 'dockerfile.image', range: imageRange, heading: raw, facts: [ctx.say.t('dockerfile.FROM', 'imageUnresolved', { raw: code(raw) })] };
  }
  const parent = findStage(ctx.doc, resolved);
  if (parent && stage && parent.index < stage.index && parent.name !== undefined) return stageFound(ctx, parent, imageRange);
  const ref = parseImageReference(resolved);
  if (!ref) return null;
  const facts = imageFacts(ctx, ref);
  if (resolved !== raw) facts.unshift(ctx.say.t('dockerfile.FROM', 'imageResolved', { raw: code(raw), image: code(resolved) }));
  return { topicId: 'dockerfile.image', range: imageRange, heading: resolved, lead: imageAnswer(ctx, ref), facts: facts.slice(0, 6), related: ['dockerfile.FROM'] };
}

/** `$VAR` / `${VAR:-default}`: where it is defined and what it is here. */
export function variableHover(ctx: DockerfileContext, instruction: Instruction, variable: Variable): Found {
  const say = ctx.say;
  const T = 'dockerfile.variable';
  const name = variable.getName();
  const range = variable.getRange();
  const raw = ctx.text(range);
  const line = instruction.getRange().start.line;
  const keyword = keywordOf(instruction);
  const onFrom = keyword === 'FROM';
  const res = resolveVariable(ctx.doc, name, line);
  const facts: string[] = [];
  const cname = code(name);
  const def = res.definition;
  const valueText = (v: string | null) => (v === null ? say.md(T, 'noDefault') : say.md(T, 'defaultValue', { value: code(v) }));
  if (def?.kind === 'ENV') {
    facts.push(say.t(T, 'env', { name: cname, line: def.line + 1, value: code(def.value ?? '') }));
    if (res.shadowedArg) facts.push(say.t(T, 'envShadows', { line: res.shadowedArg.line + 1 }));
  } else if (def?.kind === 'ARG') {
    if (def.scope === 'global') facts.push(say.t(T, 'argGlobal', { name: cname, line: def.line + 1, value: valueText(def.value) }));
    else if (def.value === null && res.globalDefault) {
      facts.push(say.t(T, 'arg', { name: cname, line: def.line + 1, value: valueText(res.globalDefault.value) }));
      facts.push(say.t(T, 'argInherits', { name, line: def.line + 1, globalLine: res.globalDefault.line + 1, value: code(res.globalDefault.value ?? '') }));
    } else if (def.value === null && AUTOMATIC_PLATFORM_ARGS.has(name)) {
      // Finding 8: declared without a default, BuildKit fills it (Dockerfile reference, automatic platform ARGs).
      facts.push(say.t(T, 'argPlatform', { name: cname, line: def.line + 1, example: code(platformArgExample(name)) }));
    } else facts.push(say.t(T, 'arg', { name: cname, line: def.line + 1, value: valueText(def.value) }));
  } else if (res.predefined) {
    facts.push(say.t(T, /PROXY$/i.test(name) ? 'proxy' : 'platform', { name: cname, raw: name }));
  } else {
    facts.push(say.t(T, onFrom ? 'undefinedFrom' : 'undefined', { name: cname }));
  }
  const modifier = /^\$\{[A-Za-z_][A-Za-z0-9_]*(:?[-+])/.exec(raw)?.[1];
  const word = variable.getSubstitutionParameter();
  if (modifier && word !== null) {
    const template = modifier === ':-' ? 'modifierDefault' : modifier === '-' ? 'modifierDefaultUnset' : 'modifierAlt';
    facts.push(say.t(T, template, { modifier: ours(modifier), word: code(word) }));
  }
  const shellRuns = keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT';
  if (shellRuns) {
    if (execArgv(ctx, instruction)) facts.push(say.t(T, 'execNoExpand', { name: code(raw) }));
    else facts.push(say.t(T, 'shellExpanded', { keyword: code(keyword), when: say.md(T, keyword === 'RUN' ? 'whenBuild' : 'whenRun') }));
  } else if (def || modifier) {
    const value = resolveText(ctx.doc, raw, line);
    if (value !== undefined && value !== '') facts.push(say.t(T, 'resolved', { value: code(value) }));
    // In a FROM line the value is the base image: say what kind of image the default picks.
    const image = onFrom ? resolvedFromImage(ctx, instruction as From) : undefined;
    const ref = image && !findStage(ctx.doc, image) ? parseImageReference(image) : undefined;
    if (image !== undefined && image !== value) facts.push(say.t('dockerfile.FROM', 'imageResolved', { raw: code((instruction as From).getImage() ?? ''), image: code(image) }));
    // Only the variants this variable's value brings (review 02b): `-bookworm-slim` written around
    // `${NODE_VERSION}` belongs to the image's hover, not the variable's.
    if (ref && value) facts.push(...variantFacts(ctx, { ...ref, variants: ref.variants.filter((v) => variantIn(value, v, ref)) }));
  }
  return { topicId: T, range, heading: raw, facts: facts.slice(0, 5), related: def ? [`dockerfile.${def.kind}`] : [] };
}

/** Whether a variable's value carries the word that made `variant` out of the image reference. */
function variantIn(value: string, variant: ImageVariant, ref: ImageReference): boolean {
  const text = value.toLowerCase();
  if (variant === 'debian' || variant === 'ubuntu') {
    const codename = releaseCodename(ref);
    return codename !== undefined ? text.includes(codename) : text.includes(variant);
  }
  if (variant === 'windows') return /windowsservercore|nanoserver|ltsc20\d\d/.test(text);
  return text.includes(variant);
}

/** `<<EOF` … `EOF` of RUN and COPY. */
export function heredocHover(ctx: DockerfileContext, instruction: Instruction, heredoc: Heredoc): Found {
  const say = ctx.say;
  const T = 'dockerfile.heredoc';
  const content = heredoc.getContentRange();
  const start = (content?.start.line ?? heredoc.getStartRange().start.line) + 1;
  const end = (content?.end.line ?? start - 1) + 1;
  const lines = ours(end > start ? `${start}–${end}` : String(start));
  const facts: string[] = [];
  const keyword = keywordOf(instruction);
  if (keyword === 'COPY') {
    const args = argumentsOf(instruction).map((a) => a.getValue());
    const startText = ctx.text(heredoc.getStartRange());
    const after = args.slice(args.indexOf(startText) + 1).find((a) => !a.startsWith('<<'));
    facts.push(say.t(T, 'copy', { lines, dest: code(after ?? args[args.length - 1] ?? '') }));
  } else {
    facts.push(say.t(T, 'run', { lines, count: Math.max(0, end - start + 1) }));
    // A script that does not stop on errors: only the last line's exit status fails the build.
    const body = content ? ctx.text(content) : '';
    if (!/^[ \t]*set[ \t]+-[a-z]*e/m.test(body) && !/^#!/.test(body.trimStart())) facts.push(say.t(T, 'setE'));
  }
  const firstLine = content ? ctx.doc.lines.lineText(content.start.line).trim() : '';
  if (/['"]/.test(ctx.text(heredoc.getStartRange()))) {
    // Finding 4: a RUN whose whole command is the heredoc hands the body to the shell as its
    // script, and BuildKit ignores the quoting there (dispatchRun: "we ignore the expand option"),
    // so the shell expands `$VAR`. The quoting counts for COPY/ADD and for a body fed to a program.
    const startLine = heredoc.getStartRange().start.line;
    const lineRest = ctx.doc.lines.lineText(startLine).replace(/^\s*RUN\s+(--\S+\s+)*/i, '').trim();
    const wholeCommand = keyword === 'RUN' && /^<<-?["']?[\w.-]+["']?$/.test(lineRest) && !firstLine.startsWith('#!');
    facts.push(say.t(T, wholeCommand ? 'quotedRunShell' : 'quoted'));
  }
  if (firstLine.startsWith('#!')) facts.push(say.t(T, 'shebang', { shebang: code(firstLine) }));
  return { topicId: T, range: heredocRange(heredoc), heading: `<<${heredoc.getName()}`, facts, values: { name: heredoc.getName() }, related: [`dockerfile.${keyword}`] };
}

/** The command part of RUN, CMD and ENTRYPOINT: shell form or exec form, and what PID 1 is. */
export function formHover(ctx: DockerfileContext, instruction: Instruction, range: Range): Found {
  const say = ctx.say;
  const keyword = keywordOf(instruction);
  const atRunTime = keyword !== 'RUN';
  const argv = execArgv(ctx, instruction);
  const stage = ctx.stageOf(instruction);
  // At run time the container-process model says what this value becomes and who is PID 1.
  const processFacts = atRunTime && stage ? commandValueFacts(ctx, stage, instruction) : undefined;
  if (argv) {
    const T = 'dockerfile.form.exec';
    const exe = code(argv[0] ?? '');
    const args = argv.length > 1 ? say.list(argv.slice(1).map(code), 4) : ours('—');
    const facts: string[] = [];
    // With an exec-form ENTRYPOINT the CMD array holds arguments, not a program (finding 5).
    if (!processFacts?.asArguments) facts.push(say.t(T, 'argv', { exe, args }));
    if (processFacts) facts.push(...processFacts.facts);
    facts.push(say.t(T, 'noShell'));
    return { topicId: T, range, heading: keyword, facts, related: [`dockerfile.${keyword}`] };
  }
  const T = 'dockerfile.form.shell';
  const shell = ctx.shellAt(instruction);
  const text = ctx.text(range).replace(/\\\r?\n\s*/g, ' ').trim();
  const command = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  const facts = [say.t(T, 'command', { command: code(command) })];
  const looksJsonish = /^\s*\[/.test(text);
  if (looksJsonish) facts.push(say.t('dockerfile.form.exec', 'quotes'));
  if (processFacts) facts.push(...processFacts.facts);
  else facts.push(say.t(T, 'buildTime'));
  const noShell = noShellFact(ctx, instruction);
  if (noShell) facts.unshift(noShell);
  return { topicId: T, range, heading: keyword, facts, values: { shell }, related: [`dockerfile.${keyword}`] };
}

/** The model's facts for the value of a CMD or ENTRYPOINT, or a "not used" line when a later one replaces it. */
function commandValueFacts(ctx: DockerfileContext, stage: DockerfileStage, instruction: Instruction): { facts: string[]; asArguments: boolean } {
  const keyword = keywordOf(instruction);
  const same = stage.instructions.filter((i) => keywordOf(i) === keyword);
  const last = same[same.length - 1];
  if (last && last !== instruction) {
    return { facts: [ctx.say.t(`dockerfile.${keyword}`, 'overridden', { line: ctx.line(last.getRange()) })], asArguments: false };
  }
  const role = ctx.processOf(stage).process.cmd;
  return { facts: commandProcessFacts(ctx, stage, instruction), asArguments: keyword === 'CMD' && (role === 'arguments' || role === 'ignored') };
}
