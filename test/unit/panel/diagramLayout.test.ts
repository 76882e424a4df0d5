import * as assert from 'assert';
import { allConcepts } from '../../../src/core/knowledge/concepts';
import { FONT, layoutFlow, mapFlow, segmentCrossesRect, textRect, wrapText } from '../../../src/core/knowledge/concepts/flowLayout';
import type { DrawnShape, DrawnText, Drawing } from '../../../src/core/knowledge/concepts/flowLayout';
import { pick } from '../../../src/core/types';

// Issue 14 item 6 (UX review 24): the concept diagrams read in the 300 px sidebar. In code-server
// a 300 px sidebar gives the picture 284 px (test/integration/suite/diagrams.test.ts measures
// it); the editor's 크게 보기 lays it out for up to 640 px. At each width, for both languages:
// every text is at least 11 px on screen, boxes and texts do not overlap, every box's text stays
// in its box, and no arrow passes under a box or over a text.

const SIDEBAR_PX = 284;
const WIDTHS = [SIDEBAR_PX, 250, 360, 480, 640];

type Rect = { x: number; y: number; w: number; h: number };
type Box = Extract<DrawnShape, { kind: 'box' }>;

const overlap = (a: Rect, b: Rect, slack = 0.5) => a.x + slack < b.x + b.w && b.x + slack < a.x + a.w && a.y + slack < b.y + b.h && b.y + slack < a.y + a.h;
const inside = (inner: Rect, outer: Rect, slack = 0.5) => inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.w <= outer.x + outer.w + slack && inner.y + inner.h <= outer.y + outer.h + slack;
const describe_ = (t: DrawnText) => JSON.stringify(t.text);

/** Every geometric fault of a drawing, as sentences (empty when it is clean). */
function faults(d: Drawing, renderedWidth: number): string[] {
  const out: string[] = [];
  const scale = renderedWidth / d.width;
  const boxes = d.shapes.filter((s): s is Box => s.kind === 'box' && !s.group);
  const frames = d.shapes.filter((s): s is Box => s.kind === 'box' && s.group === true);
  const arrows = d.shapes.filter((s): s is Extract<DrawnShape, { kind: 'arrow' }> => s.kind === 'arrow');
  const texts: { t: DrawnText; owner?: Box }[] = [
    ...boxes.flatMap((b) => b.texts.map((t) => ({ t, owner: b }))),
    ...frames.flatMap((f) => f.texts.map((t) => ({ t }))),
    ...arrows.flatMap((a) => (a.label ? [{ t: a.label }] : [])),
    ...d.shapes.flatMap((s) => (s.kind === 'text' ? [{ t: s.text }] : [])),
  ];
  const all: Rect = { x: 0, y: 0, w: d.width, h: d.height };
  for (const { t } of texts) {
    const px = t.size * scale;
    if (px < FONT.min) out.push(`${describe_(t)} is ${px.toFixed(1)} px`);
    if (!inside(textRect(t), all)) out.push(`${describe_(t)} leaves the picture`);
  }
  for (const b of [...boxes, ...frames]) if (!inside(b, all)) out.push(`box at ${b.x},${b.y} leaves the picture`);
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlap(a, b) && out.push(`boxes ${describe_(a.texts[0])} and ${describe_(b.texts[0])} overlap`)));
  texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => overlap(textRect(a.t), textRect(b.t), 0) && out.push(`texts ${describe_(a.t)} and ${describe_(b.t)} overlap`)));
  for (const { t, owner } of texts) {
    if (owner && !inside(textRect(t), { x: owner.x + 1, y: owner.y + 1, w: owner.w - 2, h: owner.h - 2 })) out.push(`${describe_(t)} does not fit its box (${owner.w} px)`);
    if (!owner) for (const b of boxes) if (overlap(textRect(t), b, 0)) out.push(`${describe_(t)} lies over the box ${describe_(b.texts[0])}`);
  }
  for (const a of arrows) {
    for (let i = 1; i < a.points.length; i++) {
      const seg: [[number, number], [number, number]] = [a.points[i - 1], a.points[i]];
      for (const b of boxes) if (b.id !== a.from && b.id !== a.to && segmentCrossesRect(seg, b)) out.push(`arrow ${a.from} → ${a.to} passes under ${describe_(b.texts[0])}`);
      for (const { t } of texts) if (t !== a.label && segmentCrossesRect(seg, textRect(t), 0)) out.push(`arrow ${a.from} → ${a.to} crosses the text ${describe_(t)}`);
    }
  }
  return out;
}

describe('concept diagrams laid out for their width (issue 14 item 6)', () => {
  for (const concept of allConcepts()) {
    for (const lang of ['ko', 'en'] as const) {
      it(`${concept.id} (${lang}): 11 px text or more, no overlap, no arrow under a box, at ${WIDTHS.join(', ')} px`, () => {
        const diagram = mapFlow(concept.diagram, (l) => pick(l, lang));
        for (const width of WIDTHS) {
          const drawing = layoutFlow(diagram, width);
          assert.strictEqual(drawing.width, width);
          assert.deepStrictEqual(faults(drawing, width), [], `${concept.id} at ${width} px`);
        }
      });
    }
  }

  it('lays out narrow pictures taller, not smaller: the sidebar stacks what the editor puts side by side', () => {
    let stacked = 0;
    for (const concept of allConcepts()) {
      const diagram = mapFlow(concept.diagram, (l) => l.ko);
      const narrow = layoutFlow(diagram, SIDEBAR_PX);
      const wide = layoutFlow(diagram, 640);
      assert.ok(narrow.height >= wide.height, `${concept.id}: ${narrow.height} px at ${SIDEBAR_PX}, ${wide.height} px at 640`);
      if (narrow.height > wide.height * 1.3) stacked++;
    }
    assert.ok(stacked >= 5, `${stacked} diagrams change their arrangement with the width`);
  });

  it('wraps text at spaces, then after / or : inside a long word, never losing a character', () => {
    const cases: [string, number, string[]][] = [
      ['docker rm 후에도 남음', 80, ['docker rm', '후에도 남음']],
      ['/usr/share/nginx/html', 90, ['/usr/share/', 'nginx/html']],
      ['짧음', 200, ['짧음']],
    ];
    for (const [text, max, expected] of cases) {
      const lines = wrapText(text, 12, max);
      assert.deepStrictEqual(lines, expected, text);
    }
    const long = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    assert.strictEqual(wrapText(long, 12, 50).join(''), long);
  });

  // The panel (media/panel/diagram.ts) and the SVG file (diagramSvg.ts) draw the shapes as the
  // layout gives them; each used to sort them again. Frames come before the boxes they hold
  // (placement order), so a frame never covers its own content.
  it('gives the shapes in paint order: boxes (a frame before what it holds), then arrows, then free text', () => {
    const rank = { box: 0, arrow: 1, text: 2 } as const;
    for (const concept of allConcepts()) {
      for (const width of WIDTHS) {
        const { shapes } = layoutFlow(mapFlow(concept.diagram, (l) => l.ko), width);
        const ranks = shapes.map((s) => rank[s.kind]);
        assert.deepStrictEqual(ranks, [...ranks].sort((a, b) => a - b), `${concept.id} at ${width} px`);
        const boxes = shapes.filter((s): s is Box => s.kind === 'box');
        boxes.forEach((frame, i) => {
          if (!frame.group) return;
          for (const inner of boxes.slice(0, i)) assert.ok(!inside(inner, frame, 0), `${concept.id}: a box inside the frame ${describe_(frame.texts[0])} is painted under it`);
        });
      }
    }
  });

  it('finds a segment through a box and not one along its border', () => {
    const box = { x: 10, y: 10, w: 20, h: 20 };
    assert.ok(segmentCrossesRect([[0, 20], [40, 20]], box));
    assert.ok(!segmentCrossesRect([[0, 10], [40, 10]], box));
    assert.ok(!segmentCrossesRect([[0, 0], [5, 40]], box));
  });
});
