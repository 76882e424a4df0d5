import type { Position } from '../types';
import type { ComposeDocument } from '../documents/composeDocument';
import { locateCompose } from '../syntax/composePath';
import type { ComposeNodePath } from '../syntax/composePath';
import { SERVICE_REFERENCE_KEYS } from './composeOccurrences';
import type { SymbolKind } from './types';

// Which kind of name a position of a Compose file can hold, from the locator's answer to "what
// is at this position?" (../syntax/composePath.ts, the one the hover dispatches on): the rows
// below map a path to the kinds of symbol written there, and the index looks only for those.
// A new place a name is used is a row here and one in composeOccurrences.ts.

/** Top-level sections whose keys define a name. */
const SECTION_KINDS: Readonly<Record<string, SymbolKind>> = { services: 'service', volumes: 'volume', networks: 'network', secrets: 'secret', configs: 'config' };

/** A service's keys whose values name a volume, a network, a secret or a config. */
const SERVICE_KEY_KINDS: Readonly<Record<string, readonly SymbolKind[]>> = {
  volumes: ['volume'],
  networks: ['network'],
  secrets: ['secret'],
  configs: ['config'],
  ...Object.fromEntries(SERVICE_REFERENCE_KEYS.map((key) => [key, key === 'build' ? ['stage'] : ['service']])),
};

const own = (map: Readonly<Record<string, unknown>>, key: string | number): boolean => typeof key === 'string' && Object.prototype.hasOwnProperty.call(map, key);

interface Row {
  /** What the row is for, as the tests name it. */
  name: string;
  matches: (path: ComposeNodePath) => boolean;
  kinds: (path: ComposeNodePath) => readonly SymbolKind[];
}

const ROWS: readonly Row[] = [
  { name: 'a YAML alias', matches: (p) => p.leaf === 'alias', kinds: () => ['anchor'] },
  { name: 'a name a top-level section defines', matches: (p) => p.steps.length === 2 && p.on === 'key' && own(SECTION_KINDS, p.steps[0].key), kinds: (p) => [SECTION_KINDS[p.steps[0].key as string]] },
  {
    name: 'a name inside a service key that references one',
    matches: (p) => p.steps.length >= 3 && p.steps[0].key === 'services' && own(SERVICE_KEY_KINDS, p.steps[2].key),
    kinds: (p) => SERVICE_KEY_KINDS[p.steps[2].key as string],
  },
];

/**
 * The kinds of symbol that may be at `pos`: an empty list where the locator finds a key or
 * value no row names (`image: nginx`), undefined where it finds nothing (an anchor's `&name`,
 * which the parsed tree does not hold, or a later YAML document): then every kind is looked at.
 */
export function composeKindsAt(doc: ComposeDocument, pos: Position): readonly SymbolKind[] | undefined {
  const path = locateCompose(doc, pos);
  if (!path) return undefined;
  return ROWS.find((row) => row.matches(path))?.kinds(path) ?? [];
}
