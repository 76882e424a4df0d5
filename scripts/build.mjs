// Bundles the runnable pieces with esbuild: the extension host entry, the analysis worker it
// starts, the CLI and the panel's webview script. Sources, maps and node_modules stay out of the .vsix because
// everything that runs is inside these bundles.
import * as esbuild from 'esbuild';
import { generateSchema } from './gen-schema.mjs';
import { generateWalkthroughMedia } from './gen-walkthrough-media.mjs';
import fs from 'node:fs';

const watch = process.argv.includes('--watch');
const production = !watch;

/** @type {esbuild.BuildOptions[]} */
const targets = [
  {
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    // The analysis worker: the whole core, run in a worker thread the extension host starts.
    entryPoints: ['src/worker/main.ts'],
    outfile: 'dist/worker.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    // The Language Server (`docker-explain lsp --stdio`): the core and the protocol library, apart
    // from dist/cli.js so the other commands start without it. Not in the .vsix.
    entryPoints: ['src/lsp/main.ts'],
    outfile: 'dist/lsp.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    entryPoints: ['media/panel/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    // markdown-it's entity table (77 KB) and URL finder (linkify is off) are replaced by small
    // stand-ins (media/panel/slim): the panel's script stays about 150 KB instead of 225 KB.
    alias: { entities: './media/panel/slim/entities.ts', 'linkify-it': './media/panel/slim/linkify.ts' },
  },
  {
    // "크게 보기": one picture in an editor-area panel (src/extension/panel/largePicture.ts).
    entryPoints: ['media/panel/large.ts'],
    outfile: 'dist/picture.js',
    platform: 'browser',
    format: 'iife',
    alias: { entities: './media/panel/slim/entities.ts', 'linkify-it': './media/panel/slim/linkify.ts' },
  },
];

// jsonc-parser's `main` is a UMD build whose internal requires esbuild cannot follow; its ESM
// build bundles cleanly.
const alias = { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' };
const common = { bundle: true, target: 'node20', minify: production, sourcemap: !production, logLevel: 'warning', legalComments: 'none', alias };
// Node reads a bundle as UTF-8, so the Korean texts stay as they are instead of esbuild's default
// \uXXXX escapes (six bytes for a three-byte character: dist/worker.js 1.43 MB -> 1.23 MB). The
// webview scripts keep the ASCII default: they are served without a charset of their own.
const utf8 = (t) => (t.platform === 'node' ? { ...t, charset: 'utf8' } : t);

// The panel's icons: codicons' stylesheet and font, served from dist/ (nothing remote).
fs.mkdirSync('dist/codicons', { recursive: true });
for (const file of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(`node_modules/@vscode/codicons/dist/${file}`, `dist/codicons/${file}`);

if (watch) {
  for (const t of targets) {
    const ctx = await esbuild.context({ ...common, ...utf8(t) });
    await ctx.watch();
  }
  console.log('watching…');
} else {
  await Promise.all(targets.map((t) => esbuild.build({ ...common, ...utf8(t) })));
}
// The config schema shipped for `.docker-explain.json` (jsonValidation) follows the rules.
await generateSchema();
// The walkthrough's pictures follow the diagram data.
await generateWalkthroughMedia();
