// Mounts of Compose services: `volumes:` entries (short and long syntax), the `tmpfs:` key,
// `volumes_from:` entries, and the top-level `volumes:` declarations they refer to.
//
// The short syntax is read the way Compose reads it (compose-go `format.ParseVolume`):
//   [SOURCE:]TARGET[:OPTIONS]
// - one field: an anonymous volume mounted at TARGET;
// - SOURCE is a host path (bind mount) when it starts with `.`, `/`, `~`, `\\` or a Windows
//   drive (`C:`); otherwise it is the name of a volume (named volume);
// - OPTIONS is a comma list: `ro`, `rw`, `nocopy`, `z`/`Z` (SELinux), bind propagation
//   (`shared`, `rshared`, `slave`, `rslave`, `private`, `rprivate`). Compose ignores others.
// Colons inside `${…}` do not split fields. A SOURCE that starts with a variable is neither
// bind nor volume until Compose interpolates it: we say so (`type: undefined`) and never guess.
//
// Everything here is a pure function of the parsed document: no file system, no `path`.
// Host paths are reported as written; `resolveHostPath` resolves one against a folder the
// caller knows (the extension and the CLI know where the Compose file is).
//
// Users: the hover (explainCompose), lint rules (valid-volume-spec, no-undeclared-volume,
// no-duplicate-mount-target) and the panel's Compose topology view. Keep this API stable.

import { declarationOf, declarationsOf, readDeclaration } from './topLevelDeclarations';
import type { Declaration } from './topLevelDeclarations';
import { perDocument } from '../documents/derived';
import { isMap, isScalar } from '../documents/yamlNodes';
import type { Node, YAMLMap } from 'yaml';
import type { Range } from '../types';
import type { ComposeDocument, ComposeService } from '../documents/composeDocument';
import { getPair, nodeRange, scalarText, seqItems } from '../documents/composeDocument';
import { hasInterpolation } from './portMapping';
import { trimTrailingSlashes } from '../text/trim';

/** Mount types of the Compose specification's long syntax. */
export type MountType = 'bind' | 'volume' | 'tmpfs' | 'image' | 'npipe' | 'cluster';

export const MOUNT_TYPES: readonly MountType[] = ['bind', 'volume', 'tmpfs', 'image', 'npipe', 'cluster'];

/** Bind propagation modes accepted in the short syntax's options and in `bind.propagation`. */
export const PROPAGATIONS: readonly string[] = ['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave'];

/**
 * Something Compose (or Docker) would reject or silently misread. Codes are stable; rule
 * messages are the lint rules' business.
 * - `empty`: the entry is an empty string.
 * - `empty-section`: two colons with nothing between (`./a::/b`).
 * - `too-many-colons`: more than SOURCE:TARGET:OPTIONS.
 * - `relative-target`: the container path is not absolute (Docker requires it).
 * - `invalid-volume-name`: SOURCE is read as a volume name (no `./`, `/`, `~`) but is not a
 *   valid one, e.g. `usr/html` meant as a host folder.
 * - `unknown-option`: a short-syntax option Compose ignores (`rx`, `cached` is *not* reported:
 *   see KNOWN_IGNORED_OPTIONS).
 * - `missing-target`: long syntax without `target`.
 * - `missing-type` / `unknown-type`: long syntax without a known `type`.
 * - `missing-source`: long syntax `type: bind` (or image/npipe) without `source`.
 * - `source-on-tmpfs`: long syntax `type: tmpfs` with a `source`.
 */
export type VolumeProblemCode =
  | 'empty'
  | 'empty-section'
  | 'too-many-colons'
  | 'relative-target'
  | 'invalid-volume-name'
  | 'unknown-option'
  | 'missing-target'
  | 'missing-type'
  | 'unknown-type'
  | 'missing-source'
  | 'source-on-tmpfs';

export interface VolumeProblem {
  code: VolumeProblemCode;
  /** The offending piece as written (an option, the source, the type…). */
  detail: string;
}

/** What a volume entry means, independent of where it is written. */
export interface VolumeSpec {
  /**
   * The mount type. undefined when it cannot be known from the file: the source starts with
   * a `${VAR}` (bind or volume depends on its value) or the long form's `type` is missing or
   * unknown.
   */
  type: MountType | undefined;
  /** A volume without a source: Docker creates a new anonymous volume for the container. */
  anonymous: boolean;
  /** Host path (bind), volume name (volume), image reference (image), as written. */
  source?: string;
  /** Path inside the container, as written. */
  target?: string;
  readOnly: boolean;
  /** `z` (shared between containers) or `Z` (private to this container) SELinux relabel. */
  selinux?: 'z' | 'Z';
  propagation?: string;
  /** `nocopy`: do not copy the image's files at the target into a new volume. */
  nocopy: boolean;
  /** Short syntax: the options as written (`['ro', 'z']`). Long syntax: empty. */
  options: string[];
  /** Long syntax `tmpfs: {size, mode}` or the `tmpfs:` key's `size=`/`mode=` options. */
  tmpfs?: { size?: string; mode?: string };
  /** Long syntax `bind.create_host_path`; the short syntax always creates a missing host path. */
  createHostPath?: boolean;
  /** Long syntax `volume.subpath` / `image.subpath`. */
  subpath?: string;
  /** Some field still holds `${VAR}` / `$VAR`. */
  hasVariable: boolean;
  problems: VolumeProblem[];
}

/** One mount of a service, with where it is written. */
export interface ServiceMount extends VolumeSpec {
  service: ComposeService;
  /** `volumes`: an entry of the service's `volumes:`; `tmpfs`: an entry of its `tmpfs:` key. */
  origin: 'volumes' | 'tmpfs';
  syntax: 'short' | 'long';
  /** The YAML node of the entry (a scalar or, for the long syntax, a map). */
  node: Node;
  range: Range;
  /** The entry as written (short), or a short-syntax-like rendering of the long form. */
  text: string;
  /** Where the source / target are written, when known (short syntax: inside the scalar). */
  sourceRange?: Range;
  targetRange?: Range;
}

/** A top-level `volumes:` declaration. */
export interface DeclaredVolume extends Declaration {
  node: Node | null;
}

/**
 * One `volumes_from:` entry: `name`, `name:ro`, `container:name`, `container:name:rw`.
 * Problems: `empty`; `bad-access` (mode other than ro/rw); `too-many-colons`;
 * `service-prefix`: `service:name`, a form of docker-compose v1 that the Compose
 * specification does not have: today's Compose splits on `:` and looks for a service named
 * `service`. `name` is then the intended service (after the prefix).
 */
export interface VolumesFromSpec {
  kind: 'service' | 'container';
  name: string;
  /** undefined when not written (read-write is the default). */
  access?: 'ro' | 'rw';
  problems: { code: 'empty' | 'bad-access' | 'too-many-colons' | 'service-prefix'; detail: string }[];
}

export interface ServiceVolumesFrom extends VolumesFromSpec {
  service: ComposeService;
  node: Node;
  range: Range;
  text: string;
}

// Options Compose accepts in the short syntax without effect on Linux engines, or that older
// Docker Desktop used (consistency flags). Not worth a warning.
const KNOWN_IGNORED_OPTIONS = new Set(['cached', 'delegated', 'consistent']);

/** A volume name the engine accepts (`docker run -v NAME:/x`, `external` and `name:` volumes). */
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/**
 * A key of the Compose file's top-level `volumes:` (compose-spec schema
 * `^[a-zA-Z0-9._-]+$`): the engine sees `<project>_<key>`, so `_data` is fine (R12).
 */
const COMPOSE_VOLUME_KEY = /^[a-zA-Z0-9._-]+$/;

/** Who reads a short-syntax volume: Compose (sources are keys of `volumes:`) or the docker CLI. */
export type VolumeReader = 'compose' | 'docker';

/** True when Compose reads this short-syntax source as a host path (bind mount). */
export function isHostPath(source: string): boolean {
  if (source === '') return false;
  const c = source[0];
  if (c === '.' || c === '/' || c === '~') return true;
  if (source.startsWith('\\\\')) return true;
  return /^[A-Za-z]:/.test(source);
}

/** True for absolute container paths: `/x`, or Windows `C:\x` / `C:/x` (Windows containers). */
export function isAbsoluteTarget(target: string): boolean {
  return target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\\\');
}

/** Splits a short-syntax spec on `:` like Compose: not inside `${…}`, not after a drive letter. */
function splitFields(spec: string): { fields: string[]; starts: number[] } {
  const fields: string[] = [];
  const starts: number[] = [];
  let buffer = '';
  let start = 0;
  let depth = 0;
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === '$' && spec[i + 1] === '{') {
      depth++;
      buffer += c;
      continue;
    }
    if (c === '}' && depth > 0) {
      depth--;
      buffer += c;
      continue;
    }
    if (c === ':' && depth === 0 && !(buffer.length === 1 && /[A-Za-z]/.test(buffer))) {
      fields.push(buffer);
      starts.push(start);
      buffer = '';
      start = i + 1;
      continue;
    }
    buffer += c;
  }
  fields.push(buffer);
  starts.push(start);
  return { fields, starts };
}

/** Parses a short-syntax `volumes:` entry, e.g. `./data:/var/lib/data:ro,z`. */
export function parseVolumeShort(spec: string, reader: VolumeReader = 'compose'): VolumeSpec & { sourceStart?: number; targetStart?: number } {
  const validName = reader === 'compose' ? COMPOSE_VOLUME_KEY : VOLUME_NAME;
  const base: VolumeSpec = { type: undefined, anonymous: false, readOnly: false, nocopy: false, options: [], hasVariable: hasInterpolation(spec), problems: [] };
  if (spec === '') return { ...base, problems: [{ code: 'empty', detail: '' }] };
  // Compose: a spec of one or two characters is always an anonymous volume's target.
  if (spec.length <= 2) return withTargetCheck({ ...base, type: 'volume', anonymous: true, target: spec }, spec);
  const { fields, starts } = splitFields(spec);
  const result: VolumeSpec & { sourceStart?: number; targetStart?: number } = base; // fresh for each call: no copy needed
  // Compose stops at an empty field ("empty section between colons"): nothing after it counts.
  if (fields.some((f) => f === '')) return { ...result, problems: [{ code: 'empty-section', detail: spec }] };
  if (fields.length > 3) result.problems.push({ code: 'too-many-colons', detail: fields.slice(3).join(':') });
  if (fields.length === 1) {
    result.type = 'volume';
    result.anonymous = true;
    result.target = fields[0];
    result.targetStart = starts[0];
    return withTargetCheck(result, fields[0]);
  }
  result.source = fields[0];
  result.sourceStart = starts[0];
  result.target = fields[1];
  result.targetStart = starts[1];
  if (fields.length >= 3) readOptions(result, fields[2]);
  const source = fields[0];
  if (isHostPath(source)) {
    result.type = 'bind';
    // Compose's short syntax creates a missing host folder (docker-compose v1 behaviour).
    result.createHostPath = true;
  } else if (/^\$/.test(source)) {
    result.type = undefined;
  } else {
    result.type = 'volume';
    if (source !== '' && !hasInterpolation(source) && !validName.test(source)) result.problems.push({ code: 'invalid-volume-name', detail: source });
  }
  return withTargetCheck(result, result.target ?? '');
}

function readOptions(spec: VolumeSpec, text: string): void {
  for (const option of text.split(',')) {
    spec.options.push(option);
    if (option === 'ro') spec.readOnly = true;
    else if (option === 'rw') spec.readOnly = false;
    else if (option === 'nocopy') spec.nocopy = true;
    else if (option === 'z' || option === 'Z') spec.selinux = option;
    else if (PROPAGATIONS.includes(option)) spec.propagation = option;
    else if (!KNOWN_IGNORED_OPTIONS.has(option) && option !== '' && !hasInterpolation(option)) spec.problems.push({ code: 'unknown-option', detail: option });
  }
}

function withTargetCheck<T extends VolumeSpec>(spec: T, target: string): T {
  if (target !== '' && !hasInterpolation(target) && !isAbsoluteTarget(target)) spec.problems.push({ code: 'relative-target', detail: target });
  return spec;
}

/** Parses a long-syntax entry (`{type, source, target, read_only, bind, volume, tmpfs, …}`). */
export function parseVolumeLong(map: YAMLMap): VolumeSpec {
  const get = (m: YAMLMap | undefined, key: string) => scalarText(getPair(m, key)?.value);
  const sub = (key: string) => {
    const v = getPair(map, key)?.value;
    return isMap(v) ? v : undefined;
  };
  const typeText = get(map, 'type');
  const source = get(map, 'source');
  const target = get(map, 'target');
  const values = [typeText, source, target].filter((v): v is string => v !== undefined);
  const spec: VolumeSpec = {
    type: undefined,
    anonymous: false,
    source,
    target,
    readOnly: get(map, 'read_only') === 'true',
    nocopy: get(sub('volume'), 'nocopy') === 'true',
    options: [],
    hasVariable: values.some(hasInterpolation),
    problems: [],
  };
  if (typeText === undefined) spec.problems.push({ code: 'missing-type', detail: '' });
  else if ((MOUNT_TYPES as readonly string[]).includes(typeText)) spec.type = typeText as MountType;
  else if (!hasInterpolation(typeText)) spec.problems.push({ code: 'unknown-type', detail: typeText });
  if (target === undefined || target === '') spec.problems.push({ code: 'missing-target', detail: '' });
  else withTargetCheck(spec, target);
  const bind = sub('bind');
  if (bind) {
    const selinux = get(bind, 'selinux');
    if (selinux === 'z' || selinux === 'Z') spec.selinux = selinux;
    spec.propagation = get(bind, 'propagation');
    const create = get(bind, 'create_host_path');
    if (create !== undefined) spec.createHostPath = create === 'true';
  }
  const tmpfs = sub('tmpfs');
  if (tmpfs) spec.tmpfs = { size: get(tmpfs, 'size'), mode: get(tmpfs, 'mode') };
  spec.subpath = get(sub('volume'), 'subpath') ?? get(sub('image'), 'subpath');
  if (spec.type === 'volume' && (source === undefined || source === '')) spec.anonymous = true;
  if ((spec.type === 'bind' || spec.type === 'image' || spec.type === 'npipe') && (source === undefined || source === '')) spec.problems.push({ code: 'missing-source', detail: spec.type });
  if (spec.type === 'tmpfs' && source) spec.problems.push({ code: 'source-on-tmpfs', detail: source });
  if (spec.type === 'volume' && source && !hasInterpolation(source) && !COMPOSE_VOLUME_KEY.test(source)) spec.problems.push({ code: 'invalid-volume-name', detail: source });
  return spec;
}

/** A short-syntax-like rendering of a long-form entry, for headings and messages. */
export function describeLongAsShort(spec: VolumeSpec): string {
  if (spec.type === 'tmpfs') return `tmpfs:${spec.target ?? ''}`;
  const opts = [spec.readOnly ? 'ro' : undefined, spec.selinux].filter(Boolean).join(',');
  const head = spec.source ? `${spec.source}:${spec.target ?? ''}` : (spec.target ?? '');
  return opts ? `${head}:${opts}` : head;
}

/** The `volumes:` entries of one service, short and long syntax, in file order. */
export function serviceVolumes(doc: ComposeDocument, service: ComposeService): ServiceMount[] {
  const result: ServiceMount[] = [];
  for (const item of seqItems(getPair(service.map, 'volumes')?.value)) {
    const mount = volumeEntry(doc, service, item);
    if (mount) result.push(mount);
  }
  return result;
}

/** Reads one node of a `volumes:` list (used by the hover for the entry under the cursor). */
export function volumeEntry(doc: ComposeDocument, service: ComposeService, item: Node): ServiceMount | undefined {
  const range = nodeRange(item, doc.lines);
  if (!range) return undefined;
  if (isScalar(item)) {
    const text = scalarText(item) ?? '';
    const spec = parseVolumeShort(text);
    const at = (start: number | undefined, value: string | undefined) => (start === undefined || value === undefined ? undefined : rangeInScalar(doc, item, text, start, value.length));
    return mountOf(spec, { service, origin: 'volumes', syntax: 'short', node: item, range, text, sourceRange: at(spec.sourceStart, spec.source), targetRange: at(spec.targetStart, spec.target) });
  }
  if (isMap(item)) {
    const spec = parseVolumeLong(item);
    return mountOf(spec, {
      service,
      origin: 'volumes',
      syntax: 'long',
      node: item,
      range,
      text: describeLongAsShort(spec),
      sourceRange: nodeRange(getPair(item, 'source')?.value, doc.lines),
      targetRange: nodeRange(getPair(item, 'target')?.value, doc.lines),
    });
  }
  return undefined;
}

/**
 * A mount from a parsed spec and where it is written, built field by field: object spread and
 * rest here (`{ ...spec, … }`) were the slowest part of linting 2,000 services (V8 makes a new
 * object shape for each). Every mount gets the same shape, in the same order.
 */
function mountOf(spec: VolumeSpec, where: Omit<ServiceMount, keyof VolumeSpec>): ServiceMount {
  return {
    type: spec.type,
    anonymous: spec.anonymous,
    source: spec.source,
    target: spec.target,
    readOnly: spec.readOnly,
    selinux: spec.selinux,
    propagation: spec.propagation,
    nocopy: spec.nocopy,
    options: spec.options,
    tmpfs: spec.tmpfs,
    createHostPath: spec.createHostPath,
    subpath: spec.subpath,
    hasVariable: spec.hasVariable,
    problems: spec.problems,
    service: where.service,
    origin: where.origin,
    syntax: where.syntax,
    node: where.node,
    range: where.range,
    text: where.text,
    sourceRange: where.sourceRange,
    targetRange: where.targetRange,
  };
}

/**
 * The service's `tmpfs:` key (a string or a list): each entry `TARGET[:OPTIONS]`, where
 * OPTIONS are `size=…`, `mode=…`, `uid=…`, `gid=…`.
 */
export function serviceTmpfs(doc: ComposeDocument, service: ComposeService): ServiceMount[] {
  const value = getPair(service.map, 'tmpfs')?.value;
  const items = isScalar(value) ? [value] : seqItems(value);
  const result: ServiceMount[] = [];
  for (const item of items) {
    const range = nodeRange(item, doc.lines);
    const text = scalarText(item);
    if (!range || text === undefined) continue;
    result.push({ ...parseTmpfsEntry(text), service, origin: 'tmpfs', syntax: 'short', node: item, range, text });
  }
  return result;
}

/** Parses a `tmpfs:` key entry: `/run` or `/data:size=64m,mode=1777`. */
export function parseTmpfsEntry(text: string): VolumeSpec {
  const colon = text.indexOf(':');
  const target = colon < 0 ? text : text.slice(0, colon);
  const options = colon < 0 ? [] : text.slice(colon + 1).split(',').filter((o) => o !== '');
  const option = (name: string) => options.find((o) => o.startsWith(`${name}=`))?.slice(name.length + 1);
  const spec: VolumeSpec = { type: 'tmpfs', anonymous: false, target, readOnly: false, nocopy: false, options, hasVariable: hasInterpolation(text), problems: [] };
  if (option('size') !== undefined || option('mode') !== undefined) spec.tmpfs = { size: option('size'), mode: option('mode') };
  if (target === '') spec.problems.push({ code: 'empty', detail: text });
  else withTargetCheck(spec, target);
  return spec;
}

/** Every mount of every service: `volumes:` entries then `tmpfs:` entries, service by service. */
// Four rules and the panel read every mount: build the list once per parsed document (read-only).
export const allServiceMounts: (doc: ComposeDocument) => readonly ServiceMount[] = perDocument((doc: ComposeDocument) =>
  doc.services.flatMap((s) => [...serviceVolumes(doc, s), ...serviceTmpfs(doc, s)]),
);

/** The top-level `volumes:` declarations by key. */
export function declaredVolumes(doc: ComposeDocument): Map<string, DeclaredVolume> {
  return declarationsOf(doc, 'volumes', toDeclared);
}

/** One top-level volume declaration, without reading the others (for hovers in big files). */
export function declaredVolume(doc: ComposeDocument, key: string): DeclaredVolume | undefined {
  return declarationOf(doc, 'volumes', key, toDeclared);
}

function toDeclared(doc: ComposeDocument, keyNode: Node, value: Node | null): DeclaredVolume {
  return { ...readDeclaration(doc, keyNode, value), node: value };
}

/**
 * Parses a `volumes_from:` entry. Compose: `service_name`, `service_name:ro`,
 * `container:container_name`, `container:container_name:rw`.
 */
export function parseVolumesFrom(text: string): VolumesFromSpec {
  const problems: VolumesFromSpec['problems'] = [];
  if (text.trim() === '') return { kind: 'service', name: '', problems: [{ code: 'empty', detail: '' }] };
  let parts = text.split(':');
  let kind: 'service' | 'container' = 'service';
  if (parts[0] === 'container' && parts.length >= 2) {
    kind = 'container';
    parts = parts.slice(1);
  } else if (parts[0] === 'service' && parts.length >= 2 && parts[1] !== 'ro' && parts[1] !== 'rw') {
    problems.push({ code: 'service-prefix', detail: text });
    parts = parts.slice(1);
  }
  const name = parts[0];
  let access: 'ro' | 'rw' | undefined;
  if (parts.length >= 2) {
    if (parts[1] === 'ro' || parts[1] === 'rw') access = parts[1];
    else problems.push({ code: 'bad-access', detail: parts[1] });
  }
  if (parts.length > 2) problems.push({ code: 'too-many-colons', detail: parts.slice(2).join(':') });
  return { kind, name, access, problems };
}

export function serviceVolumesFrom(doc: ComposeDocument, service: ComposeService): ServiceVolumesFrom[] {
  const result: ServiceVolumesFrom[] = [];
  for (const item of seqItems(getPair(service.map, 'volumes_from')?.value)) {
    const range = nodeRange(item, doc.lines);
    const text = scalarText(item);
    if (!range || text === undefined) continue;
    result.push({ ...parseVolumesFrom(text), service, node: item, range, text });
  }
  return result;
}

/**
 * Resolves a bind mount's host path the way Compose does, against the folder of the Compose
 * file (the project directory). Pure string work with `/` separators: `~` and Windows paths
 * are returned unchanged because only the host knows them.
 */
export function resolveHostPath(source: string, composeDir: string): string {
  if (!source.startsWith('.')) return source;
  const parts = trimTrailingSlashes(composeDir).split('/');
  for (const piece of source.split('/')) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') {
      if (parts.length > 1) parts.pop();
    } else parts.push(piece);
  }
  const joined = parts.join('/');
  return joined === '' ? '/' : joined;
}

/** The range of `value` inside a scalar node, when the scalar is written plainly or simply quoted. */
export function rangeInScalar(doc: ComposeDocument, node: Node, value: string, start: number, length: number): Range | undefined {
  if (!node.range) return undefined;
  const raw = doc.text.slice(node.range[0], node.range[1]);
  const offset = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
  if (raw.slice(offset, offset + value.length) !== value) return undefined;
  const from = node.range[0] + offset + start;
  return doc.lines.range(from, from + length);
}
