import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../../helpers/paths';

// explain, complete and definition read one file at --line/--column through one helper
// (src/cli/files.ts): the same usage errors, the same refusals, the same bounded reads.
const cli = path.join(repoRoot, 'dist', 'cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });

describe('CLI position commands (explain, complete, definition)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-pos-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3.20 AS base\nFROM base\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuse a position that is not 1-based in the same Korean words, exit 2', () => {
    for (const command of ['explain', 'complete', 'definition']) {
      const r = run([command, 'Dockerfile', '--line', '0', '--column', '1'], dir);
      assert.strictEqual(r.status, 2, `${command}: ${r.stderr}`);
      assert.match(r.stderr, /--line은 1 이상의 정수여야 해요/, command);
      const missing = run([command, 'Dockerfile'], dir);
      assert.strictEqual(missing.status, 2, command);
      assert.match(missing.stderr, /--line과 --column은 1 이상의 정수여야 해요/, command);
    }
  });

  it('answer at a 1-based position', () => {
    const def = run(['definition', 'Dockerfile', '--line', '2', '--column', '6', '--format', 'json'], dir);
    assert.strictEqual(def.status, 0, def.stderr);
    assert.deepStrictEqual(JSON.parse(def.stdout), { locations: [{ file: 'Dockerfile', line: 1, column: 21 }] });
    const explain = run(['explain', 'Dockerfile', '--line', '1', '--column', '2', '--format', 'json'], dir);
    assert.strictEqual(explain.status, 0, explain.stderr);
    assert.match(JSON.parse(explain.stdout).markdown, /FROM/);
  });

  it('complete does not hang on a .env that is a FIFO (read through the bounded reader)', () => {
    fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  a:\n    image: ${}\n');
    const made = spawnSync('mkfifo', [path.join(dir, '.env')]);
    assert.strictEqual(made.status, 0, 'mkfifo failed');
    const r = run(['complete', 'compose.yaml', '--line', '3', '--column', '14'], dir);
    assert.strictEqual(r.status, 0, r.stderr || String(r.error));
    assert.deepStrictEqual(JSON.parse(r.stdout), { items: [] });
  });
});
