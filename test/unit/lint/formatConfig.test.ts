import * as assert from 'assert';
import { formatConfigText } from '../../../src/core/lint/config/formatConfig';
import { LineIndex } from '../../../src/core/documents/lineIndex';

// Format Document for the team config (its own language in the editor, so VS Code's JSON
// formatter no longer applies): comments and trailing commas stay, indentation follows the editor.

function formatted(text: string, tabSize = 2, insertSpaces = true): string {
  const lines = new LineIndex(text);
  const edits = formatConfigText(text, { tabSize, insertSpaces }).map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }));
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('team config: Format Document', () => {
  it('indents, keeps comments and a trailing comma', () => {
    const text = '{\n"rules": {\n// 팀이 정한 것\n      "no-privileged": "off",\n"require-image-tag":"error",\n}\n}\n';
    assert.strictEqual(formatted(text), '{\n  "rules": {\n    // 팀이 정한 것\n    "no-privileged": "off",\n    "require-image-tag": "error",\n  }\n}\n');
  });

  it('follows the editor: 4 spaces, or tabs; keeps CRLF', () => {
    assert.strictEqual(formatted('{\n"root": true\n}\n', 4), '{\n    "root": true\n}\n');
    assert.strictEqual(formatted('{\n"root": true\n}\n', 4, false), '{\n\t"root": true\n}\n');
    assert.strictEqual(formatted('{\r\n"root": true\r\n}\r\n'), '{\r\n  "root": true\r\n}\r\n');
  });

  it('a formatted file needs no edit; a file nested too deep is left alone', () => {
    assert.deepStrictEqual(formatConfigText('{\n  "root": true\n}\n', { tabSize: 2, insertSpaces: true }), []);
    assert.deepStrictEqual(formatConfigText(`{"rules": ${'['.repeat(200)}`, { tabSize: 2, insertSpaces: true }), []);
  });
});
