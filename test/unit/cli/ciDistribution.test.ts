import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { repoRoot } from '../../helpers/paths';
import { isLintableFileName } from '../../../src/core/documents/fileKind';

// The ways teams run the CLI in CI, checked as their hosts read them: the GitHub Action's
// `run:` steps executed as the runner does (bash -eo pipefail, inputs through `env:`), the
// pre-commit hook's file pattern against the names the CLI lints, and the GitLab job's report.

interface ActionStep {
  id?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as Action;

/** Runs the action's steps in `cwd` with `inputs` (the rest take their defaults), as the runner would. */
function runAction(cwd: string, inputs: Record<string, string>) {
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) values[name] = inputs[name] ?? spec.default ?? '';
  const outputFile = path.join(cwd, '..', `${path.basename(cwd)}-output`);
  fs.writeFileSync(outputFile, '');
  let stdout = '';
  let status: number | null = 0;
  for (const step of action.runs.steps) {
    assert.ok(step.run, 'a composite step of ours runs a script');
    assert.strictEqual(step.shell, 'bash');
    assert.ok(!/\$\{\{/.test(step.run), 'inputs reach the script only through env, never pasted into it');
    const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_OUTPUT: outputFile, GITHUB_ACTION_PATH: repoRoot };
    for (const [name, expr] of Object.entries(step.env ?? {})) {
      env[name] = expr.replace(/\$\{\{\s*(inputs\.([\w-]+)|github\.action_path)\s*\}\}/g, (_m, _all: string, input: string | undefined) => (input ? values[input] : repoRoot));
    }
    const script = path.join(cwd, '..', `${path.basename(cwd)}-step.sh`);
    fs.writeFileSync(script, step.run);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8', timeout: 120_000 });
    stdout += r.stdout;
    status = r.status;
    if (status !== 0) break;
  }
  return { stdout, status, outputs: fs.readFileSync(outputFile, 'utf8') };
}

describe('GitHub Action (action.yml)', function () {
  let root: string;
  let repo: string;
  before(function () {
    assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` first');
    assert.strictEqual(action.runs.using, 'composite');
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-action-'));
    repo = path.join(root, 'repo');
    fs.mkdirSync(path.join(repo, 'app'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'app', 'Dockerfile'), 'FROM node\nRUN npm ci\n');
    fs.writeFileSync(path.join(repo, 'compose.yaml'), 'services:\n  a:\n    image: x:1\n    ports: ["8080:80"]\n  b:\n    image: y:1\n    ports: ["8080:80"]\n');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('annotates the findings, fails on an error, and writes SARIF when asked', () => {
    const r = runAction(repo, { 'sarif-file': 'results.sarif' });
    assert.strictEqual(r.status, 1, r.stdout);
    assert.match(r.stdout, /^::warning file=app\/Dockerfile,line=1,col=6,.*title=docker-explain require-image-tag::/m);
    assert.match(r.stdout, /^::error file=compose\.yaml,line=7,.*no-duplicate-host-port::/m);
    assert.match(r.outputs, /^exit-code=1$/m);
    const sarif = JSON.parse(fs.readFileSync(path.join(repo, 'results.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    assert.strictEqual(sarif.version, '2.1.0');
    assert.strictEqual(sarif.runs[0].results.length, r.stdout.trim().split('\n').length);
  });

  it('passes with only warnings, and fails above max-warnings', () => {
    assert.strictEqual(runAction(repo, { path: 'app' }).status, 0);
    const strict = runAction(repo, { path: 'app', 'max-warnings': '0' });
    assert.strictEqual(strict.status, 1);
    assert.match(strict.outputs, /^exit-code=1$/m);
  });

  it('an input is data, never shell code', () => {
    const r = runAction(repo, { path: 'app $(touch pwned) ; touch pwned2' });
    assert.ok(!fs.existsSync(path.join(repo, 'pwned')) && !fs.existsSync(path.join(repo, 'pwned2')));
    assert.strictEqual(r.status, 2, 'the odd words are paths that do not exist');
  });
});

describe('pre-commit hooks (.pre-commit-hooks.yaml)', () => {
  const hooks = parse(fs.readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];

  it('are node hooks that run the CLI', () => {
    assert.deepStrictEqual(hooks.map((h) => [h.id, h.language, h.entry]), [
      ['docker-explain', 'node', 'docker-explain lint'],
      ['docker-explain-fix', 'node', 'docker-explain lint --fix'],
    ]);
  });

  it('pass exactly the files the CLI lints when it walks a folder', () => {
    const names = [
      'Dockerfile', 'app/Dockerfile', 'Dockerfile.prod', 'dockerfile', 'Containerfile', 'web.dockerfile', 'x/api.Containerfile',
      'compose.yaml', 'compose.yml', 'compose.override.yaml', 'docker-compose.yml', 'docker-compose.prod.yaml', 'deploy/my-docker-compose.yaml', 'compose-dev.yaml',
      'README.md', 'Dockerfile-alpine.template.x/other', 'config.yaml', '.github/workflows/ci.yml', 'composer.json', 'package.json', 'Dockerfiles/readme.txt', 'scripts/run.sh', 'dockerfile-notes/x.yaml',
    ];
    for (const hook of hooks) {
      assert.ok(hook.files.startsWith('(?i)'));
      const pattern = new RegExp(hook.files.slice(4), 'i');
      for (const name of names) assert.strictEqual(pattern.test(name), isLintableFileName(path.posix.basename(name)), `${hook.id}: ${name}`);
    }
  });
});

describe('GitLab CI example (docs/ci/gitlab-ci.yml)', () => {
  it('writes the gitlab format to the file it declares as its Code Quality report', () => {
    const ci = parse(fs.readFileSync(path.join(repoRoot, 'docs', 'ci', 'gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts: { reports: { codequality: string } } }>;
    const job = ci['docker-explain'];
    const line = job.script.find((s) => s.includes('docker-explain lint'));
    const m = /--format gitlab .*> (\S+)$/.exec(line ?? '');
    assert.ok(m, line);
    assert.strictEqual(job.artifacts.reports.codequality, m[1]);
  });
});
