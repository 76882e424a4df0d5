import * as assert from 'assert';
import { allRules, parseDocument } from '../../../src/core';
import { collectSuppressions, disableNextLineComment } from '../../../src/core/lint/suppressions';

// The "이 줄에서 끄기" quick fix (editor and Language Server) writes the comment the suppression
// reader obeys: the writer and the reader live in one module and are checked together.
describe('disable-next-line comment written by the quick fix', () => {
  for (const eol of ['\n', '\r\n']) {
    it(`silences exactly the next instruction (${JSON.stringify(eol)})`, () => {
      const text = `FROM alpine:3.20${eol}${disableNextLineComment('apk-no-cache', '', eol)}RUN apk add curl${eol}RUN apk add git${eol}`;
      const doc = parseDocument(text, 'dockerfile');
      const suppressions = collectSuppressions(doc, allRules);
      assert.strictEqual(suppressions.isSuppressed('apk-no-cache', 2), true);
      assert.strictEqual(suppressions.isSuppressed('apk-no-cache', 3), false);
      assert.strictEqual(suppressions.isSuppressed('no-maintainer', 2), false);
    });
  }

  it('keeps the indentation it is given', () => {
    assert.strictEqual(disableNextLineComment('no-sudo', '    ', '\n'), '    # docker-explain-disable-next-line no-sudo\n');
  });
});
