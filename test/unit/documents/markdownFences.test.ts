import * as assert from 'assert';
import { parseCommands } from '../../../src/core/documents/commandsDocument';
import { fenceLanguage, markdownShellFences } from '../../../src/core/documents/markdownFences';
import { completeAt } from '../../../src/core/complete';
import { explainCommands } from '../../../src/core/explain/explainCommands';
import { lintDocument } from '../../../src/core/lint/engine';
import { allRules } from '../../../src/core/lint/rules';

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
  // Info strings with attributes right after the language (VitePress line highlights and options,
  // https://vitepress.dev/guide/markdown#line-highlighting-in-code-blocks): the language ends at `{`, `:` or a space.
  { what: 'VitePress line highlights bash{1,3}', text: '```bash{1,3}\ndocker ‸\n```\n', inside: true },
  { what: 'VitePress option sh:no-line-numbers', text: '```sh:no-line-numbers\ndocker ‸\n```\n', inside: true },
  { what: 'shell with a title attribute', text: '```shell title="x"\ndocker ‸\n```\n', inside: true },
  { what: 'ts{2} is TypeScript, not shell', text: '```ts{2}\ndocker ‸\n```\n', inside: false },
  { what: 'Quarto cell {bash}', text: '```{bash}\ndocker ‸\n```\n', inside: true },
  { what: 'R Markdown cell {r}', text: '```{r}\ndocker ‸\n```\n', inside: false },
  // List items (§5.2): the block's lines are indented to the item's content.
  { what: 'list item: a fence under a paragraph, indented to the content', text: '- step one:\n\n  ```bash\n  docker ‸\n  ```\n', inside: true },
  { what: 'ordered list item: content at column 3', text: '1. Run:\n   ```sh\n   docker ‸\n   ```\n', inside: true },
  { what: 'list item: the fence on the marker line', text: '- ```bash\n  docker ‸\n  ```\n', inside: true },
  { what: 'list item: a blank line inside the block', text: '- ```bash\n  echo\n\n  docker ‸\n  ```\n', inside: true },
  { what: 'nested list item', text: '- a\n  1. b\n     ```bash\n     docker ‸\n     ```\n', inside: true },
  { what: 'list item: after its block closed', text: '- a\n\n  ```bash\n  echo\n  ```\n  docker ‸\n', inside: false },
  { what: 'list item: a line less indented than the content ends the item and its block', text: '- ```bash\n  echo\ndocker ‸\n', inside: false },
  { what: 'list item: four spaces past the content make indented code', text: '- a\n\n      ```bash\n      docker ‸\n', inside: false },
  // Block quotes (§5.1): `>` before each line; a line without it ends the quote and the block.
  { what: 'block quote', text: '> ```bash\n> docker ‸\n> ```\n', inside: true },
  { what: 'block quote without the space after >', text: '>```bash\n>docker ‸\n>```\n', inside: true },
  { what: 'nested block quotes', text: '> > ```bash\n> > docker ‸\n> > ```\n', inside: true },
  { what: 'block quote: a console prompt after >', text: '> ```console\n> $ docker ‸\n> ```\n', inside: true },
  { what: 'block quote: a line without > ends the block (no lazy lines in code)', text: '> ```bash\n> echo\ndocker ‸\n', inside: false },
  { what: 'block quote: a blank line ends the quote', text: '> ```bash\n> echo\n\ndocker ‸\n', inside: false },
  { what: 'block quote inside a list item', text: '- > ```bash\n  > docker ‸\n  > ```\n', inside: true },
  { what: 'list item inside a block quote', text: '> - ```bash\n>   docker ‸\n>   ```\n', inside: true },
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
      ['bash{1,3}', 'bash'],
      ['sh:no-line-numbers', 'sh'],
      ['ts:line-numbers {1}', 'ts'],
      ['{bash}', 'bash'],
    ];
    for (const [info, language] of rows) assert.strictEqual(fenceLanguage(info), language, info);
  });

  // In a container the words keep the columns they have in the file: the `>` is read as a space
  // (the text the shell reader sees is as long as the file, line for line), so hovers and findings
  // land on the words themselves.
  it('in block quotes and list items, hovers and findings land on the right columns', () => {
    const rows: { text: string; word: string; line: number }[] = [
      { text: '> ```bash\n> docker run -p 8080:80 nginx\n> ```\n', word: '8080:80', line: 1 },
      { text: '> > ```sh\n> >   docker run --privileged nginx\n> > ```\n', word: '--privileged', line: 1 },
      { text: '1. Run:\n\n   ```bash\n   docker run --privileged nginx\n   ```\n', word: '--privileged', line: 3 },
      { text: '- > ```console\n  > $ docker run -p 8080:80 nginx\n  > ```\n', word: '8080:80', line: 1 },
    ];
    for (const row of rows) {
      const doc = parseCommands(row.text, 'markdown');
      const lineText = doc.lines.lineText(row.line);
      const character = lineText.indexOf(row.word);
      assert.strictEqual(doc.commands.length, 1, row.text);
      for (const w of doc.commands[0].words) assert.strictEqual(row.text.slice(w.start, w.end), w.raw, `${row.text}: ${w.raw}`);
      const word = doc.commands[0].words.find((w) => w.raw === row.word);
      assert.deepStrictEqual(word?.range, { start: { line: row.line, character }, end: { line: row.line, character: character + row.word.length } }, row.text);
      const hover = explainCommands(doc, { line: row.line, character: character + 1 }, { language: 'ko' });
      assert.ok(hover && hover.range.start.line === row.line && hover.range.start.character <= character && hover.range.end.character >= character + 1, `${row.text}: ${JSON.stringify(hover?.range)}`);
      if (row.word === '--privileged') {
        const finding = lintDocument(doc, { rules: allRules }).find((d) => d.rule === 'no-privileged');
        assert.deepStrictEqual(finding?.range.start, { line: row.line, character }, row.text);
      }
    }
  });

  it('only the block quote markers of shell blocks are blanked, nothing else', () => {
    const text = '> ```yaml\n> a: 1\n> ```\n\n> ```bash\n> docker ps\n> ```\n';
    const { shellText } = parseCommands(text, 'markdown');
    assert.strictEqual(shellText, '> ```yaml\n> a: 1\n> ```\n\n> ```bash\n  docker ps\n> ```\n');
    const plain = '```bash\ndocker ps\n```\n';
    assert.strictEqual(parseCommands(plain, 'markdown').shellText, plain);
  });
});
