import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { WorkerClient, WorkerUnavailableError } from '../../../src/extension/analysis/workerClient';
import { repoRoot } from '../../helpers/paths';

// The extension host's side of the analysis worker, against the built dist/worker.js (npm test
// builds before the unit tests) and against workers that hang or die.

const WORKER = path.join(repoRoot, 'dist', 'worker.js');
const fixture = (name: string) => path.join(repoRoot, 'test', 'fixtures', 'workers', name);
const DOCKERFILE = 'FROM node:20\nRUN apt-get update\nEXPOSE 8080\n';

describe('analysis worker client', function () {
  this.timeout(20_000);
  const clients: WorkerClient[] = [];
  const client = (script: string, timeoutMs?: number) => {
    const c = new WorkerClient({ script, timeoutMs });
    clients.push(c);
    return c;
  };
  afterEach(() => clients.splice(0).forEach((c) => c.dispose()));

  before(function () {
    if (!fs.existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build\` first`);
  });

  it('sends a version\'s text once, then only its name', async () => {
    const c = client(WORKER);
    const first = c.ref('file:///w/Dockerfile', 1, 'dockerfile', () => DOCKERFILE);
    assert.strictEqual(first.text, DOCKERFILE);
    const outcome = await c.request('lint', { doc: first, target: { language: 'ko' } });
    assert.ok(outcome.diagnostics.some((d) => d.rule === 'apt-get-clean-lists'), JSON.stringify(outcome.diagnostics.map((d) => d.rule)));
    let asked = 0;
    const second = c.ref('file:///w/Dockerfile', 1, 'dockerfile', () => {
      asked++;
      return DOCKERFILE;
    });
    assert.strictEqual(second.text, undefined);
    assert.strictEqual(asked, 0, 'the text was built although the worker has it');
    const hover = await c.request('hover', { doc: second, position: { line: 2, character: 8 }, language: 'ko' });
    assert.match(hover?.markdown ?? '', /8080/);
  });

  it('sends the editor\'s edits instead of the text, and the whole text again when the worker cannot follow', async () => {
    const c = client(WORKER);
    const uri = 'file:///w/Dockerfile';
    await c.request('lint', { doc: c.ref(uri, 1, 'dockerfile', () => DOCKERFILE), target: { language: 'ko' } });
    const edited = DOCKERFILE.replace('EXPOSE 8080', 'EXPOSE 9090');
    c.change(uri, 2, [{ offset: DOCKERFILE.indexOf('8080'), length: 4, text: '9090' }]);
    const doc = c.ref(uri, 2, 'dockerfile', () => edited);
    assert.strictEqual(doc.text, undefined);
    assert.ok(doc.changes);
    const hover = await c.request('hover', { doc, position: { line: 2, character: 8 }, language: 'ko' });
    assert.match(hover?.markdown ?? '', /9090/);
    // The worker forgets the document behind the client's back: the next edits cannot apply.
    await c.request('close', { uri });
    const again = edited.replace('9090', '7070');
    c.change(uri, 3, [{ offset: edited.indexOf('9090'), length: 4, text: '7070' }]);
    const answer = await c.request('hover', { doc: c.ref(uri, 3, 'dockerfile', () => again), position: { line: 2, character: 8 }, language: 'ko' });
    assert.match(answer?.markdown ?? '', /7070/);
  });

  it('answers requests in the order they were made, each with its own answer', async () => {
    const c = client(WORKER);
    const doc = c.ref('file:///w/Dockerfile', 1, 'dockerfile', () => DOCKERFILE);
    const [lint, hover, line] = await Promise.all([
      c.request('lint', { doc, target: { language: 'en' } }),
      c.request('hover', { doc: c.ref('file:///w/Dockerfile', 1, 'dockerfile', () => DOCKERFILE), position: { line: 0, character: 1 }, language: 'en' }),
      c.request('commentLine', { doc: c.ref('file:///w/Dockerfile', 1, 'dockerfile', () => DOCKERFILE), line: 1 }),
    ]);
    assert.ok(lint.diagnostics.length > 0);
    assert.match(hover?.markdown ?? '', /FROM/);
    assert.strictEqual(line, 1);
  });

  it('turns an error inside the worker into a rejected request and keeps the worker', async () => {
    const c = client(WORKER);
    await assert.rejects(c.request('hover', { doc: { uri: 'file:///never-sent', version: 7, kind: 'dockerfile' }, position: { line: 0, character: 0 }, language: 'ko' }), /no text for file:\/\/\/never-sent version 7/);
    const hello = await c.request('hello', {});
    assert.ok(hello.rules.length > 30);
    assert.strictEqual(c.starts, 1);
  });

  it('ends a worker that does not answer in time, fails what it owed, and starts a new one', async () => {
    const c = client(fixture('silent.mjs'), 300);
    c.ref('file:///w/Dockerfile', 1, 'dockerfile', () => DOCKERFILE);
    const started = Date.now();
    await assert.rejects(c.request('hello', {}), (err: unknown) => err instanceof WorkerUnavailableError && err.reason === 'timeout');
    assert.ok(Date.now() - started < 5_000);
    // The new worker has none of the old one's documents: the next reference carries the text again.
    assert.strictEqual(c.ref('file:///w/Dockerfile', 1, 'dockerfile', () => DOCKERFILE).text, DOCKERFILE);
    assert.strictEqual(c.starts, 2);
  });

  it('fails the pending requests of a worker that dies, and starts a new worker for the next request', async () => {
    const c = client(fixture('exits.mjs'), 5_000);
    await assert.rejects(c.request('hello', {}), (err: unknown) => err instanceof WorkerUnavailableError && err.reason === 'exit');
    await assert.rejects(c.request('hello', {}), (err: unknown) => err instanceof WorkerUnavailableError && err.reason === 'exit');
    assert.strictEqual(c.starts, 2);
  });

  it('answers a lint overtaken by a newer version of its document as superseded, without linting it', async () => {
    const c = client(WORKER);
    const first = c.request('lint', { doc: c.ref('file:///w/Dockerfile', 1, 'dockerfile', () => DOCKERFILE), target: { language: 'ko' } });
    const second = c.request('lint', { doc: c.ref('file:///w/Dockerfile', 2, 'dockerfile', () => `${DOCKERFILE}USER root\n`), target: { language: 'ko' } });
    await assert.rejects(first, (err: unknown) => err instanceof WorkerUnavailableError && err.reason === 'superseded');
    assert.ok((await second).diagnostics.some((d) => d.rule === 'no-root-user'));
  });

  it('refuses requests once disposed', async () => {
    const c = client(WORKER);
    c.dispose();
    await assert.rejects(c.request('hello', {}), (err: unknown) => err instanceof WorkerUnavailableError && err.reason === 'disposed');
  });
});
