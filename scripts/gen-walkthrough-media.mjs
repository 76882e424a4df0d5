// Writes media/walkthrough/<step>.svg, the walkthrough's pictures, from the diagram data
// (src/core/knowledge/walkthroughMedia.ts, drawn by src/core/knowledge/concepts/diagramSvg.ts),
// so a change to a concept's diagram reaches the walkthrough too. Run by `npm run build` and on
// its own with `node scripts/gen-walkthrough-media.mjs`; a unit test checks the files are current.
import * as esbuild from 'esbuild';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function generateWalkthroughMedia() {
  const result = await esbuild.build({
    stdin: {
      contents:
        "import { walkthroughPictures } from './src/core/knowledge/walkthroughMedia'; import { diagramToSvg } from './src/core/knowledge/concepts/diagramSvg'; module.exports = walkthroughPictures().map((p) => ({ step: p.step, svg: diagramToSvg(p.diagram, 'ko') }));",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  });
  const module = { exports: {} };
  const require = createRequire(join(root, 'package.json'));
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  const written = [];
  for (const { step, svg } of module.exports) {
    const file = join(root, 'media', 'walkthrough', `${step}.svg`);
    // Only write when it changed, so a build does not touch the files for nothing.
    if (!existsSync(file) || readFileSync(file, 'utf8') !== svg) writeFileSync(file, svg);
    written.push(file);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of await generateWalkthroughMedia()) console.log(`wrote ${file}`);
}
