import type { Property } from 'dockerfile-ast';
import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf } from './dockerfile/stages';

// `ENV key value` (no `=`) is the legacy form: one variable per line, and everything after the
// first space is the value, so `ENV A 1 B 2` sets A to "1 B 2". BuildKit warns about it
// (LegacyKeyValueFormat). The fix is exact when the value is a single plain word.

export const legacyEnvFormat = dockerfileRule(
  {
    id: 'legacy-env-format',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: 'ENV와 LABEL은 ‘key=value’ 형식으로 써요', en: 'Write ENV and LABEL as key=value' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#env',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/LegacyKeyValueFormat.md',
    ],
    messages: {
      legacy: {
        ko: '‘{keyword} {name} {value}’은/는 옛 형식이에요. 이 형식에서는 첫 공백 뒤 전부가 값이 돼서 변수를 여럿 쓸 수 없어요. ‘{keyword} {name}={value}’처럼 ‘=’로 쓰세요.',
        en: '‘{keyword} {name} {value}’ is the legacy form (everything after the first space is the value). Write ‘{keyword} {name}={value}’.',
      },
    },
    equivalents: { buildkit: 'LegacyKeyValueFormat' },
    fixable: true,
  },
  (doc, report) => {
    for (const instruction of doc.ast.getInstructions()) {
      const keyword = keywordOf(instruction);
      if (keyword !== 'ENV' && keyword !== 'LABEL') continue;
      const props = (instruction as unknown as { getProperties(): Property[] }).getProperties();
      for (const p of props) {
        const valueRange = p.getValueRange();
        if (p.getAssignmentOperator() !== null || !valueRange) continue;
        const nameRange = p.getNameRange();
        const gapStart = doc.lines.offsetAt(nameRange.end);
        const valueStart = doc.lines.offsetAt(valueRange.start);
        const valueEnd = doc.lines.offsetAt(valueRange.end);
        const rawValue = doc.text.slice(valueStart, valueEnd);
        const plain = /^[^\s"'\\`]+$/.test(rawValue);
        report({
          range: { start: nameRange.start, end: valueRange.end },
          messageId: 'legacy',
          data: { keyword, name: p.getName(), value: rawValue.replace(/\s+/g, ' ') },
          fixes: plain
            ? [{ title: { ko: '‘key=value’ 형식으로 바꾸기', en: 'Change to key=value' }, edits: [{ range: doc.lines.range(gapStart, valueStart), newText: '=' }], safe: true }]
            : [],
        });
      }
    }
  },
);
