import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import { writeFixedFile } from '../../../src/cli/writeAtomic';
import { fixFile } from '../../../src/cli/fixFiles';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import type { LintDiagnostic } from '../../../src/core/lint/types';

// `--fix` writes a file whole, keeps its mode, BOM and line breaks, reads it once, and never
// writes a file whose text did not change or whose bytes are not the text it fixed.

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// The fs module object itself, whose functions can be wrapped (an `import *` namespace only has getters).
const fsModule = createRequire(__filename)('fs') as typeof fs;

describe('writeFixedFile', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-write-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const file = (bytes: Buffer | string, mode = 0o640) => {
    const f = path.join(dir, 'Dockerfile');
    fs.writeFileSync(f, bytes);
    fs.chmodSync(f, mode);
    return f;
  };

  /** Counts the files opened for reading during `run` (the bounded reader opens read-only; the temporary file is opened to write). */
  const reads = (run: () => void): number => {
    const original = fsModule.openSync;
    let n = 0;
    fsModule.openSync = ((...args: Parameters<typeof fs.openSync>) => {
      if (typeof args[1] === 'number' && (args[1] & 3) === fs.constants.O_RDONLY) n++;
      return original(...args);
    }) as typeof fs.openSync;
    try {
      run();
    } finally {
      fsModule.openSync = original;
    }
    return n;
  };

  const rows: { name: string; bytes: Buffer; before: string; after: string; expected: Buffer }[] = [
    { name: 'plain LF', bytes: Buffer.from('from a\n'), before: 'from a\n', after: 'FROM a\n', expected: Buffer.from('FROM a\n') },
    { name: 'a BOM is kept', bytes: Buffer.concat([BOM, Buffer.from('from a\n')]), before: 'from a\n', after: 'FROM a\n', expected: Buffer.concat([BOM, Buffer.from('FROM a\n')]) },
    { name: 'CRLF is kept', bytes: Buffer.from('from a\r\nrun b\r\n'), before: 'from a\r\nrun b\r\n', after: 'FROM a\r\nRUN b\r\n', expected: Buffer.from('FROM a\r\nRUN b\r\n') },
    { name: 'Hangul and a BOM', bytes: Buffer.concat([BOM, Buffer.from('# 한글\nfrom a\n')]), before: '# 한글\nfrom a\n', after: '# 한글\nFROM a\n', expected: Buffer.concat([BOM, Buffer.from('# 한글\nFROM a\n')]) },
  ];
  for (const row of rows) {
    it(`${row.name}: written with the mode kept, the file read once`, () => {
      const f = file(row.bytes, 0o640);
      let outcome = '';
      assert.strictEqual(reads(() => (outcome = writeFixedFile(f, row.before, row.after))), 1);
      assert.strictEqual(outcome, 'written');
      assert.deepStrictEqual(fs.readFileSync(f), row.expected);
      assert.strictEqual(fs.statSync(f).mode & 0o777, 0o640);
      assert.deepStrictEqual(fs.readdirSync(dir), ['Dockerfile'], 'no temporary file left');
    });
  }

  it('never writes when the text did not change (the same inode and bytes): fixFile stops before writing', () => {
    const f = file(Buffer.concat([BOM, Buffer.from('FROM a\r\n')]), 0o600);
    const inode = fs.statSync(f).ino;
    // A safe fix that writes what is already there: the fix loop ends with the same text.
    const r = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
    const same: LintDiagnostic = { rule: 'fake', severity: 'warning', message: 'm', range: r, fixes: [{ title: 't', safe: true, edits: [{ range: r, newText: 'FROM' }] }] };
    const doc = parseDocument('FROM a\r\n', 'dockerfile');
    const outcome = fixFile({ file: f, label: 'Dockerfile', lint: { path: f, doc }, diagnostics: [same], mode: 'write', encoding: 'utf-8' });
    assert.deepStrictEqual([outcome.applied, outcome.written, outcome.problem], [0, undefined, undefined]);
    assert.strictEqual(fs.statSync(f).ino, inode);
    assert.deepStrictEqual(fs.readFileSync(f), Buffer.concat([BOM, Buffer.from('FROM a\r\n')]));
  });

  it('re-reads through the bounded reader: a named pipe in the file\'s place is refused, not waited on (readFileSync blocked on it)', () => {
    const fifo = path.join(dir, 'Dockerfile');
    const made = spawnSync('mkfifo', [fifo]);
    assert.strictEqual(made.status, 0, String(made.stderr));
    assert.throws(() => writeFixedFile(fifo, 'from a\n', 'FROM a\n'), /일반 파일이 아니에요/);
    assert.deepStrictEqual(fs.readdirSync(dir), ['Dockerfile'], 'no temporary file left');
  });

  it('refuses bytes that are not the UTF-8 of the text (UTF-16, invalid bytes) and a file changed since it was read', () => {
    const utf16 = file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('from a\n', 'utf16le')]));
    assert.strictEqual(writeFixedFile(utf16, 'from a\n', 'FROM a\n'), 'not-utf8');
    const invalid = file(Buffer.from([0x66, 0x72, 0x6f, 0x6d, 0x20, 0xff, 0x0a]));
    assert.strictEqual(writeFixedFile(invalid, 'from \ufffd\n', 'FROM \ufffd\n'), 'not-utf8');
    assert.deepStrictEqual(fs.readFileSync(invalid), Buffer.from([0x66, 0x72, 0x6f, 0x6d, 0x20, 0xff, 0x0a]));
    const changed = file('from b\n');
    assert.strictEqual(writeFixedFile(changed, 'from a\n', 'FROM a\n'), 'changed-on-disk');
    assert.strictEqual(fs.readFileSync(changed, 'utf8'), 'from b\n');
  });

  it('writes the target of a symbolic link; the link stays a link', () => {
    const target = file('from a\n', 0o644);
    const link = path.join(dir, 'link.Dockerfile');
    fs.symlinkSync(target, link);
    assert.strictEqual(writeFixedFile(link, 'from a\n', 'FROM a\n'), 'written');
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'FROM a\n');
  });
});
