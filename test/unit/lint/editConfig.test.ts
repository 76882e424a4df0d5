import * as assert from 'assert';
import { parse } from 'jsonc-parser';
import { indentationOf, withRuleOff } from '../../../src/core/lint/config/editConfig';

// "팀 설정에서 끄기" writes `"rule-id": "off"` with the reason as a comment next to it, keeping the
// file's comments and formatting.

describe('team config edit: turn a rule off with a reason', () => {
  it('keeps comments and the file\'s 4-space indentation; the reason goes on the line above the entry', () => {
    const text = '{\n    // our team\n    "extends": ["docker-explain:recommended"],\n    "rules": {\n        "require-image-tag": "warning" // CI needs it\n    }\n}\n';
    const out = withRuleOff(text, 'no-privileged', '개발용 컨테이너라서 필요해요');
    assert.strictEqual(
      out,
      '{\n    // our team\n    "extends": ["docker-explain:recommended"],\n    "rules": {\n        "require-image-tag": "warning", // CI needs it\n        // 개발용 컨테이너라서 필요해요\n        "no-privileged": "off"\n    }\n}\n',
    );
    assert.deepStrictEqual((parse(out) as { rules: object }).rules, { 'require-image-tag': 'warning', 'no-privileged': 'off' });
  });

  it('an entry that exists gets "off" and the reason; no reason, no comment', () => {
    const text = '{\n  "rules": {\n    "no-privileged": "error"\n  }\n}\n';
    assert.strictEqual(withRuleOff(text, 'no-privileged', ''), '{\n  "rules": {\n    "no-privileged": "off"\n  }\n}\n');
    assert.strictEqual(withRuleOff(text, 'no-privileged', '  이유  '), '{\n  "rules": {\n    // 이유\n    "no-privileged": "off"\n  }\n}\n');
  });

  it('an empty or missing file becomes a config with the entry', () => {
    const out = withRuleOff('', 'no-privileged', 'why');
    assert.deepStrictEqual(parse(out), { rules: { 'no-privileged': 'off' } });
    assert.match(out, /\/\/ why\n\s+"no-privileged": "off"/);
  });

  it('a reason over several lines stays one comment line; CRLF files keep CRLF', () => {
    const out = withRuleOff('{\r\n  "rules": {}\r\n}\r\n', 'no-privileged', 'a\nb\r\nc');
    assert.match(out, /\/\/ a b c\r\n {4}"no-privileged": "off"/);
    assert.ok(!/[^\r]\n/.test(out), JSON.stringify(out));
  });

  it('indentation is read from the file', () => {
    assert.deepStrictEqual(indentationOf('{\n    "a": 1\n}'), { insertSpaces: true, tabSize: 4 });
    assert.deepStrictEqual(indentationOf('{\n\t"a": 1\n}'), { insertSpaces: false, tabSize: 1 });
    assert.deepStrictEqual(indentationOf('{"a": 1}'), { insertSpaces: true, tabSize: 2 });
  });
});
