#!/usr/bin/env node
// Crops the README screenshots that the real-editor suite takes of the whole 1400×900 window
// (node test/integration/run-code-server.mjs --screenshots DIR) to the part each one shows, so
// the pictures read at README width and the .vsix that ships them stays small. Chromium draws
// each PNG 1:1 and takes the clip; afterwards quantise each output with pngquant (128 colours) and
// turn it into lossless WebP for README (cwebp -lossless -z 9 -exact IN.png -o docs/images/NAME.webp):
// the same pixels in about 23% fewer bytes than the quantised PNG.
//   node scripts/crop-screenshots.mjs SHOTS_DIR OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const EDITOR = { x: 528, y: 34 }; // right of the sidebar, below the title bar
const CROPS = {
  'hover-compose-ports': { ...EDITOR, width: 872, height: 440 },
  'hover-dockerfile-from': { ...EDITOR, width: 872, height: 400 },
  'problem-duplicate-host-port': { ...EDITOR, width: 872, height: 670 }, // down to the file's own problem, above other tests' entries
  'panel-command': { x: 0, y: 0, width: 528, height: 900 },
  'panel-concept-layers': { x: 0, y: 0, width: 528, height: 900 },
  'panel-error': { x: 0, y: 0, width: 528, height: 900 },
  'panel-file-compose': { x: 0, y: 0, width: 528, height: 900 },
  'panel-file-dockerfile': { x: 0, y: 0, width: 528, height: 900 },
  'panel-glossary': { x: 0, y: 0, width: 528, height: 900 },
};

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node scripts/crop-screenshots.mjs SHOTS_DIR OUT_DIR');
  process.exit(2);
}
fs.mkdirSync(to, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  for (const [name, clip] of Object.entries(CROPS)) {
    const source = path.join(from, `${name}.png`);
    if (!fs.existsSync(source)) throw new Error(`${source} is missing`);
    // A data URL: a page made by setContent may not load file: URLs.
    const src = `data:image/png;base64,${fs.readFileSync(source).toString('base64')}`;
    await page.setContent(`<body style="margin:0"><img src="${src}" style="display:block"></body>`);
    // Runs in the page, where `document` exists.
    await page.waitForFunction(() => globalThis.document.images[0]?.complete && globalThis.document.images[0].naturalWidth > 0);
    await page.screenshot({ path: path.join(to, `${name}.png`), clip });
    console.log(`${name}: ${clip.width}×${clip.height}`);
  }
} finally {
  await browser.close();
}
