import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileKindOf } from '../../../src/core';
import { runCli } from '../../../src/cli/run';
import { AnalysisService } from '../../../src/worker/service';
import { readConfigFile, realPathOf } from '../../../src/node/readBounded';
import { corpusRoot, listFiles } from '../../helpers/paths';

// `docker-explain lint --fix` and the editor's "fix all" (the worker's fixAll request, applied
// and saved as the editor does) give the same bytes for the same file and config. They used two
// engines that disagreed: the editor fixed files with a syntax error, counted edits instead of
// fixes, and linted a Compose file without its project; the CLI waited a pass on touching edits.

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

interface Case {
  name: string;
  /** Files of the folder; the first is the one fixed. */
  files: Record<string, string | Buffer>;
}

const CRAFTED: Case[] = [
  {
    name: 'Dockerfile with a BOM and CRLF',
    files: { Dockerfile: Buffer.concat([BOM, Buffer.from('from node:20 as Build\r\nrun npm ci && \\\r\n\r\n    npm test\r\nenv MODE production\r\nEXPOSE 80/TCP\r\n')]) },
  },
  {
    // The editor's engine fixed this file; the CLI never touches a file that does not parse.
    name: 'Dockerfile with a syntax error and fixable casing',
    files: { Dockerfile: 'from node:20 as Build\nCOPY onlyone\nrun echo hi\n' },
  },
  {
    name: 'a rule turned off in the team config stays unfixed',
    files: { Dockerfile: 'from node:20 as Build\nrun echo hi\nENV A 1\n', '.docker-explain.json': '{ "root": true, "rules": { "consistent-instruction-casing": "off" } }\n' },
  },
  {
    name: 'the team config ignores the file',
    files: { Dockerfile: 'from node:20\n', '.docker-explain.json': '{ "root": true, "ignore": ["Dockerfile"] }\n' },
  },
  {
    name: 'inline disable comments are obeyed by both',
    files: { Dockerfile: '# docker-explain-disable-next-line consistent-instruction-casing\nfrom node:20 as Build\nrun echo hi\n' },
  },
  {
    name: 'Compose file of a set (with its override), obsolete version and a base-60 port',
    files: {
      'compose.yaml': 'version: "3.8"\nservices:\n  sftp:\n    image: atmoz/sftp:alpine\n    ports:\n      - 22:22\n',
      'compose.override.yaml': 'services:\n  sftp:\n    ports:\n      - 2222:22\n',
    },
  },
  {
    name: 'Compose file in CRLF with a BOM',
    files: { 'compose.yaml': Buffer.concat([BOM, Buffer.from('version: "3"\r\nservices:\r\n  a:\r\n    image: x:1\r\n    ports:\r\n      - 22:22\r\n      - "80:80/TCP"\r\n')]) },
  },
  {
    name: 'Compose file that does not parse',
    files: { 'compose.yaml': 'version: "3"\nservices:\n  a: [\n' },
  },
  {
    name: 'nothing to fix',
    files: { Dockerfile: 'FROM node:20 AS build\nRUN echo hi\n' },
  },
];

/** Corpus files with at least one fixable finding (and a few without), each alone in a folder. */
function corpusCases(): Case[] {
  const out: Case[] = [];
  for (const file of listFiles(corpusRoot)) {
    if (!fileKindOf(file) || !['dockerfile', 'compose'].includes(fileKindOf(file)!)) continue;
    out.push({ name: `corpus ${path.relative(corpusRoot, file)}`, files: { [path.basename(file)]: fs.readFileSync(file) } });
  }
  return out;
}

async function cliFix(file: string): Promise<{ bytes: Buffer; applied: number }> {
  let err = '';
  await runCli(['lint', '--fix', '--format', 'json', file], { stdout: { write: () => true }, stderr: { write: (t: string) => (err += t) }, isTTY: false });
  const m = /문제 (\d+)개를 고쳤어요/.exec(err);
  return { bytes: fs.readFileSync(file), applied: m ? Number(m[1]) : 0 };
}

/** What the editor saves after "fix all": the worker's text, the BOM kept aside as VS Code keeps it. */
function editorFix(file: string, root: string): { bytes: Buffer; applied: number } {
  const raw = fs.readFileSync(file);
  const bom = raw.subarray(0, 3).equals(BOM);
  const text = (bom ? raw.subarray(3) : raw).toString('utf8');
  const kind = fileKindOf(file)!;
  const service = new AnalysisService(readConfigFile, realPathOf);
  const corePath = file.replace(/\\/g, '/');
  const answer = service.handle('fixAll', {
    doc: { uri: `file://${corePath}`, version: 1, kind, text, file: { path: corePath, workspaceRoot: root } },
    target: { path: corePath, workspaceRoot: root, language: 'ko' },
  });
  if (!answer || !('text' in answer) || answer.text === text) return { bytes: raw, applied: 0 };
  return { bytes: Buffer.concat([bom ? BOM : Buffer.alloc(0), Buffer.from(answer.text, 'utf8')]), applied: answer.edits };
}

describe('lint --fix and the editor\'s fix all give the same bytes', function () {
  this.timeout(120_000);
  let tmp: string;
  before(() => (tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dx-fix-parity-')))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const cases = [...CRAFTED, ...corpusCases()];
  let changed = 0;
  cases.forEach((c, i) => {
    it(c.name, async () => {
      const write = (side: string) => {
        const dir = path.join(tmp, `${i}-${side}`);
        fs.mkdirSync(dir);
        // A root config bounds the search to this folder (unless the case brings its own).
        if (!('.docker-explain.json' in c.files)) fs.writeFileSync(path.join(dir, '.docker-explain.json'), '{ "root": true }\n');
        for (const [name, body] of Object.entries(c.files)) fs.writeFileSync(path.join(dir, name), body);
        return { dir, file: path.join(dir, Object.keys(c.files)[0]) };
      };
      const cliSide = write('cli');
      const editorSide = write('editor');
      const cli = await cliFix(cliSide.file);
      const editor = editorFix(editorSide.file, editorSide.dir);
      assert.strictEqual(editor.bytes.toString('latin1'), cli.bytes.toString('latin1'));
      assert.strictEqual(editor.applied, cli.applied, 'both count the fixes the same');
      if (!cli.bytes.equals(Buffer.from(c.files[Object.keys(c.files)[0]]))) changed++;
    });
  });

  it('a file that does not parse: the worker answers only why it stopped, without the text (the host has it)', () => {
    const dir = path.join(tmp, 'parse-error');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '.docker-explain.json'), '{ "root": true }\n');
    const corePath = path.join(dir, 'Dockerfile').replace(/\\/g, '/');
    const text = 'FROM node:20 as build\nCOPY onlyone\n';
    const answer = new AnalysisService(readConfigFile, realPathOf).handle('fixAll', {
      doc: { uri: `file://${corePath}`, version: 1, kind: 'dockerfile', text, file: { path: corePath, workspaceRoot: dir } },
      target: { path: corePath, workspaceRoot: dir, language: 'ko' },
    });
    assert.deepStrictEqual(answer, { stopped: 'parse-error' });
  });

  it('the table changes files (the comparison is not between two untouched copies)', () => {
    assert.ok(changed >= 8, `only ${changed} files changed`);
  });
});
