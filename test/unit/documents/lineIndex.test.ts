import * as assert from 'assert';
import { LineIndex } from '../../../src/core/documents/lineIndex';

describe('LineIndex', () => {
  it('maps offsets and positions both ways with LF, CRLF and CR line breaks', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const idx = new LineIndex(text);
    assert.strictEqual(idx.lineCount, 4);
    assert.deepStrictEqual(idx.positionAt(text.indexOf('d')), { line: 1, character: 1 });
    assert.deepStrictEqual(idx.positionAt(text.indexOf('f')), { line: 2, character: 1 });
    assert.deepStrictEqual(idx.positionAt(text.indexOf('h')), { line: 3, character: 1 });
    assert.strictEqual(idx.offsetAt({ line: 2, character: 0 }), text.indexOf('e'));
    assert.deepStrictEqual(['ab', 'cd', 'ef', 'gh'], [0, 1, 2, 3].map((l) => idx.lineText(l)));
  });

  it('clamps positions outside the text', () => {
    const idx = new LineIndex('abc\ndef');
    assert.strictEqual(idx.offsetAt({ line: 0, character: 99 }), 3);
    assert.strictEqual(idx.offsetAt({ line: 9, character: 0 }), 7);
    assert.deepStrictEqual(idx.positionAt(-5), { line: 0, character: 0 });
    assert.strictEqual(idx.lineText(42), '');
  });

  it('handles the empty text', () => {
    const idx = new LineIndex('');
    assert.strictEqual(idx.lineCount, 1);
    assert.deepStrictEqual(idx.positionAt(0), { line: 0, character: 0 });
  });
});
