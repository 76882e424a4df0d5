import type { Range } from '../types';

// The Compose project as `docker compose` sees it, with every value remembering where it was
// written. Values are our own small tree, not YAML nodes: after merging, one service holds
// values from several files, and each value must say which file and line it came from.

/** Where a value was written. `file` is the path as the project names it (`/` separators). */
export interface Origin {
  file: string;
  range: Range;
}

/**
 * A scalar after interpolation. `value` is what Compose would use; when it depends on a variable
 * we cannot know (not in `.env` nor in the environment we were given), `unknown` is true and
 * `value` holds the text as written: rules must stay quiet on it.
 */
export interface LScalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  /** The text as written in the file (`8080:80`, `${WEB_PORT:-8080}`). */
  source: string;
  origin: Origin;
  unknown?: boolean;
  /** Variables the text names (`${WEB_PORT}` → `WEB_PORT`). */
  variables?: string[];
  tag?: string;
  /** The earlier value this one replaced: an entry with the same key in a keyed list (merge.ts `uniqueBy`), or the scalar at the same key of a map (`mergeValues`). */
  replaced?: LValue;
}

export interface LEntry {
  key: string;
  keyOrigin: Origin;
  value: LValue;
}

export interface LMap {
  kind: 'map';
  entries: Map<string, LEntry>;
  origin: Origin;
  tag?: string;
  replaced?: LValue;
}

export interface LSeq {
  kind: 'seq';
  items: LValue[];
  origin: Origin;
  tag?: string;
  replaced?: undefined;
}

export type LValue = LScalar | LMap | LSeq;

export function isLMap(v: LValue | undefined): v is LMap {
  return v?.kind === 'map';
}

export function isLSeq(v: LValue | undefined): v is LSeq {
  return v?.kind === 'seq';
}

export function isLScalar(v: LValue | undefined): v is LScalar {
  return v?.kind === 'scalar';
}

/** A map's value by key. */
export function lget(v: LValue | undefined, key: string): LValue | undefined {
  return v?.kind === 'map' ? v.entries.get(key)?.value : undefined;
}

/** A known scalar's text (numbers and booleans as text); undefined for unknown or non-scalars. */
export function ltext(v: LValue | undefined): string | undefined {
  if (v?.kind !== 'scalar' || v.unknown || v.value === null) return undefined;
  return String(v.value);
}

/** Items of a sequence, or none. */
export function litems(v: LValue | undefined): LValue[] {
  return v?.kind === 'seq' ? v.items : [];
}

/** A plain JavaScript value (for `compose config` and tests); unknown scalars give their source text. */
export function toPlain(v: LValue | undefined): unknown {
  if (!v) return undefined;
  if (v.kind === 'scalar') return v.unknown ? v.source : v.value;
  if (v.kind === 'seq') return v.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const [k, e] of v.entries) out[k] = toPlain(e.value);
  return out;
}
