// Review F1: a Compose file of nested `[` made V8 abort the CLI and the analysis worker's host
// process (exit 134, "FATAL ERROR: RegExpCompiler Allocation failed"), which no catch can stop.
// Both run here in child processes, so that a regression fails this test instead of killing
// the test run: the built CLI (dist/cli.js) and the built worker (dist/worker.js) driven by
// the host's own WorkerClient, as the extension drives it.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MAX_YAML_DEPTH } from '../../../src/core/documents/boundedYaml';
import { repoRoot } from './support';

const CLI = path.join(repoRoot, 'dist', 'cli.js');
const WORKER = path.join(repoRoot, 'dist', 'worker.js');
const CLIENT = path.join(__dirname, '..', '..', '..', 'src', 'extension', 'analysis', 'workerClient.js');
const DEADLINE_MS = 60_000;

/** The review's payloads: 10 KB for the CLI, 48 KB for the worker, and an edit from one depth to a deeper one. */
const TWO_DOCS_10K = '['.repeat(2_000) + '\n---\n' + '['.repeat(8_000);
const TWO_DOCS_48K = '['.repeat(16_000) + '\n---\n' + '['.repeat(32_000);

describe('robustness: deeply nested YAML (review F1) in the built CLI and worker', function () {
  this.timeout(DEADLINE_MS * 3);
  let dir: string;

  before(function () {
    for (const built of [CLI, WORKER]) assert.ok(fs.existsSync(built), `${built} is missing: run \`npm run build\` first (npm test does).`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-nesting-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the CLI: a yaml-syntax error at the place, the other file still linted, no abort', () => {
    fs.writeFileSync(path.join(dir, 'compose.yaml'), TWO_DOCS_10K);
    fs.writeFileSync(path.join(dir, 'docker-compose.yaml'), '['.repeat(8_000));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3.20\nRUN sudo echo hi\n');
    for (const format of ['json', 'stylish']) {
      const r = spawnSync(process.execPath, [CLI, 'lint', '--format', format, dir], { encoding: 'utf8', timeout: DEADLINE_MS, env: { ...process.env, NO_COLOR: '1' } });
      assert.strictEqual(r.signal, null, `killed by ${r.signal}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /FATAL|내부 오류/, r.stderr);
      assert.strictEqual(r.status, 1, `exit ${r.status}: ${r.stderr}`);
      if (format === 'json') {
        const results = JSON.parse(r.stdout) as { filePath?: string; path?: string; messages?: { ruleId: string; line: number; column: number; message: string }[] }[];
        const flat = JSON.stringify(results);
        assert.match(flat, new RegExp(`YAML 중첩이 ${MAX_YAML_DEPTH}단계를 넘어요`));
        assert.match(flat, /no-sudo/, 'the Dockerfile of the same run was not linted');
      } else {
        assert.match(r.stdout, /yaml-syntax/);
        assert.match(r.stdout, /1:257/, r.stdout);
      }
    }
  });

  it('the worker: a lint of 48 KB of `[` and an edit to a deeper text answer a diagnostic, the host lives', () => {
    const script = `
      const { WorkerClient } = require(${JSON.stringify(CLIENT)});
      const texts = [${JSON.stringify(TWO_DOCS_48K)}, '['.repeat(16000), '['.repeat(32000)];
      (async () => {
        const c = new WorkerClient({ script: ${JSON.stringify(WORKER)}, timeoutMs: 30000 });
        const out = [];
        for (let v = 0; v < texts.length; v++) {
          const doc = c.ref('file:///w/compose.yaml', v + 1, 'compose', () => texts[v]);
          const lint = await c.request('lint', { doc, target: { language: 'ko' } });
          const hover = await c.request('hover', { doc: c.ref('file:///w/compose.yaml', v + 1, 'compose', () => texts[v]), position: { line: 0, character: 3 }, language: 'ko' });
          out.push({ rules: lint.diagnostics.map((d) => d.rule), message: lint.diagnostics[0] && lint.diagnostics[0].message, hover, starts: c.starts });
        }
        c.dispose();
        process.stdout.write(JSON.stringify(out));
      })().catch((err) => { process.stderr.write(String(err && err.stack || err)); process.exit(3); });
    `;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: DEADLINE_MS });
    assert.strictEqual(r.signal, null, `killed by ${r.signal}: ${r.stderr.slice(0, 2000)}`);
    assert.strictEqual(r.status, 0, `exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
    const answers = JSON.parse(r.stdout) as { rules: string[]; message: string; starts: number }[];
    assert.strictEqual(answers.length, 3);
    for (const a of answers) {
      assert.deepStrictEqual(a.rules, ['yaml-syntax']);
      assert.match(a.message, /YAML 중첩이 256단계를 넘어요/);
      assert.strictEqual(a.starts, 1, 'the worker was restarted');
    }
  });
});
