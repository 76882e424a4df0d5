import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { GLOSSARY } from '../../../src/core/knowledge/glossary';
import { listFiles, repoRoot } from '../../helpers/paths';

// One vocabulary and one voice over every Korean text a user reads: the strings in src/ and in
// the panel's script (knowledge, rule messages, concept pages, hover code, CLI messages), the rule
// docs, the walkthrough (its texts and pictures' labels: package.nls.ko.json, src/core/knowledge/walkthroughMedia.ts). It reads the files themselves, not the
// registries, so a text added anywhere is checked without being registered here.
//
// Checks, each with the form we chose:
// - glossary: no word a glossary term lists under `avoid` (도커 → Docker, 파일시스템 → 파일 시스템, …);
// - spacing of auxiliary verbs: "보여 줘요", "알려 줘요", "받아 와요", "적어 둬요" (spaced, as most texts had);
// - one politeness level, 해요체: no 합니다체 (-습니다/-ㅂ니다) or 해라체 (-한다./-이다./-해라) endings;
// - one form for advice, "-세요": never "-어 주세요" (써 주세요 → 쓰세요);
// - particles after a filled value come from `fill` (`{name}은/는`), never written by hand (`{name}은`).

interface Text {
  where: string;
  text: string;
  /** A TypeScript string: `{name}` (and `${expr}` in a template literal) are values filled in later. */
  template: boolean;
  /** The TypeScript quote, when it is one: only a backtick string interpolates `${expr}`. */
  quote?: string;
}

const HANGUL = /[가-힣]/;

/** String literals of a TypeScript file (comments skipped), with their line numbers. */
export function stringLiterals(source: string): { line: number; text: string; quote: string }[] {
  const out: { line: number; text: string; quote: string }[] = [];
  let i = 0;
  let line = 1;
  while (i < source.length) {
    const c = source[i];
    if (c === '\n') line++;
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      for (let k = i; k < stop; k++) if (source[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      const start = line;
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== c) {
        if (source[j] === '\\') {
          text += source[j + 1] ?? '';
          j += 2;
          continue;
        }
        if (source[j] === '\n') {
          line++;
          if (c !== '`') break; // an unterminated quote: not a string (a regex or a comment in JSX)
        }
        text += source[j++];
      }
      out.push({ line: start, text, quote: c });
      i = j + 1;
      continue;
    }
    i++;
  }
  return out;
}

function sourceTexts(): Text[] {
  const files = [...listFiles(path.join(repoRoot, 'src')), ...listFiles(path.join(repoRoot, 'media', 'panel'))].filter((f) => f.endsWith('.ts'));
  const texts: Text[] = [];
  for (const file of files) {
    const rel = path.relative(repoRoot, file);
    // The glossary lists the avoided words themselves, as data.
    for (const s of stringLiterals(fs.readFileSync(file, 'utf8'))) {
      if (!HANGUL.test(s.text)) continue;
      if (rel === path.join('src', 'core', 'knowledge', 'glossary.ts') && !s.text.includes('요')) continue;
      texts.push({ where: `${rel}:${s.line}`, text: s.text, template: true, quote: s.quote });
    }
  }
  return texts;
}

/** Prose lines of a Markdown file: code blocks and the 근거 link lists are left out. */
function markdownTexts(file: string): Text[] {
  const rel = path.relative(repoRoot, file);
  const texts: Text[] = [];
  let fenced = false;
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
      else if (!fenced && HANGUL.test(text)) texts.push({ where: `${rel}:${index + 1}`, text, template: false });
    });
  return texts;
}

function nlsTexts(): Text[] {
  const file = path.join(repoRoot, 'package.nls.ko.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  return Object.entries(data).map(([key, text]) => ({ where: `package.nls.ko.json ${key}`, text, template: false }));
}

export function allKoreanTexts(): Text[] {
  const md = (dir: string) => listFiles(path.join(repoRoot, ...dir.split('/'))).filter((f) => f.endsWith('.md'));
  return [...sourceTexts(), ...md('docs/rules').flatMap(markdownTexts), ...nlsTexts()];
}

/** The words a reader sees: inline code, links' targets and URLs are not prose. */
export function prose(text: string): string {
  return text
    .replace(/``[^`]*``|`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ');
}

interface Check {
  name: string;
  find(text: Text): string[];
}

const glossaryCheck: Check = {
  name: 'a word the glossary avoids',
  find: (t) =>
    GLOSSARY.flatMap((term) =>
      (term.avoid ?? []).flatMap((pattern) => [...prose(t.text).matchAll(new RegExp(pattern, 'g'))].map((m) => `"${m[0]}" → ${term.ko} (${term.en})`)),
    ),
};

/** Auxiliary verbs are written apart from the main verb (표준 띄어쓰기 허용 중 하나로 통일). */
const SPACING: [RegExp, string][] = [
  [/(보여|알려|바꿔|만들어|골라|넣어|짚어|지어|열어)(줘|주[세시어])/g, '$1 $2'],
  [/받아(와|오)/g, '받아 $1'],
  [/(적어|켜|열어|만들어|남겨)(둬|두[어고])/g, '$1 $2'],
  [/두어요/g, '둬요'],
];
const spacingCheck: Check = {
  name: 'auxiliary verb spacing',
  find: (t) => SPACING.flatMap(([re, to]) => [...prose(t.text).matchAll(re)].map((m) => `"${m[0]}" → "${m[0].replace(new RegExp(re.source), to)}"`)),
};

/** 해요체 only: 합니다체 and 해라체 sentence endings. */
const POLITENESS = /[가-힣]*(니다|다|하라|해라)(?=[.!?]["')]?(\s|$)|$)/g;
const politenessCheck: Check = {
  name: '해요체 (no 합니다/한다/해라 endings)',
  find: (t) => [...prose(t.text).matchAll(POLITENESS)].map((m) => `"${m[0]}"`),
};

/** Advice reads "-세요"; "-어 주세요" asks a favour and mixes two forms across messages. */
const ADVICE = /[가-힣]*(아|어|여|워|와|줘|봐|해|라|러|려|써|꿔|내|겨|쳐|져|춰|놔|둬|켜) 주세요/g;
/**
 * "X하려면 Y를 써요." tells the reader what to do, so it is advice: "Y를 쓰세요". Sentences that
 * state a need or a fact after 려면 (필요해요, 해야 해요, 있어요, 돼요, 맞아요) are not advice.
 */
const ADVICE_AFTER_IF = /[^.!?\n]*려면[^.!?\n]*?[가-힣]+요(?=[.!?]|$)/g;
const STATEMENT_ENDING = /(세요|필요해요|야 해요|있어요|없어요|돼요|맞아요|같아요|나와요|보여요|달라요)$/;
const adviceCheck: Check = {
  name: 'advice as "-세요" (not "-어 주세요", not "…하려면 …해요")',
  find: (t) => [
    ...[...prose(t.text).matchAll(ADVICE)].map((m) => `"${m[0]}"`),
    ...[...prose(t.text).matchAll(ADVICE_AFTER_IF)].filter((m) => !STATEMENT_ENDING.test(m[0])).map((m) => `"${m[0].trim()}"`),
  ],
};

/** A particle right after `{name}` or `${…}` must be a pair for `fill` (`{name}을/를`), never one form by hand. */
const VALUE = /\{\w+\}`?|\$\{[^}]+\}`?/g;
const PARTICLE = /^(이에요|예요|으로|이나|이라|이랑|은|는|이|가|을|를|과|와|로|나|라|랑)/;
const particleCheck: Check = {
  name: 'particle after a filled value without a fill pair',
  find: (t) => {
    if (!t.template) return [];
    const found: string[] = [];
    for (const m of t.text.matchAll(VALUE)) {
      if (m[0].startsWith('$') && t.quote !== '`') continue; // `${…}` written out in a Korean sentence is text, not a value
      const rest = t.text.slice(m.index + m[0].length);
      if (/^[가-힣]+\/[가-힣]+/.test(rest)) continue; // a pair: fill keeps the one that fits
      const particle = PARTICLE.exec(rest);
      if (particle) found.push(`"${m[0]}${rest.slice(0, particle[0].length + 3).split(/\s/)[0]}"`);
    }
    return found;
  },
};

export const CHECKS: Check[] = [glossaryCheck, spacingCheck, politenessCheck, adviceCheck, particleCheck];

describe('Korean style: one vocabulary, one voice', () => {
  const texts = allKoreanTexts();
  it('finds the Korean texts (sources, rule docs, walkthrough, package.nls.ko.json)', () => {
    assert.ok(texts.length > 1000, `only ${texts.length} texts found`);
    for (const where of ['src/core/knowledge/topics', 'src/core/lint/rules', 'docs/rules', 'src/core/knowledge/walkthroughMedia.ts', 'package.nls.ko.json', 'src/core/knowledge/concepts/panelText.ts']) {
      assert.ok(texts.some((t) => t.where.startsWith(where)), `no Korean text under ${where}`);
    }
  });
  for (const check of CHECKS) {
    it(check.name, () => {
      const found = texts.flatMap((t) => check.find(t).map((f) => `${t.where}: ${f}`));
      assert.deepStrictEqual(found, [], `${found.length} texts to fix:\n${found.join('\n')}`);
    });
  }
});

describe('Korean style: the checks themselves', () => {
  const flag = (check: Check, text: string, template = true) => check.find({ where: 't', text, template });
  const rows: [Check, string, boolean][] = [
    [glossaryCheck, '도커 데몬에 보내요.', true],
    [glossaryCheck, 'Docker 데몬에 보내요. `도커`', false],
    [glossaryCheck, '파일시스템을 봐요.', true],
    [glossaryCheck, '리눅스 능력(capability)을 더해요.', true],
    [glossaryCheck, '비밀번호를 넣지 마세요.', false],
    [glossaryCheck, '비밀 값을 넘겨요.', true],
    [glossaryCheck, '포트를 공개해요.', true],
    [spacingCheck, '그림으로 보여줘요.', true],
    [spacingCheck, '그림으로 보여 줘요.', false],
    [spacingCheck, '레지스트리에서 받아와요.', true],
    [spacingCheck, '값을 돌려줘요.', false],
    [spacingCheck, '이미지를 가져와요.', false],
    [politenessCheck, '이미지를 만듭니다.', true],
    [politenessCheck, '이미지를 만든다.', true],
    [politenessCheck, 'root가 아닌 사용자로 실행하라고 권해요.', false],
    [politenessCheck, '이미지를 만들어요.', false],
    [adviceCheck, '값을 써 주세요.', true],
    [adviceCheck, '값을 쓰세요.', false],
    [adviceCheck, '`--build`를 주세요.', false],
    [adviceCheck, '지우려면 `docker volume rm`을 써요.', true],
    [adviceCheck, '지우려면 `docker volume rm`을 쓰세요.', false],
    [adviceCheck, '호스트에서 접속하려면 `ports`가 필요해요.', false],
    [adviceCheck, '다른 네트워크에 붙으려면 `external: true`로 선언해야 해요.', false],
    [particleCheck, '`{name}`은 없어요.', true],
    [particleCheck, '`{name}`은/는 없어요.', false],
    [particleCheck, '`{name}`이에요/예요.', false],
    [particleCheck, '`{path}`으로/로 가요.', false],
    [particleCheck, '`{path}`로 가요.', true],
    [particleCheck, '{count}개', false],
    [particleCheck, "'`${…}`는 Compose가 채워요.'", false],
    [particleCheck, '{a}이나 {b}이/가', true],
  ];
  for (const [check, text, flagged] of rows) {
    it(`${check.name}: ${flagged ? 'flags' : 'accepts'} ${text}`, () => assert.strictEqual(flag(check, text).length > 0, flagged, flag(check, text).join(', ')));
  }
  it('reads string literals and skips comments', () => {
    const found = stringLiterals("// '주석'\nconst a = '가나'; /* '주석' */ const b = `다${'라'}`;\n").map((s) => s.text);
    assert.deepStrictEqual(found, ['가나', "다${'라'}"]);
  });
});
