import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LANE_OF, WorkerPool } from '../../../src/extension/analysis/workerPool';
import { WorkerUnavailableError } from '../../../src/extension/analysis/workerClient';
import { repoRoot } from '../../helpers/paths';

// Two analysis workers: one lints, one answers hovers, so a hover never waits behind a lint.
// Order, not timing: a worker that never finishes its lint stands in for a long one.

const WORKER = path.join(repoRoot, 'dist', 'worker.js');
const HOLDS_LINT = path.join(repoRoot, 'test', 'fixtures', 'workers', 'holdsLint.mjs');
const DOCKERFILE = 'FROM node:20\nRUN apt-get update\nEXPOSE 8080\n';

interface Seen {
  thread: number;
  seen: string[];
  doc: { uri: string; version: number; text?: string; changes?: unknown; file?: unknown } | null;
}

describe('analysis workers: a lint worker and a hover worker', function () {
  this.timeout(20_000);
  const pools: WorkerPool[] = [];
  const pool = (script: string) => {
    const p = new WorkerPool({ script, timeoutMs: 15_000 });
    pools.push(p);
    return p;
  };
  afterEach(() => pools.splice(0).forEach((p) => p.dispose()));

  it('gives every request a lane, and mouse-driven requests to the hover worker', () => {
    assert.deepStrictEqual(
      Object.entries(LANE_OF).filter(([, lane]) => lane === 'interactive').map(([op]) => op).sort(),
      ['commentLine', 'complete', 'completeConfig', 'definition', 'errorLine', 'explainCommand', 'explainError', 'formatConfig', 'hello', 'highlights', 'hover', 'panelInit', 'prepareRename', 'references', 'rename', 'sync'],
    );
    // The outline, folding and links are asked for after every edit: never in a hover's way.
    assert.deepStrictEqual([LANE_OF.symbols, LANE_OF.folding, LANE_OF.links], ['lint', 'lint', 'lint']);
    assert.strictEqual(LANE_OF.lint, 'lint');
    assert.strictEqual(LANE_OF.fileView, 'lint');
  });

  it('answers a hover while a lint is still running, from the other worker', async () => {
    const p = pool(HOLDS_LINT);
    let lintSettled = false;
    const lint = p.request('lint', { doc: p.ref('file:///w/Dockerfile', 1, 'dockerfile', () => DOCKERFILE), target: { language: 'ko' } });
    lint.then(
      () => (lintSettled = true),
      () => (lintSettled = true),
    );
    const hover = (await p.request('hover', { doc: p.ref('file:///w/Dockerfile', 1, 'dockerfile', () => DOCKERFILE), position: { line: 0, character: 1 }, language: 'ko' })) as unknown as Seen;
    assert.strictEqual(lintSettled, false, 'the hover waited for the lint');
    // The hover worker got the text itself: it has nothing of the lint worker's.
    assert.strictEqual(hover.doc?.text, DOCKERFILE);
    const lintWorker = (await p.request('configFor', { path: '/w/Dockerfile' })) as unknown as Seen;
    assert.notStrictEqual(lintWorker.thread, hover.thread);
    assert.deepStrictEqual(lintWorker.seen, ['lint', 'configFor']);
    p.dispose();
    await assert.rejects(lint, (err: unknown) => err instanceof WorkerUnavailableError && err.reason === 'disposed');
  });

  it('sends config changes and closes to both workers, and a linted Compose file\'s edits to the hover worker', async () => {
    const p = pool(HOLDS_LINT);
    const file = { path: '/w/compose.yaml', workspaceRoot: '/w' };
    const compose = 'services:\n  web:\n    image: nginx:1.27\n';
    void p.request('lint', { doc: p.ref('file:///w/compose.yaml', 1, 'compose', () => compose, file), target: { ...file, language: 'ko' } }).catch(() => undefined);
    await p.request('overlay', { path: '/w/.docker-explain.json', text: '{}' });
    await p.request('invalidateConfigs', {});
    p.change('file:///w/compose.yaml', 2, [{ offset: compose.length, length: 0, text: '    restart: always\n' }]);
    void p.request('lint', { doc: p.ref('file:///w/compose.yaml', 2, 'compose', () => `${compose}    restart: always\n`, file), target: { ...file, language: 'ko' } }).catch(() => undefined);
    const hover = (await p.request('hover', { doc: p.ref('file:///w/compose.yaml', 2, 'compose', () => `${compose}    restart: always\n`, file), position: { line: 3, character: 6 }, language: 'ko' })) as unknown as Seen;
    assert.deepStrictEqual(hover.seen, ['sync', 'overlay', 'invalidateConfigs', 'sync', 'hover']);
    // The second sync carried only the edit, and the hover (same version) only the name and the file.
    assert.deepStrictEqual(hover.doc, { uri: 'file:///w/compose.yaml', version: 2, kind: 'compose', file });
    const lintWorker = (await p.request('configFor', { path: '/w/compose.yaml' })) as unknown as Seen;
    assert.deepStrictEqual(lintWorker.seen, ['lint', 'overlay', 'invalidateConfigs', 'lint', 'configFor']);
  });

  it('the real workers: a Compose hover reads the unsaved text of a file of its set that was only linted', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-pool-'));
    try {
      const root = dir.replace(/\\/g, '/');
      const base = 'services:\n  web:\n    image: nginx:1.27\n    restart: always\n';
      fs.writeFileSync(path.join(dir, 'compose.yaml'), base);
      fs.writeFileSync(path.join(dir, 'compose.override.yaml'), 'services:\n  web:\n    restart: "no"\n');
      const p = pool(WORKER);
      const override = { path: `${root}/compose.override.yaml`, workspaceRoot: root };
      const edited = 'services:\n  web:\n    restart: on-failure\n';
      await p.request('lint', { doc: p.ref(`file://${root}/compose.override.yaml`, 3, 'compose', () => edited, override), target: { ...override, language: 'ko' } });
      const file = { path: `${root}/compose.yaml`, workspaceRoot: root };
      const hover = await p.request('hover', { doc: p.ref(`file://${root}/compose.yaml`, 1, 'compose', () => base, file), position: { line: 3, character: 14 }, language: 'ko' });
      assert.match(hover?.markdown ?? '', /`on-failure` — `compose\.override\.yaml` 3줄이 이 값을 바꿔요/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the real workers: a lint overtaken by a newer version is superseded; the hover between them is answered', async () => {
    const p = pool(WORKER);
    const uri = 'file:///w/Dockerfile';
    const first = p.request('lint', { doc: p.ref(uri, 1, 'dockerfile', () => DOCKERFILE), target: { language: 'ko' } });
    const hover = p.request('hover', { doc: p.ref(uri, 1, 'dockerfile', () => DOCKERFILE), position: { line: 2, character: 8 }, language: 'ko' });
    const second = p.request('lint', { doc: p.ref(uri, 2, 'dockerfile', () => `${DOCKERFILE}USER root\n`), target: { language: 'ko' } });
    await assert.rejects(first, (err: unknown) => err instanceof WorkerUnavailableError && err.reason === 'superseded');
    assert.match((await hover)?.markdown ?? '', /8080/);
    assert.ok((await second).diagnostics.some((d) => d.rule === 'no-root-user'));
  });
});
