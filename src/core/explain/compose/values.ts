// Value explainers: read the value under the cursor (or the entry around it) and turn it into
// sentences with the topic's templates. Code decides *which* template and fills in the file's
// own values; the words live in knowledge/topics/compose/.
// Every explainer only looks at the node it is given plus, at most, one top-level section
// (declared volumes, networks, secrets; the services map): never at every service.

import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Scalar, YAMLMap } from 'yaml';
import type { Language } from '../../types';
import { pick } from '../../types';
import type { ComposeDocument, ComposeService } from '../../documents/composeDocument';
import { getPair, scalarText } from '../../documents/composeDocument';
import { getTopic } from '../../knowledge';
import type { Topic } from '../../knowledge/types';
import { SEXAGESIMAL, describePublishing, formatRange, hasInterpolation, parsePortMapping, sexagesimalValue } from '../../model/portMapping';
import { longSyntaxAsShort } from '../../model/composePorts';
import type { PortParseResult } from '../../model/portMapping';
import { declaredVolume, parseTmpfsEntry, parseVolumeLong, parseVolumeShort, parseVolumesFrom } from '../../model/composeVolumes';
import type { VolumeSpec } from '../../model/composeVolumes';
import type { MountKind } from '../../model/dockerMounts';
import { DEPENDS_ON_CONDITIONS, declaredNetwork, parseNetworkMode } from '../../model/composeServices';
import { canonicalImageName, parseImageReference } from '../../model/imageReference';
import type { ProcessConfig } from '../../model/containerProcess';
import { baseImageHasNoEntrypoint, containerProcess, imageShellKind, shellKindOf } from '../../model/containerProcess';
import { pid1Sentence } from '../dockerfile/processFacts';
import type { PathStep } from './locate';
import type { ExplainerId } from './schema';
import { SafeMarkdown, codeSpan as code, fillMarkdown, numeral, ours } from '../markdown';
import type { MarkdownValue, MarkdownValues } from '../markdown';
import { normalizeProjectName, type ProjectNameSource } from '../../compose/projectName';

export interface ExplainContext {
  doc: ComposeDocument;
  lang: Language;
  /** The topic being rendered; its templates are the explainer's words. */
  topic: Topic;
  steps: PathStep[];
  on: 'key' | 'value';
  /** The value node under the cursor (or of the key under the cursor, or of the entry). */
  node: Node | null;
  key: string | number;
  /** The service the position is in (under `services:`), if any. */
  service?: ComposeService;
  /** The project name Compose uses, when the caller knows the project (RenderOptions.composeProject). */
  project?: { name?: string; from: ProjectNameSource };
  values: MarkdownValues;
}

type Explainer = (ctx: ExplainContext) => string[];

function t(ctx: ExplainContext, name: string, values: MarkdownValues = {}): string {
  const template = ctx.topic.templates?.[name];
  return template ? fillMarkdown(pick(template, ctx.lang), values) : '';
}

/** A filled template as a value for another template: our words, inserted as they are. */
function tm(ctx: ExplainContext, name: string, values: MarkdownValues = {}): SafeMarkdown {
  return SafeMarkdown.ours(t(ctx, name, values));
}

/** Shared sentences (paths, variables, YAML quirks) live in the `compose.common` topic. */
function common(ctx: ExplainContext, name: string, values: MarkdownValues = {}): string {
  const template = getTopic('compose.common')?.templates?.[name];
  return template ? fillMarkdown(pick(template, ctx.lang), values) : '';
}

function text(node: Node | null | undefined): string | undefined {
  return scalarText(node);
}

/** The scalar's value as YAML reads it (`true` for `true`, a number for `8080`), for booleans. */
function scalarValue(node: Node | null | undefined): unknown {
  return isScalar(node) ? (node as Scalar).value : undefined;
}

function isQuoted(node: Node | null | undefined): boolean {
  return isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
}

function rootMap(doc: ComposeDocument): YAMLMap | undefined {
  return isMap(doc.yaml.contents) ? (doc.yaml.contents as YAMLMap) : undefined;
}

function topLevel(doc: ComposeDocument, key: string): YAMLMap | undefined {
  const v = getPair(rootMap(doc), key)?.value;
  return isMap(v) ? v : undefined;
}

function lineOf(doc: ComposeDocument, node: Node | null | undefined): number | undefined {
  return node?.range ? doc.lines.positionAt(node.range[0]).line + 1 : undefined;
}

// ---------------------------------------------------------------- ports

export function portFacts(ctx: ExplainContext, parsed: PortParseResult, written: string, plain: boolean): string[] {
  const facts: string[] = [];
  // Under `network_mode: host` Compose v2 starts the container and the engine discards `ports`
  // ("Published ports are discarded when using host network mode").
  if (ctx.service && text(getPair(ctx.service.map, 'network_mode')?.value) === 'host') facts.push(t(ctx, 'hostNetwork'));
  if (!parsed.ok) {
    if (parsed.problem === 'variable') return [...facts, t(ctx, 'variable')];
    if (parsed.problem === 'host-ip') return [...facts, t(ctx, 'notAnIp', { ip: parsed.detail })];
    return [...facts, t(ctx, 'invalid', { detail: parsed.detail })];
  }
  const m = parsed.mapping;
  const pub = describePublishing(m);
  const r = pub.reach;
  const reach =
    r.kind === 'every' ? tm(ctx, 'everyInterface') : r.kind === 'family' ? tm(ctx, 'everyFamily', { ip: r.ip, family: ours(r.family) }) : tm(ctx, r.kind, { ip: r.ip });
  const containerPort = ours(formatRange(m.container));
  const protocol = ours(m.protocol);
  if (pub.choice === 'ephemeral') {
    facts.push(t(ctx, 'ephemeral', { containerPort, protocol, reach }));
    if (m.hostZero) facts.push(t(ctx, 'hostZero'));
  } else {
    const hostPort = ours(formatRange(m.host ?? m.container));
    facts.push(t(ctx, 'mapping', { hostPort, containerPort, protocol, reach }));
    if (pub.choice === 'paired') facts.push(t(ctx, 'rangeCount', { count: pub.count }));
    if (pub.choice === 'pick-one') facts.push(t(ctx, 'rangePick', { hostPort, containerPort }));
    const reachFact = r.kind === 'every' || r.kind === 'family' ? 'reachEveryone' : r.kind === 'loopback' ? 'reachLoopback' : 'reachSpecific';
    const ip = r.kind === 'every' ? '' : r.ip;
    facts.push(t(ctx, reachFact, { hostPort: pub.holds ? hostPort : tm(ctx, 'chosenPort'), ip, protocol }));
    facts.push(pub.holds ? t(ctx, 'taken', { hostPort, protocol }) : t(ctx, 'takesOne', { hostPort }));
  }
  // Unquoted `22:22`, `2222:22`: YAML 1.1 reads digits:digits with a last part under 60 as a
  // base-60 number, the same pattern quote-port-mapping checks.
  if (plain && SEXAGESIMAL.test(written)) facts.push(common(ctx, 'base60', { value: written, number: sexagesimalValue(written) }));
  return facts;
}

const port: Explainer = (ctx) => {
  const written = text(ctx.node);
  if (written === undefined) return [];
  return portFacts(ctx, parsePortMapping(written), written, isScalar(ctx.node) && !isQuoted(ctx.node));
};

const portLongEntry: Explainer = (ctx) => {
  if (!isMap(ctx.node)) return [];
  const target = text(getPair(ctx.node, 'target')?.value);
  if (target === undefined) return [t(ctx, 'noTarget')];
  const short = longSyntaxAsShort(ctx.node);
  const facts = portFacts(ctx, parsePortMapping(short), short, false);
  if (text(getPair(ctx.node, 'mode')?.value) === 'host') facts.push(t(ctx, 'modeHost'));
  return facts;
};

const expose: Explainer = (ctx) => {
  const written = text(ctx.node);
  if (written === undefined) return [];
  if (hasInterpolation(written)) return [common(ctx, 'variable')];
  return [t(ctx, 'port', { port: written })];
};

// ---------------------------------------------------------------- volumes

/**
 * The sentence that says when a mount's data is gone, per kind of mount. Each template states
 * what model/dockerMounts.ts `mountLifetime` says (checked in test/unit/model/mountLifetime.test.ts).
 */
export const LIFETIME_TEMPLATE: Record<Exclude<MountKind, 'image'>, string> = {
  bind: 'bindSurvives',
  named: 'namedSurvives',
  external: 'externalSurvives',
  anonymous: 'anonymousSurvives',
  tmpfs: 'tmpfsSurvives',
};

function volumeFacts(ctx: ExplainContext, spec: VolumeSpec): string[] {
  const facts: string[] = [];
  const source = spec.source ?? '';
  const target = spec.target ?? '';
  const access = spec.readOnly ? tm(ctx, 'readOnly') : tm(ctx, 'readWrite');
  switch (spec.type) {
    case 'bind': {
      const where = source.startsWith('.') ? tm(ctx, 'relativeToFile') : source.startsWith('~') ? tm(ctx, 'homeDir') : '';
      facts.push(t(ctx, 'bind', { source, target, access, where }));
      if (spec.createHostPath !== false) facts.push(t(ctx, 'bindCreates', { source }));
      else facts.push(t(ctx, 'bindNoCreate', { source }));
      facts.push(t(ctx, LIFETIME_TEMPLATE.bind));
      break;
    }
    case 'volume': {
      if (spec.anonymous) {
        facts.push(t(ctx, 'anonymous', { target, access }));
        facts.push(t(ctx, LIFETIME_TEMPLATE.anonymous));
        break;
      }
      facts.push(t(ctx, 'named', { source, target, access }));
      const invalidName = spec.problems.some((p) => p.code === 'invalid-volume-name');
      if (spec.source && !hasInterpolation(spec.source) && !invalidName) {
        const declared = declaredVolume(ctx.doc, spec.source);
        if (!declared) facts.push(t(ctx, 'undeclared', { source }));
        else if (declared.external) facts.push(t(ctx, 'declaredExternal', { source, line: declared.keyRange.start.line + 1 }));
        else facts.push(t(ctx, 'declared', { source, line: declared.keyRange.start.line + 1 }));
        facts.push(t(ctx, LIFETIME_TEMPLATE[declared?.external ? 'external' : 'named'], { source }));
      }
      if (spec.nocopy) facts.push(t(ctx, 'nocopy', { target }));
      break;
    }
    case 'tmpfs':
      facts.push(t(ctx, 'tmpfs', { target, size: spec.tmpfs?.size ? ours(` (${code(spec.tmpfs.size).markdown})`) : '' }));
      facts.push(t(ctx, LIFETIME_TEMPLATE.tmpfs));
      break;
    case 'image':
      facts.push(t(ctx, 'image', { source, target }));
      break;
    case 'npipe':
    case 'cluster':
      facts.push(t(ctx, 'other', { type: spec.type, target }));
      break;
    default:
      if (spec.source && /^\$/.test(spec.source)) facts.push(t(ctx, 'variableSource', { source, target }));
  }
  if (spec.selinux === 'z') facts.push(t(ctx, 'selinuxShared'));
  if (spec.selinux === 'Z') facts.push(t(ctx, 'selinuxPrivate'));
  for (const p of spec.problems) {
    if (p.code === 'invalid-volume-name') facts.push(t(ctx, 'invalidName', { source: p.detail }));
    else if (p.code === 'relative-target') facts.push(t(ctx, 'relativeTarget', { target: p.detail }));
    else if (p.code === 'unknown-option') facts.push(t(ctx, 'unknownOption', { option: p.detail }));
    else if (p.code === 'too-many-colons' || p.code === 'empty-section' || p.code === 'empty') facts.push(t(ctx, 'badSyntax'));
  }
  return facts.filter((f) => f !== '');
}

const volume: Explainer = (ctx) => {
  const written = text(ctx.node);
  if (written === undefined) return [];
  return volumeFacts(ctx, parseVolumeShort(written));
};

const volumeLongEntry: Explainer = (ctx) => (isMap(ctx.node) ? volumeFacts(ctx, parseVolumeLong(ctx.node)) : []);

const volumesFrom: Explainer = (ctx) => {
  const written = text(ctx.node);
  if (written === undefined) return [];
  const spec = parseVolumesFrom(written);
  const facts: string[] = [];
  const access = spec.access === 'ro' ? tm(ctx, 'readOnly') : tm(ctx, 'readWrite');
  if (spec.kind === 'container') facts.push(t(ctx, 'container', { name: spec.name, access }));
  else {
    facts.push(t(ctx, 'service', { name: spec.name, access }));
    const services = topLevel(ctx.doc, 'services');
    if (services && spec.name && !hasInterpolation(spec.name) && !getPair(services, spec.name)) facts.push(t(ctx, 'unknownService', { name: spec.name }));
  }
  if (spec.access === 'ro') facts.push(t(ctx, 'roIgnored'));
  for (const p of spec.problems) {
    if (p.code === 'service-prefix') facts.push(t(ctx, 'servicePrefix', { name: spec.name }));
    else if (p.code === 'bad-access') facts.push(t(ctx, 'badAccess', { mode: p.detail }));
  }
  facts.push(t(ctx, spec.kind === 'container' ? 'cli' : 'cliService', { name: spec.name }));
  return facts;
};

const tmpfs: Explainer = (ctx) => {
  const written = text(ctx.node);
  if (written === undefined) return [];
  const spec = parseTmpfsEntry(written);
  return [t(ctx, 'entry', { target: spec.target ?? '', options: spec.options.length ? ours(` (${code(spec.options.join(', ')).markdown})`) : '' }), t(ctx, 'survives')];
};

// ---------------------------------------------------------------- networks and dependencies

const networkRef: Explainer = (ctx) => {
  const name = ctx.on === 'key' && typeof ctx.key === 'string' && !isSeq(ctx.node) ? ctx.key : text(ctx.node);
  if (name === undefined || isSeq(ctx.node) || (isMap(ctx.node) && ctx.on === 'key' && ctx.key === 'networks')) return [];
  const declared = declaredNetwork(ctx.doc, name);
  if (name === 'default' && !declared) return [t(ctx, 'default', { project: projectNameOf(ctx) })];
  if (!declared) return [t(ctx, 'undeclared', { name: name })];
  return [t(ctx, declared.external ? 'declaredExternal' : 'declared', { name: name, line: declared.keyRange.start.line + 1 })];
};

const networkMode: Explainer = (ctx) => {
  const written = text(ctx.node);
  if (written === undefined) return [];
  const mode = parseNetworkMode(written);
  const facts = [t(ctx, mode.kind, { target: mode.target ?? '', value: written })];
  if (mode.kind === 'host' && ctx.service && getPair(ctx.service.map, 'ports')) facts.push(t(ctx, 'hostWithPorts'));
  return facts;
};

function serviceExists(ctx: ExplainContext, name: string): { line?: number } | undefined {
  const services = topLevel(ctx.doc, 'services');
  const pair = getPair(services, name);
  return pair ? { line: lineOf(ctx.doc, pair.key) } : undefined;
}

function dependencyFacts(ctx: ExplainContext, name: string, condition: string, written: boolean): string[] {
  const facts: string[] = [];
  const conditionTopic = getTopic('compose.service.depends_on.condition');
  const conditionCtx = conditionTopic ? { ...ctx, topic: conditionTopic } : ctx;
  const known = (DEPENDS_ON_CONDITIONS as readonly string[]).includes(condition);
  const self = ctx.service?.name ?? '';
  if (known) facts.push(t(conditionCtx, condition, { name: name, self: self }));
  else if (!hasInterpolation(condition)) facts.push(t(conditionCtx, 'unknown', { condition: condition }));
  if (!written) facts.push(t(conditionCtx, 'notReady', { name: name }));
  if (!hasInterpolation(name)) {
    const found = serviceExists(ctx, name);
    facts.push(found ? t(conditionCtx, 'exists', { name: name, line: found.line ?? '?' }) : t(conditionCtx, 'missing', { name: name }));
  }
  return facts;
}

const dependsOnShort: Explainer = (ctx) => {
  const name = text(ctx.node);
  return name === undefined ? [] : dependencyFacts(ctx, name, 'service_started', false);
};

/** A long-syntax `depends_on` entry: the map under the service name. */
const dependsOnEntry: Explainer = (ctx) => {
  // The entry is the step named after the dependency (under `depends_on:`).
  const idx = ctx.steps.findIndex((s, i) => i > 0 && ctx.steps[i - 1].key === 'depends_on' && typeof s.key === 'string');
  const step = idx >= 0 ? ctx.steps[idx] : undefined;
  if (!step || typeof step.key !== 'string') return [];
  const body = isMap(step.node) ? step.node : undefined;
  const condition = text(getPair(body, 'condition')?.value);
  const facts = dependencyFacts(ctx, step.key, condition ?? 'service_started', condition !== undefined);
  if (text(getPair(body, 'restart')?.value) === 'true') facts.push(t({ ...ctx, topic: getTopic('compose.service.depends_on.condition') ?? ctx.topic }, 'restartTrue', { name: step.key }));
  if (text(getPair(body, 'required')?.value) === 'false') facts.push(t({ ...ctx, topic: getTopic('compose.service.depends_on.condition') ?? ctx.topic }, 'requiredFalse', { name: step.key }));
  return facts;
};

const condition: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  const name = ctx.steps.length >= 2 ? String(ctx.steps[ctx.steps.length - 2].key) : '';
  const known = (DEPENDS_ON_CONDITIONS as readonly string[]).includes(value);
  return [known ? t(ctx, value, { name: name, self: ctx.service?.name ?? '' }) : t(ctx, 'unknown', { condition: value })];
};

// ---------------------------------------------------------------- lifecycle and resources

const restart: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  if (hasInterpolation(value)) return [common(ctx, 'variable')];
  const facts: string[] = [];
  const onFailure = /^on-failure(?::(\d+))?$/.exec(value);
  if (value === 'no' || value === 'always' || value === 'unless-stopped') facts.push(t(ctx, value.replace('-', '_')));
  else if (onFailure) facts.push(onFailure[1] ? t(ctx, 'on_failure_max', { max: numeral(onFailure[1]) }) : t(ctx, 'on_failure'));
  else facts.push(t(ctx, 'unknown', { value: value }));
  // Unquoted `no` is the boolean false in YAML 1.1; Compose expects the string "no".
  if (isScalar(ctx.node) && typeof (ctx.node as Scalar).value === 'boolean') facts.push(t(ctx, 'boolean', { value: value }));
  else if (value === 'no' && !isQuoted(ctx.node)) facts.push(t(ctx, 'quoteNo'));
  return facts;
};

const healthTest: Explainer = (ctx) => {
  const node = ctx.on === 'key' || isSeq(ctx.node) ? ctx.node : ctx.node;
  if (isSeq(node)) {
    const items = (node.items as Node[]).map((n) => text(n) ?? '');
    const head = items[0];
    if (head === 'NONE') return [t(ctx, 'none')];
    if (head === 'CMD') return [t(ctx, 'cmd', { command: items.slice(1).join(' ') })];
    if (head === 'CMD-SHELL') return [t(ctx, 'cmdShell', { command: items.slice(1).join(' ') })];
    return [t(ctx, 'badHead', { head: head ?? '' })];
  }
  // A scalar inside the list: explain the list around it.
  const parent = ctx.steps.length >= 2 ? ctx.steps[ctx.steps.length - 1].parent : undefined;
  if (isSeq(parent) && ctx.on === 'value') return healthTest({ ...ctx, node: parent as unknown as Node });
  const value = text(node);
  if (value === undefined) return [];
  return [t(ctx, 'string', { command: value })];
};

const DURATION_UNITS: Record<string, number> = { us: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** `1m30s` → 90 (seconds), or undefined when it is not a Compose duration. */
export function durationSeconds(value: string): number | undefined {
  // No real duration is this long; the cap keeps the unanchored search below linear on a 100 KB value.
  if (value.length > 64) return undefined;
  const re = /(\d+(?:\.\d+)?)(us|ms|s|m|h)/g;
  let total = 0;
  let consumed = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value)) !== null) {
    if (m.index !== consumed) return undefined;
    total += Number(m[1]) * DURATION_UNITS[m[2]];
    consumed = m.index + m[0].length;
  }
  return consumed === value.length && consumed > 0 ? total : undefined;
}

const duration: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  if (hasInterpolation(value)) return [common(ctx, 'variable')];
  const seconds = durationSeconds(value);
  if (seconds === undefined) return [common(ctx, 'badDuration', { value: value })];
  return [common(ctx, 'duration', { value: value, seconds: Number(seconds.toFixed(3)) })];
};

const cpus: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  if (hasInterpolation(value)) return [common(ctx, 'variable')];
  const n = Number(value);
  if (!Number.isFinite(n)) return [];
  return [t(ctx, 'value', { cpus: numeral(value), percent: Math.round(n * 100) })];
};

const BYTE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/**
 * `512m` → 536870912. Compose reads byte values with go-units RAMInBytes (compose-go
 * types/bytes.go): a number, an optional space, then `k`/`m`/`g`/`t`/`p` (binary: 1024-based)
 * with an optional `i` and `b`, in any case: `1g`, `1GiB`, `512 MB`, `2t`, `512Mi` are all valid.
 * https://github.com/docker/go-units/blob/v0.5.0/size.go
 */
export function byteValue(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?) ?([kmgtp])?i?b?$/i.exec(value.trim());
  if (!m) return undefined;
  return Number(m[1]) * BYTE_UNITS[(m[2] ?? '').toLowerCase()];
}

function humanBytes(n: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, name] of units) if (n >= size) return `${Number((n / size).toFixed(2))} ${name}`;
  return `${n} B`;
}

const bytes: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  if (hasInterpolation(value)) return [common(ctx, 'variable')];
  const n = byteValue(value);
  if (n === undefined) return [common(ctx, 'badBytes', { value: value })];
  const fact = t(ctx, 'value', { value: value, human: ours(humanBytes(n)) });
  return [fact || common(ctx, 'bytes', { value: value, human: ours(humanBytes(n)) })];
};

const replicas: Explainer = (ctx) => {
  const value = text(ctx.node);
  return value === undefined ? [] : [t(ctx, 'value', { count: numeral(value) })];
};

// ---------------------------------------------------------------- image, build, commands

const image: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  if (hasInterpolation(value)) return [common(ctx, 'variable')];
  const imageTopic = getTopic('compose.service.image');
  const ictx = imageTopic ? { ...ctx, topic: imageTopic } : ctx;
  const ref = parseImageReference(value);
  if (!ref) return [t(ictx, 'invalid', { value: value })];
  const facts: string[] = [];
  facts.push(t(ictx, 'parts', { registry: ref.effectiveRegistry, repository: [ref.namespace, ref.repository].filter(Boolean).join('/'), full: canonicalImageName(ref) }));
  if (!ref.registry) facts.push(t(ictx, ref.official ? 'hubOfficial' : 'hub'));
  if (ref.digest) facts.push(t(ictx, 'digest', { digest: ref.digest.slice(0, 19) }));
  else if (ref.implicitLatest) facts.push(t(ictx, 'implicitLatest'));
  else if (ref.tag === 'latest') facts.push(t(ictx, 'latest'));
  else if (ref.tag) facts.push(t(ictx, 'tag', { tag: ref.tag }));
  if (ctx.service && getPair(ctx.service.map, 'build') && ctx.steps.some((s) => s.key === 'image')) facts.push(t(ictx, 'withBuild'));
  return facts;
};

function pathFact(ctx: ExplainContext, value: string): string {
  if (hasInterpolation(value)) return common(ctx, 'variable');
  if (/^(https?:\/\/|git@|git:\/\/|github\.com\/)/.test(value) || /\.git(#.*)?$/.test(value)) return common(ctx, 'remoteContext', { path: value });
  if (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value)) return common(ctx, 'absolutePath', { path: value });
  return common(ctx, 'relativePath', { path: value });
}

const buildShort: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  return [t(ctx, 'short', { path: value }), pathFact(ctx, value)];
};

const path: Explainer = (ctx) => {
  const value = text(ctx.node);
  return value === undefined ? [] : [pathFact(ctx, value)];
};

const dockerfile: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  return [t(ctx, 'value', { path: value })];
};

const containerName: Explainer = (ctx) => {
  const value = text(ctx.node);
  return value === undefined ? [] : [t(ctx, 'value', { name: value })];
};

function commandFacts(ctx: ExplainContext, node: Node | null): string[] {
  if (isSeq(node)) {
    const items = (node.items as Node[]).map((n) => text(n) ?? '');
    if (items.length === 0) return [t(ctx, 'empty')];
    const facts = [t(ctx, 'exec', { first: items[0], count: items.length })];
    const shell = shellPid1Fact(ctx, items);
    if (shell) facts.push(shell);
    return facts;
  }
  const value = text(node);
  if (value === undefined) return [t(ctx, 'null')];
  if (value === '') return [t(ctx, 'empty')];
  const facts = [t(ctx, 'string', { value: value })];
  const words = hasInterpolation(value) ? undefined : splitCommandString(value);
  const shell = words ? shellPid1Fact(ctx, words) : undefined;
  if (shell) facts.push(shell);
  else if (/[|&;<>]|\$\(|\$\$/.test(value) && !/^(\/bin\/)?(ba|da|a)?sh\s+-c\b/.test(value)) facts.push(t(ctx, 'noShell'));
  return facts;
}

/**
 * `["sh", "-c", "…"]` in `command` or `entrypoint`: who is PID 1 and who gets SIGTERM, from the
 * process model (src/core/model/containerProcess.ts) and in its words, so a Compose hover says
 * what the Dockerfile hovers say: per shell, and "it depends" when the image's `/bin/sh` is not
 * known from its name.
 */
function shellPid1Fact(ctx: ExplainContext, argv: string[]): string | undefined {
  if (argv[1] !== '-c' || argv.length < 3 || shellKindOf(argv[0], 'unknown') === undefined) return undefined;
  const image = ctx.service ? text(getPair(ctx.service.map, 'image')?.value) : undefined;
  const ref = image && !hasInterpolation(image) ? parseImageReference(image) : undefined;
  let config: ProcessConfig;
  if (ctx.topic.id === 'compose.service.entrypoint') config = { entrypoint: { form: 'exec', argv }, cmd: null };
  else {
    // With the service's own entrypoint, `command` is only its arguments (the topic's "why" says so).
    if (ctx.service && getPair(ctx.service.map, 'entrypoint')) return undefined;
    config = { entrypoint: baseImageHasNoEntrypoint(ref) ? null : 'unknown', cmd: { form: 'exec', argv } };
  }
  const pid1 = containerProcess(config, imageShellKind(ref)).pid1;
  if (pid1.kind === 'base-entrypoint') {
    const rest = pid1.otherwise ? ` ${pid1Sentence(ctx.lang, pid1.otherwise)}` : '';
    return t(ctx, 'imageEntrypoint') + rest;
  }
  return pid1Sentence(ctx.lang, pid1);
}

/** A `command:` string as compose-go splits it (shell-like words, quotes removed; no shell runs it). */
function splitCommandString(value: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < value.length) word = (word ?? '') + value[++i];
      else word = (word ?? '') + c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (c === '\\' && i + 1 < value.length) word = (word ?? '') + value[++i];
    else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + c;
  }
  if (quote) return undefined;
  if (word !== undefined) words.push(word);
  return words;
}

const command: Explainer = (ctx) => {
  // A list item: explain the whole list it belongs to.
  if (ctx.on === 'value' && typeof ctx.key === 'number') {
    const list = ctx.steps[ctx.steps.length - 1].parent as unknown as Node;
    return commandFacts(ctx, list);
  }
  return commandFacts(ctx, ctx.node);
};

// ---------------------------------------------------------------- environment

function envFacts(ctx: ExplainContext, name: string, value: string | undefined): string[] {
  if (value === undefined) return [t(ctx, 'passthrough', { name: name })];
  const facts = [t(ctx, 'set', { name: name, value: value.length > 60 ? `${value.slice(0, 57)}...` : value })];
  if (hasInterpolation(value)) facts.push(common(ctx, 'interpolated'));
  return facts;
}

const envItem: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  const eq = value.indexOf('=');
  return eq < 0 ? envFacts(ctx, value, undefined) : envFacts(ctx, value.slice(0, eq), value.slice(eq + 1));
};

const envValue: Explainer = (ctx) => {
  const name = ctx.steps[ctx.steps.length - 1].key;
  const node = ctx.node;
  const value = isScalar(node) && (node as Scalar).value !== null ? text(node) : undefined;
  return envFacts(ctx, String(name), value);
};

const envFile: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  return [t(ctx, 'file', { path: value }), pathFact(ctx, value)];
};

// ---------------------------------------------------------------- small values

const user: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  if (hasInterpolation(value)) return [common(ctx, 'variable')];
  const [u, g] = value.split(':');
  const facts = [g !== undefined ? t(ctx, 'userGroup', { user: u, group: g }) : t(ctx, 'user', { user: u })];
  if (u === 'root' || u === '0') facts.push(t(ctx, 'root'));
  return facts;
};

const profile: Explainer = (ctx) => {
  const value = text(ctx.node);
  return value === undefined ? [] : [t(ctx, 'value', { name: value })];
};

const pullPolicy: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  if (/^every_/.test(value)) return [t(ctx, 'every', { value: value.slice(6) })];
  const key = value === 'if_not_present' ? 'missing' : value;
  return [t(ctx, key) || t(ctx, 'unknown', { value: value })];
};

const platform: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  if (hasInterpolation(value)) return [common(ctx, 'variable')];
  const [os, arch, variant] = value.split('/');
  const platformTopic = getTopic('compose.service.platform');
  const pctx = platformTopic ? { ...ctx, topic: platformTopic } : ctx;
  return [t(pctx, 'value', { os: os, arch: arch ?? '?', variant: variant ? `/${variant}` : '' })];
};

const stopSignal: Explainer = (ctx) => {
  const value = text(ctx.node);
  return value === undefined ? [] : [t(ctx, 'value', { signal: value })];
};

const capability: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  const cap = value.toUpperCase().replace(/^CAP_/, '');
  return [t(ctx, cap === 'ALL' ? 'all' : 'value', { cap: cap })];
};

const extraHost: Explainer = (ctx) => {
  let host: string | undefined;
  let ip: string | undefined;
  if (ctx.on === 'key' && typeof ctx.key === 'string' && ctx.key !== 'extra_hosts') {
    host = ctx.key;
    ip = text(ctx.node);
  } else {
    const value = text(ctx.node);
    if (value === undefined) return [];
    const m = /^([^=:]+)[=:](.*)$/.exec(value);
    if (!m) return [];
    [host, ip] = [m[1], m[2]];
  }
  if (host === undefined || ip === undefined) return [];
  return [t(ctx, ip === 'host-gateway' ? 'gateway' : 'value', { host: host, ip: ip })];
};

const bool: Explainer = (ctx) => {
  const value = scalarValue(ctx.node);
  const written = text(ctx.node);
  if (written !== undefined && hasInterpolation(written)) return [common(ctx, 'variable')];
  if (value === true || written === 'true') return [t(ctx, 'true')];
  if (value === false || written === 'false') return [t(ctx, 'false')];
  return [];
};

const version: Explainer = (ctx) => {
  const value = text(ctx.node);
  return value === undefined ? [] : [t(ctx, 'value', { value: value })];
};

const projectName: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  // `-p` and `COMPOSE_PROJECT_NAME` come before `name:` (compose-go v2.13.0 cli/options.go `withNamePrecedenceLoad`).
  const given = ctx.project?.name;
  if (given !== undefined && (ctx.project?.from === 'environment' || ctx.project?.from === 'option')) return [t(ctx, ctx.project.from === 'option' ? 'overriddenByOption' : 'overriddenByEnvironment', { name: given })];
  if (hasInterpolation(value)) return given !== undefined ? [t(ctx, 'filled', { name: given })] : [common(ctx, 'variable')];
  // Compose lower-cases the name and keeps only a-z, 0-9, `_` and `-` (loader.go `NormalizeProjectName`).
  const normalized = normalizeProjectName(value);
  const facts = [t(ctx, 'value', { name: normalized || value })];
  if (normalized !== value && normalized !== '') facts.unshift(t(ctx, 'normalized', { name: normalized }));
  return facts;
};

/** The name containers, networks and volumes get: the project's, else the file's `name:` as Compose normalises it, else a placeholder. */
function projectNameOf(ctx: ExplainContext): MarkdownValue {
  if (ctx.project?.name !== undefined) return ctx.project.name;
  const written = text(getPair(rootMap(ctx.doc), 'name')?.value);
  const normalized = written !== undefined && !hasInterpolation(written) ? normalizeProjectName(written) : '';
  return normalized !== '' ? normalized : tm(ctx, 'projectPlaceholder');
}

function fileRef(kind: 'secrets' | 'configs'): Explainer {
  return (ctx) => {
    const value = text(ctx.node);
    if (value === undefined) return [];
    const declared = getPair(topLevel(ctx.doc, kind), value);
    const facts = [t(ctx, 'value', { name: value })];
    facts.push(declared ? t(ctx, 'declared', { name: value, line: lineOf(ctx.doc, declared.key) ?? '?' }) : t(ctx, 'undeclared', { name: value }));
    return facts;
  };
}

const serviceName: Explainer = (ctx) => {
  // On a service's name (a key under `services:`), or on `extends: name` / `extends.service`.
  if (ctx.steps.length === 2 && ctx.steps[0].key === 'services' && ctx.on === 'key') {
    const name = String(ctx.key);
    const facts = [t(ctx, 'dns', { name: name })];
    facts.push(t(ctx, 'containerName', { name: name, project: projectNameOf(ctx) }));
    const body = isMap(ctx.node) ? ctx.node : undefined;
    if (body && !getPair(body, 'image') && !getPair(body, 'build') && !getPair(body, 'extends') && !body.items.some((p) => isScalar(p.key) && String(p.key.value) === '<<')) facts.push(t(ctx, 'noImage'));
    return facts;
  }
  const value = text(ctx.node);
  if (value === undefined) return [];
  const found = serviceExists(ctx, value);
  const extendsMap = ctx.steps.find((s) => s.key === 'extends')?.node;
  const hasFile = isMap(extendsMap) && getPair(extendsMap, 'file') !== undefined;
  if (hasFile) return [t(ctx, 'otherFile', { name: value })];
  return [found ? t(ctx, 'sameFile', { name: value, line: found.line ?? '?' }) : t(ctx, 'missing', { name: value })];
};

const volumeDecl: Explainer = (ctx) => {
  if (typeof ctx.key !== 'string') return [];
  const body = isMap(ctx.node) ? ctx.node : undefined;
  const ext = getPair(body, 'external')?.value;
  const external = text(ext) === 'true' || isMap(ext);
  const name = text(getPair(body, 'name')?.value);
  const facts: string[] = [];
  if (external) facts.push(t(ctx, 'external', { key: ctx.key, name: name ?? ctx.key }));
  else if (name) facts.push(t(ctx, 'customName', { key: ctx.key, name: name }));
  else facts.push(t(ctx, 'projectName', { key: ctx.key, project: projectNameOf(ctx) }));
  facts.push(t(ctx, external ? 'externalSurvives' : 'survives'));
  return facts;
};

const networkDecl: Explainer = (ctx) => {
  if (typeof ctx.key !== 'string') return [];
  const body = isMap(ctx.node) ? ctx.node : undefined;
  const ext = getPair(body, 'external')?.value;
  const external = text(ext) === 'true' || isMap(ext);
  const driver = text(getPair(body, 'driver')?.value);
  const facts: string[] = [];
  if (external) facts.push(t(ctx, 'external', { key: ctx.key }));
  else facts.push(t(ctx, 'driver', { key: ctx.key, driver: driver ?? 'bridge' }));
  if (text(getPair(body, 'internal')?.value) === 'true') facts.push(t(ctx, 'internal'));
  return facts;
};

const include: Explainer = (ctx) => {
  const value = text(ctx.node);
  return value === undefined ? [] : [t(ctx, 'value', { path: value }), pathFact(ctx, value)];
};

const logDriver: Explainer = (ctx) => {
  const value = text(ctx.node);
  if (value === undefined) return [];
  const known = ['json-file', 'local', 'none', 'syslog', 'journald', 'gelf', 'fluentd', 'awslogs', 'splunk', 'etwlogs', 'gcplogs'];
  return [known.includes(value) ? t(ctx, value === 'json-file' || value === 'local' || value === 'none' ? value.replace('-', '_') : 'remote', { driver: value }) : t(ctx, 'other', { driver: value })];
};

const EXPLAINERS: Record<ExplainerId, Explainer> = {
  image,
  buildShort,
  path,
  dockerfile,
  containerName,
  command,
  entrypoint: command,
  envItem,
  envValue,
  envFile,
  port,
  portLongEntry,
  expose,
  volume,
  volumeLongEntry,
  volumesFrom,
  tmpfs,
  networkRef,
  networkMode,
  dependsOnShort,
  dependsOnEntry,
  condition,
  restart,
  healthTest,
  duration,
  cpus,
  bytes,
  user,
  profile,
  pullPolicy,
  platform,
  stopSignal,
  capability,
  extraHost,
  bool,
  version,
  projectName,
  secretRef: fileRef('secrets'),
  configRef: fileRef('configs'),
  serviceName,
  volumeDecl,
  networkDecl,
  include,
  logDriver,
  replicas,
};

export function runExplainer(id: ExplainerId, ctx: ExplainContext): string[] {
  return EXPLAINERS[id](ctx).filter((f) => f !== '');
}
