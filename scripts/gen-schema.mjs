// Writes schemas/docker-explain.schema.json, the JSON Schema of `.docker-explain.json`,
// from the rules themselves (src/core/lint/config/schema.ts), so that a new rule is completed
// and checked in the editor without anyone editing the schema by hand. Run by `npm run build`
// and on its own with `node scripts/gen-schema.mjs`; a unit test checks the file is current.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateCoreSnippet, root, writeIfChanged } from './coreSnippet.mjs';

export const schemaPath = join(root, 'schemas', 'docker-explain.schema.json');

export async function generateSchema() {
  const schema = await evaluateCoreSnippet(
    "import { buildConfigSchema } from './src/core/lint/config/schema'; import { allRules } from './src/core/lint/rules'; module.exports = buildConfigSchema(allRules);",
    { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  );
  writeIfChanged(schemaPath, JSON.stringify(schema, null, 2) + '\n');
  return schemaPath;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`wrote ${await generateSchema()}`);
}
