// Writes media/walkthrough/<step>.svg, the walkthrough's pictures, from the diagram data
// (src/core/knowledge/walkthroughMedia.ts, drawn by src/core/knowledge/concepts/diagramSvg.ts),
// so a change to a concept's diagram reaches the walkthrough too. Run by `npm run build` and on
// its own with `node scripts/gen-walkthrough-media.mjs`; a unit test checks the files are current.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateCoreSnippet, root, writeIfChanged } from './coreSnippet.mjs';

export async function generateWalkthroughMedia() {
  const pictures = await evaluateCoreSnippet(
    "import { walkthroughPictures } from './src/core/knowledge/walkthroughMedia'; import { diagramToSvg } from './src/core/knowledge/concepts/diagramSvg'; module.exports = walkthroughPictures().map((p) => ({ step: p.step, svg: diagramToSvg(p.diagram, 'ko') }));",
  );
  const written = [];
  for (const { step, svg } of pictures) {
    const file = join(root, 'media', 'walkthrough', `${step}.svg`);
    writeIfChanged(file, svg);
    written.push(file);
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of await generateWalkthroughMedia()) console.log(`wrote ${file}`);
}
