import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isConceptId } from '../../../src/core/knowledge/concepts';
import { walkthroughPictures } from '../../../src/core/knowledge/walkthroughMedia';
import { DIAGRAM_FILE_FONT, WALKTHROUGH_MIN_WIDTH_PX, diagramToSvg } from '../../../src/core/knowledge/concepts/diagramSvg';
import { L, arrow, box, text } from '../../../src/core/knowledge/concepts/diagramKit';
import { textWidth } from '../../../src/core/knowledge/concepts/textWidth';
import type { Diagram } from '../../../src/core/knowledge/concepts';

const ROOT = path.resolve(__dirname, '../../../..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

interface Step {
  id: string;
  title: string;
  description: string;
  media: { svg?: string; altText?: string };
  completionEvents?: string[];
}

describe('panel: walkthrough "Docker 처음 배우기"', () => {
  const manifest = read('package.json');
  const en = read('package.nls.json') as Record<string, string>;
  const ko = read('package.nls.ko.json') as Record<string, string>;
  const walkthrough = manifest.contributes.walkthroughs[0];
  const steps = walkthrough.steps as Step[];
  const commands = new Set((manifest.contributes.commands as { command: string }[]).map((c) => c.command));

  it('is titled in Korean and English', () => {
    assert.strictEqual(ko[walkthrough.title.slice(1, -1)], 'Docker 처음 배우기');
    assert.ok(en[walkthrough.title.slice(1, -1)].length > 0);
  });

  it('has media that exists for every step and texts in both languages', () => {
    assert.ok(steps.length >= 5);
    for (const step of steps) {
      assert.ok(step.media.svg && fs.existsSync(path.join(ROOT, step.media.svg)), `${step.id}: ${step.media.svg}`);
      for (const key of [step.title, step.description, step.media.altText ?? '%missing%']) {
        assert.ok(ko[key.slice(1, -1)], `${key} in Korean`);
        assert.ok(en[key.slice(1, -1)], `${key} in English`);
      }
    }
  });

  it('links only to our own commands, with valid concept ids and example files', () => {
    const links = new Set<string>();
    for (const text of [...Object.values(ko), ...Object.values(en)]) for (const m of text.matchAll(/\(command:([\w.]+)(?:\?([^)]*))?\)/g)) links.add(`${m[1]} ${m[2] ?? ''}`);
    const opened = { concept: new Set<string>(), example: new Set<string>() };
    for (const link of links) {
      const [command, query] = link.split(' ');
      assert.ok(commands.has(command), `${command} is contributed`);
      if (!query) continue;
      const args = JSON.parse(decodeURIComponent(query)) as unknown[];
      if (command === 'dockerExplain.openConcept') {
        assert.ok(isConceptId(args[0]), `concept ${String(args[0])}`);
        opened.concept.add(String(args[0]));
      }
    }
    for (const [command, file] of [['dockerExplain.openExampleDockerfile', 'Dockerfile'], ['dockerExplain.openExampleCompose', 'compose.yaml']]) {
      if (links.has(`${command} `)) {
        assert.ok(fs.existsSync(path.join(ROOT, 'examples', file)), `examples/${file}`);
        opened.example.add(file);
      }
    }
    assert.deepStrictEqual([...opened.example].sort(), ['Dockerfile', 'compose.yaml']);
    assert.ok(opened.concept.size >= 5);
  });

  it('ships the example files it opens', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!examples/Dockerfile'));
    assert.ok(ignore.includes('!examples/compose.yaml'));
  });

  // UX review 45: two steps linked the same command, so opening the Dockerfile ticked the
  // Compose step too. VS Code ticks a step when any command of its completionEvents runs.
  it('completes each step on its own action only: an event no other step links or waits for', () => {
    const events = steps.map((s) => s.completionEvents ?? []);
    for (const [i, step] of steps.entries()) {
      assert.strictEqual(events[i].length, 1, `${step.id}: one completion event`);
      const [event] = events[i];
      assert.match(event, /^(onCommand|onView):dockerExplain\./, `${step.id}: ${event}`);
      for (const [j, other] of steps.entries()) {
        if (j === i) continue;
        assert.ok(!events[j].includes(event), `${step.id} and ${other.id} share ${event}`);
        if (event.startsWith('onCommand:')) {
          const command = event.slice('onCommand:'.length);
          for (const nls of [ko, en]) assert.ok(!nls[other.description.slice(1, -1)].includes(`command:${command})`) && !nls[other.description.slice(1, -1)].includes(`command:${command}?`), `${other.id} links ${command}, which completes ${step.id}`);
        }
      }
      if (event.startsWith('onCommand:')) {
        const command = event.slice('onCommand:'.length);
        assert.ok(commands.has(command), `${command} is contributed (so VS Code activates the extension for it)`);
        for (const nls of [ko, en]) assert.ok(nls[step.description.slice(1, -1)].includes(`(command:${command}`), `${step.id} links its own completing command ${command}`);
      }
    }
  });

  it('shows drawn pictures, not text art: each step\'s SVG is generated from the diagram data (node scripts/gen-walkthrough-media.mjs)', () => {
    const pictures = walkthroughPictures();
    assert.deepStrictEqual(pictures.map((p) => p.step).sort(), steps.map((s) => s.id).sort());
    for (const { step, diagram } of pictures) {
      const file = path.join(ROOT, 'media', 'walkthrough', `${step}.svg`);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), diagramToSvg(diagram, 'ko'), `${file} is stale: run node scripts/gen-walkthrough-media.mjs`);
    }
  });

  // diagramToSvg draws shapes in the order they come: a laid-out diagram gets them in paint order
  // from flowLayout.ts, and the two fixed pictures are written in that order.
  it('draws each picture in the order its shapes come, and the fixed pictures are written in paint order (boxes, arrows, text)', () => {
    const rank = { box: 0, arrow: 1, text: 2 } as const;
    for (const { step, diagram } of walkthroughPictures()) {
      if (!('shapes' in diagram)) continue;
      const ranks = diagram.shapes.map((s) => rank[s.kind]);
      assert.deepStrictEqual(ranks, [...ranks].sort((a, b) => a - b), step);
    }
    const shuffled: Diagram = { width: 100, height: 60, description: L('그림', 'picture'), shapes: [text(4, 50, L('앞', 'front')), arrow(0, 0, 10, 10), box(0, 0, 50, 30, 'image')] };
    const drawn = [...diagramToSvg(shuffled, 'ko').matchAll(/<(rect|line|text) /g)].map((m) => m[1]);
    assert.deepStrictEqual(drawn, ['text', 'line', 'rect']);
  });

  // One width estimate (textWidth.ts): a box label is condensed (textLength) exactly when the
  // estimate says it is wider than the box's inside (its width less 6).
  it('condenses a box label only when the one text-width estimate says it does not fit', () => {
    const label = 'RUN --mount=type=cache';
    const room = textWidth(label, DIAGRAM_FILE_FONT.label);
    const svgOf = (w: number) => diagramToSvg({ width: 200, height: 40, description: L('그림', 'picture'), shapes: [box(0, 0, w, 30, 'image', L(label, label))] }, 'ko');
    assert.doesNotMatch(svgOf(room + 6), /textLength/);
    assert.match(svgOf(room + 5.5), /textLength=/);
  });

  it('uses theme colours with fallbacks and no fixed text colour, so light and dark themes both read', () => {
    for (const { diagram } of walkthroughPictures()) {
      const svg = diagramToSvg(diagram, 'ko');
      assert.doesNotMatch(svg, /style=/, 'the walkthrough page forbids style attributes (its CSP)');
      for (const m of svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)) assert.match(m[1], /^(none|var\(--vscode-[\w-]+, #[0-9a-f]{3,6}\))$/, m[1]);
      const viewBoxWidth = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1]);
      for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) {
        // VS Code draws the picture at least 350 px wide: every text is at least 11 px there.
        assert.ok((Number(m[1]) * WALKTHROUGH_MIN_WIDTH_PX) / viewBoxWidth >= 10.9, `font ${m[1]} at ${WALKTHROUGH_MIN_WIDTH_PX} px`);
      }
    }
    assert.ok(Math.min(...Object.values(DIAGRAM_FILE_FONT)) >= 10);
  });
});
