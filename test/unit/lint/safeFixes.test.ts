import * as assert from 'assert';
import { parseDocument } from '../../../src/core';
import { lintDocument } from '../../../src/core/lint/engine';
import { applyTextEdits, fixAllSafe, safeFixEdits } from '../../../src/core/lint/safeFixes';
import type { LintDiagnostic } from '../../../src/core/lint/types';
import type { FileKind } from '../../../src/core/types';

// "Fix all" in the editor (source.fixAll.dockerExplain): only safe fixes, colliding edits
// skipped, and a second run changes nothing.

const lint = (kind: FileKind) => (text: string) => lintDocument(parseDocument(text, kind));

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

describe('fix all: safe fixes only, no collisions, a fixed point', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const first = fixAllSafe(c.text, lint(c.kind));
      assert.ok(first.edits > 0);
      assert.strictEqual(first.text, c.expected);
      // A second run finds nothing to change.
      assert.deepStrictEqual(safeFixEdits(lint(c.kind)(first.text)), []);
      assert.deepStrictEqual(fixAllSafe(first.text, lint(c.kind)), { text: first.text, edits: 0 });
    });
  }

  it('leaves fixes that are not marked safe (a choice to make) alone', () => {
    // apt-get without -y has a fix ("-y 붙이기") that is a quick fix, not a safe one.
    const text = 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install curl\n';
    const diagnostics = lint('dockerfile')(text);
    assert.ok(diagnostics.some((d) => d.fixes.length > 0 && d.fixes.every((f) => f.safe !== true)), 'the text has an unsafe fix');
    assert.strictEqual(fixAllSafe(text, lint('dockerfile')).text, text);
  });

  const diag = (edits: { range: [number, number, number, number]; newText: string }[], safe = true, file?: string): LintDiagnostic => ({
    rule: 'r',
    severity: 'warning',
    message: 'm',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    fixes: [{ title: 't', safe, edits: edits.map((e) => ({ range: { start: { line: e.range[0], character: e.range[1] }, end: { line: e.range[2], character: e.range[3] } }, newText: e.newText, ...(file ? { file } : {}) })) }],
  });

  const table: { name: string; diagnostics: LintDiagnostic[]; kept: string[] }[] = [
    { name: 'two disjoint fixes: both, in document order', diagnostics: [diag([{ range: [1, 0, 1, 3], newText: 'B' }]), diag([{ range: [0, 0, 0, 3], newText: 'A' }])], kept: ['A', 'B'] },
    { name: 'overlapping ranges: the second is skipped', diagnostics: [diag([{ range: [0, 0, 0, 5], newText: 'A' }]), diag([{ range: [0, 3, 0, 8], newText: 'B' }])], kept: ['A'] },
    { name: 'touching ranges do not collide', diagnostics: [diag([{ range: [0, 0, 0, 3], newText: 'A' }]), diag([{ range: [0, 3, 0, 6], newText: 'B' }])], kept: ['A', 'B'] },
    { name: 'two insertions at one place collide', diagnostics: [diag([{ range: [0, 2, 0, 2], newText: 'A' }]), diag([{ range: [0, 2, 0, 2], newText: 'B' }])], kept: ['A'] },
    { name: 'an insertion at the edge of a replacement collides', diagnostics: [diag([{ range: [0, 0, 0, 4], newText: 'A' }]), diag([{ range: [0, 4, 0, 4], newText: 'B' }])], kept: ['A'] },
    { name: 'a fix with one colliding edit is skipped whole', diagnostics: [diag([{ range: [0, 0, 0, 2], newText: 'A' }]), diag([{ range: [2, 0, 2, 1], newText: 'B1' }, { range: [0, 1, 0, 3], newText: 'B2' }])], kept: ['A'] },
    { name: 'not safe: left out', diagnostics: [diag([{ range: [0, 0, 0, 2], newText: 'A' }], false)], kept: [] },
    { name: 'an edit to another file of the set: left out', diagnostics: [diag([{ range: [0, 0, 0, 2], newText: 'A' }], true, '/w/compose.yaml')], kept: [] },
  ];
  for (const row of table) {
    it(row.name, () => {
      assert.deepStrictEqual(safeFixEdits(row.diagnostics).map((e) => e.newText), row.kept);
    });
  }

  it('applies edits by position, from the end', () => {
    const edits = safeFixEdits([diag([{ range: [0, 0, 0, 4], newText: 'FROM' }]), diag([{ range: [1, 0, 1, 3], newText: 'RUN' }])]);
    assert.strictEqual(applyTextEdits('from x\nrun y\n', edits), 'FROM x\nRUN y\n');
  });
});
