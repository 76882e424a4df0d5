import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../../helpers/paths';

// The npm package, the way a team meets it: `npm pack` makes the tarball, it is installed into an
// empty folder without the network (`--offline`: everything that runs is inside dist/cli.js, so
// the package has no runtime dependencies to fetch), and `docker-explain lint .` runs there.
// The tarball holds what runs and nothing else: no sources, tests or maps.

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm package (npm pack, install offline, npx docker-explain lint .)', function () {
  this.timeout(180_000);
  let tmp = '';
  let tarball = '';
  let files: string[] = [];

  before(function () {
    assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` first');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-npm-'));
    const packed = sh(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], repoRoot);
    assert.strictEqual(packed.code, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(tmp, info.filename);
    files = info.files.map((f) => f.path).sort();
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the tarball holds the launcher, the CLI and Language Server bundles, the schema and the rule docs', () => {
    for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'bin/docker-explain.js', 'dist/cli.js', 'dist/lsp.js', 'schemas/docker-explain.schema.json', 'docs/rules/require-image-tag.md']) {
      assert.ok(files.includes(f), `${f} is missing from the npm package`);
    }
  });

  it('the tarball holds no sources, tests, maps, editor bundles or node_modules', () => {
    const unwanted = files.filter((f) => /^(src|test|out|scripts|media|node_modules|examples|types)\//.test(f) || /\.(ts|map|vsix)$/.test(f) || /^dist\/(extension|worker|webview|picture)\.js$/.test(f));
    assert.deepStrictEqual(unwanted, []);
  });

  it('package.json: bin, engines, repository, and no runtime dependency to download', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.deepStrictEqual(manifest.bin, { 'docker-explain': './bin/docker-explain.js' });
    assert.match(String((manifest.engines as Record<string, string>).node), /^>=20/);
    assert.ok((manifest.repository as { url?: string }).url);
    assert.deepStrictEqual(manifest.dependencies ?? {}, {}, 'everything that runs is bundled into dist/: a runtime dependency would make npx download it');
  });

  it('installed from the tarball into an empty folder without the network, `docker-explain lint .` lints there', () => {
    const project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), '{ "private": true }\n');
    fs.writeFileSync(path.join(project, 'Dockerfile'), 'FROM ubuntu\nRUN echo a\n');
    fs.writeFileSync(path.join(project, '.hadolint.yaml'), 'ignored:\n  - DL3059\n');
    const installed = sh(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], project);
    assert.strictEqual(installed.code, 0, installed.stderr);
    assert.deepStrictEqual(fs.readdirSync(path.join(project, 'node_modules')).filter((d) => !d.startsWith('.')), ['docker-explain'], 'nothing but the package itself was installed');
    // `npx docker-explain lint .` (npm exec) finds the installed bin without the network.
    const run = sh(npm, ['exec', '--offline', '--', 'docker-explain', 'lint', '--format', 'json', '.'], project);
    assert.strictEqual(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { files: { file: string; diagnostics: { rule: string }[] }[] };
    assert.deepStrictEqual(out.files.map((f) => f.file), ['Dockerfile']);
    assert.deepStrictEqual(out.files[0].diagnostics.map((d) => d.rule), ['require-image-tag']);
    const help = sh(process.execPath, [path.join(project, 'node_modules', 'docker-explain', 'bin', 'docker-explain.js'), '--help'], project);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /docker-explain init/);
  });
});
