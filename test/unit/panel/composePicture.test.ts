import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { buildFileView } from '../../../src/core/model/panelModel';
import type { FileView } from '../../../src/core/model/panelModel';
import { MIN_FONT_PX, fitText, layoutComposePicture, pictureInput } from '../../../src/core/model/composePicture';
import { textWidth } from '../../../src/core/knowledge/concepts/textWidth';
import type { ComposePicture, PictureInput } from '../../../src/core/model/composePicture';
import { repoRoot } from '../../helpers/paths';

// Issue 14 item 6 (UX review 24, 27, 32): the Compose picture must read in the 300 px sidebar
// and in an 800 px editor panel. These check the geometry the webview draws, at both widths:
// no card overlaps another, no arrow runs over a card it does not start or end at, no text is
// under 11 px or wider than its room, and every mount (bind mounts too) is drawn.

const TEXT = { random: '임의의 호스트 포트', tmpfs: 'tmpfs', anonymous: '익명 볼륨', networkDefault: '기본 네트워크' };
const WIDTHS = [300, 800];

function composeInput(text: string): PictureInput {
  const doc = parseDocument(text, 'compose');
  const view = buildFileView(doc, lintDocument(doc), { fileName: 'compose.yaml', uri: 'file:///w/compose.yaml', version: 1 }) as FileView;
  assert.strictEqual(view.kind, 'compose');
  if (view.kind !== 'compose') throw new Error('not compose');
  return pictureInput(view, TEXT);
}

type Rect = { x: number; y: number; w: number; h: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Does the segment p–q pass through the inside of r (touching its edge is allowed)? */
function crosses(p: [number, number], q: [number, number], r: Rect): boolean {
  const e = 0.5; // the inside, shrunk a little: an arrow may end on an edge
  const [x0, x1] = [r.x + e, r.x + r.w - e];
  const [y0, y1] = [r.y + e, r.y + r.h - e];
  // Segments are horizontal or vertical.
  if (p[1] === q[1]) return p[1] > y0 && p[1] < y1 && Math.max(p[0], q[0]) > x0 && Math.min(p[0], q[0]) < x1;
  if (p[0] === q[0]) return p[0] > x0 && p[0] < x1 && Math.max(p[1], q[1]) > y0 && Math.min(p[1], q[1]) < y1;
  throw new Error(`diagonal segment ${JSON.stringify([p, q])}`);
}

function checkGeometry(picture: ComposePicture, label: string): void {
  const cards = picture.boxes.filter((b) => b.kind === 'service');
  for (const [i, a] of cards.entries()) {
    assert.ok(a.x >= 0 && a.x + a.w <= picture.width && a.y >= 0 && a.y + a.h <= picture.height, `${label}: ${a.service} is outside the picture`);
    for (const b of cards.slice(i + 1)) assert.ok(!overlaps(a, b), `${label}: ${a.service} overlaps ${b.service}`);
  }
  const sources = picture.boxes.filter((b) => b.kind === 'source');
  for (const [i, s] of sources.entries()) {
    const card = cards.find((c) => c.service === s.service);
    assert.ok(card && s.x >= card.x && s.x + s.w <= card.x + card.w && s.y >= card.y && s.y + s.h <= card.y + card.h, `${label}: a mount of ${s.service} leaves its card`);
    for (const t of sources.slice(i + 1)) assert.ok(!overlaps(s, t), `${label}: two mounts of ${s.service} overlap`);
  }
  for (const arrow of picture.arrows) {
    const segments = arrow.points.slice(1).map((q, i) => [arrow.points[i], q] as const);
    for (const card of cards) {
      const own = card.service === arrow.from || card.service === arrow.to;
      for (const [p, q] of segments) {
        if (arrow.kind === 'mount' && own) continue; // a mount arrow lives inside its card
        assert.ok(!crosses(p, q, card), `${label}: the ${arrow.kind} arrow ${arrow.from} → ${arrow.to} runs over ${card.service}`);
      }
    }
    if (arrow.kind === 'mount') {
      for (const s of sources) for (const [p, q] of segments) assert.ok(!crosses(p, q, s), `${label}: a mount arrow runs over a mount source`);
    }
  }
  for (const t of picture.texts) {
    assert.ok(t.size >= MIN_FONT_PX, `${label}: "${t.text}" at ${t.size} px`);
    assert.ok(textWidth(t.text, t.size) <= t.maxWidth + 0.01, `${label}: "${t.text}" is wider than its room`);
    assert.ok(t.x >= 0 && t.x + (t.anchor === 'start' ? textWidth(t.text, t.size) : 0) <= picture.width + 0.01, `${label}: "${t.text}" leaves the picture`);
  }
}

describe('panel: the Compose picture follows the width (issue 14 item 6)', () => {
  const example = composeInput(fs.readFileSync(path.join(repoRoot, 'examples', 'compose.yaml'), 'utf8'));

  for (const width of WIDTHS) {
    it(`examples/compose.yaml at ${width} px: no overlap, no arrow over a card, text at least 11 px`, () => {
      const picture = layoutComposePicture(example, width);
      assert.strictEqual(picture.width, width);
      checkGeometry(picture, `${width} px`);
    });
  }

  it('stacks the cards in one column at 300 px and puts them side by side at 800 px', () => {
    assert.strictEqual(layoutComposePicture(example, 300).columns, 1);
    assert.strictEqual(layoutComposePicture(example, 800).columns, 3);
  });

  it('routes web → db around admin when admin sits between them (review 27)', () => {
    const narrow = layoutComposePicture(example, 300);
    const dep = narrow.arrows.find((a) => a.kind === 'depends_on' && a.from === 'web' && a.to === 'db');
    assert.ok(dep, 'the depends_on arrow is drawn');
    assert.ok(dep.points.length > 2, 'it bends around the card between');
    assert.ok(narrow.arrows.some((a) => a.kind === 'volumes_from' && a.from === 'admin' && a.to === 'web'));
  });

  it('draws the bind mount as host path → container path, and the named volume the same way', () => {
    for (const width of WIDTHS) {
      const picture = layoutComposePicture(example, width);
      const texts = picture.texts.map((t) => t.text);
      assert.ok(texts.includes('./site'), `${width}: the host path ./site is drawn`);
      assert.ok(texts.some((t) => t.startsWith('/usr/share/nginx/') && t.endsWith('(ro)')), `${width}: the container path is drawn, read-only: ${texts.join(' | ')}`);
      assert.ok(texts.includes('db-data'), `${width}: the named volume is drawn`);
      const sources = picture.boxes.filter((b) => b.kind === 'source');
      assert.deepStrictEqual(sources.map((s) => [s.service, s.tone]), [['web', 'accent'], ['db', 'volume']]);
      assert.strictEqual(picture.arrows.filter((a) => a.kind === 'mount').length, 2);
    }
  });

  it('marks the service whose host port clashes', () => {
    const picture = layoutComposePicture(example, 300);
    assert.deepStrictEqual(picture.boxes.filter((b) => b.conflict).map((b) => b.service), ['admin']);
    assert.ok(picture.texts.some((t) => t.tone === 'danger' && t.text === '8080 → 80/tcp'));
  });

  // Many services, edges in every direction, long names and paths: the geometry holds at any width.
  const busy = composeInput(
    [
      'services:',
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n, i) =>
        [
          `  ${n}${i === 3 ? '-with-a-really-long-service-name-that-does-not-fit' : ''}:`,
          `    image: registry.example.com/team/${n}:1.2.3-bookworm-slim`,
          '    ports:',
          `      - "127.0.0.1:${8000 + i}:80"`,
          '    volumes:',
          `      - ./very/long/host/path/for/service/${n}/that/goes/on:/srv/www/html/and/a/long/container/path/${n}:ro`,
          '      - cache:/cache',
          '    tmpfs: /run',
          '    depends_on:',
          ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].filter((m, j) => j !== i && (j + i) % 3 === 0 && m !== 'd').map((m) => `      - ${m}`),
        ].join('\n'),
      ),
      'volumes:',
      '  cache:',
      '',
    ].join('\n'),
  );

  for (const width of [220, 300, 420, 640, 800, 1200]) {
    it(`seven services with crossing depends_on edges at ${width} px`, () => {
      assert.ok(busy.edges.length >= 6, `only ${busy.edges.length} edges`);
      const picture = layoutComposePicture(busy, width);
      checkGeometry(picture, `${width} px`);
      assert.strictEqual(picture.arrows.filter((a) => a.kind !== 'mount').length, busy.edges.length, 'every edge is drawn');
    });
  }

  it('shortens a long text in the middle with …, keeping both ends, and never below the minimum size', () => {
    const cut = fitText('/very/long/host/path/for/service/that/goes/on', MIN_FONT_PX, 120);
    assert.ok(cut.includes('…') && cut.startsWith('/very') && cut.endsWith('on'), cut);
    assert.ok(textWidth(cut, MIN_FONT_PX) <= 120);
    assert.strictEqual(fitText('./site', MIN_FONT_PX, 120), './site');
  });
});
