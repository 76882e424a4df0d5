import { parseDocument } from 'yaml';
import { isMap, isScalar, isSeq } from './yamlNodes';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Range } from '../types';
import { LineIndex } from './lineIndex';
import { parseYamlBounded } from './boundedYaml';

export interface YamlProblem {
  code: string;
  message: string;
  range: Range;
  severity: 'error' | 'warning';
}

export interface ComposeService {
  name: string;
  /** The service's key in `services:` (where "this service" diagnostics go). */
  keyRange: Range;
  /** The service's mapping; undefined when the service is written as something else (null, a scalar). */
  map?: YAMLMap;
}

export interface ComposeDocument {
  kind: 'compose';
  text: string;
  lines: LineIndex;
  /** The first YAML document (most files have one). */
  yaml: Document.Parsed;
  /**
   * Every YAML document of the file, in order (`---` separates them). Compose merges them in
   * order like override files (compose-go v2.10.0 `loader/loader.go` `loadYamlFile` decode loop).
   */
  documents: Document.Parsed[];
  /** The services of every document, in order (a name merged over documents appears once per document). */
  services: ComposeService[];
  problems: YamlProblem[];
}

export function parseCompose(text: string): ComposeDocument {
  const lines = new LineIndex(text);
  // We walk the node tree and never call toJS(), so aliases are not expanded here and an
  // alias bomb costs nothing; code that needs plain values must pass `maxAliasCount` to toJS.
  const parsed = parseYamlBounded(text, { uniqueKeys: true, prettyErrors: false, strict: false });
  if (!parsed.ok) {
    // Nested too deep to build safely: the file is read as empty, with one problem where the limit is passed.
    const { offset, limit } = parsed.tooDeep;
    const problem: YamlProblem = { code: TOO_DEEP, message: String(limit), range: lines.range(offset, Math.min(offset + 1, text.length)), severity: 'error' };
    const empty = parseDocument('');
    return { kind: 'compose', text, lines, yaml: empty, documents: [empty], services: [], problems: [problem] };
  }
  const documents = parsed.documents;
  const yaml = documents[0];
  const problems: YamlProblem[] = [];
  for (const d of documents) {
    for (const e of d.errors) problems.push(toProblem(e, 'error', lines));
    for (const w of d.warnings) problems.push(toProblem(w, 'warning', lines));
  }
  return { kind: 'compose', text, lines, yaml, documents, services: documents.flatMap((d) => collectServices(d, lines)), problems };
}

/** The problem code of a file nested deeper than MAX_YAML_DEPTH; its message is the limit. */
export const TOO_DEEP = 'NESTING_TOO_DEEP';

function toProblem(e: { code: string; message: string; pos: [number, number] }, severity: 'error' | 'warning', lines: LineIndex): YamlProblem {
  const [start, end] = e.pos;
  return { code: e.code, message: e.message.split('\n')[0], range: lines.range(start, Math.max(end, start + 1)), severity };
}

function collectServices(doc: Document.Parsed, lines: LineIndex): ComposeService[] {
  const services = doc.contents && isMap(doc.contents) ? doc.contents.get('services', true) : undefined;
  if (!isMap(services)) return [];
  const result: ComposeService[] = [];
  for (const pair of services.items) {
    if (!isScalar(pair.key)) continue;
    result.push({
      name: String(pair.key.value),
      keyRange: nodeRange(pair.key, lines) ?? lines.range(0, 0),
      map: isMap(pair.value) ? pair.value : undefined,
    });
  }
  return result;
}

/** The source range of a YAML node, if it came from the text (nodes built by code have none). */
export function nodeRange(node: Node | null | undefined, lines: LineIndex): Range | undefined {
  if (!node || !node.range) return undefined;
  const [start, valueEnd] = node.range;
  return lines.range(start, trimEnd(lines.text, start, valueEnd));
}

/** From a pair's key to the end of its value (`published: "9000"`). */
export function pairRange(pair: Pair<unknown, unknown>, lines: LineIndex): Range | undefined {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  if (!key?.range) return undefined;
  const end = value?.range ? value.range[1] : key.range[1];
  return lines.range(key.range[0], trimEnd(lines.text, key.range[0], end));
}

// Block collections own the line break after their last item; a diagnostic should stop at the text.
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** A map's pair for a plain key, with the pair itself so callers can reach key and value ranges. */
export function getPair(map: YAMLMap | undefined, key: string): Pair<Scalar, Node | null> | undefined {
  if (!map) return undefined;
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair as Pair<Scalar, Node | null>;
  }
  return undefined;
}

/** Items of a sequence value, or none when the value is absent or not a sequence. */
export function seqItems(node: Node | null | undefined): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** A scalar's text as written (numbers kept as their source, e.g. `8080`), or undefined. */
export function scalarText(node: Node | null | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.source === 'string') return node.source;
  return node.value === null || node.value === undefined ? undefined : String(node.value);
}
