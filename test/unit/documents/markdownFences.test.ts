import * as assert from 'assert';
import { parseCommands } from '../../../src/core/documents/commandsDocument';
import { fenceLanguage, markdownShellFences } from '../../../src/core/documents/markdownFences';
import { completeAt } from '../../../src/core/complete';

// One reading of Markdown shell code (CommonMark 0.31.2 §4.5, https://spec.commonmark.org/0.31.2/#fenced-code-blocks)
// for the hover and lint of commands (parseCommands) and for completion. Completion used its own
// line toggle (inShellFence) and the two disagreed on the rows marked "differed".
// `‸` is where `docker ` is typed: the command there is read (hover) and completed, or neither.

const ROWS: { what: string; text: string; inside: boolean }[] = [
  { what: 'a bash block', text: '# t\n\n```bash\ndocker ‸\n```\n', inside: true },
  { what: 'after the block', text: '```bash\necho\n```\ndocker ‸\n', inside: false },
  { what: 'a block without a language', text: '```\ndocker ‸\n```\n', inside: true },
  { what: 'a yaml block', text: '```yaml\ndocker ‸\n```\n', inside: false },
  { what: 'info string with more words: the first word is the language', text: '```sh title="run it"\ndocker ‸\n```\n', inside: true },
  { what: 'Pandoc class {.bash}', text: '```{.bash}\ndocker ‸\n```\n', inside: true },
  { what: 'language case does not matter', text: '~~~Shell\ndocker ‸\n~~~\n', inside: true },
  { what: 'console block: a prompted line', text: '```console\n$ docker ‸\n```\n', inside: true },
  { what: 'differed: a shorter fence inside a longer one does not close it', text: '````bash\n```\ndocker ‸\n````\n', inside: true },
  { what: 'differed: a backtick line does not close a tilde fence', text: '~~~bash\n```\ndocker ‸\n~~~\n', inside: true },
  { what: 'differed: a fence line with an info string does not close', text: '```bash\n```js\ndocker ‸\n```\n', inside: true },
  { what: 'differed: a fence line followed by text does not close', text: '```bash\n``` not a fence\ndocker ‸\n```\n', inside: true },
  { what: 'differed: a fence line followed by {…} does not close', text: '```bash\n```{x}\ndocker ‸\n```\n', inside: true },
  { what: 'a longer closing fence closes', text: '```bash\necho\n`````\ndocker ‸\n', inside: false },
  { what: 'a closing fence with three spaces and trailing spaces closes', text: '```bash\necho\n   ```  \ndocker ‸\n', inside: false },
  { what: 'differed: a tab before the fence makes indented code, not a fence', text: '\t```bash\ndocker ‸\n\t```\n', inside: false },
  { what: 'four spaces make indented code, not a fence', text: '    ```bash\ndocker ‸\n    ```\n', inside: false },
  { what: 'differed: a backtick in a backtick fence\'s info string: no fence at all', text: '```bash `x`\ndocker ‸\n', inside: false },
  { what: 'a tilde fence may have a backtick in its info string', text: '~~~bash `x`\ndocker ‸\n~~~\n', inside: true },
  { what: 'an unclosed block runs to the end of the document', text: 'text\n```bash\necho\ndocker ‸', inside: true },
  { what: 'CRLF line breaks', text: '```bash\r\ndocker ‸\r\n```\r\ndone\r\n', inside: true },
  { what: 'CRLF: after the block', text: '```bash\r\necho\r\n```\r\ndocker ‸\r\n', inside: false },
  { what: 'two blocks: the second is shell', text: '```yaml\na: 1\n```\n\n```sh\ndocker ‸\n```\n', inside: true },
];

function at(text: string): { text: string; offset: number } {
  const offset = text.indexOf('‸');
  return { text: text.slice(0, offset) + text.slice(offset + 1), offset };
}

describe('Markdown shell fences: one reading for commands and completion', () => {
  for (const row of ROWS) {
    it(`${row.what}: ${row.inside ? 'read and completed' : 'neither'}`, () => {
      const { text, offset } = at(row.text);
      const doc = parseCommands(text, 'markdown');
      const line = doc.lines.positionAt(offset).line;
      const read = doc.commands.some((c) => c.range.start.line === line);
      const completed = completeAt(doc, doc.lines.positionAt(offset), { language: 'ko' }).items.some((i) => i.label === 'run');
      assert.deepStrictEqual({ read, completed }, { read: row.inside, completed: row.inside });
    });
  }

  it('neither on the fence lines themselves', () => {
    const text = '```bash\ndocker ps\n```';
    const doc = parseCommands(text, 'markdown');
    assert.deepStrictEqual(markdownShellFences(text), [{ start: 8, end: 18, closed: true, promptsOnly: false }]);
    for (const offset of [7, 18, text.length]) assert.deepStrictEqual(completeAt(doc, doc.lines.positionAt(offset), { language: 'ko' }).items, [], String(offset));
    // An opening fence on the last line has no body.
    assert.deepStrictEqual(markdownShellFences('text\n```bash'), []);
    assert.deepStrictEqual(markdownShellFences('```bash\n'), [{ start: 8, end: 8, closed: false, promptsOnly: false }]);
  });

  it('the language of an info string', () => {
    const rows: [string, string][] = [
      ['bash', 'bash'],
      ['  bash  ', 'bash'],
      ['sh title="x"', 'sh'],
      ['{.bash .numberLines}', 'bash'],
      ['', ''],
      ['console\tx', 'console'],
    ];
    for (const [info, language] of rows) assert.strictEqual(fenceLanguage(info), language, info);
  });
});
