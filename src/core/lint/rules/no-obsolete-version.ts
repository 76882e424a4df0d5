import type { Rule } from '../types';
import { pairRange, scalarText } from '../../documents/composeDocument';
import { topLevelPair } from '../compose/composeFile';

// Compose v2 follows the Compose Specification, where the top-level `version` is informative
// only: it selects nothing and Compose prints a warning that it is obsolete.
export const noObsoleteVersion: Rule = {
  meta: {
    id: 'no-obsolete-version',
    kinds: ['compose'],
    severity: 'warning',
    title: {
      ko: '최상위 ‘version:’은 쓰지 않아요 (Compose v2가 무시해요)',
      en: 'Do not write the top-level ‘version:’ (Compose v2 ignores it)',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/version-and-name/#version-top-level-element-obsolete',
    ],
    messages: {
      obsolete: {
        ko: '‘version: {value}’은/는 더 이상 아무것도 정하지 않아요. Docker Compose v2는 이 값을 무시하고 "the attribute ‘version’ is obsolete" 경고를 내요. 지워도 동작은 그대로예요.',
        en: '‘version: {value}’ no longer selects anything: Docker Compose v2 ignores it and warns that it is obsolete. Removing it changes nothing.',
      },
    },
    equivalents: { dclint: 'no-version-field' },
    fixable: true,
  },
  check({ doc, report }) {
    if (doc.kind !== 'compose') return;
    const pair = topLevelPair(doc, 'version');
    const range = pair && pairRange(pair, doc.lines);
    if (!pair || !range) return;
    // The fix removes whole lines when the pair owns them (the usual `version: "3.8"` line).
    const lastLine = range.end.line;
    const ownsLines = doc.lines.lineText(range.start.line).slice(0, range.start.character).trim() === '' && withoutComment(doc.lines.lineText(lastLine).slice(range.end.character)).trim() === '';
    const removal = ownsLines
      ? { start: { line: range.start.line, character: 0 }, end: lastLine + 1 < doc.lines.lineCount ? { line: lastLine + 1, character: 0 } : { line: lastLine, character: doc.lines.lineText(lastLine).length } }
      : range;
    report({
      range,
      messageId: 'obsolete',
      data: { value: scalarText(pair.value) ?? '' },
      fixes: [{ title: { ko: '‘version:’ 줄 지우기', en: 'Remove the ‘version:’ line' }, edits: [{ range: removal, newText: '' }], safe: true }],
    });
  },
};

/** The text before a `#` (all of it without one): indexOf, not `/#.*$/`, which rereads the line from every `#`. */
function withoutComment(text: string): string {
  const hash = text.indexOf('#');
  return hash < 0 ? text : text.slice(0, hash);
}
