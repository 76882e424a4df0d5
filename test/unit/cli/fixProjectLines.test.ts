import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/run';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import type { ComposeDocument } from '../../../src/core/documents/composeDocument';
import { loadProject } from '../../../src/core/compose/loadProject';
import { ProjectView } from '../../../src/core/lint/compose/projectView';
import { fixFileText } from '../../../src/core/lint/applyFixes';

// `lint --fix` on a Compose project: the findings printed after the fix read the lines of the
// file as it is on disk then. Each fix pass used the project loaded from the text before the fix,
// so a finding placed from the project (an `include:` entry, another file's line) kept its old
// line once `version:` (no-obsolete-version's safe fix) was removed above it.

/** `lint --fix --format json` through the CLI entry; each file's findings as [rule, line, related lines]. */
async function fixAndReport(dir: string, target: string): Promise<Record<string, [string, number, string[]][]>> {
  let out = '';
  await runCli(['lint', '--fix', '--format', 'json', target], { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true }, isTTY: false });
  const report = JSON.parse(out) as { files: { file: string; diagnostics: { rule: string; line: number; related?: { file: string; line: number }[] }[] }[] };
  const byFile: Record<string, [string, number, string[]][]> = {};
  for (const f of report.files) byFile[path.relative(dir, path.resolve(f.file)).replace(/\\/g, '/')] = f.diagnostics.map((d) => [d.rule, d.line, (d.related ?? []).map((r) => `${path.basename(path.dirname(r.file))}/${path.basename(r.file)}:${r.line}`)]);
  return byFile;
}

/** The 1-based line of the first line of `text` that holds `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('lint --fix: project-based findings are printed at the lines of the fixed file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dx-fixlines-')));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };

  it('an include clash reported at its include entry, after the fix removed a line above it', async () => {
    // The clash of two include entries is placed at the entry (an origin of the loaded project).
    write('compose.yaml', 'version: "3.8"\ninclude:\n  - a/compose.yaml\n  - b/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n');
    write('a/compose.yaml', 'services:\n  api:\n    image: api:1\n    ports: ["8080:80"]\n');
    write('b/compose.yaml', 'services:\n  worker:\n    image: w:1\n    ports: ["8080:81"]\n');
    const found = await fixAndReport(dir, path.join(dir, 'compose.yaml'));
    const after = fs.readFileSync(path.join(dir, 'compose.yaml'), 'utf8');
    assert.ok(!after.includes('version'), 'the safe fix was written');
    assert.deepStrictEqual(found['compose.yaml'], [['no-duplicate-host-port', lineOf(after, '- b/compose.yaml'), ['b/compose.yaml:4', 'a/compose.yaml:4']]]);
  });

  it("a clash with the base file, in an override linted before the base file's fix, names the base file's new line", async () => {
    // The folder is linted in name order: compose.override.yaml before compose.yaml.
    write('compose.yaml', 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n');
    write('compose.override.yaml', 'services:\n  admin:\n    image: adm:1\n    ports: ["8080:81"]\n');
    const found = await fixAndReport(dir, dir);
    const base = fs.readFileSync(path.join(dir, 'compose.yaml'), 'utf8');
    const line = lineOf(base, '8080:80');
    assert.strictEqual(line, 4);
    assert.deepStrictEqual(found['compose.override.yaml'], [['no-duplicate-host-port', 4, [`${path.basename(dir)}/compose.yaml:${line}`]]]);
  });

  it('the fix engine lints each later pass against the project loaded with the new text', () => {
    const files: Record<string, string> = {
      '/p/compose.yaml': 'version: "3.8"\ninclude:\n  - a/compose.yaml\n  - b/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n',
      '/p/a/compose.yaml': 'services:\n  api:\n    image: api:1\n    ports: ["8080:80"]\n',
      '/p/b/compose.yaml': 'services:\n  worker:\n    image: w:1\n    ports: ["8080:81"]\n',
    };
    const docs = new Map<string, ComposeDocument>();
    const project = loadProject({ files: ['/p/compose.yaml'], readFile: (f) => files[f], parse: (f, text) => docs.get(f) ?? (docs.set(f, parseCompose(text)).get(f) as ComposeDocument) });
    const doc = docs.get('/p/compose.yaml') as ComposeDocument;
    const fixed = fixFileText({ path: '/p/compose.yaml', doc, project: new ProjectView(project, '/p/compose.yaml') });
    assert.strictEqual(fixed.applied, 1);
    const clash = fixed.diagnostics.find((d) => d.rule === 'no-duplicate-host-port');
    assert.strictEqual(clash?.range.start.line, 2, 'the entry `- b/compose.yaml` is on line 3 (0-based 2) once `version:` is gone');
  });
});
