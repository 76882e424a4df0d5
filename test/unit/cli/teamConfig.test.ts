import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../../helpers/paths';
import { parseConfigText } from '../../../src/core/lint/config/parseConfig';
import { resolveExplicitConfig } from '../../../src/core/lint/config/resolveConfig';
import { allRules } from '../../../src/core/lint/rules';
import { translateDclintConfig } from '../../../src/core/lint/config/dclintConfig';

// `docker-explain init` (with --from-hadolint / --from-dclint), `lint --print-config` and the
// CLI reading `.hadolint.yaml`: run as processes on the built bundle, in empty temporary folders.

const cli = path.join(repoRoot, 'dist', 'cli.js');
const ids = new Set(allRules.map((r) => r.meta.id));

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-team-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const HADOLINT = 'ignored:\n  - DL3059\n  - SC2086\noverride:\n  error:\n    - DL3002\n  style: [DL3020]\ntrustedRegistries:\n  - docker.io\n  - ghcr.io\nfailure-threshold: warning\nstrict-labels: true\n';
const DOCKERFILE = 'FROM ubuntu:22.04\nRUN echo a\nRUN echo b\nUSER root\n';

describe('CLI: init, --print-config and .hadolint.yaml', function () {
  const made: string[] = [];
  const tmp = (files: Record<string, string>) => {
    const dir = folder(files);
    made.push(dir);
    return dir;
  };
  before(() => assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first'));
  after(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('init writes $schema and the recommended preset; a second init refuses (exit 2, file unchanged); --force rewrites', () => {
    const dir = tmp({});
    const first = run(['init'], dir);
    assert.strictEqual(first.code, 0, first.stderr);
    assert.match(first.stdout, /\.docker-explain\.json을 만들었어요/);
    const text = fs.readFileSync(path.join(dir, '.docker-explain.json'), 'utf8');
    const { data, problems } = parseConfigText(text, '/x/.docker-explain.json', ids);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(data?.extends.map((e) => e.value), ['docker-explain:recommended']);
    assert.match(text, /"\$schema": "https:\/\/.*docker-explain\.schema\.json"/);

    fs.writeFileSync(path.join(dir, '.docker-explain.json'), '{ "rules": {} } // ours\n');
    const second = run(['init'], dir);
    assert.strictEqual(second.code, 2);
    assert.match(second.stderr, /이미 있어서 덮어쓰지 않았어요.*--force/);
    assert.strictEqual(fs.readFileSync(path.join(dir, '.docker-explain.json'), 'utf8'), '{ "rules": {} } // ours\n');
    assert.strictEqual(run(['init', '--force'], dir).code, 0);
    assert.match(fs.readFileSync(path.join(dir, '.docker-explain.json'), 'utf8'), /docker-explain:recommended/);
  });

  it('init --from-hadolint: ignored/override/trustedRegistries carried over with their source line; a Korean summary of what was not', () => {
    const dir = tmp({ '.hadolint.yaml': HADOLINT });
    const r = run(['init', '--from-hadolint'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const text = fs.readFileSync(path.join(dir, '.docker-explain.json'), 'utf8');
    assert.match(text, /\/\/ \.hadolint\.yaml:2 \(DL3059\)\n {4}"merge-consecutive-run": "off"/);
    const config = resolveExplicitConfig('/x/.docker-explain.json', (p) => (p === '/x/.docker-explain.json' ? text : undefined));
    assert.deepStrictEqual(config.problems, []);
    assert.deepStrictEqual(
      Object.fromEntries(['merge-consecutive-run', 'no-root-user', 'prefer-copy-over-add', 'trusted-registries'].map((id) => [id, config.rules[id]])),
      {
        'merge-consecutive-run': { severity: 'off', options: {} },
        'no-root-user': { severity: 'error', options: {} },
        'prefer-copy-over-add': { severity: 'info', options: {} },
        'trusted-registries': { severity: 'warning', options: { registries: ['docker.io', 'ghcr.io'] } },
      },
    );
    assert.match(r.stdout, /규칙 설정 4개를 옮겼어요/);
    assert.match(r.stdout, /\.hadolint\.yaml:3 SC2086: .*ShellCheck/);
    assert.match(r.stdout, /\.hadolint\.yaml:11 failure-threshold: .*--max-warnings 0/);
    assert.match(r.stdout, /\.hadolint\.yaml:12 strict-labels: .*해당하는 docker-explain 규칙이 없어요/);
    assert.ok(!r.stdout.includes('`'), 'plain text: no Markdown marks');
  });

  it('init --from-hadolint PATH and --from-dclint PATH together; the file is valid for our parser', () => {
    const dir = tmp({ 'ci/hadolint.yml': 'ignored: [DL3003]\n', 'ci/dclint.json': '{"rules": {"no-version-field": 0, "service-keys-order": 2}, "exclude": ["./legacy"]}' });
    const r = run(['init', '--from-hadolint', 'ci/hadolint.yml', '--from-dclint=ci/dclint.json'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const { data, problems } = parseConfigText(fs.readFileSync(path.join(dir, '.docker-explain.json'), 'utf8'), '/x/.docker-explain.json', ids);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(data?.rules, { 'no-cd-in-run': { severity: 'off' }, 'no-obsolete-version': { severity: 'off' } });
    assert.deepStrictEqual(data?.ignore, ['legacy']);
    assert.match(r.stdout, /service-keys-order.*해당하는 docker-explain 규칙이 없어요/);
  });

  it('init --from-dclint finds package.json "dclint" first, as dclint (cosmiconfig) does', () => {
    const dir = tmp({ 'package.json': '{"name": "x", "dclint": {"rules": {"no-duplicate-container-names": 1}}}', '.dclintrc': '{"rules": {"no-version-field": 0}}' });
    assert.strictEqual(run(['init', '--from-dclint'], dir).code, 0);
    assert.match(fs.readFileSync(path.join(dir, '.docker-explain.json'), 'utf8'), /"no-duplicate-container-name": "warning"/);
  });

  const refusals: [string, Record<string, string>, string[], RegExp][] = [
    ['no .hadolint.yaml', {}, ['init', '--from-hadolint'], /hadolint 설정 파일.*없어요/],
    ['a JavaScript dclint config only (never executed)', { '.dclintrc.js': 'module.exports = {}' }, ['init', '--from-dclint'], /JavaScript 설정은 실행해야/],
    ['a broken .hadolint.yaml (nothing written)', { '.hadolint.yaml': 'ignored: DL3008\n' }, ['init', '--from-hadolint'], /\.hadolint\.yaml:1:10: .*규칙 코드 목록/],
    ['an unknown flag', {}, ['init', '--from-tslint'], /알 수 없는 옵션이에요: --from-tslint/],
    ['a path', {}, ['init', 'sub'], /init에는 경로를 주지 않아요/],
  ];
  for (const [name, files, args, message] of refusals) {
    it(`init refuses ${name}: exit 2, Korean message, no .docker-explain.json`, () => {
      const dir = tmp(files);
      const r = run(args, dir);
      assert.strictEqual(r.code, 2, r.stdout);
      assert.match(r.stderr, message);
      assert.ok(!fs.existsSync(path.join(dir, '.docker-explain.json')));
    });
  }

  it('lint reads .hadolint.yaml when no .docker-explain.json exists: the ignored rule is absent, another present', () => {
    const dir = tmp({ '.hadolint.yaml': 'ignored:\n  - DL3059\n', Dockerfile: DOCKERFILE });
    const rules = (args: string[]) => (JSON.parse(run(args, dir).stdout) as { files: { diagnostics: { rule: string }[] }[] }).files[0].diagnostics.map((d) => d.rule);
    const seen = rules(['lint', '--format', 'json', 'Dockerfile']);
    assert.ok(!seen.includes('merge-consecutive-run'), seen.join());
    assert.ok(seen.includes('no-root-user'), seen.join());
    fs.rmSync(path.join(dir, '.hadolint.yaml'));
    assert.ok(rules(['lint', '--format', 'json', 'Dockerfile']).includes('merge-consecutive-run'));
  });

  it('lint: a broken .hadolint.yaml is a Korean config error (exit 2) and the rest of it still applies', () => {
    const dir = tmp({ '.hadolint.yaml': 'ignored: DL3059\noverride:\n  error: [DL3002]\n', Dockerfile: DOCKERFILE });
    const r = run(['lint', '--format', 'json', 'Dockerfile'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /\.hadolint\.yaml:1:10: 설정 오류: .*규칙 코드 목록/);
    const diagnostics = (JSON.parse(r.stdout) as { files: { diagnostics: { rule: string; severity: string }[] }[] }).files[0].diagnostics;
    assert.strictEqual(diagnostics.find((d) => d.rule === 'no-root-user')?.severity, 'error');
  });

  it('--print-config FILE: every value with the file and line that set it (text, 1-based)', () => {
    const dir = tmp({
      '.docker-explain.json': '{\n  "extends": "docker-explain:strict",\n  "rules": {\n    "no-root-user": "off",\n    "trusted-registries": ["error", {"registries": ["ghcr.io"]}]\n  },\n  "ignore": ["vendor/**"]\n}\n',
      'app/.docker-explain.json': '{\n  "rules": { "trusted-registries": "warning" }\n}\n',
      'app/Dockerfile': DOCKERFILE,
    });
    const r = run(['lint', '--print-config', 'app/Dockerfile'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /설정 파일\(가까운 것부터\): app\/\.docker-explain\.json, \.docker-explain\.json/);
    assert.match(r.stdout, /\n {2}no-root-user +off +← \.docker-explain\.json:4\n/);
    assert.match(r.stdout, /\n {2}trusted-registries +warning +← app\/\.docker-explain\.json:2 {2}옵션 \{"registries":\["ghcr\.io"\]\} ← \.docker-explain\.json:5\n/);
    assert.match(r.stdout, /\n {2}unique-stage-name +error +← 프리셋 docker-explain:strict \(\.docker-explain\.json:2의 extends\)\n/);
    assert.match(r.stdout, /\n {2}vendor\/\*\* {2}← \.docker-explain\.json:7\n/);
    // Only the rules that read this kind of file.
    assert.ok(!r.stdout.includes('no-duplicate-container-name'));
  });

  it('--print-config --format json: origins with kind, file and 1-based line; .hadolint.yaml notes included', () => {
    const dir = tmp({ '.hadolint.yaml': HADOLINT, Dockerfile: DOCKERFILE });
    const r = run(['lint', '--print-config', 'Dockerfile', '--format', 'json'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { configFiles: string[]; rules: Record<string, { severity: string; origin: { kind: string; file?: string; line?: number; detail?: string } }>; notes: { key: string; line: number }[] };
    assert.deepStrictEqual(out.configFiles, ['.hadolint.yaml']);
    assert.deepStrictEqual(out.rules['merge-consecutive-run'], { severity: 'off', options: {}, origin: { kind: 'hadolint', file: '.hadolint.yaml', line: 2, detail: 'DL3059' } });
    assert.deepStrictEqual(out.rules['no-sudo'].origin, { kind: 'default' });
    assert.ok(out.notes.some((n) => n.key === 'SC2086' && n.line === 3));
  });

  it('--print-config refuses extra paths and other formats (exit 2)', () => {
    const dir = tmp({ Dockerfile: DOCKERFILE });
    assert.strictEqual(run(['lint', '--print-config', 'Dockerfile', 'other'], dir).code, 2);
    assert.match(run(['lint', '--print-config', 'Dockerfile', '--format', 'sarif'], dir).stderr, /json만 돼요/);
  });
});

describe('dclint config translation (core)', () => {
  it('levels 0/1/2 and [level, options]; unknown levels are problems; YAML works too', () => {
    const t = translateDclintConfig('rules:\n  no-version-field: 2\n  require-quotes-in-ports: [1, {quoteType: double}]\n  no-duplicate-exported-ports: 3\n', '/w/.dclintrc.yaml', allRules);
    assert.deepStrictEqual(t.rules, { 'no-obsolete-version': { severity: 'error', options: {} }, 'quote-port-mapping': { severity: 'warning', options: {} } });
    assert.strictEqual(t.problems.length, 1);
    assert.strictEqual(t.problems[0].range.start.line, 3);
    assert.match(t.notes.map((n) => n.message.ko).join('\n'), /옵션은 옮기지 않아요/);
  });

  it('package.json without a "dclint" key: nothing', () => {
    assert.deepStrictEqual(translateDclintConfig('{"name": "x"}', '/w/package.json', allRules).rules, {});
  });
});
