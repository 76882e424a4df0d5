import type { LEntry, LMap, LSeq, LValue, Origin } from './located';
import { parseVolumeShort } from '../model/composeVolumes';

// Merging Compose files (and the documents of one file) as compose-go v2.10.0 does it
// (`override/merge.go`, `override/uncity.go`, `loader/reset.go`); the rules are described at
// https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/ :
// - mappings are merged key by key, a later scalar replaces an earlier one, a later `null`
//   keeps the earlier value;
// - sequences are appended, then entries that mean the same thing are made unique, the later
//   one kept at the earlier one's place (ports by their text, volumes by container path,
//   secrets and configs by target, environment and labels by name, …);
// - `command`, `entrypoint` and `healthcheck.test` are replaced whole; `depends_on` and
//   `networks` are merged as mappings whatever form each file uses; `build: ./dir` means
//   `build: {context: ./dir}`; `logging` is replaced when the driver changes;
// - `!reset` removes what earlier files set at that path, `!override` replaces it whole.

type Path = readonly string[];
type Merger = (base: LValue, over: LValue, path: Path) => LValue;

function matches(path: Path, parts: readonly string[]): boolean {
  if (parts.length !== path.length) return false;
  return parts.every((p, i) => p === '*' || p === path[i]);
}

const replace: Merger = (_base, over) => over;

const SPECIAL: [string, Merger][] = [
  ['networks.*.ipam.config', (b, o) => uniqueBy(concat(b, o), (v) => textOf(mapGet(v, 'subnet')) ?? '')],
  ['networks.*.labels', mergeToSequence],
  ['volumes.*.labels', mergeToSequence],
  ['services.*.annotations', mergeToSequence],
  ['services.*.build', (b, o, p) => mergeMappings(buildAsMap(b), buildAsMap(o), p)],
  ['services.*.build.args', mergeToSequence],
  ['services.*.build.additional_contexts', mergeToSequence],
  ['services.*.build.extra_hosts', mergeExtraHosts],
  ['services.*.build.labels', mergeToSequence],
  ['services.*.command', replace],
  ['services.*.depends_on', (b, o, p) => mergeMappings(namesAsMap(b), dependenciesAsMap(o), p)],
  ['services.*.deploy.labels', mergeToSequence],
  ['services.*.dns', mergeToSequence],
  ['services.*.dns_opt', mergeToSequence],
  ['services.*.dns_search', mergeToSequence],
  ['services.*.entrypoint', replace],
  ['services.*.env_file', mergeToSequence],
  ['services.*.label_file', mergeToSequence],
  ['services.*.environment', mergeToSequence],
  ['services.*.extra_hosts', mergeExtraHosts],
  ['services.*.healthcheck.test', replace],
  ['services.*.labels', mergeToSequence],
  ['services.*.volumes.*.volume.labels', mergeToSequence],
  ['services.*.logging', mergeLogging],
  ['services.*.models', (b, o, p) => mergeMappings(namesAsMap(b), namesAsMap(o), p)],
  ['services.*.networks', (b, o, p) => mergeMappings(namesAsMap(b), namesAsMap(o), p)],
  ['services.*.sysctls', mergeToSequence],
  ['services.*.tmpfs', mergeToSequence],
  ['services.*.ulimits.*', replace],
];

/** Merges `over` into `base` (neither is changed) and returns the result. */
const SPECIAL_PARTS: [readonly string[], Merger][] = SPECIAL.map(([pattern, merger]) => [pattern.split('.'), merger]);

export function mergeValues(base: LValue | undefined, over: LValue, path: Path = []): LValue {
  if (base === undefined) return over;
  if (path.length >= 3) for (const [parts, merger] of SPECIAL_PARTS) if (matches(path, parts)) return merger(base, over, path);
  if (over.kind === 'scalar' && over.value === null && !over.unknown && over.tag === undefined) return base;
  if (base.kind === 'map' && over.kind === 'map') return mergeMappings(base, over, path);
  if (base.kind === 'seq' && over.kind === 'seq') return concat(base, over);
  // The earlier scalar is remembered, as uniqueBy remembers a replaced entry: the hover of the
  // later value names the value and line it replaced (hoverNote.ts).
  if (over.kind === 'scalar' && base.kind === 'scalar') return { ...over, replaced: base };
  return over;
}

function mergeMappings(base: LValue, over: LValue, path: Path): LValue {
  if (base.kind !== 'map' || over.kind !== 'map') return over;
  const entries = new Map<string, LEntry>(base.entries);
  for (const [key, entry] of over.entries) {
    const earlier = entries.get(key);
    entries.set(key, earlier ? { ...earlier, value: mergeValues(earlier.value, entry.value, [...path, key]) } : entry);
  }
  return { kind: 'map', entries, origin: base.origin };
}

function concat(base: LValue, over: LValue): LSeq {
  return { kind: 'seq', items: [...asSeq(base).items, ...asSeq(over).items], origin: base.origin };
}

function asSeq(v: LValue): LSeq {
  return v.kind === 'seq' ? v : { kind: 'seq', items: v.kind === 'map' ? toSequence(v).items : [v], origin: v.origin };
}

// `environment: {A: 1}` and `environment: ["A=1"]` mean the same; when both forms meet, the
// mapping becomes `KEY=value` entries (compose-go `convertIntoSequence`). Two mappings stay a
// mapping: the result is the same set of names and values, and the tree keeps its shape.
function mergeToSequence(base: LValue, over: LValue, path: Path): LValue {
  if (base.kind === 'map' && over.kind === 'map') return mergeMappings(base, over, path);
  return concat(base, over);
}

// compose-go v2.13.0 `override/merge.go` `mergeExtraHosts`: both sides as lists (a mapping
// becomes `host=ip` entries, never merged key by key: one host may have two addresses), the
// earlier entries first, then the later ones whose text is not already there.
function mergeExtraHosts(base: LValue, over: LValue): LValue {
  const before = asSeq(base);
  const seen = new Set(before.items.map((v) => textOf(v)));
  return { kind: 'seq', items: [...before.items, ...asSeq(over).items.filter((v) => !seen.has(textOf(v)))], origin: base.origin };
}

function toSequence(map: LMap): LSeq {
  const items: LValue[] = [];
  for (const [key, entry] of map.entries) {
    const v = entry.value;
    if (v.kind === 'scalar') {
      const text = v.value === null ? key : `${key}=${String(v.value)}`;
      items.push({ ...v, value: text, source: v.value === null ? key : `${key}=${v.source}`, origin: v.value === null ? entry.keyOrigin : v.origin });
    } else if (v.kind === 'seq') {
      for (const item of v.items) if (item.kind === 'scalar') items.push({ ...item, value: `${key}=${String(item.value)}` });
    }
  }
  return { kind: 'seq', items, origin: map.origin };
}

function buildAsMap(v: LValue): LValue {
  if (v.kind !== 'scalar') return v;
  const entries = new Map<string, LEntry>([['context', { key: 'context', keyOrigin: v.origin, value: v }]]);
  return { kind: 'map', entries, origin: v.origin };
}

// `depends_on: [db]` is `depends_on: {db: {condition: service_started, required: true}}`, and
// `networks: [front]` is `networks: {front: null}`: the entries become keys with empty values.
function namesAsMap(v: LValue): LValue {
  if (v.kind !== 'seq') return v;
  const entries = new Map<string, LEntry>();
  for (const item of v.items) {
    if (item.kind !== 'scalar' || item.value === null) continue;
    const key = String(item.value);
    entries.set(key, { key, keyOrigin: item.origin, value: { kind: 'map', entries: new Map(), origin: item.origin } });
  }
  return { kind: 'map', entries, origin: v.origin };
}

// compose-go v2.13.0 `override/merge.go` `mergeDependsOn` turns a later file's list into entries
// that say `condition: service_started` and `required: true`, so `depends_on: [db]` in an
// override puts back what an earlier `db: {required: false}` said; a later mapping keeps what it
// does not write. The earlier side needs no defaults: a key it leaves out means the same.
function dependenciesAsMap(v: LValue): LValue {
  if (v.kind !== 'seq') return v;
  const entries = new Map<string, LEntry>();
  for (const item of v.items) {
    if (item.kind !== 'scalar' || item.value === null) continue;
    const key = String(item.value);
    const implied = (field: string, value: string | boolean): LEntry => ({ key: field, keyOrigin: item.origin, value: { kind: 'scalar', value, source: '', origin: item.origin } });
    const defaults = new Map<string, LEntry>([
      ['condition', implied('condition', 'service_started')],
      ['required', implied('required', true)],
    ]);
    entries.set(key, { key, keyOrigin: item.origin, value: { kind: 'map', entries: defaults, origin: item.origin } });
  }
  return { kind: 'map', entries, origin: v.origin };
}

function mergeLogging(base: LValue, over: LValue, path: Path): LValue {
  const a = textOf(mapGet(base, 'driver'));
  const b = textOf(mapGet(over, 'driver'));
  return a === undefined || b === undefined || a === b ? mergeMappings(base, over, path) : over;
}

function mapGet(v: LValue | undefined, key: string): LValue | undefined {
  return v?.kind === 'map' ? v.entries.get(key)?.value : undefined;
}

function textOf(v: LValue | undefined): string | undefined {
  return v?.kind === 'scalar' && v.value !== null ? String(v.value) : undefined;
}

// ---- unicity (compose-go `override/uncity.go`) ----

type Indexer = (entry: LValue) => string;

const keyValue: Indexer = (v) => {
  const text = textOf(v) ?? '';
  const eq = text.indexOf('=');
  return eq >= 0 ? text.slice(0, eq) : text;
};

const volumeTarget: Indexer = (v) => (v.kind === 'map' ? (textOf(mapGet(v, 'target')) ?? '') : (parseVolumeShort(textOf(v) ?? '').target ?? ''));

const mountTarget =
  (defaultPath: string): Indexer =>
  (v) => {
    if (v.kind === 'map') return textOf(mapGet(v, 'target')) ?? `${defaultPath}/${textOf(mapGet(v, 'source')) ?? ''}`;
    return `${defaultPath}/${textOf(v) ?? ''}`;
  };

const portKey: Indexer = (v) => {
  if (v.kind !== 'map') return textOf(v) ?? '';
  const get = (k: string, d: string) => textOf(mapGet(v, k)) ?? d;
  return `${get('host_ip', '0.0.0.0')}:${get('published', '')}:${get('target', '')}/${get('protocol', 'tcp')}`;
};

const deviceTarget: Indexer = (v) => {
  if (v.kind === 'map') return textOf(mapGet(v, 'target')) ?? '';
  const parts = (textOf(v) ?? '').split(':');
  return parts.length === 1 ? parts[0] : parts[1];
};

const envFilePath: Indexer = (v) => (v.kind === 'map' ? (textOf(mapGet(v, 'path')) ?? '') : (textOf(v) ?? ''));

const UNIQUE: [string, Indexer][] = [
  ['networks.*.labels', keyValue],
  ['networks.*.ipam.options', keyValue],
  ['services.*.annotations', keyValue],
  ['services.*.build.args', keyValue],
  ['services.*.build.additional_contexts', keyValue],
  ['services.*.build.platform', keyValue],
  ['services.*.build.tags', keyValue],
  ['services.*.build.labels', keyValue],
  ['services.*.cap_add', keyValue],
  ['services.*.cap_drop', keyValue],
  ['services.*.configs', mountTarget('')],
  ['services.*.deploy.labels', keyValue],
  ['services.*.dns', keyValue],
  ['services.*.dns_opt', keyValue],
  ['services.*.dns_search', keyValue],
  ['services.*.environment', keyValue],
  ['services.*.env_file', envFilePath],
  ['services.*.expose', (v) => textOf(v) ?? ''],
  ['services.*.labels', keyValue],
  ['services.*.links', keyValue],
  ['services.*.networks.*.aliases', keyValue],
  ['services.*.networks.*.link_local_ips', keyValue],
  ['services.*.ports', portKey],
  ['services.*.profiles', keyValue],
  ['services.*.secrets', mountTarget('/run/secrets')],
  ['services.*.sysctls', keyValue],
  ['services.*.tmpfs', keyValue],
  ['services.*.volumes', volumeTarget],
  ['services.*.devices', deviceTarget],
];

/**
 * The patterns as a tree of path parts (`*` for any key), so the walk looks one key up per map
 * instead of testing every pattern against a copied path: this walk runs over the whole merged
 * project after every file, and testing 29 patterns per key made it the loader's largest cost.
 */
interface UniqueNode {
  children: Map<string, UniqueNode>;
  indexer?: Indexer;
}

const UNIQUE_TREE: UniqueNode = { children: new Map() };
for (const [pattern, indexer] of UNIQUE) {
  let node = UNIQUE_TREE;
  for (const part of pattern.split('.')) {
    let child = node.children.get(part);
    if (!child) node.children.set(part, (child = { children: new Map() }));
    node = child;
  }
  // `services.*.devices` is listed twice in compose-go (`volumeIndexer`, then `deviceMappingIndexer`): the later one counts, as in its map.
  node.indexer = indexer;
}

/**
 * True when compose-go makes the list at `path` unique before it validates the file
 * (`override/uncity.go`, run in `loadYamlFile` before `schema.Validate`): the schema's
 * `uniqueItems` can never fail there. `path` is keys only (`services`, `web`, `cap_add`).
 */
export function madeUniqueBeforeValidation(path: readonly string[]): boolean {
  return uniqueNodeAt(path)?.indexer !== undefined;
}

/** The unicity tree's node for a path of keys (`*` stands for any service, network …). */
function uniqueNodeAt(path: readonly string[]): UniqueNode | undefined {
  let node: UniqueNode | undefined = UNIQUE_TREE;
  for (const part of path) node = node?.children.get(part) ?? node?.children.get('*');
  return node;
}

/**
 * Removes repeated entries of keyed sequences: the later entry takes the earlier one's place.
 * `at` is where `value` sits in the project (`['services', 'web']` for one service).
 */
export function enforceUnicity(value: LValue, at: Path = []): LValue {
  const node = uniqueNodeAt(at);
  return node ? unique(value, node) : value;
}

/**
 * Values already made unique, with the place in the tree they were checked at. Values are never
 * changed once built (merging copies), and the loader runs this walk over the whole project
 * after every file: without this, each pass parsed every volume of every service again.
 */
const CHECKED = new WeakMap<LValue, UniqueNode>();

// No two patterns put a literal key and `*` at the same place, so a key finds its one child.
function unique(value: LValue, node: UniqueNode): LValue {
  if (CHECKED.get(value) === node) return value;
  const result = uniqueOnce(value, node);
  CHECKED.set(result, node);
  return result;
}

function uniqueOnce(value: LValue, node: UniqueNode): LValue {
  if (value.kind === 'map') {
    if (node.children.size === 0) return value;
    let entries: Map<string, LEntry> | undefined;
    for (const [key, entry] of value.entries) {
      const child = node.children.get(key) ?? node.children.get('*');
      if (!child) continue;
      const v = unique(entry.value, child);
      if (v === entry.value) continue;
      entries ??= new Map(value.entries);
      entries.set(key, { ...entry, value: v });
    }
    return entries ? { ...value, entries } : value;
  }
  if (value.kind === 'seq' && node.indexer && value.items.length > 1) return uniqueBy(value, node.indexer);
  return value;
}

function uniqueBy(seq: LSeq, indexer: Indexer): LSeq {
  const items: LValue[] = [];
  const at = new Map<string, number>();
  let changed = false;
  for (const item of seq.items) {
    // An entry we cannot read (a `${VAR}`) is kept: we cannot tell what it repeats.
    const key = item.kind === 'scalar' && item.unknown ? undefined : indexer(item);
    const j = key === undefined ? undefined : at.get(key);
    if (j !== undefined) {
      // The replaced entry is remembered (only here, where it happens): the hover of the earlier
      // file's entry names the entry that took its place.
      items[j] = item.kind === 'seq' ? item : { ...item, replaced: items[j] };
      changed = true;
    } else {
      if (key !== undefined) at.set(key, items.length);
      items.push(item);
    }
  }
  return changed ? { ...seq, items } : seq;
}

// ---- `!reset` and `!override` ----

/** Where a `!reset` or `!override` was written, and the path (keys, list indexes as text) it applies to. */
export interface TaggedPath {
  path: string[];
  tag: '!reset' | '!override';
  origin: Origin;
}

/**
 * Takes the tagged paths out of one document: `!reset` values are dropped, `!override` values
 * kept without the tag. Returns the cleaned document and the paths to remove from what was
 * merged before it.
 */
export function takeResets(doc: LMap): { doc: LMap; paths: TaggedPath[] } {
  const paths: TaggedPath[] = [];
  // One path array, pushed and popped as the walk goes, copied only when a tag is found; and a
  // value without tags beneath it is returned as it is, not copied (most documents have no tag:
  // copying every map and every path made this a fifth of loading a 2,000-service project).
  const path: string[] = [];
  // `at`: where the tag's line is, the key of a mapping entry (a block value starts on the next line).
  const clean = (v: LValue, at: Origin): LValue | undefined => {
    if (v.tag === '!reset') {
      paths.push({ path: [...path], tag: '!reset', origin: at });
      return undefined;
    }
    if (v.tag === '!override') {
      paths.push({ path: [...path], tag: '!override', origin: at });
      const untagged = { ...v };
      delete untagged.tag;
      return untagged;
    }
    if (v.kind === 'map') {
      let entries: Map<string, LEntry> | undefined;
      for (const [key, entry] of v.entries) {
        path.push(key);
        const c = clean(entry.value, entry.keyOrigin);
        path.pop();
        if (c === entry.value) {
          entries?.set(key, entry);
          continue;
        }
        if (!entries) {
          entries = new Map();
          for (const [k, e] of v.entries) {
            if (k === key) break;
            entries.set(k, e);
          }
        }
        if (c) entries.set(key, { ...entry, value: c });
      }
      return entries ? { ...v, entries } : v;
    }
    if (v.kind === 'seq') {
      let items: LValue[] | undefined;
      v.items.forEach((item, i) => {
        path.push(String(i));
        const c = clean(item, item.origin);
        path.pop();
        if (c === item) {
          items?.push(item);
          return;
        }
        items ??= v.items.slice(0, i);
        if (c) items.push(c);
      });
      return items ? { ...v, items } : v;
    }
    return v;
  };
  return { doc: (clean(doc, doc.origin) as LMap | undefined) ?? { ...doc, entries: new Map() }, paths };
}

/** Removes a path from a merged tree (a copy; the input is not changed). */
export function removePath(value: LValue, path: readonly string[]): LValue {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (value.kind === 'map') {
    const entry = value.entries.get(head);
    if (!entry) return value;
    const entries = new Map(value.entries);
    if (rest.length === 0) entries.delete(head);
    else entries.set(head, { ...entry, value: removePath(entry.value, rest) });
    return { ...value, entries };
  }
  if (value.kind === 'seq') {
    const i = Number(head);
    if (!Number.isInteger(i) || i < 0 || i >= value.items.length) return value;
    const items = [...value.items];
    if (rest.length === 0) items.splice(i, 1);
    else items[i] = removePath(items[i], rest);
    return { ...value, items };
  }
  return value;
}
