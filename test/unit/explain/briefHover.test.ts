import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileKindOf } from '../../../src/core/documents/fileKind';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { explainAt } from '../../../src/core/explain';
import { BRIEF_FACTS } from '../../../src/core/explain/hover';
import { listFiles, repoRoot } from '../../helpers/paths';

// Issue 14 item 2: VS Code shows a hover in a box about 250 px high and hides the rest with no
// cue (review 01, 09, 21). The editor's hover is brief: the answer in the first line, at most
// BRIEF_FACTS facts, then "자세히" (the whole text in the panel) and the links. These tests walk
// every word of the examples and the hover fixtures and measure what the box would hold.

const DETAILS = 'command:dockerExplain.showHoverDetails?x';

/**
 * Lines the hover box draws for `markdown`, roughly: about 100 columns a line at VS Code's hover
 * width (a Hangul syllable takes two), a blank line between paragraphs half a line.
 */
function drawnLines(markdown: string): number {
  let lines = 0;
  for (const raw of markdown.split('\n')) {
    const visible = raw.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*`]/g, '');
    if (visible.trim() === '') {
      lines += 0.5;
      continue;
    }
    let columns = 0;
    for (const ch of visible) columns += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
    lines += Math.max(1, Math.ceil(columns / 100));
  }
  return lines;
}

/** 250 px at about 20 px a line, less the box's padding and VS Code's own status row. */
const MOST_LINES = 10;

interface Hovered {
  where: string;
  brief: string;
  line: string;
  full: string;
}

function hovers(): Hovered[] {
  const roots = [path.join(repoRoot, 'examples'), path.join(repoRoot, 'test', 'fixtures', 'dockerfile'), path.join(repoRoot, 'test', 'fixtures', 'compose'), path.join(repoRoot, 'test', 'fixtures', 'commands')];
  const out: Hovered[] = [];
  const seen = new Set<string>();
  for (const file of roots.filter((r) => fs.existsSync(r)).flatMap((r) => listFiles(r))) {
    const kind = fileKindOf(file);
    if (!kind) continue;
    const text = fs.readFileSync(file, 'utf8');
    if (text.length > 20_000) continue;
    const doc = parseDocument(text, kind);
    text.split('\n').forEach((lineText, line) => {
      for (const word of lineText.matchAll(/\S+/g)) {
        const position = { line, character: word.index + Math.floor(word[0].length / 2) };
        const brief = explainAt(doc, position, { language: 'ko', conceptLinks: true, details: DETAILS });
        if (!brief || seen.has(brief.markdown)) continue;
        seen.add(brief.markdown);
        const only = explainAt(doc, position, { language: 'ko', conceptLinks: true, details: DETAILS, lineOnly: true });
        const full = explainAt(doc, position, { language: 'ko', conceptLinks: true });
        out.push({ where: `${path.relative(repoRoot, file)}:${line + 1}:${position.character + 1}`, brief: brief.markdown, line: only?.markdown ?? '', full: full?.markdown ?? '' });
      }
    });
  }
  return out;
}

describe('brief editor hovers (issue 14 item 2)', function () {
  this.timeout(120_000);
  const all = hovers();

  it('finds hovers to measure', () => {
    assert.ok(all.length > 150, `only ${all.length} hovers`);
  });

  it(`every brief hover fits the box: at most ${MOST_LINES} drawn lines`, () => {
    const tall = all.filter((h) => drawnLines(h.brief) > MOST_LINES).map((h) => `${h.where}: ${drawnLines(h.brief)} lines\n${h.brief}`);
    assert.deepStrictEqual(tall.slice(0, 5), []);
  });

  it(`answers first: one bold heading line, then at most ${BRIEF_FACTS} facts, then the links`, () => {
    for (const h of all) {
      const [first, ...rest] = h.brief.split('\n');
      assert.match(first, /^\*\*.+\*\* — \S/, h.where);
      assert.ok(rest.filter((l) => l.startsWith('- ')).length <= BRIEF_FACTS, `${h.where}\n${h.brief}`);
      assert.ok(!h.brief.includes('왜 중요한가요?'), `${h.where}: "왜 중요한가요?" belongs behind 자세히`);
    }
  });

  it('"자세히" is there whenever the whole explanation says more, and the whole one has no "자세히"', () => {
    for (const h of all) {
      if (drawnLines(h.full) > drawnLines(h.brief)) assert.ok(h.brief.includes(`[자세히](${DETAILS})`), `${h.where}\n${h.brief}`);
      assert.ok(!h.full.includes(DETAILS), h.where);
    }
  });

  it('under a diagnostic: the answer line and the links only', () => {
    for (const h of all) {
      const paragraphs = h.line.split('\n\n');
      assert.ok(paragraphs.length <= 2 && !h.line.includes('\n- '), `${h.where}\n${h.line}`);
      assert.strictEqual(paragraphs[0], h.brief.split('\n')[0], h.where);
    }
  });

  it('a published port answers with the mapping in the first line (Compose and docker run -p)', () => {
    const compose = parseDocument('services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n', 'compose');
    const hover = explainAt(compose, { line: 4, character: 10 }, { language: 'ko', details: DETAILS });
    assert.match(hover?.markdown.split('\n')[0] ?? '', /^\*\*`8080:80`\*\* — 호스트 8080 → 컨테이너 80 \(tcp\), 모든 인터페이스/);
    const run = parseDocument('docker run -d -p 127.0.0.1:8080:80 nginx:1.27\n', 'shell');
    const flag = explainAt(run, { line: 0, character: 15 }, { language: 'ko', details: DETAILS });
    assert.match(flag?.markdown.split('\n')[0] ?? '', /— 호스트 8080 → 컨테이너 80 \(tcp\)/);
  });
});
