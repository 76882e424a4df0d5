import type { OutlineKind, OutlineSymbol } from './types';

// A cap on the outline of a huge file. The editor asks for the whole outline after every edit
// (breadcrumbs and sticky scroll, each on its own), and the extension host turns every entry
// into a message for the window: for a 10,000-line Dockerfile (8,500 instructions) that cost
// the host's thread about 170 ms of serialising and garbage collection per keystroke, and a
// 2,000-service Compose file (18,000 entries) took it over a second. Past the cap the outline
// keeps its structure and drops the finest level: the instructions of each stage, the keys of
// each service. Stages and services stay, so breadcrumbs, sticky scroll and "Go to Symbol"
// still find every stage and every service. VS Code's own JSON and YAML outlines do the same
// job with a plain count (`json.maxItemsComputed`, 5,000 entries, then nothing more); keeping
// the coarse level of the whole file instead is more useful than the first 5,000 entries.

/** Entries above this (all levels counted) drop the finest level. */
export const OUTLINE_ENTRY_LIMIT = 2_000;

/** The entries whose children are the outline's finest level: a stage's instructions, a service's keys. */
const DETAIL_PARENTS: ReadonlySet<OutlineKind> = new Set(['stage', 'service']);

/**
 * The outline as given when it has at most `limit` entries; else without the children of
 * `detailParents` (stages and services; a config's settings pass their own).
 */
export function capOutline(symbols: OutlineSymbol[], limit = OUTLINE_ENTRY_LIMIT, detailParents: ReadonlySet<OutlineKind> = DETAIL_PARENTS): OutlineSymbol[] {
  return countEntries(symbols) <= limit ? symbols : symbols.map((s) => withoutDetail(s, detailParents));
}

function withoutDetail(symbol: OutlineSymbol, detailParents: ReadonlySet<OutlineKind>): OutlineSymbol {
  if (detailParents.has(symbol.kind)) return symbol.children.length === 0 ? symbol : { ...symbol, children: [] };
  return { ...symbol, children: symbol.children.map((s) => withoutDetail(s, detailParents)) };
}

/** Folding regions kept: VS Code's own default (`editor.foldingMaximumRegions`, 5,000). */
export const FOLDING_REGION_LIMIT = 5_000;

/** The first `limit` regions by their start line (outer before inner on the same line): the rest are not sent. */
export function capFolding<R extends { start: number; end: number }>(regions: R[], limit = FOLDING_REGION_LIMIT): R[] {
  return regions.length <= limit ? regions : regions.slice(0, limit);
}

function countEntries(symbols: readonly OutlineSymbol[]): number {
  let n = 0;
  for (const s of symbols) n += 1 + countEntries(s.children);
  return n;
}
