import * as assert from 'assert';
import { AnalysisService } from '../../../src/worker/service';
import type { DocumentRef, LintTarget } from '../../../src/worker/protocol';

// The quick fix "이 파일의 안전한 수정 모두 적용 (N개)" counted the findings that have a safe fix;
// the fix engine (core/lint/applyFixes.ts) skips some of those (a fix that collides with another,
// one that edits another file, everything in a file with a syntax error) and may fix more in a
// second pass. The title now asks the worker's fixAll, which runs that engine: N is what the
// command then applies. These rows are files where the two counts differ, and one where they agree.

const target: LintTarget = { path: '/w/Dockerfile', workspaceRoot: '/w', language: 'ko' };
const ref = (text: string, version = 1): DocumentRef => ({ uri: 'file:///w/Dockerfile', version, kind: 'dockerfile', text, file: { path: '/w/Dockerfile', workspaceRoot: '/w' } });

/** What the title used to say: findings with a safe fix. */
function findingsWithSafeFix(s: AnalysisService, doc: DocumentRef): number {
  return s.handle('lint', { doc, target }).diagnostics.filter((d) => d.fixes.some((f) => f.safe === true)).length;
}

/** What the title says now: the fixes the engine applies (0 when it applies none). */
function engineCount(s: AnalysisService, doc: DocumentRef): number {
  const answer = s.handle('fixAll', { doc, target });
  return answer && 'text' in answer ? answer.edits : 0;
}

describe('fix all: the count in its title is the engine\'s', () => {
  const rows: { name: string; text: string; findings: number; applied: number }[] = [
    {
      // `from b as C` becomes `FROM b AS c` only in two passes: from-as-casing looks at `as` once the instruction is upper case.
      name: 'a second pass fixes one more',
      text: 'FROM --platform=$BUILDPLATFORM a as B\nfrom b as C\n',
      findings: 4,
      applied: 5,
    },
    {
      // COPY with one argument does not parse: the engine touches nothing.
      name: 'a syntax error: nothing is fixed',
      text: 'FROM node:20 as Build\nCOPY onlyone\nrun echo hi\n',
      findings: 3,
      applied: 0,
    },
    { name: 'one pass, every finding fixed', text: 'FROM ubuntu:24.04 as Build\nrun apt-get update && apt-get install curl\nENV MODE production\n', findings: 4, applied: 4 },
  ];
  for (const row of rows) {
    it(`${row.name}: ${row.findings} findings with a safe fix, ${row.applied} applied`, () => {
      const s = new AnalysisService(() => undefined);
      assert.strictEqual(findingsWithSafeFix(s, ref(row.text)), row.findings);
      assert.strictEqual(engineCount(s, ref(row.text)), row.applied);
    });
  }

  it('asked again for the same version it answers the same; for a new version, from the new text', () => {
    const s = new AnalysisService(() => undefined);
    const first = 'FROM node:20 as Build\nrun echo hi\n';
    assert.strictEqual(engineCount(s, ref(first)), 3);
    assert.strictEqual(engineCount(s, ref(first)), 3);
    const second = 'FROM node:20 AS build\nrun echo hi\n';
    const answer = s.handle('fixAll', { doc: ref(second, 2), target });
    assert.ok(answer && 'text' in answer);
    assert.deepStrictEqual([answer.edits, answer.text], [1, 'FROM node:20 AS build\nRUN echo hi\n']);
  });
});
