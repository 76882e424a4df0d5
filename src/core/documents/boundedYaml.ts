import { Composer, Lexer, Parser, YAMLParseError } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './yamlNodes';
import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

/**
 * How deep YAML may nest (flow `[`/`{` and block levels together) before we refuse the file.
 * Real Compose files stay under 20. The yaml package builds its nodes by recursion; at a few
 * thousand levels that recursion reaches the stack limit, and a regular expression compiled
 * there makes V8 abort the whole process (review F1: 10 KB of `[` killed the CLI and the
 * extension host), which no `catch` can stop. A few hundred levels keep far from that edge.
 */
export const MAX_YAML_DEPTH = 256;

export interface TooDeep {
  /** Where the nesting passes the limit (the offset of the token that opened one level too many). */
  offset: number;
  limit: number;
}

export type BoundedParse = { ok: true; documents: Document.Parsed[] } | { ok: false; tooDeep: TooDeep };

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * `parseAllDocuments` from the yaml package, with a depth check between its two halves. The
 * lexer and the CST parser are loops with an explicit stack (no recursion deeper than that
 * stack), so they run first, token by token, and the stack's height after each token is the
 * nesting depth at that point, counted exactly as the parser counts it: brackets inside
 * quoted scalars, comments and block scalars are text, not levels. Only when the whole text
 * stays within the limit does the recursive half (the composer, which builds the node tree)
 * run. One pass over the text, as before: the tokens are kept and handed on, not lexed twice.
 * Every document of the file, in order; an empty file gives one empty document (as
 * `parseDocument` does), never none.
 */
export function parseYamlBounded(text: string, options: Options, limit = MAX_YAML_DEPTH): BoundedParse {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  // The parser's stack holds the document below the content's levels.
  const maxStack = limit + 1;
  for (const lexeme of new Lexer().lex(text)) {
    const before = parser.offset;
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > maxStack) return { ok: false, tooDeep: { offset: Math.min(before, text.length), limit } };
  }
  for (const token of parser.end()) tokens.push(token);

  // The yaml package finds a duplicate key by comparing it with every earlier key of its map,
  // which is quadratic (4,000 `environment` entries took most of a second): the composer runs
  // without that check and the same errors are found with one set per map.
  const ownKeyCheck = options.uniqueKeys === undefined || options.uniqueKeys === true;
  const composer = new Composer(ownKeyCheck ? { ...options, uniqueKeys: false } : options);
  // forceDoc: a stream without documents still gives one (empty) document.
  const documents = Array.from(composer.compose(tokens, true, text.length));
  if (ownKeyCheck) for (const doc of documents) reportDuplicateKeys(doc);
  return { ok: true, documents };
}

/**
 * The DUPLICATE_KEY errors the yaml package's `uniqueKeys` check gives (two scalar keys of one
 * map with the same value, `===`; other keys are never equal), at the later key, in one pass.
 */
function reportDuplicateKeys(doc: Document.Parsed): void {
  const found: YAMLParseError[] = [];
  const pending: unknown[] = [doc.contents];
  // Scalars are never queued (most nodes are scalars: three type tests each, for nothing).
  const queue = (node: unknown) => {
    if (node && !isScalar(node)) pending.push(node);
  };
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const items = node.items;
      // A small map is compared key by key, as the yaml package does; a set per map cost more
      // than the comparisons it saves (most maps of a Compose file have a handful of keys).
      const seen = items.length > SMALL_MAP ? new Set<unknown>() : undefined;
      for (let i = 0; i < items.length; i++) {
        const key = items[i].key;
        if (isScalar(key) && !(typeof key.value === 'number' && Number.isNaN(key.value))) {
          if (seen ? seen.has(key.value) : hasEarlierKey(items, i, key.value)) {
            const at = key.range?.[0] ?? 0;
            found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
          } else seen?.add(key.value);
        } else queue(key);
        queue(items[i].value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) queue(item);
    } else if (isPair(node)) {
      queue(node.key);
      queue(node.value);
    }
  }
  if (found.length === 0) return;
  // In the order of the text, among the parser's other errors, as the composer would have put them.
  doc.errors.push(...found);
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

/** Up to this many keys, a map's keys are compared pairwise instead of through a set. */
const SMALL_MAP = 8;

/** True when a scalar key before `i` has this value (`===`, as the set above compares; NaN is never passed). */
function hasEarlierKey(items: readonly { key: unknown }[], i: number, value: unknown): boolean {
  for (let j = 0; j < i; j++) {
    const key = items[j].key;
    if (isScalar(key) && key.value === value) return true;
  }
  return false;
}
