import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as sax from 'sax';
import Ajv from 'ajv';
import { repoRoot } from '../../helpers/paths';
import type { FileResult } from '../../../src/cli/format';
import type { LintDiagnostic } from '../../../src/core/lint/types';
import { formatCheckstyle } from '../../../src/cli/formats/checkstyle';
import { formatJunit } from '../../../src/cli/formats/junit';
import { formatGitlab } from '../../../src/cli/formats/gitlab';
import { escapeData, escapeProperty, formatGithub } from '../../../src/cli/formats/github';

// Each CI format is checked the way its reader takes it: the XML reports with a strict XML
// parser (sax in strict mode, which rejects what an XML 1.0 reader rejects), GitLab's Code
// Quality report against a JSON Schema written from GitLab's documented format, and GitHub's
// workflow commands with a parser that follows the runner's own rules (split at `::`, `,`, `=`, unescape).

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

/** Parses XML strictly into a tree; throws on anything that is not well-formed. */
function parseXml(xml: string): Element {
  // XML 1.0 §2.2: these may not appear at all, not even as references (sax does not check).
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|&#(?:x0*[0-8bcef]|x0*1[0-9a-f]|0*(?:[0-8]|1[124-9]|2\d|3[01]));/i.test(xml), 'a character XML 1.0 cannot carry');
  const parser = sax.parser(true, { trim: false });
  const root: Element = { name: '#root', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.onopentag = (node) => {
    const el: Element = { name: node.name, attributes: node.attributes as Record<string, string>, text: '', children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (t) => void (stack[stack.length - 1].text += t);
  parser.oncdata = () => assert.fail('no CDATA expected');
  parser.onerror = (err) => {
    throw err;
  };
  parser.write(xml).close();
  assert.strictEqual(root.children.length, 1, 'one root element');
  return root.children[0];
}

const HOSTILE = 'a ]]> b <c> & "d" \'e\'\ttab\nline\rcr \u0000nul \u001besc \ufffe \ud800lone \u2603 한국어 %25 ::x, y: z';
/** What an XML reader gives back for HOSTILE: the characters XML cannot carry are written as visible escapes. */
const HOSTILE_READ = 'a ]]> b <c> & "d" \'e\'\ttab\nline\rcr \\x00nul \\x1besc \\ufffe \\ud800lone \u2603 한국어 %25 ::x, y: z';

function diag(rule: string, severity: LintDiagnostic['severity'], message: string, line: number, character: number, endLine = line, endCharacter = character + 3): LintDiagnostic {
  return { rule, severity, message, range: { start: { line, character }, end: { line: endLine, character: endCharacter } }, fixes: [] };
}

const RESULTS: FileResult[] = [
  { file: 'app/Dockerfile', diagnostics: [diag('require-image-tag', 'warning', '태그가 없어요', 0, 5), diag('dockerfile-syntax', 'error', HOSTILE, 3, 0, 4, 2)] },
  { file: 'compose.yaml', diagnostics: [] },
  { file: 'odd <&"name>.yaml', diagnostics: [diag('quote-port-mapping', 'info', 'x', 9, 8)] },
];

describe('CLI formats', () => {
  describe('checkstyle', () => {
    it('is well-formed XML with one <file> per file and one <error> per finding, 1-based', () => {
      const root = parseXml(formatCheckstyle(RESULTS));
      assert.strictEqual(root.name, 'checkstyle');
      assert.deepStrictEqual(root.children.map((f) => [f.name, f.attributes.name, f.children.length]), [
        ['file', 'app/Dockerfile', 2],
        ['file', 'compose.yaml', 0],
        ['file', 'odd <&"name>.yaml', 1],
      ]);
      assert.deepStrictEqual(root.children[0].children[0].attributes, { line: '1', column: '6', severity: 'warning', message: '태그가 없어요', source: 'docker-explain.require-image-tag' });
      assert.strictEqual(root.children[0].children[1].attributes.message, HOSTILE_READ);
      assert.strictEqual(root.children[2].children[0].attributes.severity, 'info');
    });
  });

  describe('junit', () => {
    it('is well-formed XML: a suite per file, a failing case per finding, a passing case for a clean file, counts that add up', () => {
      const root = parseXml(formatJunit(RESULTS));
      assert.strictEqual(root.name, 'testsuites');
      assert.deepStrictEqual(root.attributes, { name: 'docker-explain', tests: '4', failures: '3', errors: '0', time: '0' });
      const suites = root.children;
      assert.deepStrictEqual(suites.map((s) => [s.attributes.name, s.attributes.tests, s.attributes.failures]), [
        ['app/Dockerfile', '2', '2'],
        ['compose.yaml', '1', '0'],
        ['odd <&"name>.yaml', '1', '1'],
      ]);
      for (const s of suites) {
        assert.strictEqual(s.children.length, Number(s.attributes.tests));
        assert.strictEqual(s.children.filter((c) => c.children.some((f) => f.name === 'failure')).length, Number(s.attributes.failures));
      }
      const hostile = suites[0].children[1];
      assert.strictEqual(hostile.attributes.name, 'dockerfile-syntax (4:1)');
      const failure = hostile.children[0];
      assert.deepStrictEqual([failure.name, failure.attributes.type, failure.attributes.message], ['failure', 'error', HOSTILE_READ]);
      assert.strictEqual(failure.text, `app/Dockerfile:4:1 error dockerfile-syntax: ${HOSTILE_READ}`);
      assert.deepStrictEqual(suites[1].children.map((c) => [c.name, c.children.length]), [['testcase', 0]]);
    });

    it('an empty run is still a document', () => {
      assert.strictEqual(parseXml(formatJunit([])).attributes.tests, '0');
      assert.strictEqual(parseXml(formatCheckstyle([])).children.length, 0);
    });
  });

  describe('gitlab', () => {
    // From https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format: an array of
    // objects; description, check_name, fingerprint, severity and location.path with
    // location.lines.begin (or location.positions.begin.line) are required.
    const schema = {
      type: 'array',
      items: {
        type: 'object',
        required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
        properties: {
          description: { type: 'string', minLength: 1 },
          check_name: { type: 'string', minLength: 1 },
          fingerprint: { type: 'string', minLength: 1 },
          severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
          location: {
            type: 'object',
            required: ['path', 'lines'],
            properties: {
              path: { type: 'string', minLength: 1, not: { pattern: '^(/|\\./|[A-Za-z]:)' } },
              lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } } },
            },
          },
        },
      },
    };
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
    const cwd = path.resolve('/work/project');

    it('matches GitLab’s documented schema, with paths relative to the checkout', () => {
      const issues = JSON.parse(formatGitlab(RESULTS, cwd)) as { severity: string; check_name: string; description: string; location: { path: string; lines: { begin: number } } }[];
      assert.ok(validate(issues), JSON.stringify(validate.errors));
      assert.deepStrictEqual(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin]), [
        ['require-image-tag', 'minor', 'app/Dockerfile', 1],
        ['dockerfile-syntax', 'major', 'app/Dockerfile', 4],
        ['quote-port-mapping', 'info', 'odd <&"name>.yaml', 10],
      ]);
      assert.strictEqual(issues[1].description, HOSTILE);
    });

    it('fingerprints are unique per finding and do not move when lines are added above', () => {
      const twice: FileResult[] = [{ file: 'Dockerfile', diagnostics: [diag('r', 'warning', 'same', 1, 0), diag('r', 'warning', 'same', 5, 0)] }];
      const shifted: FileResult[] = [{ file: 'Dockerfile', diagnostics: [diag('r', 'warning', 'same', 3, 0), diag('r', 'warning', 'same', 8, 0)] }];
      const a = (JSON.parse(formatGitlab(twice, cwd)) as { fingerprint: string }[]).map((i) => i.fingerprint);
      const b = (JSON.parse(formatGitlab(shifted, cwd)) as { fingerprint: string }[]).map((i) => i.fingerprint);
      assert.notStrictEqual(a[0], a[1]);
      assert.deepStrictEqual(a, b);
      const other = (JSON.parse(formatGitlab([{ file: 'other/Dockerfile', diagnostics: twice[0].diagnostics }], cwd)) as { fingerprint: string }[]).map((i) => i.fingerprint);
      assert.ok(!other.includes(a[0]));
    });

    it('a file outside the checkout keeps its absolute path (never ../)', () => {
      const [issue] = JSON.parse(formatGitlab([{ file: '../elsewhere/Dockerfile', diagnostics: [diag('r', 'error', 'm', 0, 0)] }], cwd)) as { location: { path: string } }[];
      assert.strictEqual(issue.location.path, path.resolve(cwd, '../elsewhere/Dockerfile').replace(/\\/g, '/'));
    });
  });

  describe('github', () => {
    /** The runner's reading of a workflow command line (actions/runner ActionCommand.TryParseV2). */
    function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } {
      assert.ok(line.startsWith('::'));
      const end = line.indexOf('::', 2);
      assert.ok(end > 0, `no closing :: in ${line}`);
      const head = line.slice(2, end);
      const space = head.indexOf(' ');
      const command = space < 0 ? head : head.slice(0, space);
      const properties: Record<string, string> = {};
      if (space >= 0) {
        for (const pair of head.slice(space + 1).split(',')) {
          const eq = pair.indexOf('=');
          assert.ok(eq > 0, `property without = in ${line}`);
          properties[pair.slice(0, eq)] = pair.slice(eq + 1).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
        }
      }
      const data = line.slice(end + 2).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
      return { command, properties, data };
    }

    it('escapes data and properties as the runner requires', () => {
      const table: [string, string, string][] = [
        ['100%', '100%25', '100%25'],
        ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
        ['a:b', 'a:b', 'a%3Ab'],
        ['a,b', 'a,b', 'a%2Cb'],
        ['%0A', '%250A', '%250A'],
        ['::', '::', '%3A%3A'],
      ];
      for (const [raw, data, property] of table) {
        assert.strictEqual(escapeData(raw), data, raw);
        assert.strictEqual(escapeProperty(raw), property, raw);
      }
    });

    it('one command per finding, on one line, that the runner reads back exactly', () => {
      const results: FileResult[] = [
        ...RESULTS,
        { file: 'we,ird:dir/%0A/Dockerfile', diagnostics: [{ ...diag('r', 'warning', 'm', 0, 0), related: [{ file: path.join(path.resolve('/work/project'), 'base.yaml').replace(/\\/g, '/'), range: { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } }, message: '먼저 게시해요' }] }] },
      ];
      const lines = formatGithub(results, path.resolve('/work/project')).split('\n');
      assert.strictEqual(lines.length, 4);
      const parsed = lines.map(parseCommand);
      assert.deepStrictEqual(parsed.map((p) => p.command), ['warning', 'error', 'notice', 'warning']);
      assert.deepStrictEqual(parsed[1].properties, { file: 'app/Dockerfile', line: '4', col: '1', endLine: '5', endColumn: '3', title: 'docker-explain dockerfile-syntax' });
      assert.strictEqual(parsed[1].data, HOSTILE);
      assert.strictEqual(parsed[3].properties.file, 'we,ird:dir/%0A/Dockerfile');
      assert.strictEqual(parsed[3].data, 'm\n관련: base.yaml:3:5 먼저 게시해요');
    });

    it('prints nothing when there is no finding', () => {
      assert.strictEqual(formatGithub([{ file: 'Dockerfile', diagnostics: [] }], '/'), '');
    });
  });

  describe('as a process', function () {
    const cli = path.join(repoRoot, 'dist', 'cli.js');
    let dir: string;
    before(function () {
      assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-formats-'));
      fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM node\nrun echo hi\nRUN echo <&>\n');
      fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const run = (format: string) => spawnSync(process.execPath, [cli, 'lint', '--format', format, '.'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

    it('every format reports the same findings, readable by its reader', () => {
      const json = JSON.parse(run('json').stdout) as { files: { file: string; diagnostics: { rule: string; line: number }[] }[] };
      const expected = json.files.flatMap((f) => f.diagnostics.map((d) => `${f.file}:${d.line}:${d.rule}`)).sort();
      assert.ok(expected.length >= 2, JSON.stringify(json));

      const checkstyle = parseXml(run('checkstyle').stdout);
      assert.deepStrictEqual(checkstyle.children.flatMap((f) => f.children.map((e) => `${f.attributes.name}:${e.attributes.line}:${e.attributes.source.replace('docker-explain.', '')}`)).sort(), expected);

      const junit = parseXml(run('junit').stdout);
      assert.strictEqual(Number(junit.attributes.failures), expected.length);

      const gitlab = run('gitlab');
      const issues = JSON.parse(gitlab.stdout) as { check_name: string; location: { path: string; lines: { begin: number } } }[];
      assert.deepStrictEqual(issues.map((i) => `${i.location.path}:${i.location.lines.begin}:${i.check_name}`).sort(), expected);

      const github = run('github');
      const annotations = github.stdout.trim().split('\n').map(parseLine).sort();
      assert.deepStrictEqual(annotations, expected);
      assert.strictEqual(github.status, 0, github.stderr);
    });

    function parseLine(line: string): string {
      const m = /^::(?:error|warning|notice) file=([^,]*),line=(\d+),.*title=docker-explain ([a-z-]+)::/.exec(line);
      assert.ok(m, line);
      return `${m[1]}:${m[2]}:${m[3]}`;
    }
  });
});
