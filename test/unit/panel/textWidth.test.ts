import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { textWidth } from '../../../src/core/knowledge/concepts/textWidth';
import { fitText } from '../../../src/core/model/composePicture';
import { wrapText } from '../../../src/core/knowledge/concepts/flowLayout';
import { repoRoot } from '../../helpers/paths';

// One text-width estimate for the concept diagrams, their SVG and the Compose picture. There
// were two (a flat 0.58 em per Latin letter beside the layout's finer, safe-side one), so the
// SVG could squeeze a text the layout had sized to fit, and the Compose picture cut by another rule.

describe('text width: one estimate', () => {
  const rows: [string, number][] = [
    ['', 0],
    ['한글', 2],
    ['A', 0.72],
    ['m', 0.72],
    ['i', 0.34],
    [' ', 0.34],
    ['a', 0.6],
    ['8080:80', 4 * 0.6 + 0.34 + 2 * 0.6],
    ['web 서비스', 0.72 + 2 * 0.6 + 0.34 + 3],
  ];
  for (const [text, em] of rows) {
    it(`"${text}" is ${em} em`, () => assert.ok(Math.abs(textWidth(text, 10) - em * 10) < 1e-9, String(textWidth(text, 10))));
  }

  // Through their own entries: each keeps a text whole exactly up to the estimate's width.
  // (The SVG file's condensing is checked the same way in walkthrough.test.ts.)
  it('the Compose picture cuts and the diagram layout wraps at the same width', () => {
    for (const [text, size] of [['web 서비스 8080:80', 11], ['/usr/share/nginx/html', 12], ['docker compose up', 13]] as const) {
      const w = textWidth(text, size);
      assert.strictEqual(fitText(text, size, w), text, `Compose picture keeps ${text} at ${w}`);
      assert.notStrictEqual(fitText(text, size, w - 0.5), text, `Compose picture cuts ${text} below ${w}`);
      assert.deepStrictEqual(wrapText(text, size, w), [text], `layout keeps ${text} on one line at ${w}`);
      assert.ok(wrapText(text, size, w - 0.5).length > 1, `layout wraps ${text} below ${w}`);
    }
  });

  it('no other file in src/core keeps a per-character width table', () => {
    const own = path.join(repoRoot, 'src', 'core', 'knowledge', 'concepts', 'textWidth.ts');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (full.endsWith('.ts') && full !== own && /em \+= 0\.\d|\* 0\.58\b|0\.58 :/.test(fs.readFileSync(full, 'utf8'))) offenders.push(path.relative(repoRoot, full));
      }
    };
    walk(path.join(repoRoot, 'src', 'core'));
    assert.deepStrictEqual(offenders, []);
  });
});
