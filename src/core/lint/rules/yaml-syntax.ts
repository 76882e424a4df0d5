import type { Range } from '../../types';
import type { Rule } from '../types';
import type { ComposeDocument, YamlProblem } from '../../documents/composeDocument';
import { TOO_DEEP } from '../../documents/composeDocument';

// The YAML parser's errors, worded in Korean, at the parser's position. Warnings are left out:
// the only ones a Compose file produces are unresolved custom tags, and Compose's own `!reset`
// and `!override` are such tags. Duplicate `<<` merge keys are left alone as well: Compose's
// parser accepts them. One report per line, because one slip often cascades into several.
// Documents separated by `---` are not an error: the parse keeps every document and Compose
// merges them in order (compose-go PR #451).

const KNOWN_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicateKey',
  TAB_AS_INDENT: 'tabIndent',
  BAD_INDENT: 'badIndent',
  MISSING_CHAR: 'missingChar',
  BLOCK_AS_IMPLICIT_KEY: 'nestedCompact',
  [TOO_DEEP]: 'tooDeep',
};

/** The key at a duplicate-key error: the parser points at its first character only. */
function keyAt(doc: ComposeDocument, problem: YamlProblem): { key: string; range: Range } {
  const line = doc.lines.lineText(problem.range.start.line);
  const from = problem.range.start.character;
  const rest = line.slice(from);
  const quoted = /^(["'])(.*?)\1/.exec(rest);
  const key = quoted ? quoted[0] : (plainKey(rest) ?? rest.trim());
  return { key: quoted ? quoted[2] : key, range: { start: problem.range.start, end: { line: problem.range.start.line, character: from + key.length } } };
}

/**
 * A plain key: the text before the first `:` that ends a key (followed by a space or the line's
 * end), spaces before it left out; undefined when a `#` or another `:` comes first. A scan, as
 * `/^[^:#]*?(?=\s*:(?:\s|$))/` reread the spaces after every character.
 */
function plainKey(rest: string): string | undefined {
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '#') return undefined;
    if (c !== ':') continue;
    if (i + 1 < rest.length && !/\s/.test(rest[i + 1])) return undefined;
    return rest.slice(0, i).trimEnd();
  }
  return undefined;
}

export const yamlSyntax: Rule = {
  meta: {
    id: 'yaml-syntax',
    kinds: ['compose'],
    severity: 'error',
    title: {
      ko: 'Compose 파일은 올바른 YAML이어야 하고 키가 겹치면 안 돼요',
      en: 'Compose files must be valid YAML without duplicate keys',
    },
    sources: [
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/reset.go',
    ],
    messages: {
      duplicateKey: {
        ko: '키 ‘{key}’이/가 같은 매핑에 두 번 나와요. Compose는 키가 겹친 파일을 읽지 않아요. 하나로 합치거나 하나를 지우세요.',
        en: 'The key ‘{key}’ appears twice in the same mapping; Compose rejects the file.',
      },
      tabIndent: {
        ko: 'YAML 들여쓰기에 탭을 썼어요. YAML은 들여쓰기에 공백만 받아요.',
        en: 'A tab is used for indentation; YAML indents with spaces only.',
      },
      badIndent: {
        ko: '들여쓰기가 맞지 않아요. 같은 수준의 항목은 같은 칸에서 시작해야 해요. (파서: {detail})',
        en: 'The indentation is off: items of one level must start in the same column. (parser: {detail})',
      },
      missingChar: {
        ko: '닫는 문자가 빠졌어요. 따옴표나 괄호가 짝을 이루는지 확인하세요. (파서: {detail})',
        en: 'A closing character is missing: check quotes and brackets. (parser: {detail})',
      },
      nestedCompact: {
        ko: '한 줄에 ‘키: 키: 값’처럼 매핑을 겹쳐 쓸 수 없어요. 값에 ‘: ’이 들어 있으면 따옴표로 감싸세요.',
        en: 'A mapping cannot be nested on one line (‘a: b: c’); quote values that contain ‘: ’.',
      },
      tooDeep: {
        ko: '여기서 YAML 중첩이 {limit}단계를 넘어요. 이렇게 깊은 파일은 Docker 해설이 검사하지 않아요. 닫는 괄호(‘]’나 ‘}’)가 빠지지 않았는지 확인하세요.',
        en: 'YAML nesting passes {limit} levels here; Docker 해설 does not check files nested this deep. Check for a missing ‘]’ or ‘}’.',
      },
      other: {
        ko: 'YAML 문법 오류예요: {detail}',
        en: 'YAML syntax error: {detail}',
      },
    },
    equivalents: { dclint: 'invalid-yaml' },
  },
  check({ doc, report }) {
    if (doc.kind !== 'compose') return;
    const reportedLines = new Set<number>();
    for (const problem of doc.problems) {
      if (problem.severity !== 'error') continue;
      const line = problem.range.start.line;
      if (reportedLines.has(line)) continue;
      const messageId = KNOWN_CODES[problem.code] ?? 'other';
      if (messageId === 'duplicateKey') {
        const { key, range } = keyAt(doc, problem);
        if (key === '<<') continue;
        reportedLines.add(line);
        report({ range, messageId, data: { key } });
        continue;
      }
      reportedLines.add(line);
      report({ range: problem.range, messageId, data: messageId === 'tooDeep' ? { limit: problem.message } : { detail: problem.message } });
    }
  },
};
