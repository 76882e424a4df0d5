import * as assert from 'assert';
import fc from 'fast-check';
import { parseDocument } from '../../../src/core';
import { lintDocument } from '../../../src/core/lint/engine';
import { applyEdits, applySafeFixes, chooseEdits, lineEndingOf } from '../../../src/core/lint/applyFixes';
import type { LintDiagnostic } from '../../../src/core/lint/types';
import type { FileKind } from '../../../src/core/types';
import { collide } from '../../../src/core/lint/offsetEdits';
import type { OffsetEdit } from '../../../src/core/lint/offsetEdits';
import { assertGrowsLinearly, cpuMs } from '../robustness/support';

// The one fix engine (CLI `--fix` and the editor's "fix all"): only safe fixes, colliding edits
// skipped, line breaks written as the file's own, and a second run changes nothing.

const fix = (text: string, kind: FileKind) => applySafeFixes(parseDocument(text, kind), (doc) => lintDocument(doc));

const CASES: { name: string; kind: FileKind; text: string; expected: string }[] = [
  {
    name: 'Dockerfile: instruction casing, AS casing, stage name, empty continuation, legacy ENV',
    kind: 'dockerfile',
    text: 'FROM node:20 as Build\nrun npm ci && \\\n\n    npm test\nENV MODE production\nFROM nginx:1.27\nCOPY --from=Build /app /usr/share/nginx/html\n',
    // BuildKit compares stage names without case, so --from=Build still names the stage.
    expected: 'FROM node:20 AS build\nRUN npm ci && \\\n    npm test\nENV MODE=production\nFROM nginx:1.27\nCOPY --from=Build /app /usr/share/nginx/html\n',
  },
  {
    name: 'Compose: obsolete version, an unquoted base-60 port',
    kind: 'compose',
    text: 'version: "3"\nservices:\n  sftp:\n    image: atmoz/sftp:alpine\n    ports:\n      - 22:22\n',
    expected: 'services:\n  sftp:\n    image: atmoz/sftp:alpine\n    ports:\n      - "22:22"\n',
  },
];

describe('fix engine: safe fixes only, no collisions, a fixed point', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const first = fix(c.text, c.kind);
      assert.ok(first.applied > 0);
      assert.strictEqual(first.text, c.expected);
      // A second run finds nothing to change.
      assert.deepStrictEqual(chooseEdits(first.text, lintDocument(parseDocument(first.text, c.kind))).count, 0);
      assert.deepStrictEqual([fix(first.text, c.kind).text, fix(first.text, c.kind).applied], [first.text, 0]);
    });
  }

  it('leaves fixes that are not marked safe (a choice to make) alone', () => {
    // apt-get without -y has a fix ("-y 붙이기") that is a quick fix, not a safe one.
    const text = 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install curl\n';
    const diagnostics = lintDocument(parseDocument(text, 'dockerfile'));
    assert.ok(diagnostics.some((d) => d.fixes.length > 0 && d.fixes.every((f) => f.safe !== true)), 'the text has an unsafe fix');
    assert.strictEqual(fix(text, 'dockerfile').text, text);
  });

  const diag = (edits: { range: [number, number, number, number]; newText: string }[], safe = true, file?: string): LintDiagnostic => ({
    rule: 'r',
    severity: 'warning',
    message: 'm',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    fixes: [{ title: 't', safe, edits: edits.map((e) => ({ range: { start: { line: e.range[0], character: e.range[1] }, end: { line: e.range[2], character: e.range[3] } }, newText: e.newText, ...(file ? { file } : {}) })) }],
  });
  const TEXT = 'abcdefghij\nklmnopqrst\nuvwxyz\n';

  // The two engines disagreed on the touching row (the CLI waited a pass, the editor applied
  // both), on a finding whose first safe fix edits another file (the editor dropped the finding,
  // the CLI took its next safe fix) and on counting (edits vs fixes).
  const table: { name: string; diagnostics: LintDiagnostic[]; kept: string[]; count?: number }[] = [
    { name: 'two disjoint fixes: both', diagnostics: [diag([{ range: [1, 0, 1, 3], newText: 'B' }]), diag([{ range: [0, 0, 0, 3], newText: 'A' }])], kept: ['B', 'A'] },
    { name: 'overlapping ranges: the second is skipped', diagnostics: [diag([{ range: [0, 0, 0, 5], newText: 'A' }]), diag([{ range: [0, 3, 0, 8], newText: 'B' }])], kept: ['A'] },
    { name: 'replacements that only touch do not collide', diagnostics: [diag([{ range: [0, 0, 0, 3], newText: 'A' }]), diag([{ range: [0, 3, 0, 6], newText: 'B' }])], kept: ['A', 'B'] },
    { name: 'two insertions at one place collide', diagnostics: [diag([{ range: [0, 2, 0, 2], newText: 'A' }]), diag([{ range: [0, 2, 0, 2], newText: 'B' }])], kept: ['A'] },
    { name: 'an insertion at the end of a replacement collides', diagnostics: [diag([{ range: [0, 0, 0, 4], newText: 'A' }]), diag([{ range: [0, 4, 0, 4], newText: 'B' }])], kept: ['A'] },
    { name: 'an insertion at the start of a replacement collides', diagnostics: [diag([{ range: [0, 4, 0, 4], newText: 'A' }]), diag([{ range: [0, 4, 0, 6], newText: 'B' }])], kept: ['A'] },
    { name: 'an insertion inside a replacement collides', diagnostics: [diag([{ range: [0, 2, 0, 6], newText: 'A' }]), diag([{ range: [0, 3, 0, 3], newText: 'B' }])], kept: ['A'] },
    { name: 'a range across a line break collides with an edit on the next line', diagnostics: [diag([{ range: [0, 8, 1, 2], newText: 'A' }]), diag([{ range: [1, 1, 1, 4], newText: 'B' }])], kept: ['A'] },
    { name: 'a fix with one colliding edit is skipped whole', diagnostics: [diag([{ range: [0, 0, 0, 2], newText: 'A' }]), diag([{ range: [2, 0, 2, 1], newText: 'B1' }, { range: [0, 1, 0, 3], newText: 'B2' }])], kept: ['A'] },
    { name: 'a fix whose own edits collide is not applied', diagnostics: [diag([{ range: [0, 0, 0, 4], newText: 'A1' }, { range: [0, 2, 0, 6], newText: 'A2' }])], kept: [] },
    { name: 'a fix with two edits counts once', diagnostics: [diag([{ range: [0, 0, 0, 1], newText: 'A1' }, { range: [2, 0, 2, 1], newText: 'A2' }])], kept: ['A1', 'A2'], count: 1 },
    { name: 'not safe: left out', diagnostics: [diag([{ range: [0, 0, 0, 2], newText: 'A' }], false)], kept: [] },
    { name: 'an edit to another file of the set: left out', diagnostics: [diag([{ range: [0, 0, 0, 2], newText: 'A' }], true, '/w/compose.yaml')], kept: [] },
    {
      name: 'the first safe fix edits another file: the next safe fix of the finding is taken',
      diagnostics: [{ ...diag([{ range: [0, 0, 0, 2], newText: 'X' }], true, '/w/compose.yaml'), fixes: [...diag([{ range: [0, 0, 0, 2], newText: 'X' }], true, '/w/compose.yaml').fixes, ...diag([{ range: [0, 0, 0, 2], newText: 'A' }]).fixes] }],
      kept: ['A'],
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      const chosen = chooseEdits(TEXT, row.diagnostics);
      assert.deepStrictEqual(chosen.edits.map((e) => e.text), row.kept);
      if (row.count !== undefined) assert.strictEqual(chosen.count, row.count);
    });
  }

  it('applies edits by position, from the end', () => {
    const text = 'from x\nrun y\n';
    const { edits } = chooseEdits(text, [diag([{ range: [1, 0, 1, 3], newText: 'RUN' }]), diag([{ range: [0, 0, 0, 4], newText: 'FROM' }])]);
    assert.strictEqual(applyEdits(text, edits), 'FROM x\nRUN y\n');
  });

  it('writes the line breaks of a fix as the file has them (the editor does so when it applies an edit)', () => {
    const rows: [string, '\r\n' | '\n'][] = [
      ['a\r\nb\r\nc\r\n', '\r\n'],
      ['a\nb\nc\n', '\n'],
      ['a\r\nb\nc\r\n', '\r\n'],
      ['a\r\nb\nc\n', '\n'],
      ['one line', '\n'],
      ['a\rb\r', '\r\n'],
    ];
    for (const [text, eol] of rows) assert.strictEqual(lineEndingOf(text), eol, JSON.stringify(text));
    const crlf = 'x: 1\r\ny: 2\r\n';
    const { edits } = chooseEdits(crlf, [diag([{ range: [1, 0, 1, 0], newText: 'z: 3\nw: 4\n' }])]);
    assert.strictEqual(applyEdits(crlf, edits), 'x: 1\r\nz: 3\r\nw: 4\r\ny: 2\r\n');
  });

  // The engine before EditPicker and the one-pass apply: every fix compared with every taken
  // edit, edits spliced in from the end. Quadratic, but plainly right: the reference.
  function naiveChoose(fixes: OffsetEdit[][]): OffsetEdit[] {
    const taken: OffsetEdit[] = [];
    for (const edits of fixes) {
      if (edits.some((e) => taken.some((t) => collide(e, t)))) continue;
      if (edits.some((e, i) => edits.some((o, j) => i < j && collide(e, o)))) continue;
      taken.push(...edits);
    }
    return taken;
  }
  function naiveApply(text: string, edits: readonly OffsetEdit[]): string {
    let out = text;
    for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
  }

  it('chooses and applies exactly as comparing every pair would (property: random fixes of one to three edits, many touching or nested)', () => {
    const line = 'abcdefghijklmnopqrstuvwxyz0123';
    const edit = fc.tuple(fc.nat(line.length), fc.nat(4), fc.constantFrom('', 'X', 'YY')).map(([start, len, text]) => ({ start, end: Math.min(line.length, start + (len === 4 ? 0 : len)), text }));
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 40 }), (fixes) => {
        const diagnostics = fixes.map((edits) => diag(edits.map((e) => ({ range: [0, e.start, 0, e.end] as [number, number, number, number], newText: e.text }))));
        const chosen = chooseEdits(line, diagnostics);
        const expected = naiveChoose(fixes);
        assert.deepStrictEqual(chosen.edits, expected);
        assert.strictEqual(applyEdits(line, chosen.edits), naiveApply(line, expected));
      }),
      { seed: 20261205, numRuns: 400, endOnFailure: true },
    );
  });

  it('grows linearly with the number of fixes (20,000 casing fixes took seconds: every fix was compared with every taken edit and spliced in alone)', function () {
    this.timeout(60_000);
    const build = (n: number) => {
      const text = 'FROM alpine:3.20\n' + 'Run echo x\n'.repeat(n);
      const diagnostics = Array.from({ length: n }, (_, i) => diag([{ range: [i + 1, 0, i + 1, 3], newText: 'RUN' }]));
      return { text, diagnostics };
    };
    const timeOf = ({ text, diagnostics }: ReturnType<typeof build>) => {
      const start = cpuMs();
      const out = applyEdits(text, chooseEdits(text, diagnostics).edits);
      const ms = cpuMs() - start;
      assert.ok(out.endsWith('RUN echo x\n') && !out.includes('Run'));
      return ms;
    };
    const small = build(5_000);
    const large = build(20_000);
    assertGrowsLinearly('from 5,000 to 20,000 fixes', timeOf, small, large);
  });
});
