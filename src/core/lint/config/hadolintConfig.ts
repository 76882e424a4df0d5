import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { Localized, Range } from '../../types';
import { fill } from '../../types';
import { LineIndex } from '../../documents/lineIndex';
import { stripBom } from '../../documents/fileText';
import { parseYamlBounded } from '../../documents/boundedYaml';
import type { Rule, RuleSettings, SeveritySetting } from '../types';
import type { RuleOrigin, SettingOrigin } from './origin';
import type { ConfigProblem } from './types';
export { HADOLINT_CONFIG_NAMES, isHadolintConfigPath } from './types';

// hadolint's `.hadolint.yaml`, read as data so that a team that already lints with hadolint keeps
// its choices: the extension and the CLI read it when no `.docker-explain.json` applies, and
// `docker-explain init --from-hadolint` writes the same translation into a `.docker-explain.json`.
//
// The keys are hadolint's own (src/Hadolint/Config/Configuration.hs, the FromYAML instance of
// PartialConfiguration, at hadolint/hadolint@6b30d652d5cd23a6b86c0eb2e1589101ea269f84):
// `ignored`, `override` (`error`/`warning`/`info`/`style` lists), `trustedRegistries`,
// `failure-threshold`, `label-schema`, `strict-labels`, `disable-ignore-pragma`, `no-fail`,
// `no-color`, `verbose`, `format`. A hadolint code reaches our rules through each rule's
// `equivalents.hadolint`, as the `# hadolint ignore=` comments do (lint/suppressions.ts): a code
// shared by several of our rules reaches all of them, and a rule reached by one of its codes is
// reached as a whole. What has no equivalent is a note, in Korean, never a silent loss.

/** Something of the other linter's config that did not carry over, and what to do instead. */
export interface ImportNote {
  /** The key or rule code as written in the other config. */
  key: string;
  /** 0-based line in that file. */
  line: number;
  message: Localized;
}

export interface ConfigTranslation {
  /** Our rules' settings, keyed by our rule ids. */
  rules: Record<string, RuleSettings>;
  origins: Record<string, RuleOrigin>;
  /** What is broken in the file (shown on the file, like a `.docker-explain.json` problem). */
  problems: ConfigProblem[];
  /** What had no equivalent (for `init`'s summary and `--print-config`). */
  notes: ImportNote[];
}

const OVERRIDE_LEVELS: Record<string, SeveritySetting> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };
const SEVERITY_RANK: Record<SeveritySetting, number> = { off: 0, info: 1, warning: 2, error: 3 };

/** Which of our rules each hadolint code reaches. */
export function rulesByHadolintCode(rules: readonly Rule[]): Map<string, Rule[]> {
  const map = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const code of rule.meta.equivalents?.hadolint ?? []) {
      const list = map.get(code) ?? [];
      list.push(rule);
      map.set(code, list);
    }
  }
  return map;
}

export function translateHadolintConfig(raw: string, file: string, rules: readonly Rule[]): ConfigTranslation {
  const text = stripBom(raw);
  const lines = new LineIndex(text);
  const out: ConfigTranslation = { rules: {}, origins: {}, problems: [], notes: [] };
  const rangeOf = (node: YamlNode | undefined): Range => {
    const [start, end] = node?.range ?? [0, 0];
    return lines.range(start, Math.max(end, start + 1));
  };
  const lineOf = (node: YamlNode | undefined) => lines.positionAt(node?.range?.[0] ?? 0).line;
  const problem = (node: YamlNode | undefined, ko: string, en: string) => out.problems.push({ file, range: rangeOf(node), severity: 'error', message: { ko, en } });
  const note = (key: string, node: YamlNode | undefined, ko: string, en: string) => out.notes.push({ key, line: lineOf(node), message: { ko, en } });

  const parsed = parseYamlBounded(text, { uniqueKeys: true, prettyErrors: false, strict: false });
  if (!parsed.ok) {
    const at = lines.range(parsed.tooDeep.offset, parsed.tooDeep.offset + 1);
    out.problems.push({ file, range: at, severity: 'error', message: { ko: fill('‘.hadolint.yaml’이 {limit}단계보다 깊게 중첩돼 있어서 읽지 않았어요. 이 파일의 설정은 빼고 기본 규칙으로 검사해요.', { limit: parsed.tooDeep.limit }), en: 'The hadolint config nests too deep and was not read; the defaults apply.' } });
    return out;
  }
  const [doc, ...more] = parsed.documents;
  const syntax = doc.errors[0] ?? more.find((d) => d.errors.length)?.errors[0];
  if (syntax) {
    out.problems.push({ file, range: lines.range(syntax.pos[0], Math.max(syntax.pos[1], syntax.pos[0] + 1)), severity: 'error', message: { ko: 'hadolint 설정 파일의 YAML 문법이 잘못됐어요. 이 파일을 고칠 때까지 이 파일의 설정은 빼고 기본 규칙으로 검사해요.', en: `Invalid YAML in the hadolint config (${syntax.code}); until it is fixed, the defaults apply.` } });
    return out;
  }
  if (more.length > 0) note('---', more[0].contents ?? undefined, '문서가 여러 개예요. hadolint처럼 첫 문서만 읽어요.', 'Several YAML documents; only the first is read, as hadolint does.');
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return out;
  if (!isMap(root)) {
    problem(root, 'hadolint 설정 파일은 ‘ignored:’, ‘override:’ 같은 키의 맵이어야 해요. 이 파일의 설정은 빼고 기본 규칙으로 검사해요.', 'The hadolint config must be a map of keys; the defaults apply.');
    return out;
  }

  const byCode = rulesByHadolintCode(rules);
  const setSeverity = new Map<string, { severity: SeveritySetting; origin: SettingOrigin }>();
  const ignoredRules = new Map<string, SettingOrigin>();
  let registries: { list: string[]; origin: SettingOrigin } | undefined;

  /** The rule codes of a list value; each bad item is a problem at its place. */
  const codes = (key: string, node: YamlNode | null | undefined): { code: string; node: YamlNode }[] => {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) {
      problem(node, fill('‘{key}’에는 규칙 코드 목록을 써요. 예: ‘- DL3008’. 이 항목은 건너뛰어요.', { key }), `‘${key}’ takes a list of rule codes; the entry is skipped.`);
      return [];
    }
    const found: { code: string; node: YamlNode }[] = [];
    for (const item of node.items) {
      if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') found.push({ code: item.value.trim(), node: item });
      else problem(item as YamlNode, fill('‘{key}’의 항목은 ‘DL3008’ 같은 규칙 코드 문자열이어야 해요. 이 항목은 건너뛰어요.', { key }), `Items of ‘${key}’ must be rule code strings; the item is skipped.`);
    }
    return found;
  };
  /** Our rules a code reaches, or a note when it reaches none. */
  const reach = (code: string, node: YamlNode): Rule[] => {
    const reached = byCode.get(code) ?? [];
    if (reached.length === 0) {
      const shellcheck = /^SC\d+$/.test(code);
      note(
        code,
        node,
        shellcheck
          ? fill('{code}은/는 ShellCheck 규칙이에요. docker-explain은 ShellCheck를 돌리지 않아서 옮길 것이 없어요.', { code })
          : fill('{code}에 해당하는 docker-explain 규칙이 없어요. 이 설정은 옮기지 않아요.', { code }),
        shellcheck ? `${code} is a ShellCheck rule; docker-explain does not run ShellCheck.` : `No docker-explain rule matches ${code}; the setting is not carried over.`,
      );
    }
    for (const rule of reached) {
      const elsewhere = rule.meta.kinds.filter((k) => k !== 'dockerfile');
      if (elsewhere.length > 0) note(code, node, fill('규칙 ‘{rule}’은/는 Dockerfile 말고 다른 파일({kinds})도 검사해서, {code} 설정이 그 파일들에도 적용돼요.', { rule: rule.meta.id, kinds: elsewhere.join(', '), code }), `‘${rule.meta.id}’ also checks ${elsewhere.join(', ')} files; the ${code} setting applies there too.`);
      const others = (rule.meta.equivalents?.hadolint ?? []).filter((c) => c !== code);
      if (others.length > 0) note(code, node, fill('{code}은/는 규칙 ‘{rule}’의 일부예요. 이 규칙은 {others}도 함께 다뤄서, 설정이 규칙 전체에 적용돼요.', { code, rule: rule.meta.id, others: others.join(', ') }), `${code} is part of ‘${rule.meta.id}’, which also covers ${others.join(', ')}; the setting applies to the whole rule.`);
    }
    return reached;
  };

  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as YamlNode | null;
    if (isAlias(value)) {
      problem(value, fill('‘{key}’의 YAML 별칭(‘*’)은 읽지 않아요. 값을 직접 쓰세요. 이 항목은 건너뛰어요.', { key }), `YAML aliases are not read in ‘${key}’; the entry is skipped.`);
      continue;
    }
    const origin = (node: YamlNode, code?: string): SettingOrigin => ({ kind: 'hadolint', file, line: lineOf(node), ...(code ? { detail: code } : {}) });
    switch (key) {
      case 'ignored':
        for (const { code, node } of codes(key, value)) for (const rule of reach(code, node)) if (!ignoredRules.has(rule.meta.id)) ignoredRules.set(rule.meta.id, origin(node, code));
        break;
      case 'override': {
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isMap(value)) {
          problem(value, '‘override’에는 ‘error:’, ‘warning:’, ‘info:’, ‘style:’ 아래에 규칙 코드 목록을 써요. 이 항목은 건너뛰어요.', '‘override’ takes lists under error, warning, info and style; the entry is skipped.');
          break;
        }
        for (const level of value.items) {
          const levelKey = level.key as YamlNode | null;
          const name = isScalar(levelKey) ? String(levelKey.value) : '';
          const severity = OVERRIDE_LEVELS[name];
          if (!severity) {
            problem(levelKey ?? value, fill('‘override’ 아래에는 error, warning, info, style만 써요. ‘{name}’은/는 건너뛰어요.', { name }), `‘override’ takes error, warning, info and style; ‘${name}’ is skipped.`);
            continue;
          }
          if (name === 'style' && level.value) note('override.style', levelKey ?? undefined, 'docker-explain에는 style 심각도가 없어서 style에 둔 규칙은 info로 옮겨요.', 'docker-explain has no style severity; rules under style become info.');
          for (const { code, node } of codes(`override.${name}`, level.value as YamlNode | null)) {
            for (const rule of reach(code, node)) {
              // One of our rules reached by two codes at two levels takes the more serious one: nothing is hidden.
              const before = setSeverity.get(rule.meta.id);
              if (!before || SEVERITY_RANK[severity] > SEVERITY_RANK[before.severity]) setSeverity.set(rule.meta.id, { severity, origin: origin(node, code) });
            }
          }
        }
        break;
      }
      case 'trustedRegistries': {
        const items = isSeq(value) ? value.items : [value];
        const list: string[] = [];
        for (const item of items) {
          if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') list.push(item.value.trim());
          else problem((item ?? keyNode ?? root) as YamlNode, '‘trustedRegistries’에는 레지스트리 호스트 이름(예: ‘docker.io’)이나 그 목록을 써요. 이 항목은 건너뛰어요.', '‘trustedRegistries’ takes registry host names; the item is skipped.');
        }
        if (list.length) registries = { list, origin: origin(keyNode ?? root) };
        break;
      }
      case 'failure-threshold': {
        const level = isScalar(value) ? String(value.value) : '';
        const how: Record<string, [string, string]> = {
          error: ['error는 docker-explain lint의 기본 동작이에요. 오류가 있으면 종료 코드 1로 끝나요.', 'error is the default of docker-explain lint: errors exit with 1.'],
          warning: ['설정 파일에는 같은 키가 없어요. CI에서 ‘docker-explain lint --max-warnings 0’을 쓰면 경고에서도 실패해요.', 'No config key; use ‘docker-explain lint --max-warnings 0’ in CI to fail on warnings.'],
          info: ['설정 파일에는 같은 키가 없고, docker-explain은 info로 실패하지 않아요. 프리셋 ‘docker-explain:strict’(info를 경고로 올려요)와 ‘--max-warnings 0’을 함께 쓰면 비슷해요.', 'No equivalent: info never fails a run; the strict preset with --max-warnings 0 comes close.'],
          style: ['설정 파일에는 같은 키가 없고, docker-explain은 info로 실패하지 않아요. 프리셋 ‘docker-explain:strict’와 ‘--max-warnings 0’을 함께 쓰면 비슷해요.', 'No equivalent: info never fails a run; the strict preset with --max-warnings 0 comes close.'],
        };
        const [ko, en] = how[level] ?? [fill('‘{level}’에 해당하는 것이 없어요. docker-explain lint는 오류가 있으면 늘 종료 코드 1로 끝나요.', { level }), `No equivalent of ‘${level}’; docker-explain lint always exits with 1 on errors.`];
        note('failure-threshold', keyNode ?? undefined, ko, en);
        break;
      }
      case 'label-schema':
      case 'strict-labels':
        note(key, keyNode ?? undefined, fill('‘{key}’에 해당하는 docker-explain 규칙이 없어요(LABEL 형식 검사, hadolint DL3048~DL3058). 이 설정은 옮기지 않아요.', { key }), `No docker-explain rule checks labels (‘${key}’, hadolint DL3048–DL3058); not carried over.`);
        break;
      case 'disable-ignore-pragma':
        note(key, keyNode ?? undefined, '설정 파일에는 같은 키가 없어요. CI에서 ‘docker-explain lint --no-inline-config’를 쓰면 주석으로 끈 규칙도 검사해요.', 'No config key; use ‘docker-explain lint --no-inline-config’ in CI.');
        break;
      case 'format':
      case 'no-color':
      case 'no-fail':
      case 'verbose':
        note(key, keyNode ?? undefined, fill('‘{key}’은/는 출력과 실행 방식 설정이라 설정 파일로 옮기지 않아요. docker-explain lint의 옵션(--format 등)을 쓰세요.', { key }), `‘${key}’ is about output and running, not rules; use docker-explain lint's flags.`);
        break;
      default:
        note(key, keyNode ?? undefined, fill('‘{key}’은/는 hadolint가 읽는 키가 아니어서 건너뛰어요.', { key }), `‘${key}’ is not a hadolint key; skipped.`);
    }
  }

  for (const [id, { severity, origin }] of setSeverity) {
    out.rules[id] = { severity, options: {} };
    out.origins[id] = { severity: origin };
  }
  if (registries) {
    const id = 'trusted-registries';
    const rule = rules.find((r) => r.meta.id === id);
    if (rule) {
      const before = out.rules[id];
      out.rules[id] = { severity: before?.severity ?? rule.meta.severity, options: { registries: registries.list } };
      out.origins[id] = before ? { severity: out.origins[id].severity, options: registries.origin } : { severity: registries.origin };
    }
  }
  // hadolint drops an ignored rule whatever its override says.
  for (const [id, origin] of ignoredRules) {
    out.rules[id] = { severity: 'off', options: out.rules[id]?.options ?? {} };
    out.origins[id] = { severity: origin, ...(out.origins[id]?.options ? { options: out.origins[id].options } : {}) };
  }
  return out;
}
