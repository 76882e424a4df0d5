import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../../helpers/paths';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import type { ParsedDocument } from '../../../src/core/documents/parsedDocument';
import * as parsedDocumentModule from '../../../src/core/documents/parsedDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { applySafeFixes, MAX_PASSES } from '../../../src/core/lint/applyFixes';
import type { LintDiagnostic } from '../../../src/core/lint/types';
import { diffLines, MAX_SEARCH_EDITS, unifiedDiff } from '../../../src/cli/diff';
import { fixFile } from '../../../src/cli/fixFiles';
import fc from 'fast-check';

// `--fix` applies only safe fixes, until nothing is left, never on a file that does not parse,
// and a second run changes nothing; `--fix-dry-run` prints a unified diff that git applies.

const fixAs = (text: string, kind: 'dockerfile' | 'compose', lint: (doc: ParsedDocument) => LintDiagnostic[] = (doc) => lintDocument(doc)) => applySafeFixes(parseDocument(text, kind), lint);

const MESSY = [
  'FROM node:20 as Build',
  'RUN apt-get update \\',
  '',
  '    && echo hi',
  'env A 1',
  'EXPOSE 80/TCP',
  'FROM --platform=$TARGETPLATFORM nginx:1.27',
  'CMD nginx -g "daemon off;"',
  '',
].join('\n');

const CLEANED = [
  'FROM node:20 AS build',
  'RUN apt-get update \\',
  '    && echo hi',
  'ENV A=1',
  'EXPOSE 80/tcp',
  'FROM nginx:1.27',
  'CMD nginx -g "daemon off;"',
  '',
].join('\n');

function fakeDiagnostic(range: [number, number, number, number], newText: string, safe = true): LintDiagnostic {
  const r = { start: { line: range[0], character: range[1] }, end: { line: range[2], character: range[3] } };
  return { rule: 'fake', severity: 'warning', message: 'm', range: r, fixes: [{ title: 't', edits: [{ range: r, newText }], safe }] };
}

describe('applySafeFixes', () => {
  it('applies every safe fix, lints again until stable, and leaves the rest', () => {
    const r = fixAs(MESSY, 'dockerfile');
    assert.strictEqual(r.text, CLEANED);
    assert.strictEqual(r.stopped, undefined);
    assert.ok(r.applied >= 6, String(r.applied));
    assert.deepStrictEqual(r.diagnostics.filter((d) => d.fixes.some((f) => f.safe)), []);
    assert.ok(r.diagnostics.some((d) => d.rule === 'prefer-exec-form'), 'an unsafe fix stays a finding');
  });

  it('parses each new text once: the syntax check and the next lint share it (the CLI parsed every pass twice)', () => {
    const original = parsedDocumentModule.parseDocument;
    let parses = 0;
    const linted: ParsedDocument[] = [];
    (parsedDocumentModule as { parseDocument: typeof original }).parseDocument = (text, kind) => {
      parses++;
      return original(text, kind);
    };
    try {
      const r = applySafeFixes(original(MESSY, 'dockerfile'), (doc) => {
        linted.push(doc);
        return lintDocument(doc);
      });
      assert.strictEqual(r.text, CLEANED);
    } finally {
      (parsedDocumentModule as { parseDocument: typeof original }).parseDocument = original;
    }
    assert.ok(linted.length >= 2, String(linted.length));
    // The first text came parsed; every later one was parsed exactly once, and that parse was linted.
    assert.strictEqual(parses, linted.length - 1);
    assert.strictEqual(new Set(linted).size, linted.length);
  });

  it('is idempotent: a second run changes nothing', () => {
    const once = fixAs(MESSY, 'dockerfile').text;
    const twice = fixAs(once, 'dockerfile');
    assert.deepStrictEqual([twice.text, twice.applied], [once, 0]);
  });

  it('Compose: removes the obsolete version and quotes base-60 ports, keeps CRLF', () => {
    const text = 'version: "3.8"\r\nservices:\r\n  a:\r\n    image: x:1\r\n    ports:\r\n      - 22:22\r\n';
    const r = fixAs(text, 'compose');
    assert.strictEqual(r.text, 'services:\r\n  a:\r\n    image: x:1\r\n    ports:\r\n      - "22:22"\r\n');
  });

  it('never touches a file that does not parse', () => {
    for (const [kind, text] of [
      ['compose', 'version: "3"\nservices:\n  a: [\n'],
      ['dockerfile', 'FROM node:20 as build\nCOPY onlyone\n'],
    ] as const) {
      const r = fixAs(text, kind);
      assert.deepStrictEqual([r.text, r.applied, r.stopped], [text, 0, 'parse-error'], text);
    }
  });

  it('overlapping fixes wait for the next pass; unsafe fixes and fixes into other files are never applied', () => {
    const text = 'FROM a:1\n';
    let calls = 0;
    const lint = ({ text: t }: ParsedDocument): LintDiagnostic[] => {
      calls++;
      const out: LintDiagnostic[] = [];
      if (t.startsWith('FROM')) out.push(fakeDiagnostic([0, 0, 0, 4], 'from'), fakeDiagnostic([0, 0, 0, 4], 'FrOm'));
      out.push(fakeDiagnostic([0, 5, 0, 6], 'X', false));
      const other = fakeDiagnostic([0, 5, 0, 6], 'Y');
      other.fixes[0].edits[0].file = '/elsewhere/compose.yaml';
      out.push(other);
      return out;
    };
    const r = fixAs(text, 'dockerfile', lint);
    assert.strictEqual(r.text, 'from a:1\n');
    assert.strictEqual(r.applied, 1);
    assert.strictEqual(calls, 2);
  });

  it('stops after MAX_PASSES when fixes keep undoing each other, and says so', () => {
    const lint = ({ text: t }: ParsedDocument) => [fakeDiagnostic([0, 0, 0, 1], t.startsWith('a') ? 'b' : 'a')];
    const r = fixAs('a: 1\n', 'compose', lint);
    assert.strictEqual(r.stopped, 'pass-limit');
    assert.strictEqual(r.applied, MAX_PASSES);
  });

  it('throws away a pass whose result would not parse', () => {
    const text = 'services:\n  a:\n    image: x:1\n';
    const r = fixAs(text, 'compose', () => [fakeDiagnostic([0, 0, 0, 0], '  bad: [\n')]);
    assert.deepStrictEqual([r.text, r.stopped], [text, 'would-break-parse']);
  });
});

describe('fixFile', () => {
  it('refuses a file that was not UTF-8 before running the fix loop (it ran to the end, then the write refused it)', () => {
    const text = 'version: "3"\nservices:\n  a:\n    image: x:1\n';
    const lint = { path: '/w/compose.yaml', doc: parseDocument(text, 'compose') };
    const diagnostics = lintDocument(lint.doc);
    assert.ok(diagnostics.some((d) => d.fixes.some((f) => f.safe)), 'the file has a safe fix');
    const original = parsedDocumentModule.parseDocument;
    let parses = 0;
    (parsedDocumentModule as { parseDocument: typeof original }).parseDocument = (t, kind) => {
      parses++;
      return original(t, kind);
    };
    try {
      for (const mode of ['write', 'diff'] as const) {
        for (const encoding of ['utf-16le', 'utf-16be'] as const) {
          const outcome = fixFile({ file: '/nonexistent/compose.yaml', label: 'compose.yaml', lint, diagnostics, mode, encoding });
          assert.deepStrictEqual([outcome.applied, outcome.diff, outcome.problem, outcome.note], [0, undefined, undefined, 'UTF-8이 아닌 파일(UTF-16이나 잘못된 바이트)이라 고치지 않았어요.'], `${mode} ${encoding}`);
          assert.strictEqual(outcome.diagnostics, diagnostics);
        }
      }
      assert.strictEqual(parses, 0, 'no pass was parsed: the loop never ran');
      // The same file in UTF-8 goes through the loop (the spy sees its passes).
      assert.strictEqual(fixFile({ file: '/nonexistent/compose.yaml', label: 'compose.yaml', lint, diagnostics, mode: 'diff', encoding: 'utf-8' }).applied, 1);
      assert.ok(parses > 0);
    } finally {
      (parsedDocumentModule as { parseDocument: typeof original }).parseDocument = original;
    }
  });
});

describe('unifiedDiff', () => {
  const cases: [string, string, string][] = [
    ['one change', 'a\nb\nc\n', 'a\nB\nc\n'],
    ['far apart changes make two hunks', Array.from({ length: 30 }, (_, i) => `l${i}\n`).join(''), Array.from({ length: 30 }, (_, i) => (i === 2 || i === 25 ? `L${i}\n` : `l${i}\n`)).join('')],
    ['a removed line', 'a\n\nb\n', 'a\nb\n'],
    ['no line break at the end', 'a\nb', 'a\nc'],
    ['CRLF', 'a\r\nb\r\n', 'a\r\nc\r\n'],
    ['everything new', '', 'x\n'],
  ];
  for (const [what, before, after] of cases) {
    it(`${what}: git apply turns before into after`, () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-diff-'));
      try {
        fs.writeFileSync(path.join(dir, 'Dockerfile'), before);
        fs.writeFileSync(path.join(dir, 'p.diff'), unifiedDiff('Dockerfile', before, after));
        const r = spawnSync('git', ['apply', '--unsafe-paths', '--whitespace=nowarn', 'p.diff'], { cwd: dir, encoding: 'utf8' });
        assert.strictEqual(r.status, 0, r.stderr + unifiedDiff('Dockerfile', before, after));
        assert.strictEqual(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), after);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('equal texts give no diff; hunks have three lines of context', () => {
    assert.strictEqual(unifiedDiff('x', 'a\n', 'a\n'), '');
    assert.strictEqual(unifiedDiff('x', '1\n2\n3\n4\n5\n6\n7\n', '1\n2\n3\nfour\n5\n6\n7\n'), '--- a/x\n+++ b/x\n@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4\n+four\n 5\n 6\n 7\n');
  });

  // The search before it was bounded: Myers with every frontier of the whole n + m band kept.
  // Right but O((n + m)·D) memory; the reference for the bounded search.
  function fullBandMyers(a: string[], b: string[]): { kind: string; line: string }[] {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace: Int32Array[] = [];
    let found = false;
    for (let d = 0; d <= max && !found; d++) {
      trace.push(v.slice());
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
        let y = x - k;
        while (x < n && y < m && a[x] === b[y]) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = true;
          break;
        }
      }
    }
    trace.push(v.slice());
    const ops: { kind: string; line: string }[] = [];
    let x = n;
    let y = m;
    for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
      const vd = trace[d];
      const k = x - y;
      const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
      const prevX = d === 0 ? 0 : vd[offset + prevK];
      const prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        ops.push({ kind: ' ', line: a[--x] });
        y--;
      }
      if (d === 0) break;
      if (x === prevX) ops.push({ kind: '+', line: b[--y] });
      else ops.push({ kind: '-', line: a[--x] });
    }
    while (x > 0 && y > 0) {
      ops.push({ kind: ' ', line: a[--x] });
      y--;
    }
    return ops.reverse();
  }

  /** What the ops say the two texts were: kept and removed lines give the old one, kept and added the new one. */
  const sides = (ops: { kind: string; line: string }[]) => [ops.filter((o) => o.kind !== '+').map((o) => o.line), ops.filter((o) => o.kind !== '-').map((o) => o.line)];

  it('gives the same lines as the unbounded search while the changes fit in one search, and a correct diff when a search is cut short (property)', () => {
    const lines = fc.array(fc.constantFrom('a\n', 'b\n', 'c\n', '\n', 'RUN x\n'), { maxLength: 40 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        assert.deepStrictEqual(diffLines(a, b), fullBandMyers(a, b));
        for (const bound of [1, 2, 3, 7]) assert.deepStrictEqual(sides(diffLines(a, b, bound)), [a, b], `bound ${bound}`);
      }),
      { seed: 20261205, numRuns: 500, endOnFailure: true },
    );
  });

  it(`20,000 changed lines (ran out of memory: every step kept the whole band): finishes, and git apply turns before into after`, function () {
    this.timeout(120_000);
    const rows: [string, string, string][] = [
      ['every line changed', 'FROM a\n' + 'Run echo x\n'.repeat(20_000), 'FROM a\n' + 'RUN echo x\n'.repeat(20_000)],
      ['every other line changed, blank lines between', 'FROM a\n' + 'Run echo x\n\n'.repeat(20_000), 'FROM a\n' + 'RUN echo x\n\n'.repeat(20_000)],
      ['changes far apart: one hunk each', Array.from({ length: 20_000 }, (_, i) => (i % 10 === 0 ? `run ${i}\n` : `# ${i}\n`)).join(''), Array.from({ length: 20_000 }, (_, i) => (i % 10 === 0 ? `RUN ${i}\n` : `# ${i}\n`)).join('')],
    ];
    for (const [what, before, after] of rows) {
      const patch = unifiedDiff('Dockerfile', before, after);
      // The rows change lines in place, so the shortest diff removes exactly the lines that differ.
      const afterLines = after.split('\n');
      const changed = before.split('\n').filter((l, i) => l !== afterLines[i]).length;
      assert.strictEqual((patch.match(/^-[^-]/gm) ?? []).length, changed, what);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-diff-'));
      try {
        fs.writeFileSync(path.join(dir, 'Dockerfile'), before);
        fs.writeFileSync(path.join(dir, 'p.diff'), patch);
        const r = spawnSync('git', ['apply', '--unsafe-paths', '--whitespace=nowarn', 'p.diff'], { cwd: dir, encoding: 'utf8' });
        assert.strictEqual(r.status, 0, `${what}: ${r.stderr}`);
        assert.strictEqual(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), after, what);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    assert.ok(MAX_SEARCH_EDITS < 40_000, 'the first row needs more than one search');
  });
});

describe('lint --fix and --fix-dry-run as a process', function () {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  let dir: string;
  const BROKEN = 'version: "3"\nservices:\n  a: [\n';
  before(function () {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-fix-'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), '\ufeff' + MESSY);
    fs.chmodSync(path.join(dir, 'Dockerfile'), 0o640);
    fs.mkdirSync(path.join(dir, 'broken'));
    fs.writeFileSync(path.join(dir, 'broken', 'compose.yaml'), BROKEN);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) => spawnSync(process.execPath, [cli, 'lint', ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

  it('--fix-dry-run prints a diff and writes nothing', () => {
    const r = run(['--fix-dry-run', '.']);
    assert.match(r.stdout, /^--- a\/Dockerfile\n\+\+\+ b\/Dockerfile\n@@ /);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), '\ufeff' + MESSY);
    assert.match(r.stderr, /고칠 수 있는 문제 \d+개/);
  });

  it('--fix writes the safe fixes atomically, keeps mode and BOM, skips a file that does not parse, and a second run changes nothing', () => {
    const first = run(['--fix', '--format', 'json', '.']);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), '\ufeff' + CLEANED);
    assert.strictEqual(fs.statSync(path.join(dir, 'Dockerfile')).mode & 0o777, 0o640);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'broken', 'compose.yaml'), 'utf8'), BROKEN);
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
    assert.match(first.stderr, /구문 오류가 있어서 고치지 않았어요/);
    const remaining = JSON.parse(first.stdout) as { files: { file: string; diagnostics: { rule: string }[] }[] };
    const dockerfile = remaining.files.find((f) => f.file === 'Dockerfile');
    assert.ok(dockerfile?.diagnostics.some((d) => d.rule === 'prefer-exec-form'), 'what remains is reported');
    const second = run(['--fix', '.']);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), '\ufeff' + CLEANED);
    assert.match(second.stderr, /고친 문제가 없어요|고칠 수 있는 문제가 없어요/);
    assert.strictEqual(run(['--fix-dry-run', '.']).stdout, '');
  });

  it('a UTF-16 Compose file (read, as Compose reads it) is never fixed: --fix leaves its bytes, --fix-dry-run shows no diff, both say why', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('version: "3"\nservices:\n  a:\n    image: x:1\n', 'utf16le')]);
    fs.mkdirSync(path.join(dir, 'wide'));
    fs.writeFileSync(path.join(dir, 'wide', 'compose.yaml'), utf16);
    for (const mode of ['--fix', '--fix-dry-run']) {
      const r = run([mode, 'wide']);
      assert.ok(fs.readFileSync(path.join(dir, 'wide', 'compose.yaml')).equals(utf16), mode);
      assert.strictEqual(r.stdout.includes('+++'), false, `${mode}: ${r.stdout}`);
      assert.match(r.stderr, /compose\.yaml: UTF-8이 아닌 파일\(UTF-16이나 잘못된 바이트\)이라 고치지 않았어요\./, mode);
    }
  });

  it('usage errors: --fix with --fix-dry-run, --fix with standard input', () => {
    assert.match(run(['--fix', '--fix-dry-run', '.']).stderr, /함께 쓸 수 없어요/);
    const stdin = spawnSync(process.execPath, [cli, 'lint', '--fix', '-'], { cwd: dir, input: 'FROM a:1\n', encoding: 'utf8' });
    assert.strictEqual(stdin.status, 2);
    assert.match(stdin.stderr, /--fix-dry-run/);
  });
});
