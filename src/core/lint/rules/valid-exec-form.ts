import { dockerfileRule } from './dockerfile/defineRule';
import { commandArguments, parseJsonArgv } from './dockerfile/execForm';
import { instructionOffsets, keywordOf } from './dockerfile/stages';

// Docker reads `CMD ["a", "b"]` as exec form only if the text is valid JSON. `['a']`, curly
// quotes or a trailing comma make it a shell command line instead: `/bin/sh -c "['a']"`, which
// fails when the container starts (or, for RUN, at build time with a confusing message).
// We report only text that is clearly meant as an array: brackets around quoted items, so that
// a shell test such as `RUN [ -f x ] && …` stays untouched.

// `[`, spaces, an opening quote … a closing quote, spaces, an optional comma, spaces, `]`. Read
// from both ends instead of with one regex: `[\s\S]*` before `\s*,?\s*\]$` backtracked over
// every space (review F9: 8 s on `RUN ["a"` + 100,000 spaces).
const OPENING_QUOTES = `"'\u201c\u2018`;
const CLOSING_QUOTES = `"'\u201d\u2019`;
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

function looksLikeArray(text: string): boolean {
  if (text[0] !== '[' || text[text.length - 1] !== ']') return false;
  let open = 1;
  while (isSpace(text[open])) open++;
  if (open >= text.length || !OPENING_QUOTES.includes(text[open])) return false;
  let close = text.length - 2;
  while (close > open && isSpace(text[close])) close--;
  if (text[close] === ',') close--;
  while (close > open && isSpace(text[close])) close--;
  return close > open && CLOSING_QUOTES.includes(text[close]);
}

export const validExecForm = dockerfileRule(
  {
    id: 'valid-exec-form',
    kinds: ['dockerfile'],
    severity: 'error',
    title: { ko: 'exec 형식은 올바른 JSON 배열이어야 해요', en: 'Exec form must be a valid JSON array' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
    ],
    messages: {
      singleQuotes: {
        ko: '‘{text}’은/는 JSON이 아니에요. JSON 문자열은 큰따옴표(‘"’)만 쓸 수 있어요. Docker는 이 줄을 셸 형식으로 읽어서 ‘/bin/sh -c "{text}"’을/를 실행하고, 실행은 실패해요.',
        en: '‘{text}’ is not JSON: JSON strings take double quotes only. Docker runs it as shell form (‘/bin/sh -c "{text}"’), which fails.',
      },
      smartQuotes: {
        ko: '‘{text}’에 둥근 따옴표(“ ” ‘ ’)가 있어요. 문서에서 복사할 때 흔히 생겨요. JSON은 곧은 큰따옴표(‘"’)만 읽어서, Docker는 이 줄을 셸 형식으로 실행하고 실패해요.',
        en: '‘{text}’ contains typographic quotes (often pasted from documents). JSON needs straight ‘"’, so Docker runs it as shell form, which fails.',
      },
      notJson: {
        ko: '‘{text}’은/는 배열처럼 보이지만 올바른 JSON이 아니에요(쉼표 빠짐, 끝의 쉼표 등). Docker는 이 줄을 셸 형식으로 읽어서 실행이 실패해요.',
        en: '‘{text}’ looks like an array but is not valid JSON (missing or trailing comma?). Docker runs it as shell form, which fails.',
      },
    },
    fixable: true,
  },
  (doc, report) => {
    for (const instruction of doc.ast.getInstructions()) {
      const keyword = keywordOf(instruction);
      if (!['CMD', 'ENTRYPOINT', 'RUN', 'SHELL', 'HEALTHCHECK'].includes(keyword)) continue;
      // Only text that opens a `[` can look like an array: most RUNs need not be read again.
      const { start, end } = instructionOffsets(doc, instruction);
      const bracket = doc.text.indexOf('[', start);
      if (bracket < 0 || bracket >= end) continue;
      const args = commandArguments(doc, instruction);
      if (!args || args.form === 'exec' || !looksLikeArray(args.text)) continue;
      if (keyword === 'RUN' && !args.text.includes(',') && !/^\[\s*['\u2018\u201c][^\s'"]*['\u2019\u201d]\s*\]$/.test(args.text)) continue;
      const smart = /[\u201c\u201d\u2018\u2019]/.test(args.text);
      const single = !smart && args.text.includes("'");
      const repaired = repair(args.text);
      const range = doc.lines.range(args.start, args.end);
      report({
        range,
        messageId: smart ? 'smartQuotes' : single ? 'singleQuotes' : 'notJson',
        data: { text: args.text },
        fixes: repaired
          ? [{ title: { ko: `올바른 JSON으로 고치기: ${repaired}`, en: `Fix to valid JSON ${repaired}` }, edits: [{ range, newText: repaired }] }]
          : [],
      });
    }
  },
);

/** The same array with straight double quotes and no trailing comma, when that is unambiguous. */
function repair(text: string): string | undefined {
  let candidate = text.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'");
  if (candidate.includes("'")) {
    if (candidate.includes('"') || candidate.includes('\\')) return undefined;
    candidate = candidate.replace(/'/g, '"');
  }
  candidate = candidate.replace(/,\s*\]$/, ']');
  const argv = parseJsonArgv(candidate);
  return argv ? `[${argv.map((a) => JSON.stringify(a)).join(', ')}]` : undefined;
}
