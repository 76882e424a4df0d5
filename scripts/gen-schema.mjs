// Writes schemas/docker-explain.schema.json, the JSON Schema of `.docker-explain.json`,
// from the rules themselves (src/core/lint/config/schema.ts), so that a new rule is completed
// and checked in the editor without anyone editing the schema by hand. Run by `npm run build`
// and on its own with `node scripts/gen-schema.mjs`; a unit test checks the file is current.
import * as esbuild from 'esbuild';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const schemaPath = join(root, 'schemas', 'docker-explain.schema.json');

export async function generateSchema() {
  const result = await esbuild.build({
    stdin: {
      contents: "import { buildConfigSchema } from './src/core/lint/config/schema'; import { allRules } from './src/core/lint/rules'; module.exports = buildConfigSchema(allRules);",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  });
  const module = { exports: {} };
  const require = createRequire(join(root, 'package.json'));
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  const text = JSON.stringify(module.exports, null, 2) + '\n';
  // Only write when it changed, so a build does not touch the file for nothing.
  if (!existsSync(schemaPath) || readFileSync(schemaPath, 'utf8') !== text) writeFileSync(schemaPath, text);
  return schemaPath;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`wrote ${await generateSchema()}`);
}
