import { isAlias, isMap, isScalar, isSeq } from '../documents/yamlNodes';
import type { Document, Node } from 'yaml';
import type { ComposeDocument } from '../documents/composeDocument';
import type { LineIndex } from '../documents/lineIndex';
import type { Range } from '../types';
import { nodeRange, scalarText } from '../documents/composeDocument';
import type { LEntry, LMap, LScalar, LSeq, LValue, Origin } from './located';
import { interpolate, mayInterpolate } from './interpolate';
import { perDocument } from '../documents/derived';
import { anchorIndex, anchoredNode as anchoredNodeIn } from './yamlAnchors';
import type { AnchorIndex } from './yamlAnchors';
import type { VariableLookup } from './interpolate';

// One YAML document of a Compose file → a located tree, the way compose-go reads it:
// aliases are replaced by the anchored value (its origin stays where the anchor is written,
// which is the line to change), `<<` merge keys bring the keys of the merged maps that the map
// does not set itself (YAML merge key type; go-yaml v3 does the same), and `!reset` /
// `!override` tags are kept for the merge (compose-go v2.10.0 `loader/reset.go`). Scalars are
// interpolated here, once per file, as `loadYamlFile` does before merging. Keys are not.

/** Past this many values from aliases in one document, stop expanding (an alias bomb). */
const MAX_ALIAS_VALUES = 100_000;

export interface ReadOptions {
  file: string;
  lookup: VariableLookup;
}

export interface ReadProblem {
  code: 'interpolation' | 'alias-cycle' | 'alias-limit' | 'top-level';
  message: string;
  origin: Origin;
}

interface Walk {
  doc: ComposeDocument;
  yamlDoc: Document.Parsed;
  options: ReadOptions;
  problems: ReadProblem[];
  aliasBudget: number;
  expanding: Set<Node>;
  /**
   * Every anchor of the document by name, in document order, found in one visit. yaml's
   * `Alias.resolve` searches the whole document on every call: 2,000 aliases in a 6 KB file took
   * 2.3 s and 1.3 GB.
   */
  anchors?: AnchorIndex;
  /** A `!reset` or `!override` tag was read. */
  tagged: boolean;
}

export interface ReadFile {
  documents: LMap[];
  problems: ReadProblem[];
  /** True when some value carries `!reset` or `!override` (the loader looks for them only then). */
  tagged: boolean;
}

/**
 * Every document of a parsed Compose file, as located maps (documents that are not maps are
 * skipped). The result is kept with the parsed file and given again to a reader of the same
 * file whose variables have the same values for every name the file uses: a file is read this
 * way for its own project and again through each `include` and `extends` that names it, and
 * reading is a third of loading. Callers must not change the result (nothing in the loader does:
 * merging copies).
 */
export function readComposeFile(doc: ComposeDocument, options: ReadOptions): ReadFile {
  const earlier = readsOf(doc);
  for (const read of earlier) {
    if (read.file === options.file && [...read.used].every(([name, value]) => options.lookup(name) === value)) return read.result;
  }
  const used = new Map<string, string | undefined>();
  const lookup: VariableLookup = (name) => {
    const value = options.lookup(name);
    used.set(name, value);
    return value;
  };
  const result = readDocuments(doc, { file: options.file, lookup });
  // A handful of readings per file at most (its own project, an include with other variables); past that, keep the first ones.
  if (earlier.length < 4) earlier.push({ file: options.file, used, result });
  return result;
}

const readsOf = perDocument((_doc: ComposeDocument): { file: string; used: Map<string, string | undefined>; result: ReadFile }[] => []);

function readDocuments(doc: ComposeDocument, options: ReadOptions): ReadFile {
  const problems: ReadProblem[] = [];
  const documents: LMap[] = [];
  let tagged = false;
  for (const yamlDoc of doc.documents) {
    const contents = yamlDoc.contents as Node | null;
    if (contents === null || (isScalar(contents) && contents.value === null)) continue;
    const walk: Walk = { doc, yamlDoc, options, problems, aliasBudget: MAX_ALIAS_VALUES, expanding: new Set(), tagged: false };
    const value = read(walk, contents, false);
    tagged ||= walk.tagged;
    if (value?.kind === 'map') documents.push(value);
    else if (value) problems.push({ code: 'top-level', message: 'top-level object must be a mapping', origin: value.origin });
  }
  return { documents, problems, tagged };
}

function originOf(walk: Walk, node: Node | null | undefined): Origin {
  return new NodeOrigin(walk.options.file, walk.doc.lines, node);
}

/**
 * An origin whose range is worked out when someone reads it. Every value and key of a project
 * has an origin, and few are ever shown: computing each range up front (two line look-ups and
 * three objects) was a fifth of loading a 2,000-service project.
 */
class NodeOrigin implements Origin {
  private known?: Range;

  constructor(
    readonly file: string,
    private readonly lines: LineIndex,
    private readonly node: Node | null | undefined,
  ) {}

  get range(): Range {
    this.known ??= nodeRange(this.node, this.lines) ?? this.lines.range(0, 0);
    return this.known;
  }
}

function read(walk: Walk, node: Node | null | undefined, viaAlias: boolean): LValue | undefined {
  if (!node) return undefined;
  if (isAlias(node)) return readAlias(walk, node);
  // An anchored collection counts as being expanded while its own items are read, reached through
  // an alias or not, so an alias inside its own anchor (`x: &a [*a, *a, …]`) is a cycle at once.
  // Before, each such alias expanded the whole collection once more: n² values, and 8,000 aliases
  // in a 24 KB file ran the CLI out of memory.
  if ((isMap(node) || isSeq(node)) && node.anchor && !walk.expanding.has(node)) {
    walk.expanding.add(node);
    try {
      return readNode(walk, node, viaAlias);
    } finally {
      walk.expanding.delete(node);
    }
  }
  return readNode(walk, node, viaAlias);
}

function readNode(walk: Walk, node: Node, viaAlias: boolean): LValue | undefined {
  if (viaAlias && --walk.aliasBudget < 0) {
    if (walk.aliasBudget === -1) walk.problems.push({ code: 'alias-limit', message: 'too many values from aliases', origin: originOf(walk, node) });
    return { kind: 'scalar', value: null, source: '', origin: originOf(walk, node), unknown: true };
  }
  const tag = node.tag === '!reset' || node.tag === '!override' ? node.tag : undefined;
  if (tag) walk.tagged = true;
  if (isMap(node)) return readMap(walk, node, viaAlias, tag);
  if (isSeq(node)) {
    const items: LValue[] = [];
    for (const item of node.items as Node[]) {
      const v = read(walk, item, viaAlias);
      if (v) items.push(v);
    }
    const seq: LSeq = { kind: 'seq', items, origin: originOf(walk, node) };
    if (tag) seq.tag = tag;
    return seq;
  }
  if (isScalar(node)) {
    const source = scalarText(node) ?? '';
    const origin = originOf(walk, node);
    // Built field by field, optional fields only when set, in the order the spreads gave them:
    // spreading `{ tag }` and the like into each of a project's tens of thousands of scalars made
    // temporary objects and a new object shape per combination.
    if (typeof node.value !== 'string') {
      const plain: LScalar = { kind: 'scalar', value: (node.value ?? null) as string | number | boolean | null, source, origin };
      if (tag) plain.tag = tag;
      return plain;
    }
    const text = node.value;
    if (!mayInterpolate(text)) {
      const plain: LScalar = { kind: 'scalar', value: text, source, origin };
      if (tag) plain.tag = tag;
      return plain;
    }
    const result = interpolate(text, walk.options.lookup);
    if (result.error) walk.problems.push({ code: 'interpolation', message: result.error, origin });
    const scalar: LScalar = { kind: 'scalar', value: result.value, source, origin };
    if (tag) scalar.tag = tag;
    if (result.unknown) scalar.unknown = true;
    if (result.variables.length) scalar.variables = result.variables;
    return scalar;
  }
  return undefined;
}

function readAlias(walk: Walk, alias: Node): LValue | undefined {
  // Past the budget nothing more is expanded (the one problem is already recorded).
  if (walk.aliasBudget < 0) return undefined;
  const target = anchoredNode(walk, alias);
  if (!target) return undefined;
  if (walk.expanding.has(target)) {
    walk.problems.push({ code: 'alias-cycle', message: 'an alias refers to a value that contains it', origin: originOf(walk, alias) });
    return undefined;
  }
  walk.expanding.add(target);
  try {
    return read(walk, target, true);
  } finally {
    walk.expanding.delete(target);
  }
}

/** The anchor an alias refers to, from the document's anchor index (built on the first alias). */
function anchoredNode(walk: Walk, alias: Node): Node | undefined {
  walk.anchors ??= anchorIndex(walk.yamlDoc);
  return anchoredNodeIn(walk.anchors, alias);
}

function readMap(walk: Walk, node: import('yaml').YAMLMap, viaAlias: boolean, tag: string | undefined): LMap {
  const entries = new Map<string, LEntry>();
  const merges: Node[] = [];
  for (const pair of node.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
    if (key === undefined) continue;
    if (key === '<<' && !(isScalar(keyNode) && (keyNode.type === 'QUOTE_DOUBLE' || keyNode.type === 'QUOTE_SINGLE'))) {
      if (pair.value) merges.push(pair.value as Node);
      continue;
    }
    const value = read(walk, pair.value as Node | null, viaAlias) ?? nullAt(walk, keyNode);
    entries.set(key, { key, keyOrigin: originOf(walk, keyNode), value });
  }
  // Keys the map sets itself win; among merged maps the first one listed wins.
  for (const merge of merges) {
    const sources = isSeq(merge) ? (merge.items as Node[]) : [merge];
    for (const source of sources) {
      const merged = read(walk, source, viaAlias);
      if (merged?.kind !== 'map') continue;
      for (const [key, entry] of merged.entries) if (!entries.has(key)) entries.set(key, entry);
    }
  }
  const map: LMap = { kind: 'map', entries, origin: originOf(walk, node) };
  if (tag) map.tag = tag;
  return map;
}

// `key:` with nothing after it: a null value at the key.
function nullAt(walk: Walk, keyNode: Node | null): LValue {
  return { kind: 'scalar', value: null, source: '', origin: originOf(walk, keyNode) };
}
