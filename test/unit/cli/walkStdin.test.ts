import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../../helpers/paths';
import { collectFiles } from '../../../src/cli/files';
import { isLintableFileName } from '../../../src/core/documents/fileKind';

// Folder walks leave out what git ignores, checked against git itself (`git ls-files --others
// --exclude-standard` lists what git does not ignore), and `lint -` reads standard input.

const cli = path.join(repoRoot, 'dist', 'cli.js');

function write(root: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
}

const TREE: Record<string, string> = {
  '.gitignore': 'build/\n*.generated.yaml\n!compose.keep.generated.yaml\n/top-only/\n',
  'Dockerfile': 'FROM node:20\n',
  'build/Dockerfile': 'FROM node:20\n',
  'compose.x.generated.yaml': 'services: {}\n',
  'compose.keep.generated.yaml': 'services: {}\n',
  'top-only/Dockerfile': 'FROM node:20\n',
  'sub/top-only/Dockerfile': 'FROM node:20\n',
  'sub/.gitignore': 'Dockerfile.local\n# a comment\n\\#hash.dockerfile\n',
  'sub/Dockerfile.local': 'FROM node:20\n',
  'sub/#hash.dockerfile': 'FROM node:20\n',
  'sub/deeper/.gitignore': '!Dockerfile.local\n',
  'sub/deeper/Dockerfile.local': 'FROM node:20\n',
  'sub/deeper/Dockerfile': 'FROM node:20\n',
  'excluded/Dockerfile': 'FROM node:20\n',
  'docs/compose.yaml': 'services: {}\n',
};

describe('folder walk honours .gitignore', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-walk-'));
    write(dir, TREE);
    const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: path.join(dir, 'no-global') };
    assert.strictEqual(spawnSync('git', ['init', '-q'], { cwd: dir, env }).status, 0);
    fs.writeFileSync(path.join(dir, '.git', 'info', 'exclude'), 'excluded/\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function gitSees(cwd: string): string[] {
    const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: path.join(dir, 'no-global') };
    const r = spawnSync('git', ['ls-files', '--others', '--exclude-standard', '-z', '.'], { cwd, env, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    return r.stdout.split('\0').filter((f) => f && isLintableFileName(path.basename(f))).sort();
  }

  function weSee(root: string): string[] {
    const { files, problems } = collectFiles([root]);
    assert.deepStrictEqual(problems, []);
    return files.map((f) => path.relative(root, f).split(path.sep).join('/')).sort();
  }

  it('finds what git does not ignore: nested files, negation, anchored patterns, info/exclude', () => {
    const expected = gitSees(dir);
    assert.deepStrictEqual(expected, ['Dockerfile', 'compose.keep.generated.yaml', 'docs/compose.yaml', 'sub/deeper/Dockerfile', 'sub/deeper/Dockerfile.local', 'sub/top-only/Dockerfile'].sort(), 'git itself');
    assert.deepStrictEqual(weSee(dir), expected);
  });

  it('walking a subfolder still obeys the .gitignore files above it', () => {
    assert.deepStrictEqual(weSee(path.join(dir, 'sub')), gitSees(path.join(dir, 'sub')));
  });

  it('a file named on the command line is linted even when git ignores it', () => {
    const { files } = collectFiles([path.join(dir, 'build', 'Dockerfile')]);
    assert.deepStrictEqual(files, [path.join(dir, 'build', 'Dockerfile')]);
  });

  it('outside a repository, the .gitignore files of the walked folder count', () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-walk-plain-'));
    try {
      write(plain, { '.gitignore': 'out/\n', 'Dockerfile': 'FROM a:1\n', 'out/Dockerfile': 'FROM a:1\n' });
      assert.deepStrictEqual(weSee(plain), ['Dockerfile']);
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('lint - (standard input) and --no-inline-config', function () {
  let dir: string;
  before(function () {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-stdin-'));
    write(dir, { 'svc/.docker-explain.json': '{ "rules": { "require-image-tag": "off" } }\n' });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[], input = '') => spawnSync(process.execPath, [cli, 'lint', '--format', 'json', ...args], { cwd: dir, input, encoding: 'utf8', timeout: 60_000 });
  const rulesOf = (stdout: string) => (JSON.parse(stdout) as { files: { file: string; diagnostics: { rule: string }[] }[] }).files.map((f) => [f.file, f.diagnostics.map((d) => d.rule)]);

  it('reads a Dockerfile from standard input, shown as <stdin>', () => {
    const r = run(['-'], 'FROM node\n');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(rulesOf(r.stdout), [['<stdin>', ['require-image-tag']]]);
  });

  it('--stdin-filename gives the kind, the name in reports and the config folder', () => {
    const compose = run(['-', '--stdin-filename', 'compose.yaml'], 'services:\n  a:\n    image: x:1\n    ports:\n      - "80:80"\n  b:\n    image: y:1\n    ports:\n      - "80:80"\n');
    assert.strictEqual(compose.status, 1, compose.stderr);
    assert.deepStrictEqual(rulesOf(compose.stdout), [['compose.yaml', ['no-duplicate-host-port']]]);
    const withConfig = run(['-', '--stdin-filename', 'svc/Dockerfile'], 'FROM node\n');
    assert.deepStrictEqual(rulesOf(withConfig.stdout), [['svc/Dockerfile', []]]);
  });

  it('usage errors in Korean: - with other paths, --stdin-filename without -, a name of no known kind', () => {
    for (const [args, pattern] of [
      [['-', 'Dockerfile'], /다른 파일이나 폴더와 함께/],
      [['--stdin-filename', 'Dockerfile', '.'], /--stdin-filename은 경로 대신/],
      [['-', '--stdin-filename', 'notes.txt'], /파일 종류를 알 수 없어요/],
      [['--no-inline-config=yes', '-'], /--no-inline-config에는 값을 주지 않아요/],
    ] as [string[], RegExp][]) {
      const r = run(args, 'FROM a:1\n');
      assert.strictEqual(r.status, 2, args.join(' '));
      assert.match(r.stderr, pattern);
    }
  });

  it('--no-inline-config reports what disable comments hide', () => {
    const text = '# hadolint ignore=DL3006\nFROM node\n';
    assert.deepStrictEqual(rulesOf(run(['-'], text).stdout), [['<stdin>', []]]);
    assert.deepStrictEqual(rulesOf(run(['--no-inline-config', '-'], text).stdout), [['<stdin>', ['require-image-tag']]]);
  });
});
