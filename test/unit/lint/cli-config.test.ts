import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { AnalysisService } from '../../../src/worker/service';
import { nodeConfigReader, corePath } from '../../../src/cli/config';
import { repoRoot } from '../../helpers/paths';

const cli = path.join(repoRoot, 'dist', 'cli.js');
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'lint');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

describe('CLI: team config', function () {
  before(function () {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
  });

  it('discovers .docker-explain.json (nearest wins, extends, ignore) and keeps the JSON contract', () => {
    const cwd = path.join(fixtures, 'team');
    const r = run(['lint', '--format', 'json', '.'], cwd);
    assert.strictEqual(r.stderr, '');
    const out = JSON.parse(r.stdout) as { files: { file: string; diagnostics: JsonDiagnostic[] }[] };
    // legacy/ is ignored by the team file; privileged is off; strict made quote-port-mapping an error;
    // base.json made no-obsolete-version info; the nearest file softened require-image-tag.
    assert.deepStrictEqual(out.files.map((f) => f.file), [path.join('services', 'api', 'compose.yaml')]);
    assert.deepStrictEqual(
      out.files[0].diagnostics.map((d) => [d.rule, d.severity, d.line, d.column, d.endLine, d.endColumn]),
      [
        ['no-obsolete-version', 'info', 1, 1, 1, 15],
        ['require-image-tag', 'warning', 4, 12, 4, 23],
        ['quote-port-mapping', 'error', 7, 9, 7, 14],
      ],
    );
    assert.strictEqual(r.code, 1);
  });

  it('the CLI and the editor (its analysis worker) give identical diagnostics under the same team config', () => {
    const cwd = path.join(fixtures, 'team');
    const file = path.join('services', 'api', 'compose.yaml');
    const r = run(['lint', '--format', 'json', file], cwd);
    const fromCli = (JSON.parse(r.stdout) as { files: { diagnostics: JsonDiagnostic[] }[] }).files[0].diagnostics;
    // What the extension does for an open document: the analysis worker's lint request (src/worker/service.ts).
    const abs = corePath(path.join(cwd, file));
    const editor = new AnalysisService(nodeConfigReader).handle('lint', {
      doc: { uri: `file://${abs}`, version: 1, kind: 'compose', text: fs.readFileSync(abs, 'utf8') },
      target: { path: abs, workspaceRoot: corePath(cwd), language: 'ko' },
    });
    assert.strictEqual(editor.ignored, false);
    assert.deepStrictEqual(
      fromCli,
      editor.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 })),
    );
    // And the CLI reaches the linter only through lintFile, as the worker does (no second, drifting path).
    const cli = fs.readFileSync(path.join(repoRoot, 'src/cli/run.ts'), 'utf8');
    assert.match(cli, /\blintFile\(/, 'src/cli/run.ts must lint through lintFile()');
    assert.doesNotMatch(cli, /\blintDocument\(/, 'src/cli/run.ts must not call lintDocument() directly');
  });

  it('a broken config: Korean message with file:line:column on stderr, defaults apply, exit 2', () => {
    const cwd = path.join(fixtures, 'broken');
    const r = run(['lint', '--format', 'json', 'compose.yaml'], cwd);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^docker-explain: \.docker-explain\.json:4:5: 설정 오류: 설정 파일의 JSON 문법이 잘못됐어요/m);
    const out = JSON.parse(r.stdout) as { files: { diagnostics: JsonDiagnostic[] }[] };
    assert.deepStrictEqual(out.files[0].diagnostics.map((d) => d.rule), ['require-image-tag'], 'the broken file does not switch the rule off');
  });

  it('--config FILE replaces discovery; a missing --config file is exit 2', () => {
    const cwd = path.join(fixtures, 'team');
    const r = run(['lint', '--format', 'json', '--config', 'config/base.json', 'legacy/compose.yaml'], cwd);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { files: { file: string; diagnostics: JsonDiagnostic[] }[] };
    assert.deepStrictEqual(out.files[0].diagnostics.map((d) => [d.rule, d.severity]), [['require-image-tag', 'warning']]);
    const missing = run(['lint', '--config', 'nope.json', 'legacy/compose.yaml'], cwd);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /설정 파일 ‘.*nope\.json’을 읽을 수 없어요/);
  });
});
