// What the generators (gen-schema.mjs, gen-walkthrough-media.mjs) share: run a TypeScript
// snippet that imports the core, bundled by esbuild in memory, and write a generated file only
// when its text changed, so a build does not touch files for nothing.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The `module.exports` of a TypeScript snippet whose imports are resolved from the repository root. */
export async function evaluateCoreSnippet(contents, alias) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
    ...(alias ? { alias } : {}),
  });
  const module = { exports: {} };
  const require = createRequire(join(root, 'package.json'));
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}

export function writeIfChanged(file, text) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}
