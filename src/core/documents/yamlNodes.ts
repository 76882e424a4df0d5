import * as yaml from 'yaml';

// The yaml package's node type guards, read off the package once. The bundles (esbuild, like
// the bench's copy) reach a CommonJS package's exports through one getter per name, and that
// getter's keyed property load is shared by every name, so each `isScalar(…)` call went through
// a slow generic lookup: on a 2,000-service Compose project the getters alone were about 3% of
// the lint. Bound here, a call is a plain function call. Same functions, same answers.
export const isAlias: typeof yaml.isAlias = yaml.isAlias;
export const isMap: typeof yaml.isMap = yaml.isMap;
export const isPair: typeof yaml.isPair = yaml.isPair;
export const isScalar: typeof yaml.isScalar = yaml.isScalar;
export const isSeq: typeof yaml.isSeq = yaml.isSeq;
