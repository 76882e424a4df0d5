import { isAlias, isMap, isScalar, isSeq } from '../../documents/yamlNodes';
import type { Document, Node, Scalar, YAMLMap } from 'yaml';
import type { SchemaEntry, SchemaTable } from './tableTypes';
import { T_ARRAY, T_BOOLEAN, T_INTEGER, T_NULL, T_NUMBER, T_OBJECT, T_STRING } from './tableTypes';
import { COMPOSE_SPEC_TABLE } from './composeSpecTable';
import { anchorIndex, anchoredNode as anchoredNodeIn } from '../yamlAnchors';
import { madeUniqueBeforeValidation } from '../merge';
import type { AnchorIndex } from '../yamlAnchors';

// Checks one YAML document of a Compose file against the Compose Specification's JSON schema
// the way `docker compose` does (compose-go v2.13.0 `loader/loader.go` `loadYamlFile`: each
// document is interpolated, then validated with `schema/compose-spec.json`). The schema is a
// table made ahead of time (scripts/gen-compose-schema.mjs); this walk reads the YAML nodes
// directly, so positions are exact and no plain copy of the file is built.
//
// Where we knowingly differ from compose-go, always towards saying less:
// - A scalar with a variable (`${PORT}`, `$HOST`) may become any text or, where compose-go casts
//   it, a number or boolean (`loader/interpolate.go` `interpolateTypeCastMapping`): it matches
//   every scalar type, and enum, pattern and range are not checked on it.
// - `oneOf` is read as "any of": a `${VAR}` fits several alternatives, which JSON Schema's oneOf
//   would count as an error.
// - `uniqueItems` is checked only where compose-go does not first make the list unique itself
//   (`override/uncity.go` runs before `schema.Validate`: repeated `ports`, `volumes`,
//   `cap_add`, `environment` entries are merged silently, so they are never a schema error).
//   Two items with a variable are equal only when written the same.
// - Aliases are followed and `<<` merge keys bring the keys the map does not set (go-yaml v3
//   does the same). A `!reset` value is not checked (it is removed before validation).

export type SchemaProblemKind = 'unknown-key' | 'invalid-name' | 'type' | 'enum' | 'pattern' | 'minimum' | 'maximum' | 'required' | 'deprecated' | 'duplicate';

export interface SchemaProblem {
  kind: SchemaProblemKind;
  /** The instance path, as compose-go prints it joined by dots (`services.web.ports.0`). */
  path: string[];
  /** Where to report: the key for unknown or deprecated keys, the value otherwise. */
  node: Node;
  /** The key that names the value (its pair's key), for values that have no range of their own. */
  key?: Node;
  /** For unknown keys: the keys the schema knows there. */
  known?: string[];
  /** For type problems: the JSON types allowed, and the one found. */
  expected?: string[];
  actual?: string;
  /** For enum problems: the allowed values; for pattern problems: the pattern; for ranges: the limit. */
  allowed?: (string | number | boolean | null)[];
  pattern?: string;
  limit?: number;
  /** For required: the missing key. */
  missing?: string;
  /** For duplicates: the 0-based positions of the earlier equal item and of this one (compose-go: "items at 0 and 2 are equal"). */
  duplicates?: [number, number];
  value?: string | number | boolean | null;
}

/** Values compose-go turns from text into numbers or booleans after interpolation (`loader/interpolate.go`). */
type Cast = 'int' | 'float' | 'bool';
const CASTS: [string, Cast][] = [
  ['services.*.cpu_count', 'int'],
  ['services.*.cpu_percent', 'float'],
  ['services.*.cpu_period', 'int'],
  ['services.*.cpu_quota', 'int'],
  ['services.*.cpu_rt_period', 'int'],
  ['services.*.cpu_rt_runtime', 'int'],
  ['services.*.cpus', 'float'],
  ['services.*.cpu_shares', 'int'],
  ['services.*.init', 'bool'],
  ['services.*.depends_on.*.required', 'bool'],
  ['services.*.depends_on.*.restart', 'bool'],
  ['services.*.deploy.replicas', 'int'],
  ['services.*.deploy.update_config.parallelism', 'int'],
  ['services.*.deploy.update_config.max_failure_ratio', 'float'],
  ['services.*.deploy.rollback_config.parallelism', 'int'],
  ['services.*.deploy.rollback_config.max_failure_ratio', 'float'],
  ['services.*.deploy.restart_policy.max_attempts', 'int'],
  ['services.*.deploy.placement.max_replicas_per_node', 'int'],
  ['services.*.healthcheck.retries', 'int'],
  ['services.*.healthcheck.disable', 'bool'],
  ['services.*.oom_kill_disable', 'bool'],
  ['services.*.oom_score_adj', 'int'],
  ['services.*.pids_limit', 'int'],
  ['services.*.ports.[].target', 'int'],
  ['services.*.privileged', 'bool'],
  ['services.*.read_only', 'bool'],
  ['services.*.scale', 'int'],
  ['services.*.stdin_open', 'bool'],
  ['services.*.tty', 'bool'],
  ['services.*.ulimits.*', 'int'],
  ['services.*.ulimits.*.hard', 'int'],
  ['services.*.ulimits.*.soft', 'int'],
  ['services.*.volumes.[].read_only', 'bool'],
  ['services.*.volumes.[].volume.nocopy', 'bool'],
  ['networks.*.external', 'bool'],
  ['networks.*.internal', 'bool'],
  ['networks.*.attachable', 'bool'],
  ['networks.*.enable_ipv4', 'bool'],
  ['networks.*.enable_ipv6', 'bool'],
  ['volumes.*.external', 'bool'],
  ['secrets.*.external', 'bool'],
  ['configs.*.external', 'bool'],
];
const CAST_PARTS: [string[], Cast][] = CASTS.map(([p, c]) => [p.split('.'), c]);
/**
 * The cast patterns by their last part (`[]` for a list position, `*` for any key): every string
 * scalar asks, and almost none has a last part that any pattern ends with, so most answers are
 * one map lookup.
 */
const CASTS_BY_LAST = new Map<string, [string[], Cast][]>();
for (const entry of CAST_PARTS) {
  const last = entry[0][entry[0].length - 1];
  CASTS_BY_LAST.set(last, [...(CASTS_BY_LAST.get(last) ?? []), entry]);
}

// `path` holds `[]N` for list positions while walking, so casts can match `[]`.
function castAt(path: readonly string[]): Cast | undefined {
  const last = path[path.length - 1];
  if (last === undefined) return undefined;
  const key = last.startsWith('[]') ? '[]' : last;
  return castAmong(CASTS_BY_LAST.get(key), path) ?? (key === '[]' ? undefined : castAmong(CASTS_BY_LAST.get('*'), path));
}

function castAmong(candidates: [string[], Cast][] | undefined, path: readonly string[]): Cast | undefined {
  if (!candidates) return undefined;
  const list = (i: number) => path[i].startsWith('[]');
  for (const [parts, kind] of candidates) {
    if (parts.length !== path.length) continue;
    if (parts.every((p, i) => (p === '*' ? !list(i) : p === '[]' ? list(i) : p === path[i]))) return kind;
  }
  return undefined;
}

function cast(text: string, kind: Cast): number | boolean | undefined {
  if (kind === 'bool') {
    const lower = text.toLowerCase();
    if (['true', 'y', 'yes', 'on'].includes(lower)) return true;
    if (['false', 'n', 'no', 'off'].includes(lower)) return false;
    return undefined;
  }
  // strconv.Atoi / ParseInt / ParseFloat: no spaces, no empty text.
  const ok = kind === 'int' ? /^[+-]?\d+$/.test(text) : /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text) || /^[+-]?(?:inf|infinity|nan)$/i.test(text);
  return ok ? Number(text) : undefined;
}

/** True when a text names a variable Compose fills in (`$$` is a literal dollar). */
export function hasVariable(text: string): boolean {
  if (!text.includes('$')) return false;
  return /\$[{A-Za-z_]/.test(text.replace(/\$\$/g, ''));
}

/** Past this many values (aliases can repeat a large map many times), stop checking. */
const MAX_VISITS = 200_000;

interface Walk {
  table: SchemaTable;
  doc: Document.Parsed;
  problems: SchemaProblem[];
  visits: number;
  expanding: Set<Node>;
  anchors?: AnchorIndex;
}

/** The schema problems of one YAML document of a Compose file. */
export function validateComposeDocument(doc: Document.Parsed, table: SchemaTable = COMPOSE_SPEC_TABLE): SchemaProblem[] {
  const contents = doc.contents as Node | null;
  if (!contents) return [];
  const walk: Walk = { table, doc, problems: [], visits: 0, expanding: new Set() };
  check(walk, table.root, contents, [], undefined, walk.problems);
  return walk.problems;
}

/** The JSON type of a value as the schema sees it: a bit set (an integer is also a number). */
type Value = { bits: number; node: Node; scalar?: string | number | boolean | null; variable?: boolean; map?: YAMLMap; items?: Node[]; castFailed?: Cast };

function valueOf(node: Node, path: readonly string[]): Value | undefined {
  if (isMap(node)) return { bits: T_OBJECT, node, map: node };
  if (isSeq(node)) return { bits: T_ARRAY, node, items: node.items as Node[] };
  if (!isScalar(node)) return undefined;
  const v = (node as Scalar).value;
  if (v === null || v === undefined) return { bits: T_NULL, node, scalar: null };
  if (typeof v === 'boolean') return { bits: T_BOOLEAN, node, scalar: v };
  if (typeof v === 'number') return { bits: T_NUMBER | (Number.isInteger(v) ? T_INTEGER : 0), node, scalar: v };
  if (typeof v === 'bigint') return { bits: T_NUMBER | T_INTEGER, node, scalar: Number(v) };
  const text = String(v);
  if (hasVariable(text)) return { bits: T_STRING | T_NUMBER | T_INTEGER | T_BOOLEAN, node, scalar: text, variable: true };
  const kind = castAt(path);
  if (kind) {
    const c = cast(text, kind);
    if (typeof c === 'boolean') return { bits: T_BOOLEAN, node, scalar: c };
    if (typeof c === 'number') return { bits: T_NUMBER | (Number.isInteger(c) ? T_INTEGER : 0), node, scalar: c };
    // compose-go stops: "failed to cast to expected type".
    return { bits: T_STRING, node, scalar: text, castFailed: kind };
  }
  return { bits: T_STRING, node, scalar: text };
}

function resolve(walk: Walk, node: Node | null | undefined): Node | undefined {
  if (!node) return undefined;
  if (!isAlias(node)) return node;
  return anchoredNode(walk, node);
}

// Checks `node` against entry `index`; problems go to `out`. Returns nothing: an empty `out`
// (for the caller's list) means valid.
function check(walk: Walk, index: number, raw: Node, path: string[], key: Node | undefined, out: SchemaProblem[]): void {
  if (++walk.visits > MAX_VISITS) return;
  const node = resolve(walk, raw);
  if (!node) return;
  if ((node as { tag?: string }).tag === '!reset') return;
  const value = valueOf(node, path);
  if (!value) return;
  // Only collections are ever being expanded: a scalar needs no look-up.
  if ((value.map || value.items) && walk.expanding.has(node)) return;
  checkValue(walk, index, value, path, key, out);
}

// The checks of one resolved value against entry `index` (its alternatives see the same value:
// it is worked out once, not once per alternative).
function checkValue(walk: Walk, index: number, value: Value, path: string[], key: Node | undefined, out: SchemaProblem[]): void {
  const node = value.node;
  const entry = walk.table.nodes[index];
  if (entry.n) {
    out.push({ kind: 'type', path: printable(path), node, key, expected: [], actual: typeName(value) });
    return;
  }
  if (value.castFailed) {
    const expected = value.castFailed === 'bool' ? 'boolean' : value.castFailed === 'int' ? 'integer' : 'number';
    out.push({ kind: 'type', path: printable(path), node, key, expected: [expected], actual: 'string', value: value.scalar });
    return;
  }
  if (entry.o) {
    checkAlternatives(walk, entry, value, path, key, out);
    return;
  }
  if (entry.t !== undefined && (entry.t & value.bits) === 0) {
    out.push({ kind: 'type', path: printable(path), node, key, expected: typeNames(entry.t), actual: typeName(value), value: value.scalar });
    return;
  }
  if (value.scalar !== undefined && !value.variable) checkScalar(walk.table, entry, value, path, key, out);
  if (value.map) {
    walk.expanding.add(node);
    try {
      checkMap(walk, entry, value.map, path, key, out);
    } finally {
      walk.expanding.delete(node);
    }
  }
  const items = value.items;
  if (items && entry.i !== undefined) {
    walk.expanding.add(node);
    try {
      // One path array for the whole walk, pushed and popped: problems copy it (`printable`).
      for (let i = 0; i < items.length; i++) {
        path.push(listStep(i));
        check(walk, entry.i, items[i], path, undefined, out);
        path.pop();
      }
    } finally {
      walk.expanding.delete(node);
    }
  }
  if (items && entry.u && items.length > 1 && !madeUniqueBeforeValidation(path)) checkUnique(walk, items, path, key, out);
}

/** `[]0`, `[]1`, …: a list position on the walk's path, made once per position rather than once per item. */
const LIST_STEPS: string[] = [];
function listStep(i: number): string {
  while (LIST_STEPS.length <= i) LIST_STEPS.push(`[]${LIST_STEPS.length}`);
  return LIST_STEPS[i];
}

// `uniqueItems`: every item equal to an earlier one, reported at the later one.
function checkUnique(walk: Walk, items: Node[], path: string[], key: Node | undefined, out: SchemaProblem[]): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const id = identity(walk, item, 0);
    if (id === undefined) return;
    const j = first.get(id);
    if (j === undefined) first.set(id, i);
    else {
      const node = resolve(walk, item) ?? item;
      out.push({ kind: 'duplicate', path: printable(path), node, key, duplicates: [j, i], value: isScalar(node) ? scalarValue(node) : undefined });
    }
  });
}

function scalarValue(node: Scalar): string | number | boolean | null {
  const v = node.value;
  return v === undefined ? null : typeof v === 'bigint' ? Number(v) : (v as string | number | boolean | null);
}

/**
 * A text that two items share exactly when Compose sees them as equal (JSON equality, as the
 * schema library compares): `1` and `"1"` differ. A text with a variable stands for its value
 * only when written the same; undefined when we cannot tell (a variable, a deep or odd node).
 */
function identity(walk: Walk, raw: Node, depth: number): string | undefined {
  // Counted with the walk's visits: an item built of aliases (an alias bomb) could stand for millions of values.
  if (++walk.visits > MAX_VISITS) return undefined;
  const node = resolve(walk, raw);
  if (!node || depth > 16) return undefined;
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'string') return hasVariable(v) ? `$${v}` : `s${v}`;
    return `v${JSON.stringify(typeof v === 'bigint' ? Number(v) : (v ?? null))}`;
  }
  if (isSeq(node)) {
    const parts: string[] = [];
    for (const item of node.items as Node[]) {
      const id = identity(walk, item, depth + 1);
      if (id === undefined) return undefined;
      parts.push(id);
    }
    return `[${parts.map((p) => JSON.stringify(p)).join(',')}]`;
  }
  if (isMap(node)) {
    const parts: string[] = [];
    for (const pair of node.items) {
      const k = pair.key as Node | null;
      if (!isScalar(k) || String(k.value) === '<<') return undefined;
      const id = identity(walk, pair.value as Node, depth + 1);
      if (id === undefined) return undefined;
      parts.push(`${JSON.stringify(String(k.value))}:${JSON.stringify(id)}`);
    }
    return `{${parts.sort().join(',')}}`;
  }
  return undefined;
}

// While walking, a list position is written `[]3` (casts match `[]` on it); printed, it is `3`.
function printable(path: readonly string[]): string[] {
  return path.map((p) => (p.startsWith('[]') ? p.slice(2) : p));
}

function checkScalar(table: SchemaTable, entry: SchemaEntry, value: Value, path: string[], key: Node | undefined, out: SchemaProblem[]): void {
  const v = value.scalar as string | number | boolean | null;
  if (entry.e && !entry.e.some((allowed) => allowed === v)) {
    out.push({ kind: 'enum', path: printable(path), node: value.node, key, allowed: entry.e, value: v });
    return;
  }
  if (entry.pat !== undefined && typeof v === 'string' && !table.patterns[entry.pat].test(v)) {
    out.push({ kind: 'pattern', path: printable(path), node: value.node, key, pattern: table.patterns[entry.pat].source, value: v });
    return;
  }
  if (typeof v === 'number') {
    if (entry.min !== undefined && v < entry.min) out.push({ kind: 'minimum', path: printable(path), node: value.node, key, limit: entry.min, value: v });
    else if (entry.max !== undefined && v > entry.max) out.push({ kind: 'maximum', path: printable(path), node: value.node, key, limit: entry.max, value: v });
  }
}

interface Pair {
  key: Node;
  name: string;
  value: Node | null;
}

// The map's own pairs, then the keys `<<` brings that it does not set (the first merged map wins).
function pairsOf(walk: Walk, map: YAMLMap, seen: Set<Node> = new Set()): Pair[] {
  const own: Pair[] = [];
  const merges: Node[] = [];
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null;
    if (!isScalar(keyNode) || keyNode.value === null || keyNode.value === undefined) continue;
    const name = String(keyNode.value);
    if (name === '<<' && keyNode.type !== 'QUOTE_DOUBLE' && keyNode.type !== 'QUOTE_SINGLE') {
      if (pair.value) merges.push(pair.value as Node);
      continue;
    }
    own.push({ key: keyNode, name, value: pair.value as Node | null });
  }
  if (merges.length === 0) return own;
  const names = new Set(own.map((p) => p.name));
  seen.add(map);
  for (const merge of merges) {
    const target = resolve(walk, merge);
    const sources = isSeq(target) ? (target.items as Node[]) : target ? [target] : [];
    for (const source of sources) {
      const m = resolve(walk, source);
      if (!isMap(m) || seen.has(m)) continue;
      for (const p of pairsOf(walk, m, seen)) {
        if (names.has(p.name)) continue;
        names.add(p.name);
        own.push(p);
      }
    }
  }
  return own;
}

function checkMap(walk: Walk, entry: SchemaEntry, map: YAMLMap, path: string[], key: Node | undefined, out: SchemaProblem[]): void {
  const pairs = pairsOf(walk, map);
  if (entry.req) {
    const names = new Set(pairs.map((p) => p.name));
    for (const missing of entry.req) if (!names.has(missing)) out.push({ kind: 'required', path: printable(path), node: map, key, missing });
  }
  if (!entry.p && !entry.pp && entry.ap === undefined) return;
  for (const pair of pairs) {
    path.push(pair.name);
    try {
      // Own keys only: `constructor` or `toString` in a file must not find Object's.
      let target = entry.p && Object.prototype.hasOwnProperty.call(entry.p, pair.name) ? entry.p[pair.name] : undefined;
      if (target !== undefined && walk.table.nodes[target].dep) {
        out.push({ kind: 'deprecated', path: printable(path), node: pair.key, key: pair.key });
      }
      if (target === undefined && entry.pp) {
        for (const [pattern, i] of entry.pp) {
          if (walk.table.patterns[pattern].test(pair.name)) {
            target = i;
            break;
          }
        }
      }
      if (target === undefined) {
        if (entry.ap === -1) {
          out.push({ kind: entry.p ? 'unknown-key' : 'invalid-name', path: printable(path), node: pair.key, key: pair.key, known: entry.p ? Object.keys(entry.p) : undefined, pattern: entry.pp?.map(([p]) => walk.table.patterns[p].source).find((p) => p !== '^x-') });
          continue;
        }
        if (entry.ap === undefined) continue;
        target = entry.ap;
      }
      if (pair.value === null) {
        // `key:` with nothing after it is null; the schema may not allow it.
        const t = walk.table.nodes[target];
        if (acceptsType(walk.table, t, T_NULL)) continue;
        out.push({ kind: 'type', path: printable(path), node: pair.key, key: pair.key, expected: typeNames(typesOf(walk.table, t)), actual: 'null', value: null });
        continue;
      }
      check(walk, target, pair.value, path, pair.key, out);
    } finally {
      path.pop();
    }
  }
}

// Alternatives: valid when one of them is. Otherwise, report against the alternatives that
// take the value's type (a mapping is checked against the mapping form); when none does, one
// type problem that lists every form.
function checkAlternatives(walk: Walk, entry: SchemaEntry, value: Value, path: string[], key: Node | undefined, out: SchemaProblem[]): void {
  const table = walk.table;
  let best: SchemaProblem[] | undefined;
  for (const alt of entry.o as number[]) {
    if (!acceptsType(table, table.nodes[alt], value.bits)) continue;
    // What `check` would do with the same node: count the visit (past the limit nothing is
    // checked, which counts as valid), then check the value already worked out. The node is
    // resolved, not `!reset`, and not being expanded (else this check would not have run).
    if (++walk.visits > MAX_VISITS) return;
    const problems: SchemaProblem[] = [];
    checkValue(walk, alt, value, path, key, problems);
    if (problems.length === 0) return;
    if (!best || problems.length < best.length) best = problems;
  }
  if (best) {
    out.push(...best);
    return;
  }
  out.push({ kind: 'type', path: printable(path), node: value.node, key, expected: typeNames(typesOf(table, entry)), actual: typeName(value), value: value.scalar });
}

function typesOf(table: SchemaTable, entry: SchemaEntry): number {
  if (entry.o) return entry.o.reduce((bits, i) => bits | typesOf(table, table.nodes[i]), 0);
  return entry.t ?? T_NULL | T_BOOLEAN | T_OBJECT | T_ARRAY | T_NUMBER | T_STRING;
}

function acceptsType(table: SchemaTable, entry: SchemaEntry, bits: number): boolean {
  if (entry.n) return false;
  const types = typesOf(table, entry);
  // "number" takes integers too.
  return (types & bits) !== 0 || ((types & T_NUMBER) !== 0 && (bits & T_INTEGER) !== 0);
}

const TYPE_ORDER: [number, string][] = [
  [T_OBJECT, 'mapping'],
  [T_ARRAY, 'array'],
  [T_STRING, 'string'],
  [T_NUMBER, 'number'],
  [T_INTEGER, 'integer'],
  [T_BOOLEAN, 'boolean'],
  [T_NULL, 'null'],
];

function typeNames(bits: number): string[] {
  // "number" already takes integers: do not list both.
  const b = bits & T_NUMBER ? bits & ~T_INTEGER : bits;
  return TYPE_ORDER.filter(([bit]) => b & bit).map(([, name]) => name);
}

function typeName(value: Value): string {
  if (value.bits & T_OBJECT) return 'mapping';
  if (value.bits & T_ARRAY) return 'array';
  if (value.bits & T_BOOLEAN) return 'boolean';
  if (value.bits & T_INTEGER) return 'integer';
  if (value.bits & T_NUMBER) return 'number';
  if (value.bits & T_NULL) return 'null';
  return 'string';
}

/** The anchor an alias refers to, from the document's anchor index (built on the first alias). */
function anchoredNode(walk: Walk, alias: Node): Node | undefined {
  walk.anchors ??= anchorIndex(walk.doc);
  return anchoredNodeIn(walk.anchors, alias);
}
