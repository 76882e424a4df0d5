import { dockerfileRule } from './dockerfile/defineRule';
import { heredocsOf } from '../../documents/dockerfileAstMemo';

// BuildKit's NoEmptyContinuation (parser/parser.go, Parse): inside an instruction continued
// with the escape character, a line that holds only white space is skipped and the instruction
// goes on, with a warning that a future release will make it an error. A comment line there is
// not empty. Heredoc bodies are text, not continuation lines: their blank lines are fine.
// We point at the blank line (BuildKit points at the end of the instruction).

export const noEmptyContinuation = dockerfileRule(
  {
    id: 'no-empty-continuation',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '줄 잇기(‘\\’) 중간에 빈 줄을 두지 않아요', en: 'No empty lines inside a continued instruction' },
    sources: [
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/parser/parser.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/NoEmptyContinuation.md',
    ],
    messages: {
      empty: {
        ko: '줄 {line}의 ‘{keyword}’은/는 여기서 끝나지 않고 빈 줄을 건너 다음 줄로 이어져요. BuildKit은 이런 빈 줄에 NoEmptyContinuation 경고를 내고, 나중 버전에서는 오류가 된다고 알렸어요. 빈 줄을 지우세요.',
        en: 'The ‘{keyword}’ of line {line} does not end here: it goes on past this empty line. BuildKit warns NoEmptyContinuation and will make it an error; remove the line.',
      },
    },
    equivalents: { buildkit: 'NoEmptyContinuation' },
    fixable: true,
  },
  (doc, report) => {
    const escape = doc.ast.getEscapeCharacter();
    for (const instruction of doc.ast.getInstructions()) {
      const r = instruction.getRange();
      if (r.end.line === r.start.line) continue;
      // Heredoc bodies start on the line after the instruction's first line ends its words;
      // blank lines from the first heredoc on are content.
      const heredocs = heredocsOf(instruction);
      const lastLine = heredocs.length > 0 ? Math.min(r.end.line, ...heredocs.map((h) => h.getStartRange().start.line)) : r.end.line;
      let continued = false;
      for (let line = r.start.line; line <= lastLine; line++) {
        const text = lineText(doc.text, doc.lines.offsetAt({ line, character: 0 }));
        const trimmed = text.trim();
        if (trimmed === '') {
          if (continued && line > r.start.line) {
            const start = doc.lines.offsetAt({ line, character: 0 });
            const next = doc.lines.offsetAt({ line: line + 1, character: 0 });
            report({
              range: doc.lines.range(start, start + text.length),
              messageId: 'empty',
              data: { keyword: instruction.getInstruction(), line: r.start.line + 1 },
              fixes: [{ title: { ko: '빈 줄 지우기', en: 'Remove the empty line' }, edits: [{ range: doc.lines.range(start, next), newText: '' }], safe: true }],
            });
          }
          continue;
        }
        if (trimmed.startsWith('#') && line > r.start.line) continue;
        continued = trimmed.endsWith(escape);
      }
    }
  },
);

/** The text of the line starting at `offset`, without its line break. */
function lineText(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '');
}
