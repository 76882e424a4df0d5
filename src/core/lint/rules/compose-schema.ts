import type { Node } from 'yaml';
import type { Range } from '../../types';
import type { Report, Rule } from '../types';
import type { ComposeDocument } from '../../documents/composeDocument';
import { nodeRange } from '../../documents/composeDocument';
import { validateComposeDocument } from '../../compose/schema/validate';
import type { SchemaProblem } from '../../compose/schema/validate';
import { looksLikeOverrideFile } from '../../compose/fileSet';
import { closestName } from '../compose/composeFile';
import { projectViewOf } from '../compose/projectView';
import type { ProjectView } from '../compose/projectView';
import { lget } from '../../compose/located';

// Every Compose file is checked against the Compose Specification's JSON schema, the one
// `docker compose` validates with (compose-go v2.13.0 `schema/compose-spec.json`, called from
// `loader/loader.go` `loadYamlFile`): a key that does not exist, a value of the wrong type, a
// value outside a fixed list. Compose stops with "validating compose.yaml: …" on each of these.
// The walk is schema/validate.ts; it stays quiet on `${VAR}` values and `!reset`.
export const composeSchema: Rule = {
  meta: {
    id: 'compose-schema',
    kinds: ['compose'],
    severity: 'error',
    title: {
      ko: 'Compose 명세(JSON 스키마)에 없는 키나 맞지 않는 값을 찾아요',
      en: 'Keys and values the Compose Specification schema does not allow',
    },
    sources: [
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/schema/compose-spec.json',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/schema/schema.go',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/loader.go',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/interpolate.go',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/override/uncity.go',
      'https://docs.docker.com/reference/compose-file/extension/#extension',
    ],
    messages: {
      unknownKey: {
        ko: '‘{where}’에는 ‘{key}’ 키가 없어요. Compose가 "additional properties \'{key}\' not allowed" 오류를 내고 멈춰요. 철자를 확인하세요.',
        en: '‘{where}’ has no key ‘{key}’. Compose stops with "additional properties \'{key}\' not allowed". Check the spelling.',
      },
      unknownKeySimilar: {
        ko: '‘{where}’에는 ‘{key}’ 키가 없어요. ‘{suggestion}’을/를 뜻했나요? Compose가 "additional properties \'{key}\' not allowed" 오류를 내고 멈춰요.',
        en: '‘{where}’ has no key ‘{key}’. Did you mean ‘{suggestion}’? Compose stops with "additional properties \'{key}\' not allowed".',
      },
      unknownTopLevelKey: {
        ko: '파일 최상위에는 ‘{key}’ 키가 없어요. Compose가 "additional properties \'{key}\' not allowed" 오류를 내고 멈춰요. 직접 쓰는 값이라면 ‘x-{key}’처럼 x-로 시작하는 이름을 쓰세요.',
        en: 'There is no top-level key ‘{key}’. Compose stops with "additional properties \'{key}\' not allowed". For your own values, use a name that starts with x-, such as ‘x-{key}’.',
      },
      unknownTopLevelKeySimilar: {
        ko: '파일 최상위에는 ‘{key}’ 키가 없어요. ‘{suggestion}’을/를 뜻했나요? Compose가 "additional properties \'{key}\' not allowed" 오류를 내고 멈춰요.',
        en: 'There is no top-level key ‘{key}’. Did you mean ‘{suggestion}’? Compose stops with "additional properties \'{key}\' not allowed".',
      },
      invalidName: {
        ko: '‘{key}’은/는 ‘{where}’ 아래에 쓸 수 없는 이름이에요. 이름은 정규식 {pattern}에 맞아야 해요(영문, 숫자와 몇몇 기호만). Compose가 "additional properties \'{key}\' not allowed" 오류를 내요.',
        en: '‘{key}’ is not a valid name under ‘{where}’: names must match {pattern}. Compose stops with "additional properties \'{key}\' not allowed".',
      },
      wrongType: {
        ko: '‘{path}’은/는 {expected}({expectedEn})으로/로 써야 해요. 지금은 {actual}({actualEn})이에요/예요. 이대로면 Compose가 파일을 검증(validating)하다가 오류를 내고 멈춰요.',
        en: '‘{path}’ must be {expectedEn}, not {actualEn}. Compose stops with a validation error.',
      },
      emptyValue: {
        ko: '‘{path}’에 값이 없어요(null). {expected}({expectedEn})으로/로 값을 적거나 이 줄을 지우세요. 이대로면 Compose가 파일을 검증(validating)하다가 오류를 내고 멈춰요.',
        en: '‘{path}’ has no value (null); it must be {expectedEn}. Write a value or remove the line.',
      },
      badValue: {
        ko: '‘{value}’은/는 ‘{path}’에 쓸 수 있는 값이 아니에요. {allowed} 중 하나를 쓰세요.',
        en: '‘{value}’ is not allowed for ‘{path}’. Use one of {allowed}.',
      },
      badValueSimilar: {
        ko: '‘{value}’은/는 ‘{path}’에 쓸 수 있는 값이 아니에요. ‘{suggestion}’을/를 뜻했나요? 쓸 수 있는 값: {allowed}.',
        en: '‘{value}’ is not allowed for ‘{path}’. Did you mean ‘{suggestion}’? Allowed: {allowed}.',
      },
      badFormat: {
        ko: '‘{value}’은/는 ‘{path}’의 형식에 맞지 않아요. Compose 명세의 정규식 {pattern}에 맞게 쓰세요.',
        en: '‘{value}’ does not have the form ‘{path}’ needs (regular expression {pattern}).',
      },
      tooSmall: {
        ko: '‘{path}’ 값 {value}은/는 너무 작아요. {limit} 이상으로 쓰세요.',
        en: '‘{path}’ is {value}; it must be at least {limit}.',
      },
      tooLarge: {
        ko: '‘{path}’ 값 {value}은/는 너무 커요. {limit} 이하로 쓰세요.',
        en: '‘{path}’ is {value}; it must be at most {limit}.',
      },
      missingKey: {
        ko: '‘{path}’에 꼭 있어야 하는 ‘{missing}’ 키가 없어요. 이대로면 Compose가 파일을 검증(validating)하다가 오류를 내고 멈춰요.',
        en: '‘{path}’ lacks the required key ‘{missing}’. Compose stops with a validation error.',
      },
      deprecatedExternalName: {
        ko: '‘{path}’은/는 예전 방식이라 Compose가 "external.name is deprecated" 경고를 내요. 항목에 ‘name: 이름’을 쓰고 ‘external: true’로 바꾸세요.',
        en: '‘{path}’ is deprecated: Compose warns "external.name is deprecated". Set ‘name:’ on the entry and ‘external: true’.',
      },
      duplicateItem: {
        ko: '‘{path}’ 목록에 ‘{value}’이/가 두 번 있어요({first}번 항목과 {second}번 항목). Compose가 "{path} items at {firstIndex} and {secondIndex} are equal" 오류를 내고 멈춰요. 하나를 지우세요.',
        en: '‘{path}’ lists ‘{value}’ twice (items {first} and {second}). Compose stops with "{path} items at {firstIndex} and {secondIndex} are equal". Remove one.',
      },
      deprecated: {
        ko: '‘{path}’은/는 Compose 명세에서 더 이상 쓰지 않는 키예요. 지워도 돼요.',
        en: '‘{path}’ is deprecated in the Compose Specification; you can remove it.',
      },
    },
    equivalents: { dclint: 'invalid-schema' },
  },
  check({ doc, report, project }) {
    if (doc.kind !== 'compose') return;
    // A file YAML cannot read is yaml-syntax's to report; what the parser recovered is not what Compose sees.
    if (doc.problems.some((p) => p.severity === 'error')) return;
    let view: ProjectView | undefined;
    const isOverride = (): boolean => {
      view ??= projectViewOf({ doc, project });
      if (looksLikeOverrideFile(view.file)) return true;
      if (view.alone) return false;
      return view.project.files.find((f) => f.path === view?.file)?.role === 'override';
    };
    // True when the project's merged service holds the list as a mapping: an earlier file of the set wrote it too.
    const mergedAsMapping = (path: string[]): boolean => {
      if (!isOverride()) return false;
      // An override file linted alone: the base file may write the list too; say nothing.
      if ((view as ProjectView).alone) return true;
      const merged = lget(lget(lget((view as ProjectView).project.model, 'services'), path[1]), path[2]);
      return merged?.kind === 'map';
    };
    const seen = new Set<string>();
    for (const yamlDoc of doc.documents) {
      for (const problem of validateComposeDocument(yamlDoc)) {
        const r = toReport(doc, problem, isOverride, mergedAsMapping);
        if (!r) continue;
        // A mistake inside an anchor is met once per alias (with a different path each time): one report, at the anchor.
        const id = `${r.range.start.line}:${r.range.start.character}:${r.messageId}`;
        if (seen.has(id)) continue;
        seen.add(id);
        report(r);
      }
    }
  },
};

const TYPE_KO: Record<string, string> = {
  mapping: '매핑',
  array: '목록',
  string: '문자열',
  number: '숫자',
  integer: '정수',
  boolean: '참/거짓 값',
  null: '빈 값',
};

function koTypes(types: readonly string[]): string {
  return types.map((t) => TYPE_KO[t] ?? t).join(' 또는 ');
}

function enTypes(types: readonly string[]): string {
  return types.join(' or ');
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => `‘${String(v)}’`).join(', ');
}

function rangeOf(doc: ComposeDocument, node: Node | undefined): Range | undefined {
  const r = nodeRange(node, doc.lines);
  return r && (r.start.line !== r.end.line || r.start.character !== r.end.character) ? r : undefined;
}

function toReport(doc: ComposeDocument, p: SchemaProblem, isOverride: () => boolean, mergedAsMapping: (path: string[]) => boolean): Report | undefined {
  const path = p.path.join('.');
  const where = p.path.slice(0, -1).join('.');
  const key = p.path[p.path.length - 1] ?? '';
  const at = (node: Node | undefined) => rangeOf(doc, node) ?? rangeOf(doc, p.key);
  switch (p.kind) {
    case 'unknown-key': {
      const range = at(p.node);
      if (!range) return undefined;
      const suggestion = closestName(key, p.known ?? []);
      const top = p.path.length === 1;
      const messageId = top ? (suggestion ? 'unknownTopLevelKeySimilar' : 'unknownTopLevelKey') : suggestion ? 'unknownKeySimilar' : 'unknownKey';
      return { range, messageId, data: { key, where, ...(suggestion ? { suggestion } : {}) } };
    }
    case 'invalid-name': {
      const range = at(p.node);
      return range && { range, messageId: 'invalidName', data: { key, where, pattern: p.pattern ?? '' } };
    }
    case 'type': {
      if (p.actual === 'null') {
        // In an override file `key:` with no value keeps what the earlier file set (compose-go
        // `override/merge.go`), so it only matters in the file that defines the value.
        if (isOverride()) return undefined;
        const range = at(p.node);
        return range && { range, messageId: 'emptyValue', data: { path, expected: koTypes(p.expected ?? []), expectedEn: enTypes(p.expected ?? []) } };
      }
      const range = at(p.node);
      return (
        range && {
          range,
          messageId: 'wrongType',
          data: { path, expected: koTypes(p.expected ?? []), expectedEn: enTypes(p.expected ?? []), actual: TYPE_KO[p.actual ?? ''] ?? p.actual ?? '', actualEn: p.actual ?? '' },
        }
      );
    }
    case 'enum': {
      // A mount's `type` is valid-volume-spec's, which explains each kind.
      if (p.path.length === 5 && p.path[0] === 'services' && p.path[2] === 'volumes' && key === 'type') return undefined;
      const range = at(p.node);
      if (!range) return undefined;
      const allowed = (p.allowed ?? []).filter((v) => v !== null);
      const suggestion = typeof p.value === 'string' ? closestName(p.value, allowed.map(String)) : undefined;
      return { range, messageId: suggestion ? 'badValueSimilar' : 'badValue', data: { path, value: String(p.value), allowed: quoteList(allowed), ...(suggestion ? { suggestion } : {}) } };
    }
    case 'pattern': {
      const range = at(p.node);
      return range && { range, messageId: 'badFormat', data: { path, value: String(p.value), pattern: p.pattern ?? '' } };
    }
    case 'minimum':
    case 'maximum': {
      const range = at(p.node);
      return range && { range, messageId: p.kind === 'minimum' ? 'tooSmall' : 'tooLarge', data: { path, value: String(p.value), limit: p.limit ?? 0 } };
    }
    case 'required': {
      const range = rangeOf(doc, p.key) ?? firstLine(doc, p.node);
      return range && { range, messageId: 'missingKey', data: { path, missing: p.missing ?? '' } };
    }
    case 'duplicate': {
      const [first, second] = p.duplicates ?? [0, 0];
      // `depends_on`, `networks` and `models` written as lists in a later file are merged as mappings
      // with the earlier file's (compose-go override/merge.go), and a repeated name disappears there.
      if (p.path.length === 3 && ['depends_on', 'networks', 'models'].includes(key) && mergedAsMapping(p.path)) return undefined;
      const range = at(p.node);
      const value = p.value !== undefined && p.value !== null ? String(p.value) : (doc.lines.lineText(range?.start.line ?? 0).trim().replace(/^-\s*/, '') || '…');
      return range && { range, messageId: 'duplicateItem', data: { path, value, first: first + 1, second: second + 1, firstIndex: first, secondIndex: second } };
    }
    case 'deprecated': {
      // The top-level `version` is no-obsolete-version's (with its fix); not reported twice.
      if (path === 'version') return undefined;
      const range = at(p.node);
      if (!range) return undefined;
      const external = p.path.length >= 2 && p.path[p.path.length - 2] === 'external' && key === 'name';
      return { range, messageId: external ? 'deprecatedExternalName' : 'deprecated', data: { path }, maxSeverity: 'warning' };
    }
  }
  return undefined;
}

// A list item has no key: point at its first line, not at the whole item.
function firstLine(doc: ComposeDocument, node: Node): Range | undefined {
  const r = nodeRange(node, doc.lines);
  if (!r) return undefined;
  if (r.start.line === r.end.line) return r;
  return { start: r.start, end: { line: r.start.line, character: doc.lines.lineText(r.start.line).length } };
}
