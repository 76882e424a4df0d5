// Finds what is under an offset of a Compose file by walking down the YAML tree by source
// range: at each map or sequence only the child whose range holds the offset is visited, found
// by binary search over the children (they are in source order). A hover in a file with
// thousands of services therefore costs a few dozen comparisons, not a scan of the file.

import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';

/** One step down from the root: a map entry (by key) or a sequence item (by index). */
export interface PathStep {
  /** Map key text, or the item's index in a sequence. */
  key: string | number;
  /** The key node, for map entries. */
  keyNode?: Node;
  /** The value node (map entry) or the item node (sequence). May be null (`key:` with no value). */
  node: Node | null;
  parent: YAMLMap | YAMLSeq;
}

export interface Located {
  steps: PathStep[];
  /**
   * `key`: the offset is on the key of the last step.
   * `value`: the offset is on the last step's node, which is a scalar or an alias.
   */
  on: 'key' | 'value';
  /** Source offsets of the token under the cursor. */
  start: number;
  end: number;
}

type Span = [number, number];

function span(node: unknown): Span | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** Inclusive of the end, so the character right after a token (its `:`) still counts. */
function inside(s: Span | undefined, offset: number): boolean {
  return s !== undefined && s[0] <= offset && offset <= s[1];
}

/** The index of the last child that starts at or before the offset (-1 if none). */
function lastStartingBefore<T>(items: T[], offset: number, startOf: (item: T) => number | undefined): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = startOf(items[mid]);
    if (start === undefined) {
      // A child without a source range (never produced by the parser): fall back to a scan.
      return items.findIndex((item) => startOf(item) === undefined);
    }
    if (start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const MAX_DEPTH = 64;

export function locate(root: Node | null | undefined, offset: number): Located | null {
  const steps: PathStep[] = [];
  let node: Node | null | undefined = root;
  for (let depth = 0; depth < MAX_DEPTH && node; depth++) {
    if (isMap(node)) {
      const items = node.items as Pair<Node | null, Node | null>[];
      const i = lastStartingBefore(items, offset, (p) => span(p.key)?.[0] ?? span(p.value)?.[0]);
      if (i < 0) return null;
      const pair = items[i];
      const keySpan = span(pair.key);
      const keyText = isScalar(pair.key) ? String(pair.key.value) : '';
      if (inside(keySpan, offset) && keySpan) {
        steps.push({ key: keyText, keyNode: pair.key ?? undefined, node: pair.value ?? null, parent: node });
        return { steps, on: 'key', start: keySpan[0], end: keySpan[1] };
      }
      const valueSpan = span(pair.value);
      if (!inside(valueSpan, offset) || !valueSpan) return null;
      steps.push({ key: keyText, keyNode: pair.key ?? undefined, node: pair.value ?? null, parent: node });
      node = pair.value;
      continue;
    }
    if (isSeq(node)) {
      const items = node.items as (Node | null)[];
      const i = lastStartingBefore(items, offset, (n) => span(n)?.[0]);
      if (i < 0) return null;
      const item = items[i];
      const itemSpan = span(item);
      if (!inside(itemSpan, offset) || !itemSpan) return null;
      steps.push({ key: i, node: item, parent: node });
      node = item;
      continue;
    }
    if (isScalar(node) || isAlias(node)) {
      const s = span(node);
      if (!s || steps.length === 0) return null;
      return { steps, on: 'value', start: s[0], end: s[1] };
    }
    return null;
  }
  return null;
}
