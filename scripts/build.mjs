// Bundles the three runnable pieces with esbuild: the extension host entry, the CLI and the
// panel's webview script. Sources, maps and node_modules stay out of the .vsix because
// everything that runs is inside these bundles.
import * as esbuild from 'esbuild';

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
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    entryPoints: ['media/panel/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
  },
];

const common = { bundle: true, target: 'node20', minify: production, sourcemap: !production, logLevel: 'warning', legalComments: 'none' };

if (watch) {
  for (const t of targets) {
    const ctx = await esbuild.context({ ...common, ...t });
    await ctx.watch();
  }
  console.log('watching…');
} else {
  await Promise.all(targets.map((t) => esbuild.build({ ...common, ...t })));
}
