import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { Range } from '../../types';
import { fill } from '../../types';
import { LineIndex } from '../../documents/lineIndex';
import { stripBom } from '../../documents/fileText';
import { parseYamlBounded } from '../../documents/boundedYaml';
import type { Rule, SeveritySetting } from '../types';
import type { ConfigTranslation } from './hadolintConfig';

// dclint's config (docker-compose-linter 3.1.0) translated into ours for
// `docker-explain init --from-dclint`. dclint finds its config with cosmiconfig under the name
// `dclint` (bin/dclint.cjs `ConfigLoader.load`: `cosmiconfigSync('dclint').search()`), whose
// sync search places are `package.json` (the `dclint` key), `.dclintrc` (JSON or YAML),
// `.dclintrc.json`, `.dclintrc.yaml`, `.dclintrc.yml`, `.config/dclintrc(.json|.yaml|.yml)`, and
// JavaScript/TypeScript files (`.dclintrc.js`, `dclint.config.js`, …), which we never execute.
// Its keys (schemas/linter-config.schema.json): `rules` (`"rule": 0 | 1 | 2` or
// `[level, {options}]`: 0 off, 1 warning, 2 error), `quiet`, `debug`, `exclude` (paths; a file
// is skipped when its path contains one as a substring, `findFilesForLinting`).

/** The data files dclint reads, in cosmiconfig's order (package.json's `dclint` key first). */
export const DCLINT_CONFIG_NAMES = ['package.json', '.dclintrc', '.dclintrc.json', '.dclintrc.yaml', '.dclintrc.yml', '.config/dclintrc', '.config/dclintrc.json', '.config/dclintrc.yaml', '.config/dclintrc.yml'] as const;

/** The config files dclint may run as code: named in the summary, never read. */
export const DCLINT_CODE_CONFIG_NAMES = ['.dclintrc.js', '.dclintrc.ts', '.dclintrc.cjs', '.dclintrc.mjs', 'dclint.config.js', 'dclint.config.ts', 'dclint.config.cjs', 'dclint.config.mjs'] as const;

const LEVELS: Record<number, SeveritySetting> = { 0: 'off', 1: 'warning', 2: 'error' };

export interface DclintTranslation extends ConfigTranslation {
  /** `exclude` paths as our `ignore` globs. */
  ignore: string[];
}

export function translateDclintConfig(raw: string, file: string, rules: readonly Rule[]): DclintTranslation {
  const text = stripBom(raw);
  const lines = new LineIndex(text);
  const out: DclintTranslation = { rules: {}, origins: {}, problems: [], notes: [], ignore: [] };
  const rangeOf = (node: YamlNode | null | undefined): Range => {
    const [start, end] = node?.range ?? [0, 0];
    return lines.range(start, Math.max(end, start + 1));
  };
  const lineOf = (node: YamlNode | null | undefined) => lines.positionAt(node?.range?.[0] ?? 0).line;
  const problem = (node: YamlNode | null | undefined, ko: string, en: string) => out.problems.push({ file, range: rangeOf(node), severity: 'error', message: { ko, en } });
  const note = (key: string, node: YamlNode | null | undefined, ko: string, en: string) => out.notes.push({ key, line: lineOf(node), message: { ko, en } });

  const parsed = parseYamlBounded(text, { uniqueKeys: true, prettyErrors: false, strict: false });
  if (!parsed.ok) {
    out.problems.push({ file, range: lines.range(parsed.tooDeep.offset, parsed.tooDeep.offset + 1), severity: 'error', message: { ko: fill('dclint 설정이 {limit}단계보다 깊게 중첩돼 있어서 읽지 않았어요.', { limit: parsed.tooDeep.limit }), en: 'The dclint config nests too deep and was not read.' } });
    return out;
  }
  const doc = parsed.documents[0];
  const syntax = doc.errors[0];
  if (syntax) {
    out.problems.push({ file, range: lines.range(syntax.pos[0], Math.max(syntax.pos[1], syntax.pos[0] + 1)), severity: 'error', message: { ko: 'dclint 설정 파일의 JSON/YAML 문법이 잘못됐어요. 고친 뒤 다시 가져오세요.', en: `Invalid JSON/YAML in the dclint config (${syntax.code}).` } });
    return out;
  }
  let root = doc.contents as YamlNode | null;
  if (file.endsWith('/package.json') || file === 'package.json') {
    root = isMap(root) ? ((root.items.find((p) => isScalar(p.key) && p.key.value === 'dclint')?.value as YamlNode | null | undefined) ?? null) : null;
    if (root === null) return out;
  }
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return out;
  if (!isMap(root)) {
    problem(root, 'dclint 설정은 ‘rules’, ‘exclude’ 같은 키의 객체여야 해요.', 'The dclint config must be an object.');
    return out;
  }
  const byName = new Map<string, Rule[]>();
  for (const rule of rules) {
    const name = rule.meta.equivalents?.dclint;
    if (name) byName.set(name, [...(byName.get(name) ?? []), rule]);
  }
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as YamlNode | null;
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        if (!isMap(value)) {
          problem(value ?? keyNode, '‘rules’는 ‘{ "규칙": 0 | 1 | 2 }’ 형태의 객체여야 해요.', '‘rules’ must be an object.');
          break;
        }
        for (const entry of value.items) {
          const nameNode = entry.key as YamlNode | null;
          const name = isScalar(nameNode) ? String(nameNode.value) : '';
          const setting = entry.value as YamlNode | null;
          const levelNode = isSeq(setting) ? (setting.items[0] as YamlNode | null) : setting;
          const level = isScalar(levelNode) && typeof levelNode.value === 'number' ? LEVELS[levelNode.value] : undefined;
          if (!level) {
            problem(setting ?? nameNode, fill('‘{name}’의 값은 0, 1, 2 중 하나이거나 ‘[2, {…}]’이어야 해요. 이 항목은 건너뛰어요.', { name }), `The level of ‘${name}’ must be 0, 1 or 2; skipped.`);
            continue;
          }
          const reached = byName.get(name) ?? [];
          if (reached.length === 0) {
            note(name, nameNode, fill('dclint 규칙 ‘{name}’에 해당하는 docker-explain 규칙이 없어요. 이 설정은 옮기지 않아요.', { name }), `No docker-explain rule matches dclint's ‘${name}’; not carried over.`);
            continue;
          }
          if (isSeq(setting) && setting.items.length > 1) note(name, nameNode, fill('‘{name}’의 옵션은 옮기지 않아요. docker-explain 규칙에 같은 옵션이 없어요.', { name }), `The options of ‘${name}’ are not carried over.`);
          for (const rule of reached) {
            out.rules[rule.meta.id] = { severity: level, options: {} };
            out.origins[rule.meta.id] = { severity: { kind: 'file', file, line: lineOf(nameNode), detail: name } };
            const elsewhere = rule.meta.kinds.filter((k) => k !== 'compose');
            if (elsewhere.length) note(name, nameNode, fill('규칙 ‘{rule}’은/는 Compose 파일 말고 다른 파일({kinds})도 검사해서, 이 설정이 그 파일들에도 적용돼요.', { rule: rule.meta.id, kinds: elsewhere.join(', ') }), `‘${rule.meta.id}’ also checks ${elsewhere.join(', ')} files; the setting applies there too.`);
          }
        }
        break;
      case 'exclude': {
        const items = isSeq(value) ? value.items : [];
        if (!isSeq(value)) problem(value ?? keyNode, '‘exclude’는 경로 문자열의 목록이어야 해요.', '‘exclude’ must be a list of paths.');
        for (const item of items) {
          if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
            problem(item as YamlNode, '‘exclude’의 항목은 경로 문자열이어야 해요. 이 항목은 건너뛰어요.', 'Items of ‘exclude’ must be path strings; skipped.');
            continue;
          }
          out.ignore.push(item.value.trim().replace(/^\.\//, ''));
        }
        if (out.ignore.length) note('exclude', keyNode, 'dclint의 ‘exclude’는 경로 일부가 같으면 빼지만, docker-explain의 ‘ignore’는 .gitignore처럼 파일·폴더 이름(glob)으로 맞춰요. 옮긴 패턴을 확인하세요.', 'dclint excludes by substring; our ‘ignore’ matches names like .gitignore. Check the patterns.');
        break;
      }
      case 'quiet':
      case 'debug':
        note(key, keyNode, fill('‘{key}’은/는 출력 방식 설정이라 설정 파일로 옮기지 않아요.', { key }), `‘${key}’ is about output; not carried over.`);
        break;
      default:
        note(key, keyNode, fill('‘{key}’은/는 dclint가 읽는 키가 아니어서 건너뛰어요.', { key }), `‘${key}’ is not a dclint key; skipped.`);
    }
  }
  return out;
}
