// Bundles the editor-free core for the benchmark with the same esbuild settings as the
// shipped bundles (scripts/build.mjs: minified, node20), so the bench measures the code users
// run, built from the current sources and independent of a stale `out/` folder.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Builds `src/core/index.ts` (plus the bare parsers it depends on, re-exported so that the
 * floor is measured on the very same copies of `yaml` and `dockerfile-ast`) into `outDir`
 * and loads it.
 */
export async function loadCore(root, outDir, { minify = true } = {}) {
  const entry = path.join(outDir, 'bench-entry.ts');
  const outfile = path.join(outDir, 'core.cjs');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    entry,
    [
      `export * from ${JSON.stringify(path.join(root, 'src', 'core', 'index.ts'))};`,
      `export { parseDocument as yamlParseDocument } from 'yaml';`,
      `export { DockerfileParser } from 'dockerfile-ast';`,
      // The hostile shapes of the robustness test (review F9), generated here at 100 KB.
      `export { HOSTILE_SHAPES } from ${JSON.stringify(path.join(root, 'test', 'unit', 'robustness', 'hostileShapes.ts'))};`,
    ].join('\n'),
  );
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify,
    logLevel: 'warning',
    legalComments: 'none',
    nodePaths: [path.join(root, 'node_modules')],
    // As in scripts/build.mjs: jsonc-parser's UMD `main` cannot be bundled, its ESM build can.
    alias: { 'jsonc-parser': path.join(root, 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js') },
  });
  return createRequire(import.meta.url)(outfile);
}
