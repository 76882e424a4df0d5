// The shape of the Compose schema table that scripts/gen-compose-schema.mjs writes: one entry
// per subschema of the Compose Specification's JSON schema, with `$ref`s already resolved to
// indexes. Only the keywords that schema uses are kept (the script refuses any other).

/** Type bits: which JSON types a value may have. */
export const T_NULL = 1;
export const T_BOOLEAN = 2;
export const T_OBJECT = 4;
export const T_ARRAY = 8;
export const T_NUMBER = 16;
export const T_STRING = 32;
export const T_INTEGER = 64;

export interface SchemaEntry {
  /** `type`, as type bits; absent: any type. */
  t?: number;
  /** `properties`: key → entry index. */
  p?: Record<string, number>;
  /** `patternProperties`: [pattern index, entry index]. */
  pp?: [number, number][];
  /** `additionalProperties`: -1 for false, or an entry index. */
  ap?: number;
  /** `items`. */
  i?: number;
  /** `oneOf` (read as anyOf: see validate.ts). */
  o?: number[];
  e?: (string | number | boolean | null)[];
  /** `pattern`: pattern index. */
  pat?: number;
  min?: number;
  max?: number;
  req?: string[];
  /** `deprecated: true`. */
  dep?: 1;
  /** `uniqueItems: true`. */
  u?: 1;
  /** `false`: nothing is valid. */
  n?: 1;
}

export interface SchemaTable {
  root: number;
  /** The schema's regular expressions, written as literals by the generator. */
  patterns: RegExp[];
  nodes: SchemaEntry[];
}
