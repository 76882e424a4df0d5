// The built CLI (dist/cli.js, as `npm test` builds it) against paths that go wrong: missing,
// unreadable, not a regular file, below a file, looping through symlinks, too large. Each run
// is a real child process with a deadline: exit 2 (or a reported skip) with a Korean message,
// never a hang and never a stack trace.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import type { SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MAX_ANALYSED_CHARS } from '../../../src/core';
import { repoRoot } from './support';

const BUILT_CLI = path.join(repoRoot, 'dist', 'cli.js');
const DEADLINE_MS = 30_000;
/** A V8 stack frame: "    at fn (file:line:col)" or "    at file:line:col". */
const STACK_FRAME = /^\s+at .*(:\d+:\d+\)?|native\)?)$/m;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  signal: NodeJS.Signals | null;
}

function cli(args: string[], options: SpawnSyncOptions = {}, script = BUILT_CLI): Run {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: DEADLINE_MS, env: { ...process.env, NO_COLOR: '1' }, ...options });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), signal: r.signal };
}

function assertClean(r: Run, what: string): void {
  assert.strictEqual(r.signal, null, `${what}: killed by ${r.signal} (a hang past ${DEADLINE_MS} ms?)\n${r.stderr}`);
  assert.doesNotMatch(r.stdout + r.stderr, STACK_FRAME, `${what}: a stack trace in the output:\n${r.stdout}\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /내부 오류/, `${what}: an internal error:\n${r.stderr}`);
}

describe('robustness: the built CLI on bad paths', function () {
  this.timeout(DEADLINE_MS * 2);
  let dir: string;

  before(function () {
    assert.ok(fs.existsSync(BUILT_CLI), `${BUILT_CLI} is missing: run \`npm run build\` first (npm test does).`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-cli-'));
    fs.chmodSync(dir, 0o755);
  });
  after(() => {
    // A FIFO and a chmod 000 file are removed like any other entry; links are not followed.
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const file = (rel: string, text: string) => {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    return full;
  };

  it('a missing path: exit 2 and a Korean message naming it', () => {
    const missing = path.join(dir, 'nope', 'Dockerfile');
    const r = cli(['lint', missing]);
    assertClean(r, 'missing path');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, new RegExp(`${escape(missing)}: 파일이나 폴더가 없어요\\.`));
  });

  it('a missing file for explain: exit 2 and a Korean message', () => {
    const r = cli(['explain', path.join(dir, 'gone', 'Dockerfile'), '--line', '1', '--column', '1']);
    assertClean(r, 'explain missing');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /파일이나 폴더가 없어요\./);
  });

  it('an unreadable file (chmod 000, run as an unprivileged user when we are root): exit 2, "읽을 권한이 없어요"', () => {
    const locked = file('locked/Dockerfile', 'FROM alpine:3.20\n');
    fs.chmodSync(path.dirname(locked), 0o755);
    fs.chmodSync(locked, 0o000);
    let r: Run;
    if (process.getuid?.() === 0) {
      // Root reads any file whatever its mode, so the CLI runs as `nobody` (uid 65534), the
      // honest reader for this case. It runs a copy of the self-contained bundle that nobody
      // can read, whatever the permissions of the checkout.
      const copy = path.join(dir, 'cli.js');
      fs.copyFileSync(BUILT_CLI, copy);
      fs.chmodSync(copy, 0o644);
      r = cli(['lint', locked], { uid: 65534, gid: 65534, cwd: dir }, copy);
    } else {
      r = cli(['lint', locked]);
    }
    assertClean(r, 'unreadable file');
    assert.strictEqual(r.status, 2, r.stderr);
    assert.match(r.stderr, /Dockerfile: 읽을 권한이 없어요\./);
  });

  it('a path below a file (a file where a folder should be): exit 2 and a Korean message', () => {
    const parent = file('notadir/Dockerfile', 'FROM alpine:3.20\n');
    const r = cli(['lint', path.join(parent, 'Dockerfile')]);
    assertClean(r, 'path below a file');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /Dockerfile: [^\n]*(폴더가 아닌|파일이나 폴더가 없어요)/);
  });

  it('a folder where explain expects a file: exit 2, "파일이 아니라 폴더예요"', () => {
    const folder = path.join(dir, 'folder', 'Dockerfile');
    fs.mkdirSync(folder, { recursive: true });
    const r = cli(['explain', folder, '--line', '1', '--column', '1']);
    assertClean(r, 'folder for explain');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /파일이 아니라 폴더예요\./);
  });

  it('a named pipe called Dockerfile: no hang waiting for a writer, exit 2, a Korean message', function () {
    const fifo = path.join(dir, 'pipe', 'Dockerfile');
    fs.mkdirSync(path.dirname(fifo), { recursive: true });
    const made = spawnSync('mkfifo', [fifo]);
    assert.strictEqual(made.status, 0, `mkfifo failed: ${String(made.stderr)}`);
    for (const args of [['lint', fifo], ['explain', fifo, '--line', '1', '--column', '1']]) {
      const started = Date.now();
      const r = cli(args);
      assertClean(r, `FIFO (${args[0]})`);
      assert.ok(Date.now() - started < DEADLINE_MS, 'waited for a writer');
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /일반 파일이 아니에요/);
    }
  });

  it('a symlink to itself: exit 2 and a Korean message', () => {
    const self = path.join(dir, 'selfloop', 'Dockerfile');
    fs.mkdirSync(path.dirname(self), { recursive: true });
    fs.symlinkSync(self, self);
    const r = cli(['lint', self]);
    assertClean(r, 'self link');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /심볼릭 링크/);
  });

  it('folders that loop through symlinks: the walk ends and lints each file once', () => {
    const root = path.join(dir, 'loop');
    file('loop/app/Dockerfile', 'FROM alpine:3.20\nRUN echo hi\n');
    file('loop/app/compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n');
    fs.symlinkSync('..', path.join(root, 'app', 'up')); // app/up -> loop
    fs.symlinkSync(root, path.join(root, 'app', 'root')); // app/root -> loop (absolute)
    fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    fs.symlinkSync(path.join(root, 'a'), path.join(root, 'a', 'b', 'again')); // a/b/again -> a
    fs.symlinkSync(path.join(root, 'missing'), path.join(root, 'dangling')); // a dangling link
    const r = cli(['lint', '--format', 'json', root]);
    assertClean(r, 'symlink loop');
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => path.relative(root, f.file));
    assert.deepStrictEqual(files.sort(), [path.join('app', 'Dockerfile'), path.join('app', 'compose.yaml')]);
  });

  it('a file over the size limit: one Korean notice, skipped without parsing, exit 2', () => {
    const chunk = 'RUN echo "this line pads the file past the limit" && true\n';
    const big = file('big/Dockerfile', 'FROM alpine:3.20\n' + chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length)));
    assert.ok(fs.statSync(big).size > MAX_ANALYSED_CHARS);
    const started = Date.now();
    const r = cli(['lint', big]);
    assertClean(r, 'oversized file');
    assert.strictEqual(r.status, 2);
    const notices = r.stderr.split('\n').filter((l) => l.includes('파일이 너무 커서'));
    assert.strictEqual(notices.length, 1, r.stderr);
    assert.match(notices[0], /Dockerfile: 파일이 너무 커서\(5\.0MB\)/);
    assert.ok(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
  });

  it('binary bytes, NUL and a BOM in a Dockerfile and a Compose file: a lint result, no crash', () => {
    const bytes = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256));
    fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'bin', 'Dockerfile'), Buffer.concat([Buffer.from('\uFEFFFROM alpine\0:3.20\r\n'), bytes]));
    fs.writeFileSync(path.join(dir, 'bin', 'compose.yaml'), Buffer.concat([Buffer.from('services:\n  web:\n    image: "\0"\n'), bytes]));
    const r = cli(['lint', '--format', 'json', path.join(dir, 'bin')]);
    assertClean(r, 'binary files');
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    assert.strictEqual((JSON.parse(r.stdout) as { files: unknown[] }).files.length, 2);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
