// The CLI in CI on a pull request that adds hostile references to a Compose project: a file
// outside the repository (the current folder) must not be read into a diagnostic, the `compose
// config` output, or a navigation answer. Runs the CLI as compiled by `npm run compile-tests`.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from './support';

const CLI = path.join(repoRoot, 'out', 'src', 'cli', 'main.js');

function cli(args: string[], cwd: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  assert.strictEqual(r.signal, null, `killed by ${r.signal}`);
  return { status: r.status, out: String(r.stdout ?? '') + String(r.stderr ?? '') };
}

describe('security: the CLI reads a Compose project only inside the current folder', function () {
  this.timeout(60_000);
  let base: string;
  let repo: string;
  let n = 0;

  before(() => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-cli-reads-')));
    fs.mkdirSync(path.join(base, 'secrets'));
    fs.writeFileSync(path.join(base, 'secrets', 'compose.yaml'), 'services:\n  stolen:\n    image: stolen-image:1\n    ports: ["8080:80"]\n');
    fs.writeFileSync(path.join(base, 'secrets', 'ci.env'), 'TOKEN=SECRET-FROM-THE-RUNNER\n');
    fs.writeFileSync(path.join(base, 'secrets', 'ignore'), 'SECRET-IGNORE-LINE\n');
  });
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  function repository(files: Record<string, string>): string {
    repo = path.join(base, `repo${n++}`);
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
      fs.writeFileSync(path.join(repo, name), text);
    }
    return repo;
  }

  const cases: [string, Record<string, string>][] = [
    ['include ../secrets', { 'compose.yaml': 'include:\n  - ../secrets/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n' }],
    ['include with env_file ../secrets/ci.env', { 'compose.yaml': 'include:\n  - path: db.yaml\n    env_file: ../secrets/ci.env\nservices:\n  web:\n    image: nginx:1.27\n', 'db.yaml': 'services:\n  db:\n    image: "postgres:${TOKEN}"\n' }],
    ['extends a file outside', { 'compose.yaml': 'services:\n  web:\n    extends: { file: ../secrets/compose.yaml, service: stolen }\n    ports: ["8080:80"]\n' }],
    ['COMPOSE_FILE in .env naming an outside file', { '.env': 'COMPOSE_FILE=compose.yaml:../secrets/compose.yaml\n', 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n' }],
    // The set's first file outside: the scope is the current folder, not the first file's folder.
    ['COMPOSE_FILE in .env whose first file is outside', { '.env': 'COMPOSE_FILE=../secrets/compose.yaml:compose.yaml\n', 'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n' }],
  ];
  for (const [what, files] of cases) {
    it(`lint: ${what} is not read`, () => {
      const r = cli(['lint', '--format', 'json', '.'], repository(files));
      assert.doesNotMatch(r.out, /stolen-image|SECRET-FROM-THE-RUNNER|no-duplicate-host-port/, r.out);
    });
    it(`compose config: ${what} is not read`, () => {
      const r = cli(['compose', 'config', '--format', 'json', 'compose.yaml'], repository(files));
      assert.doesNotMatch(r.out, /stolen|SECRET-FROM-THE-RUNNER/, r.out);
    });
  }

  it('a .dockerignore that is a link to a file outside: not read', () => {
    repository({ Dockerfile: 'FROM alpine:3.20\nCOPY SECRET-IGNORE-LINE /x\n' });
    fs.symlinkSync(path.join(base, 'secrets', 'ignore'), path.join(repo, '.dockerignore'));
    const r = cli(['lint', '--format', 'json', 'Dockerfile'], repo);
    assert.ok(!/copy-ignored-file/.test(r.out), r.out);
  });

  it('files inside the folder still count: include of a sibling file is read', () => {
    const r = cli(['lint', '--format', 'json', '.'], repository({ 'compose.yaml': 'include:\n  - lib/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n', 'lib/compose.yaml': 'services:\n  api:\n    image: api:1\n    ports: ["8080:3000"]\n' }));
    assert.match(r.out, /no-duplicate-host-port/);
  });
});
