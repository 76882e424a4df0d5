import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../../helpers/paths';

// `docker-explain complete FILE --line L --column C --format json`: the built CLI as a process,
// as another editor's plugin would call it. Positions are 1-based like the rest of the CLI.
const cli = path.join(repoRoot, 'dist', 'cli.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Output {
  items: { label: string; kind: string; detail: string; documentation: string; insertText: string }[];
}

describe('CLI: complete', () => {
  let dir: string;
  before(() => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-complete-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM node:20 AS deps\nFROM deps\nCOPY --from=\n');
    fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  web:\n    image: app:${}\n');
    fs.writeFileSync(path.join(dir, '.env'), 'TAG=1.0\nPORT=8080\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a Dockerfile position: the five fields of each item, Korean documentation', () => {
    const r = run(['complete', path.join(dir, 'Dockerfile'), '--line', '3', '--column', '13', '--format', 'json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Output;
    assert.deepStrictEqual(out.items.map((i) => i.label), ['deps']);
    assert.deepStrictEqual(Object.keys(out.items[0]).sort(), ['detail', 'documentation', 'insertText', 'kind', 'label']);
    assert.ok(out.items[0].documentation.includes('스테이지'));
  });

  it('a Compose file reads the names of its .env', () => {
    const r = run(['complete', path.join(dir, 'compose.yaml'), '--line', '3', '--column', '18']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual((JSON.parse(r.stdout) as Output).items.map((i) => i.label), ['TAG', 'PORT']);
  });

  it('usage mistakes exit 2 with a Korean message, and --help names the command', () => {
    const r = run(['complete', path.join(dir, 'Dockerfile'), '--line', '0', '--column', '1']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /1 이상의 정수/);
    assert.match(run(['--help']).stdout, /docker-explain complete FILE --line L --column C/);
  });
});
