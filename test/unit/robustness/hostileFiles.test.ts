// The CLI on repositories built to hurt it: security review findings F2, F3, F5, F8, F10, F11,
// F12, F13, F15 (../shared/reviews/security-robustness.md), each payload rebuilt from its
// description in a temporary folder. Every run is a real process with a deadline. It runs the
// CLI as compiled by `npm run compile-tests` (out/src/cli/main.js, the same code dist/cli.js
// bundles), so these tests never run a stale bundle.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from './support';

const CLI = path.join(repoRoot, 'out', 'src', 'cli', 'main.js');
const DEADLINE_MS = 30_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  signal: NodeJS.Signals | null;
  ms: number;
}

function cli(args: string[], cwd: string): Run {
  const started = Date.now();
  // A memory ceiling, so an unbounded read fails fast instead of eating the machine.
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', CLI, ...args], { cwd, encoding: 'utf8', timeout: DEADLINE_MS, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), signal: r.signal, ms: Date.now() - started };
}

function assertNoAbort(r: Run, what: string): void {
  assert.strictEqual(r.signal, null, `${what}: killed by ${r.signal} after ${r.ms} ms (a hang?)\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /예상하지 못한 내부 오류예요/, `${what}: the whole run aborted:\n${r.stderr}`);
  assert.doesNotMatch(r.stdout + r.stderr, /^\s+at .*:\d+:\d+\)?$/m, `${what}: a stack trace:\n${r.stderr}`);
}

interface JsonOut {
  files: { file: string; diagnostics: { rule: string; message: string }[] }[];
}
/** A control character other than a line feed: what must never reach a terminal from a file. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;
const linted = (r: Run) => (JSON.parse(r.stdout) as JsonOut).files;

describe('robustness: the CLI on hostile repositories', function () {
  this.timeout(DEADLINE_MS * 4);
  let root: string;
  let n = 0;
  /** A fresh folder with a Dockerfile that always has one warning (no tag: require-image-tag). */
  const project = () => {
    const dir = path.join(root, `p${n++}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine\nRUN echo hi\n');
    return dir;
  };

  before(() => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run \`npm run compile-tests\` first (npm run test:unit does).`);
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-hostile-'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  describe('F2: a config that is a device, a pipe or huge', () => {
    it('.docker-explain.json -> /dev/zero: refused at once, the Dockerfile still linted, exit 2', () => {
      const dir = project();
      fs.symlinkSync('/dev/zero', path.join(dir, '.docker-explain.json'));
      const r = cli(['lint', '--format', 'json', 'Dockerfile'], dir);
      assertNoAbort(r, '/dev/zero config');
      assert.strictEqual(r.status, 2, r.stderr);
      assert.match(r.stderr, /\.docker-explain\.json:1:1: 설정 오류: 일반 파일이 아니에요\. 파이프나 장치 파일은 읽지 않아요\./);
      assert.deepStrictEqual(linted(r).map((f) => f.file), ['Dockerfile']);
    });

    it('--config /dev/zero: exit 2 with the reason', () => {
      const r = cli(['lint', '--config', '/dev/zero', 'Dockerfile'], project());
      assertNoAbort(r, '--config /dev/zero');
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /설정 파일 ‘\/dev\/zero’를 읽을 수 없어요\. 일반 파일이 아니에요/);
    });

    it('.docker-explain.json is a FIFO: no wait for a writer', () => {
      const dir = project();
      const made = spawnSync('mkfifo', [path.join(dir, '.docker-explain.json')]);
      assert.strictEqual(made.status, 0, String(made.stderr));
      const r = cli(['lint', '--format', 'json', 'Dockerfile'], dir);
      assertNoAbort(r, 'FIFO config');
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /일반 파일이 아니에요/);
      assert.strictEqual(linted(r).length, 1);
    });

    it('a 200 MB config (one object, then spaces): refused by its size, not read', () => {
      const dir = project();
      const config = path.join(dir, '.docker-explain.json');
      fs.writeFileSync(config, '{}');
      fs.truncateSync(config, 200 * 1024 * 1024); // sparse: NUL bytes, never written to disk
      const r = cli(['lint', 'Dockerfile'], dir);
      assertNoAbort(r, 'huge config');
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /설정 오류: 파일이 너무 커서\(200\.0MB\)/);
      assert.ok(r.ms < 10_000, `${r.ms} ms`);
    });
  });

  describe('F3, F4, F11, F12: config resolution', () => {
    it('extends fan-out (11 files × 4 names each) and a backtracking ignore glob: resolved in well under a second each', () => {
      const dir = project();
      fs.writeFileSync(path.join(dir, '.docker-explain.json'), JSON.stringify({ extends: Array(4).fill('./c1.json'), ignore: ['*'.repeat(32) + 'x'] }));
      for (let i = 1; i < 10; i++) fs.writeFileSync(path.join(dir, `c${i}.json`), JSON.stringify({ extends: Array(4).fill(`./c${i + 1}.json`) }));
      fs.writeFileSync(path.join(dir, 'c10.json'), '{"rules":{"require-image-tag":"off"}}');
      const r = cli(['lint', '--format', 'json', 'Dockerfile'], dir);
      assertNoAbort(r, 'fan-out');
      assert.strictEqual(r.status, 0, r.stderr);
      assert.ok(r.ms < 10_000, `${r.ms} ms`);
      assert.ok(!linted(r)[0].diagnostics.some((d) => d.rule === 'require-image-tag'), 'c10.json applied');
    });

    it('extends a symlink that leads outside the folder: refused like ../ (F11)', () => {
      const outside = project();
      fs.writeFileSync(path.join(outside, 'base.json'), '{"rules":{"require-image-tag":"off"}}');
      const dir = project();
      fs.symlinkSync(path.join(outside, 'base.json'), path.join(dir, 'base.json'));
      fs.writeFileSync(path.join(dir, '.docker-explain.json'), '{"extends":["./base.json"]}');
      const r = cli(['lint', '--format', 'json', 'Dockerfile'], dir);
      assertNoAbort(r, 'extends symlink');
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /밖을 가리켜요/);
      assert.ok(linted(r)[0].diagnostics.some((d) => d.rule === 'require-image-tag'), 'the outside config was applied');
    });

    it('a config with a UTF-8 BOM is obeyed (F12)', () => {
      const dir = project();
      fs.writeFileSync(path.join(dir, '.docker-explain.json'), '\uFEFF{ "rules": { "require-image-tag": "off" } }');
      const r = cli(['lint', '--format', 'json', 'Dockerfile'], dir);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(r.stderr, '');
      assert.ok(!linted(r)[0].diagnostics.some((d) => d.rule === 'require-image-tag'));
    });
  });

  describe('F5: one file failing is that file\'s problem', () => {
    it('a config nested 5,000 levels deep: a config problem, every file still linted', () => {
      const dir = project();
      fs.writeFileSync(path.join(dir, '.docker-explain.json'), `{"rules":{"no-privileged":["warning",{"allow":${'['.repeat(5000)}${']'.repeat(5000)}}]}}`);
      fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
      const r = cli(['lint', '--format', 'json', '.'], dir);
      assertNoAbort(r, 'deep config');
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /설정 오류: 괄호가 100단계보다 깊게 중첩돼 있어서/);
      assert.deepStrictEqual(linted(r).map((f) => f.file).sort(), ['Dockerfile', 'compose.yaml']);
    });

    it('a Compose file of 4,000 `":` in a flow sequence beside a Dockerfile: the Dockerfile is linted whatever happens to the other', () => {
      const dir = project();
      fs.writeFileSync(path.join(dir, 'compose.yaml'), `services:\n  web:\n    image: nginx:1.27\n    ports: [${'"":'.repeat(4000)}]\n`);
      const r = cli(['lint', '--format', 'json', '.'], dir);
      assertNoAbort(r, 'flow colons');
      const files = linted(r).map((f) => f.file);
      assert.ok(files.includes('Dockerfile'), `the Dockerfile was not linted: ${r.stderr}`);
      // Either the Compose file got its findings, or one line says why it was not checked (exit 2).
      if (!files.includes('compose.yaml')) {
        assert.strictEqual(r.status, 2);
        assert.match(r.stderr, /compose\.yaml: .*검사하지 못했어요/);
      }
    });
  });

  describe('F8: terminal output is inert', () => {
    it('escape sequences in a Dockerfile and a newline in a folder name are shown escaped in stylish; JSON keeps them exact', () => {
      const dir = project();
      const odd = path.join(dir, 'new\nline');
      fs.mkdirSync(odd);
      fs.writeFileSync(path.join(odd, 'Dockerfile'), 'FROM alpine:3.20\nWORKDIR app\x1b[1A\x1b[2K\x1b[1A\x1b[2K\nENV X \x1b]0;owned-title\x07y\n');
      const r = cli(['lint', '.'], dir);
      assertNoAbort(r, 'ansi');
      assert.ok(!TERMINAL_CONTROL.test(r.stdout + r.stderr), `a control character reached the terminal:\n${JSON.stringify(r.stdout)}`);
      assert.match(r.stdout, /WORKDIR app\\x1b\[1A\\x1b\[2K/);
      assert.match(r.stdout, /\\x1b\]0;owned-title\\x07y/);
      assert.match(r.stdout, /^new\\nline\/Dockerfile$/m);
      const json = cli(['lint', '--format', 'json', '.'], dir);
      const messages = linted(json).flatMap((f) => f.diagnostics.map((d) => d.message));
      assert.ok(messages.some((m) => m.includes('WORKDIR app\x1b[1A\x1b[2K')), 'JSON is exact');
      assert.ok(linted(json).some((f) => f.file === 'new\nline/Dockerfile'));
    });

    it('explain --format markdown: control characters escaped, line breaks kept', () => {
      const dir = project();
      fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3.20\nENV X=\x1b]0;t\x07y\n');
      const r = cli(['explain', 'Dockerfile', '--line', '2', '--column', '2'], dir);
      assertNoAbort(r, 'explain ansi');
      assert.strictEqual(r.status, 0, r.stderr);
      assert.ok(r.stdout.includes('\n'));
      assert.ok(!TERMINAL_CONTROL.test(r.stdout), JSON.stringify(r.stdout));
    });
  });

  describe('F10: symlinks stay inside the folder', () => {
    it('a link to a folder outside is not followed, and one line says so', () => {
      const outside = project();
      const dir = project();
      fs.symlinkSync(outside, path.join(dir, 'escape'));
      fs.symlinkSync(path.join(outside, 'Dockerfile'), path.join(dir, 'Dockerfile.outside'));
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.symlinkSync('../Dockerfile', path.join(dir, 'sub', 'Dockerfile')); // stays inside: followed
      const r = cli(['lint', '--format', 'json', '.'], dir);
      assertNoAbort(r, 'escape link');
      assert.strictEqual(r.status, 0, r.stderr);
      assert.deepStrictEqual(linted(r).map((f) => f.file).sort(), ['Dockerfile', path.join('sub', 'Dockerfile')]);
      const notes = r.stderr.trim().split('\n');
      assert.strictEqual(notes.length, 2, r.stderr);
      assert.match(notes[0], /^docker-explain: Dockerfile\.outside: 폴더 밖\(.*\)을 가리키는 심볼릭 링크라 따라가지 않았어요\.$/);
      assert.match(notes[1], /^docker-explain: escape: 폴더 밖/);
    });
  });

  describe('F13: UTF-16 files', () => {
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    it('a UTF-16 Compose file (BOM) is decoded: its duplicate host port is found, not "문제 없음"', () => {
      const dir = project();
      fs.writeFileSync(path.join(dir, 'compose.yaml'), utf16('services:\n  a:\n    image: nginx:1.27\n    ports: ["80:80"]\n  b:\n    image: nginx:1.27\n    ports: ["80:80"]\n'));
      const r = cli(['lint', '--format', 'json', 'compose.yaml'], dir);
      assert.strictEqual(r.status, 1, r.stderr);
      assert.ok(linted(r)[0].diagnostics.some((d) => d.rule === 'no-duplicate-host-port'));
    });

    it('a UTF-16 Dockerfile is refused with a notice, exit 2, and the summary does not say "문제 없음"', () => {
      const dir = project();
      fs.writeFileSync(path.join(dir, 'Dockerfile'), utf16('FROM alpine:3.20\nUSER app\n'));
      const r = cli(['lint', 'Dockerfile'], dir);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /Dockerfile: UTF-16으로 저장된 파일이라 읽지 않았어요/);
      assert.doesNotMatch(r.stdout, /문제 없음/);
    });
  });

  describe('F15: strict arguments', () => {
    const cases: [string[], RegExp][] = [
      [['lint', '--max-warnings', '', 'Dockerfile'], /--max-warnings는 0 이상의 정수/],
      [['lint', '--max-warnings=', 'Dockerfile'], /--max-warnings는 0 이상의 정수/],
      [['lint', '--max-warnings', '0x10', 'Dockerfile'], /--max-warnings는 0 이상의 정수/],
      [['lint', '--max-warnings', '1e3', 'Dockerfile'], /--max-warnings는 0 이상의 정수/],
      [['lint', '--max-warnings', ' 2 ', 'Dockerfile'], /--max-warnings는 0 이상의 정수/],
      [['lint', '--max-warnings', '99999999999999999999', 'Dockerfile'], /--max-warnings는 0 이상의 정수/],
      [['explain', 'Dockerfile', '--line', '0x1', '--column', '1'], /--line은 1 이상의 정수/],
      [['lint', '-h', 'Dockerfile'], /알 수 없는 옵션이에요: -h\./],
      [['lint', '-f', 'json', 'Dockerfile'], /알 수 없는 옵션이에요: -f\./],
      [['lint', '--format', 'json', '--format', 'sarif', 'Dockerfile'], /--format을 두 번 이상 줬어요/],
      [['lint', '--format'], /--format에 값이 필요해요/],
      [['lint', '--config', '', 'Dockerfile'], /--config에 빈 값을 줬어요/],
      [['explain', '--command', 'docker run nginx', '--line', '5'], /--command에는 --line과 --column을 쓰지 않아요/],
    ];
    for (const [args, message] of cases) {
      it(`${JSON.stringify(args.slice(1))}: exit 2, a Korean message, nothing linted`, () => {
        const r = cli(args, project());
        assertNoAbort(r, args.join(' '));
        assert.strictEqual(r.status, 2, r.stdout + r.stderr);
        assert.match(r.stderr, message);
        assert.strictEqual(r.stdout, '');
      });
    }

    // A lone `-` is standard input (issue 15, walkStdin.test.ts); a file named `-` is `./-`.
    it('every input refused (/dev/null, `./-` that does not exist): exit 2 and never "문제 없음"', () => {
      for (const input of ['/dev/null', './-']) {
        const r = cli(['lint', input], project());
        assert.strictEqual(r.status, 2);
        assert.doesNotMatch(r.stdout, /문제 없음/);
        assert.match(r.stdout, /파일 1개는 검사하지 못했어요/);
      }
    });

    it('--config naming a folder says it is a folder (exit 2)', () => {
      const r = cli(['lint', '--config', '.', 'Dockerfile'], project());
      assertNoAbort(r, '--config folder');
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /설정 파일 ‘[^’]+’[을를] 읽을 수 없어요\. 파일이 아니라 폴더예요\./);
    });

    it('the valid forms still work: --max-warnings 0 and =3, a file named after --', () => {
      const dir = project();
      fs.writeFileSync(path.join(dir, '-odd.Dockerfile'), 'FROM alpine:3.20\nUSER app\n');
      assert.strictEqual(cli(['lint', '--max-warnings', '0', '--', '-odd.Dockerfile'], dir).status, 0);
      assert.strictEqual(cli(['lint', '--max-warnings=3', 'Dockerfile'], dir).status, 0);
    });
  });
});
