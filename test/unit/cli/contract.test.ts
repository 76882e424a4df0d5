import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { corpusRoot, listFiles, repoRoot } from '../../helpers/paths';
import { isLintableFileName } from '../../../src/core/documents/fileKind';

// The CLI is a public contract (see README): these tests run the built bundle as a process,
// the way CI systems call it, and check exit codes and the JSON shape.
const cli = path.join(repoRoot, 'dist', 'cli.js');

function run(args: string[], cwd = repoRoot) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonOutput {
  files: { file: string; diagnostics: { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
}

describe('CLI contract', function () {
  before(function () {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
  });

  it('lint --format json: 1-based positions, paths as given, exit 1 on an error', () => {
    const r = run(['lint', '--format', 'json', 'test/fixtures/foundation/compose.yaml']);
    assert.strictEqual(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as JsonOutput;
    assert.strictEqual(out.files.length, 1);
    assert.strictEqual(out.files[0].file, 'test/fixtures/foundation/compose.yaml');
    const dup = out.files[0].diagnostics.filter((d) => d.rule === 'no-duplicate-host-port');
    assert.deepStrictEqual(dup[0] && { line: dup[0].line, column: dup[0].column, endLine: dup[0].endLine, endColumn: dup[0].endColumn, severity: dup[0].severity }, {
      line: 11,
      column: 9,
      endLine: 11,
      endColumn: 20,
      severity: 'error',
    });
    assert.match(dup[0].message, /호스트 포트 8080/);
    for (const d of out.files[0].diagnostics) assert.deepStrictEqual(Object.keys(d).sort(), ['column', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity']);
  });

  it('lint walks folders for Dockerfiles and Compose files only', () => {
    const r = run(['lint', '--format', 'json', 'examples']);
    const files = (JSON.parse(r.stdout) as JsonOutput).files.map((f) => f.file).sort();
    assert.deepStrictEqual(files, [path.join('examples', 'Dockerfile'), path.join('examples', 'compose.override.yaml'), path.join('examples', 'compose.yaml')]);
  });

  it('exit 0 for a clean file, with the stylish summary', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-cli-'));
    fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n');
    const r = run(['lint', path.join(dir, 'compose.yaml')]);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /문제 없음/);
  });

  it('exit 2 with a Korean message for usage and I/O problems', () => {
    const missing = run(['lint', 'no/such/file']);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /파일이나 폴더가 없어요/);
    const badFormat = run(['lint', '--format', 'xml', 'examples']);
    assert.strictEqual(badFormat.code, 2);
    assert.match(badFormat.stderr, /--format/);
    const unknown = run(['frobnicate']);
    assert.strictEqual(unknown.code, 2);
    assert.match(unknown.stderr, /알 수 없는 명령/);
    const noPath = run(['lint']);
    assert.strictEqual(noPath.code, 2);
  });

  it('explain FILE --line --column --format json: the hover at a 1-based position', () => {
    const r = run(['explain', 'test/fixtures/foundation/compose.yaml', '--line', '5', '--column', '10', '--format', 'json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { markdown: string; range: { line: number; column: number }; topics: string[]; sources: string[] };
    assert.match(out.markdown, /호스트 8080 → 컨테이너 80/);
    assert.ok(Array.isArray(out.sources) && out.sources.length > 0 && out.sources.every((url) => url.startsWith('https://')), 'sources: an array of URLs next to markdown');
    assert.deepStrictEqual(out.range.line, 5);
    assert.ok(out.topics.includes('compose.service.ports'));
  });

  it('explain prints null where there is nothing to explain', () => {
    const r = run(['explain', 'test/fixtures/foundation/compose.yaml', '--line', '400', '--column', '1', '--format', 'json']);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.stdout.trim(), 'null');
  });

  it('explain --command: a docker command given as text', () => {
    const r = run(['explain', '--command', 'docker run -d -p 8080:80 nginx', '--format', 'json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { markdown: string } | null;
    assert.ok(out && out.markdown.length > 0, 'a docker run command must be explained');
  });

  it('lints the whole corpus without a crash (exit 0 or 1, valid JSON)', function () {
    this.timeout(120_000);
    const r = run(['lint', '--format', 'json', corpusRoot]);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
    const out = JSON.parse(r.stdout) as JsonOutput;
    // Every Dockerfile and Compose file of the corpus by name (148 today: 107 + 41), each exactly once.
    const expected = listFiles(corpusRoot).filter((f) => isLintableFileName(f)).length;
    assert.ok(expected >= 140, `the corpus holds only ${expected} Dockerfiles and Compose files`);
    assert.strictEqual(out.files.length, expected);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
  });
});
