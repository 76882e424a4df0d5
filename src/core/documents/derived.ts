/**
 * Facts derived from a parsed document (its layer stacks, its services' mounts, …), computed
 * once per document and shared by every rule, hover and panel that asks. A parsed document is
 * never changed after parsing (the editor parses each version anew), so its derived facts can't
 * go stale; the cache is weak, so it goes away with the document.
 *
 * Why: a hover that rebuilds a whole-file model costs time in proportion to the file on every
 * mouse move, and N rules that each rebuild the same model cost N times the work.
 * Callers must treat the shared value as read-only.
 */
export function perDocument<D extends object, T>(compute: (doc: D) => T): (doc: D) => T {
  const cache = new WeakMap<D, T>();
  return (doc: D): T => {
    if (cache.has(doc)) return cache.get(doc) as T;
    const value = compute(doc);
    cache.set(doc, value);
    return value;
  };
}
