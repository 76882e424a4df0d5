import { visit } from 'yaml';
import type { Document, Node } from 'yaml';

// The project loader (fromYaml.ts) and the schema check (schema/validate.ts) both follow aliases
// themselves (yaml's own resolution copies nodes and loses positions), so both need the node an
// alias names. One index per document, built on the first alias: linear, then a binary search
// per alias.

/** Every anchored node of a document, by anchor name, in document order. */
export type AnchorIndex = Map<string, Node[]>;

export function anchorIndex(doc: Document.Parsed | Document): AnchorIndex {
  const anchors: AnchorIndex = new Map();
  visit(doc, {
    Node(_key, node) {
      const name = (node as { anchor?: string }).anchor;
      if (!name) return;
      const list = anchors.get(name);
      if (list) list.push(node);
      else anchors.set(name, [node]);
    },
  });
  return anchors;
}

/** The anchor an alias refers to: the last node with that anchor that starts before the alias (YAML 1.2 §3.2.2.2). */
export function anchoredNode(anchors: AnchorIndex, alias: Node): Node | undefined {
  const list = anchors.get((alias as unknown as { source: string }).source);
  if (!list) return undefined;
  const at = alias.range?.[0] ?? Number.MAX_SAFE_INTEGER;
  // Binary search: anchors are in document order, so by start offset.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid].range?.[0] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}
