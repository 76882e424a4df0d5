import * as assert from 'assert';
import { RequestQueue } from '../../../src/worker/requestQueue';
import { AnalysisService } from '../../../src/worker/service';
import type { RequestMessage, ResponseMessage } from '../../../src/worker/protocol';

// The worker answers one request per turn; a lint or panel request whose document a later
// queued request has moved past is answered "superseded" without the work.

const v = (version: number) => `services:\n  web:\n    image: nginx:1.${version}\n    ports:\n      - "8080:80"\n      - "8080:81"\n`;
const doc = (version: number, withText = true) => ({ uri: 'file:///w/compose.yaml', version, kind: 'compose' as const, text: withText ? v(version) : undefined });
const target = { language: 'ko' as const };

function harness() {
  const responses: ResponseMessage[] = [];
  const turns: (() => void)[] = [];
  const queue = new RequestQueue(new AnalysisService(() => undefined), (r) => responses.push(r), (next) => turns.push(next));
  const runAll = () => {
    while (turns.length) turns.shift()?.();
  };
  return { responses, queue, turns, runAll };
}

describe('worker request queue', () => {
  it('answers in order, one request per turn', () => {
    const { responses, queue, turns, runAll } = harness();
    queue.push({ id: 1, op: 'lint', params: { doc: doc(1), target } });
    queue.push({ id: 2, op: 'hello', params: {} });
    assert.strictEqual(turns.length, 1, 'one turn is scheduled at a time');
    runAll();
    assert.deepStrictEqual(responses.map((r) => [r.id, r.ok]), [[1, true], [2, true]]);
  });

  it('skips a lint and a panel request that a newer version has overtaken, and keeps the text they carried', () => {
    const { responses, queue, runAll } = harness();
    const messages: RequestMessage[] = [
      { id: 1, op: 'lint', params: { doc: doc(1), target } },
      { id: 2, op: 'fileView', params: { doc: doc(1, false), fileName: 'compose.yaml', target } },
      { id: 3, op: 'hover', params: { doc: doc(1, false), position: { line: 4, character: 10 }, language: 'ko' } },
      { id: 4, op: 'lint', params: { doc: doc(2), target } },
    ];
    messages.forEach((m) => queue.push(m));
    runAll();
    const byId = new Map(responses.map((r) => [r.id, r]));
    assert.deepStrictEqual(byId.get(1), { id: 1, ok: false, error: 'superseded', superseded: true });
    assert.deepStrictEqual(byId.get(2), { id: 2, ok: false, error: 'superseded', superseded: true });
    const hover = byId.get(3);
    assert.ok(hover?.ok, `the hover of version 1 lost its text: ${JSON.stringify(hover)}`);
    const lint = byId.get(4);
    assert.ok(lint?.ok);
    if (lint?.ok) assert.ok((lint.value as { diagnostics: { rule: string }[] }).diagnostics.some((d) => d.rule === 'no-duplicate-host-port'));
  });

  it('skips the outline, folding and links of a version a newer one has overtaken', () => {
    const { responses, queue, runAll } = harness();
    const dockerfile = (version: number) => ({ uri: 'file:///w/Dockerfile', version, kind: 'dockerfile' as const, text: `FROM alpine:3.${version} AS build\nRUN echo \\\n  hi\n` });
    queue.push({ id: 1, op: 'symbols', params: { doc: dockerfile(1) } });
    queue.push({ id: 2, op: 'folding', params: { doc: dockerfile(1) } });
    queue.push({ id: 3, op: 'links', params: { doc: dockerfile(1) } });
    queue.push({ id: 4, op: 'symbols', params: { doc: dockerfile(2) } });
    queue.push({ id: 5, op: 'folding', params: { doc: dockerfile(2) } });
    runAll();
    assert.deepStrictEqual(responses.map((r) => [r.id, r.ok]), [[1, false], [2, false], [3, false], [4, true], [5, true]]);
    assert.ok(responses.slice(0, 3).every((r) => !r.ok && r.superseded));
    const outline = responses[3];
    assert.ok(outline.ok && (outline.value as { name: string }[])[0].name === 'build');
    const folds = responses[4];
    assert.ok(folds.ok && (folds.value as { start: number; end: number }[]).some((f) => f.start === 1 && f.end === 2));
  });

  it('does not skip requests for another document or for the same version', () => {
    const { responses, queue, runAll } = harness();
    queue.push({ id: 1, op: 'lint', params: { doc: doc(1), target } });
    queue.push({ id: 2, op: 'lint', params: { doc: { ...doc(5), uri: 'file:///w/other.yaml' }, target } });
    queue.push({ id: 3, op: 'fileView', params: { doc: doc(1, false), fileName: 'compose.yaml', target } });
    runAll();
    assert.deepStrictEqual(responses.map((r) => [r.id, r.ok]), [[1, true], [2, true], [3, true]]);
  });

  it('turns an exception into an error answer and goes on', () => {
    const { responses, queue, runAll } = harness();
    queue.push({ id: 1, op: 'hover', params: { doc: doc(9, false), position: { line: 0, character: 0 }, language: 'ko' } });
    queue.push({ id: 2, op: 'hello', params: {} });
    runAll();
    assert.strictEqual(responses[0].ok, false);
    assert.match(!responses[0].ok ? responses[0].error : '', /no text/);
    assert.strictEqual(responses[1].ok, true);
  });

  it('takes a hover before the lints queued ahead of it, with the text they carried', () => {
    const { responses, queue, runAll } = harness();
    const other = (n: number) => ({ uri: `file:///w/${n}/compose.yaml`, version: 1, kind: 'compose' as const, text: v(n) });
    queue.push({ id: 1, op: 'lint', params: { doc: other(1), target } });
    queue.push({ id: 2, op: 'lint', params: { doc: doc(3), target } });
    queue.push({ id: 3, op: 'lint', params: { doc: other(2), target } });
    // Names version 3 only: its text came with request 2, which the hover overtakes.
    queue.push({ id: 4, op: 'hover', params: { doc: doc(3, false), position: { line: 2, character: 12 }, language: 'ko' } });
    runAll();
    assert.deepStrictEqual(responses.map((r) => [r.id, r.ok]), [[4, true], [1, true], [2, true], [3, true]]);
    const hover = responses[0];
    assert.ok(hover.ok && JSON.stringify(hover.value).includes('nginx:1.3'), JSON.stringify(hover));
  });
});
