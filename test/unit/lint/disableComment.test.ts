import * as assert from 'assert';
import { allRules, parseDocument } from '../../../src/core';
import { collectSuppressions, disableCommentIndent, disableNextLineComment } from '../../../src/core/lint/suppressions';
import { lintDocument } from '../../../src/core/lint/engine';

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

  it('is indented like the finding\'s line; in Markdown it keeps the block-quote markers', () => {
    const rows: [string, boolean, string][] = [
      ['    RUN x', false, '    '],
      ['\tdocker run', false, '\t'],
      ['> docker run', false, ''],
      ['> docker run', true, '> '],
      ['> >   docker run', true, '> >   '],
      ['   docker run', true, '   '],
      ['docker run', true, ''],
    ];
    for (const [line, markdown, indent] of rows) assert.strictEqual(disableCommentIndent(line, markdown), indent, `${line} (${markdown ? 'Markdown' : 'other'})`);
  });

  // Without the `>` the comment line would end the quote and the code block: the command after it
  // would no longer be read, so the finding would go for the wrong reason.
  it('in a Markdown block quote: the comment silences the finding and the command is still read', () => {
    const before = '> ```bash\n> docker run --privileged nginx\n> ```\n';
    const doc = parseDocument(before, 'markdown');
    assert.ok(lintDocument(doc, { rules: allRules }).some((d) => d.rule === 'no-privileged'));
    const line = '> docker run --privileged nginx';
    const after = before.replace(`${line}\n`, disableNextLineComment('no-privileged', disableCommentIndent(line, true), '\n') + `${line}\n`);
    const fixed = parseDocument(after, 'markdown');
    assert.strictEqual(fixed.kind === 'commands' && fixed.commands.length, 1);
    assert.ok(!lintDocument(fixed, { rules: allRules }).some((d) => d.rule === 'no-privileged'));
  });
});
