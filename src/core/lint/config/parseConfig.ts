import { parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node as JsonNode, ParseError, ParseOptions } from 'jsonc-parser';
import type { Language, Localized, Range } from '../../types';
import { fill } from '../../types';
import { LineIndex } from '../../documents/lineIndex';
import { stripBom } from '../../documents/fileText';
import type { RuleSettings, SeveritySetting } from '../types';
import type { ConfigProblem } from './types';

// Reads one `.docker-explain.json` (JSON with comments and trailing commas). Nothing in it is
// executed. Every problem carries the exact place in the file. A file that is not valid JSON
// contributes nothing (defaults apply) and says so; a bad entry is skipped on its own.

export interface ConfigFileData {
  root: boolean;
  extends: { value: string; range: Range }[];
  rules: Record<string, Partial<RuleSettings>>;
  ignore: string[];
  language?: Language;
  /** `compose.files` as written (relative to the config file) and `compose.profiles`. */
  compose?: { files: string[][]; profiles: string[]; projectName?: string };
  /** 0-based lines of the entries, for the origin of each setting (`--print-config`). */
  lines: { rules: Record<string, number>; ignore: number[]; language?: number; compose?: number };
}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];
const KEYS = ['$schema', 'root', 'extends', 'rules', 'ignore', 'language', 'compose'];

const SYNTAX_KO: Record<string, string> = {
  InvalidSymbol: '알 수 없는 기호가 있어요',
  InvalidNumberFormat: '숫자 형식이 잘못됐어요',
  PropertyNameExpected: '여기에 속성 이름("이름")이 와야 해요',
  ValueExpected: '여기에 값이 와야 해요',
  ColonExpected: '속성 이름 뒤에 ‘:’이 와야 해요',
  CommaExpected: '항목 사이에 ‘,’가 와야 해요',
  CloseBraceExpected: '닫는 ‘}’가 빠졌어요',
  CloseBracketExpected: '닫는 ‘]’가 빠졌어요',
  EndOfFileExpected: 'JSON 값 하나가 끝난 뒤에 내용이 더 있어요',
  InvalidCommentToken: '주석 형식이 잘못됐어요',
  UnexpectedEndOfComment: '주석이 닫히지 않았어요',
  UnexpectedEndOfString: '문자열이 닫히지 않았어요 (‘"’ 빠짐)',
  UnexpectedEndOfNumber: '숫자가 끝나지 않았어요',
  InvalidUnicode: '유니코드 이스케이프가 잘못됐어요',
  InvalidEscapeCharacter: '이스케이프 문자가 잘못됐어요',
  InvalidCharacter: '문자열 안에 쓸 수 없는 문자가 있어요',
};

/** How the file is read: comments and trailing commas allowed, an empty file is no error (configOutline.ts reads it the same way). */
export const CONFIG_PARSE_OPTIONS: ParseOptions = { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true };

/**
 * How deep brackets may nest. The JSON parser and the option copy below recurse once per level,
 * so thousands of `[` would overflow the stack; a real config nests a handful of levels.
 */
export const MAX_CONFIG_NESTING = 100;

/**
 * The offset of the first bracket nested deeper than MAX_CONFIG_NESTING, or undefined. One
 * linear pass that skips strings and comments, before the parser sees the text.
 */
export function tooDeep(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > MAX_CONFIG_NESTING) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth > 0) depth--;
    }
  }
  return undefined;
}

export function parseConfigText(raw: string, file: string, knownRuleIds: ReadonlySet<string>): { data?: ConfigFileData; problems: ConfigProblem[] } {
  // A leading BOM (Windows editors write one) is not part of the JSON; the editor hides it too.
  const text = stripBom(raw);
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const at = (offset: number, length: number): Range => lines.range(offset, offset + Math.max(length, 1));
  const problem = (node: JsonNode | { offset: number; length: number }, severity: 'error' | 'warning', message: Localized) =>
    problems.push({ file, range: at(node.offset, node.length), severity, message });

  const deep = tooDeep(text);
  if (deep !== undefined) {
    problem({ offset: deep, length: 1 }, 'error', {
      ko: fill('괄호가 {max}단계보다 깊게 중첩돼 있어서 이 설정 파일은 읽지 않았어요. 이 파일의 설정은 빼고 기본 규칙으로 검사해요.', { max: MAX_CONFIG_NESTING }),
      en: `Brackets nest deeper than ${MAX_CONFIG_NESTING} levels, so this config file was not read; the defaults apply.`,
    });
    return { problems };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, CONFIG_PARSE_OPTIONS);
  if (errors.length) {
    for (const e of errors) {
      const code = printParseErrorCode(e.error);
      problem(e, 'error', {
        ko: `설정 파일의 JSON 문법이 잘못됐어요: ${SYNTAX_KO[code] ?? code}. 이 파일을 고칠 때까지 이 파일의 설정은 빼고 기본 규칙으로 검사해요.`,
        en: `Invalid JSON in the config file (${code}). Until it is fixed, this file is left out and the defaults apply.`,
      });
    }
    return { problems };
  }
  const data: ConfigFileData = { root: false, extends: [], rules: {}, ignore: [], lines: { rules: {}, ignore: [] } };
  const lineOf = (node: JsonNode) => lines.positionAt(node.offset).line;
  if (!tree) return { data, problems };
  if (tree.type !== 'object') {
    problem(tree, 'error', { ko: '설정 파일은 ‘{ … }’ 객체 하나여야 해요. 기본 규칙으로 검사해요.', en: 'The config file must be one JSON object; the defaults apply.' });
    return { problems };
  }
  for (const prop of tree.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    switch (key) {
      case '$schema':
        break;
      case 'root':
        if (valueNode.type === 'boolean') data.root = valueNode.value === true;
        else problem(valueNode, 'error', { ko: '‘root’는 ‘true’나 ‘false’여야 해요.', en: '‘root’ must be ‘true’ or ‘false’.' });
        break;
      case 'language':
        if (valueNode.value === 'ko' || valueNode.value === 'en') {
          data.language = valueNode.value;
          data.lines.language = lineOf(keyNode);
        }
        else problem(valueNode, 'error', { ko: '‘language’는 "ko"나 "en"이어야 해요.', en: '‘language’ must be "ko" or "en".' });
        break;
      case 'extends': {
        const items = valueNode.type === 'array' ? (valueNode.children ?? []) : [valueNode];
        for (const item of items) {
          if (item.type === 'string') data.extends.push({ value: String(item.value), range: at(item.offset, item.length) });
          else problem(item, 'error', { ko: '‘extends’에는 프리셋 이름이나 상대 경로 문자열을 써요.', en: '‘extends’ takes preset names or relative paths (strings).' });
        }
        break;
      }
      case 'ignore': {
        const items = valueNode.type === 'array' ? (valueNode.children ?? []) : [valueNode];
        for (const item of items) {
          if (item.type === 'string' && String(item.value).trim() !== '') {
            data.ignore.push(String(item.value));
            data.lines.ignore.push(lineOf(item));
          }
          else problem(item, 'error', { ko: '‘ignore’에는 glob 문자열 목록을 써요. 예: ‘["vendor/**"]’', en: '‘ignore’ takes a list of glob strings.' });
        }
        break;
      }
      case 'compose':
        data.compose = readCompose(valueNode, problem);
        data.lines.compose = lineOf(keyNode);
        break;
      case 'rules':
        if (valueNode.type !== 'object') {
          problem(valueNode, 'error', { ko: '‘rules’는 ‘{ "규칙-id": "warning" }’ 형태의 객체여야 해요.', en: '‘rules’ must be an object of rule ids.' });
          break;
        }
        for (const ruleProp of valueNode.children ?? []) {
          const [idNode, settingNode] = ruleProp.children ?? [];
          if (!idNode || !settingNode) continue;
          const id = String(idNode.value);
          if (!knownRuleIds.has(id)) {
            problem(idNode, 'warning', { ko: fill('규칙 ‘{id}’은/는 없어요. 이 줄은 무시해요. 규칙 id를 확인하세요.', { id }), en: `There is no rule ‘${id}’; the entry is ignored.` });
            continue;
          }
          const setting = readRuleSetting(settingNode);
          if (setting) {
            data.rules[id] = setting;
            data.lines.rules[id] = lineOf(idNode);
          } else
            problem(settingNode, 'error', {
              ko: `규칙 ‘${id}’의 설정은 "off", "info", "warning", "error" 중 하나이거나 ‘["warning", { 옵션 }]’이어야 해요. 이 규칙은 기본 심각도로 검사해요.`,
              en: `The setting of ‘${id}’ must be "off", "info", "warning", "error" or ["warning", {options}]; its default applies.`,
            });
        }
        break;
      default:
        problem(keyNode, 'warning', {
          ko: fill('알 수 없는 설정 ‘{key}’이에요/예요. 쓸 수 있는 것: {known}.', { key, known: KEYS.filter((k) => k !== '$schema').map((k) => `‘${k}’`).join(', ') }),
          en: `Unknown setting ‘${key}’. Known: ${KEYS.join(', ')}.`,
        });
    }
  }
  return { data, problems };
}

function readCompose(node: JsonNode, problem: (node: JsonNode, severity: 'error' | 'warning', message: Localized) => void): ConfigFileData['compose'] {
  const result: { files: string[][]; profiles: string[]; projectName?: string } = { files: [], profiles: [] };
  const strings = (n: JsonNode | undefined) => (n?.type === 'array' && (n.children ?? []).every((c) => c.type === 'string') ? (n.children ?? []).map((c) => String(c.value)) : undefined);
  if (node.type !== 'object') {
    problem(node, 'error', { ko: '‘compose’는 ‘{ "files": [["compose.yaml", "compose.prod.yaml"]], "profiles": ["debug"] }’ 형태의 객체여야 해요.', en: '‘compose’ must be an object with ‘files’ and ‘profiles’.' });
    return undefined;
  }
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const key = String(k.value);
    if (key === 'files') {
      const sets = v.type === 'array' ? (v.children ?? []).map(strings) : [undefined];
      if (sets.some((set) => set === undefined || set.length === 0))
        problem(v, 'error', { ko: '‘compose.files’는 파일 묶음의 목록이에요. 예: ‘[["compose.yaml", "compose.prod.yaml"]]’', en: '‘compose.files’ is a list of file sets, e.g. [["compose.yaml", "compose.prod.yaml"]].' });
      for (const set of sets) if (set && set.length) result.files.push(set);
    } else if (key === 'profiles') {
      const profiles = strings(v);
      if (profiles) result.profiles = profiles;
      else problem(v, 'error', { ko: '‘compose.profiles’는 함께 켜는 프로필 이름의 목록이에요. 예: ‘["debug"]’', en: '‘compose.profiles’ is a list of profile names turned on together.' });
    } else if (key === 'projectName') {
      // compose-go v2.13.0 `cli/options.go` / `loader/loader.go`: `-p` is used as written and must
      // already be a valid name (lower case, `a-z0-9_-`, starting with a letter or digit).
      if (v.type === 'string' && /^[a-z0-9][a-z0-9_-]*$/.test(String(v.value))) result.projectName = String(v.value);
      else problem(v, 'error', { ko: '‘compose.projectName’은 ‘docker compose -p’에 주는 프로젝트 이름이에요. 소문자, 숫자, ‘_’, ‘-’만 쓰고 소문자나 숫자로 시작해요. 예: ‘"shop"’', en: '‘compose.projectName’ is the name given to ‘docker compose -p’: lower-case letters, digits, ‘_’ and ‘-’, starting with a letter or digit.' });
    } else {
      problem(k, 'warning', { ko: fill('‘compose’에는 ‘files’, ‘profiles’, ‘projectName’만 써요. ‘{key}’은/는 무시해요.', { key }), en: `‘compose’ takes ‘files’, ‘profiles’ and ‘projectName’; ‘${key}’ is ignored.` });
    }
  }
  return result;
}

function readRuleSetting(node: JsonNode): Partial<RuleSettings> | undefined {
  if (node.type === 'string') return isSeverity(node.value) ? { severity: node.value } : undefined;
  if (node.type === 'array') {
    const [sev, opts, ...extra] = node.children ?? [];
    if (!sev || sev.type !== 'string' || !isSeverity(sev.value) || extra.length) return undefined;
    if (opts === undefined) return { severity: sev.value };
    if (opts.type !== 'object') return undefined;
    return { severity: sev.value, options: toValue(opts) as Record<string, unknown> };
  }
  return undefined;
}

function isSeverity(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

function toValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && v) out[String(k.value)] = toValue(v);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(toValue);
    default:
      return node.value;
  }
}
