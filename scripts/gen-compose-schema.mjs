// Writes src/core/compose/schema/composeSpecTable.ts from the vendored Compose Specification
// schema (scripts/compose-spec/compose-spec.json, compose-go v2.13.0; see its README). The
// schema becomes a flat table: one entry per distinct subschema, `$ref`s replaced by the index
// of what they point at, descriptions dropped. The validator (schema/validate.ts) walks it; no
// schema is compiled at run time (no eval, nothing large in the .vsix).
// Run: `node scripts/gen-compose-schema.mjs`; a unit test checks the table is current (`--print`).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SPEC_TAG = 'compose-spec/compose-go v2.13.0 schema/compose-spec.json';
export const specPath = join(root, 'scripts', 'compose-spec', 'compose-spec.json');
export const tablePath = join(root, 'src', 'core', 'compose', 'schema', 'composeSpecTable.ts');

const TYPE_BITS = { null: 1, boolean: 2, object: 4, array: 8, number: 16, string: 32, integer: 64 };
const HANDLED = new Set([
  'type', 'properties', 'patternProperties', 'additionalProperties', 'items', 'oneOf', 'anyOf', 'enum',
  'pattern', 'minimum', 'maximum', 'required', 'deprecated', 'uniqueItems', '$ref',
  // Annotations that do not validate:
  'description', 'title', 'default', '$comment', '$schema', '$id', '$defs', 'examples', 'format',
]);

const ANNOTATIONS = new Set(['description', 'title', 'default', '$comment', 'examples']);

export function buildTable(spec) {
  const nodes = [];
  const patterns = [];
  const patternIndex = (source) => {
    if (!patterns.includes(source)) patterns.push(source);
    return patterns.indexOf(source);
  };
  const byKey = new Map();
  const pending = new Map();

  const resolveRef = (ref) => {
    if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref}`);
    let target = spec;
    for (const part of ref.slice(2).split('/')) target = target[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (target === undefined) throw new Error(`dangling $ref ${ref}`);
    return target;
  };

  // Returns the index of a subschema's table entry.
  const compile = (schema) => {
    if (schema === true || (schema && typeof schema === 'object' && Object.keys(schema).every((k) => ANNOTATIONS.has(k)))) {
      return compileEntry({});
    }
    if (schema === false) return compileEntry({ n: 1 });
    for (const key of Object.keys(schema)) if (!HANDLED.has(key)) throw new Error(`keyword ${key} is not handled by the validator; extend schema/validate.ts first`);
    if (schema.$ref) {
      const others = Object.keys(schema).filter((k) => !['$ref', 'description', 'title', '$comment'].includes(k));
      if (others.length) throw new Error(`$ref with siblings ${others.join(',')}`);
      const target = resolveRef(schema.$ref);
      // A ref may point at a schema being compiled (recursion): reserve its index.
      if (pending.has(target)) return pending.get(target);
      return compile(target);
    }
    if (pending.has(schema)) return pending.get(schema);
    const index = nodes.length;
    nodes.push(null);
    pending.set(schema, index);
    const entry = {};
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      entry.t = types.reduce((bits, t) => bits | TYPE_BITS[t], 0);
    }
    if (schema.properties) entry.p = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, compile(v)]));
    if (schema.patternProperties) entry.pp = Object.entries(schema.patternProperties).map(([k, v]) => [patternIndex(k), compile(v)]);
    if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
      entry.ap = schema.additionalProperties === false ? -1 : compile(schema.additionalProperties);
    }
    if (schema.items !== undefined && schema.items !== true) entry.i = compile(schema.items);
    const alternatives = schema.oneOf ?? schema.anyOf;
    if (alternatives) entry.o = alternatives.map(compile);
    if (schema.enum) entry.e = schema.enum;
    if (schema.pattern !== undefined) entry.pat = patternIndex(schema.pattern);
    if (schema.minimum !== undefined) entry.min = schema.minimum;
    if (schema.maximum !== undefined) entry.max = schema.maximum;
    if (schema.required) entry.req = schema.required;
    if (schema.deprecated) entry.dep = 1;
    if (schema.uniqueItems) entry.u = 1;
    nodes[index] = entry;
    pending.delete(schema);
    return index;
  };

  const compileEntry = (entry) => {
    const key = JSON.stringify(entry);
    if (byKey.has(key)) return byKey.get(key);
    nodes.push(entry);
    byKey.set(key, nodes.length - 1);
    return nodes.length - 1;
  };

  const rootIndex = compile(spec);
  return { ...dedupe({ root: rootIndex, nodes }), patterns };
}

// Identical subschemas (`{"type": "string"}` appears dozens of times) share one entry: merge
// entries that are equal once their children are, until nothing changes, then renumber.
function dedupe(table) {
  let { root, nodes } = table;
  for (;;) {
    const seen = new Map();
    const map = nodes.map((n, i) => {
      const key = JSON.stringify(n);
      if (!seen.has(key)) seen.set(key, i);
      return seen.get(key);
    });
    if (map.every((to, i) => to === i)) break;
    const keep = nodes.map((_, i) => i).filter((i) => map[i] === i);
    const renumber = new Map(keep.map((old, fresh) => [old, fresh]));
    const to = (i) => renumber.get(map[i]);
    nodes = keep.map((i) => remap(nodes[i], to));
    root = to(root);
  }
  return { root, nodes };
}

function remap(n, to) {
  const out = { ...n };
  if (n.p) out.p = Object.fromEntries(Object.entries(n.p).map(([k, v]) => [k, to(v)]));
  if (n.pp) out.pp = n.pp.map(([k, v]) => [k, to(v)]);
  if (n.ap !== undefined && n.ap >= 0) out.ap = to(n.ap);
  if (n.i !== undefined) out.i = to(n.i);
  if (n.o) out.o = n.o.map(to);
  return out;
}

export function renderTable(table) {
  const lines = table.nodes.map((n, i) => `    /* ${i} */ ${JSON.stringify(n)},`);
  // Patterns become literals (ECMAScript syntax with the u flag, as JSON Schema reads them), so
  // nothing is compiled from data at run time and the regex-safety test reads every one of them.
  const patterns = table.patterns.map((p, i) => `    /* ${i} */ /${p.replace(/\//g, '\\/')}/u,`);
  return `// GENERATED by scripts/gen-compose-schema.mjs from ${SPEC_TAG}
// (Apache-2.0, The Compose Specification Authors). Do not edit: change the script or the
// vendored schema and run \`node scripts/gen-compose-schema.mjs\`.
import type { SchemaTable } from './tableTypes';

export const COMPOSE_SPEC_SOURCE = ${JSON.stringify(SPEC_TAG)};

export const COMPOSE_SPEC_TABLE: SchemaTable = {
  root: ${table.root},
  patterns: [
${patterns.join('\n')}
  ],
  nodes: [
${lines.join('\n')}
  ],
};
`;
}

export function generateComposeSchemaTable() {
  const spec = JSON.parse(readFileSync(specPath, 'utf8'));
  return renderTable(buildTable(spec));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generateComposeSchemaTable();
  // `--print`: write the table to stdout (the unit test compares it with the committed file).
  if (process.argv.includes('--print')) {
    process.stdout.write(text);
    process.exit(0);
  }
  writeFileSync(tablePath, text);
  console.log(`wrote ${tablePath} (${text.length} bytes)`);
}
