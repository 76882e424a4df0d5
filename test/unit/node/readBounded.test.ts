// The one reader for every file the product reads (src/node/readBounded.ts): regular files only,
// bounded, decoded by BOM. Pipes are tested through real processes with a deadline
// (test/unit/robustness/hostileFiles.test.ts): a regression there would block this process.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MAX_FILE_BYTES, readBounded, readBoundedText, readConfigFile } from '../../../src/node/readBounded';
import { decodeFileBytes, refusalNotice } from '../../../src/core/documents/fileText';

describe('bounded reader', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-read-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const put = (name: string, bytes: Buffer | string) => {
    const full = path.join(dir, name);
    fs.writeFileSync(full, bytes);
    return full;
  };

  it('reads a regular file, and drops a UTF-8 BOM (F12)', () => {
    assert.deepStrictEqual(readBounded(put('a.json', '\uFEFF{"root": true}')), { ok: true, text: '{"root": true}', encoding: 'utf-8' });
    assert.strictEqual(readConfigFile(put('b.json', '{}')), '{}');
  });

  it('a symlink to /dev/zero is refused as not a regular file, at once (F2)', () => {
    const link = path.join(dir, 'zero.json');
    fs.symlinkSync('/dev/zero', link);
    const started = Date.now();
    const r = readBounded(link);
    assert.deepStrictEqual(r, { ok: false, refusal: { reason: 'not-regular' } });
    assert.ok(Date.now() - started < 1000);
    assert.deepStrictEqual(readConfigFile(link), { refused: { reason: 'not-regular' } });
  });

  it('a 200 MB file (sparse: one object, then nothing) is refused by its size without reading it (F2)', () => {
    const big = put('big.json', '{}');
    fs.truncateSync(big, 200 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const r = readBounded(big);
    assert.deepStrictEqual(r, { ok: false, refusal: { reason: 'too-large', size: 200 * 1024 * 1024 } });
    assert.ok(process.memoryUsage().rss - before < 50 * 1024 * 1024, 'the file was read into memory');
    assert.ok(!r.ok && /파일이 너무 커서\(200\.0MB\)/.test(refusalNotice(r.refusal, 'ko')));
    const limit = put('limit.txt', '');
    fs.truncateSync(limit, MAX_FILE_BYTES);
    assert.strictEqual(readBounded(limit).ok, true, 'exactly the limit is read');
  });

  it('a folder, a missing file and a path below a file: a reason each; missing is "no file" for configs', () => {
    assert.deepStrictEqual(readBounded(dir), { ok: false, refusal: { reason: 'directory' } });
    assert.deepStrictEqual(readBounded(path.join(dir, 'nope')), { ok: false, refusal: { reason: 'missing' } });
    assert.strictEqual(readBoundedText(path.join(dir, 'nope')), undefined);
    assert.strictEqual(readBoundedText(path.join(put('file', 'x'), 'below')), undefined);
  });

  it('UTF-16 with a BOM: decoded when asked (Compose), refused with a notice otherwise (F13)', () => {
    const text = 'services:\n  a:\n    ports: ["80:80"]\n  한글:\n    image: x\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    for (const [name, bytes, encoding] of [['le.yaml', le, 'utf-16le'], ['be.yaml', be, 'utf-16be']] as const) {
      const file = put(name, bytes);
      assert.deepStrictEqual(readBounded(file, { utf16: 'decode' }), { ok: true, text, encoding });
      const refused = readBounded(file);
      assert.deepStrictEqual(refused, { ok: false, refusal: { reason: 'utf16' } });
      assert.match(refusalNotice({ reason: 'utf16' }, 'ko'), /UTF-16으로 저장된 파일이라 읽지 않았어요/);
    }
  });

  it('decodes in chunks: a large UTF-16 text and an odd last byte', () => {
    const text = 'x'.repeat(100_000) + '끝';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le'), Buffer.from([0x41])]);
    const r = decodeFileBytes(bytes, 'decode');
    assert.ok(r.ok);
    assert.strictEqual(r.text, text + '\ufffd');
  });
});
