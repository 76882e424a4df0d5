// Texts for completion in `.docker-explain.json` (the team config; DESIGN.md "The team config").

import type { Localized } from '../../types';

/** Top-level keys: what each inserts and means. */
export const CONFIG_KEYS: Readonly<Record<string, { text: Localized; snippet: string }>> = {
  extends: { text: { ko: '이어받을 프리셋이나 작업 영역 안의 상대 경로예요.', en: 'Presets or relative paths to extend.' }, snippet: '"extends": ["${1|docker-explain:recommended,docker-explain:strict,docker-explain:learner|}"]' },
  rules: { text: { ko: '규칙별 심각도(`off`, `info`, `warning`, `error`)예요.', en: 'Per-rule severities.' }, snippet: '"rules": {\n\t$0\n}' },
  ignore: { text: { ko: '검사하지 않을 파일의 glob이에요.', en: 'Globs of files not to check.' }, snippet: '"ignore": ["$1"]' },
  language: { text: { ko: '진단 메시지의 언어예요(`ko` 또는 `en`).', en: 'Language of diagnostics.' }, snippet: '"language": "${1|ko,en|}"' },
  root: { text: { ko: '`true`면 위 폴더의 설정을 읽지 않아요.', en: 'Stop reading configs of parent folders.' }, snippet: '"root": ${1|true,false|}' },
  compose: { text: { ko: '함께 읽는 Compose 파일 묶음과 프로필이에요.', en: 'Compose file sets and profiles.' }, snippet: '"compose": {\n\t"files": [["compose.yaml"$1]]\n}' },
};

export const SEVERITY_TEXTS: Readonly<Record<'off' | 'info' | 'warning' | 'error', Localized>> = {
  off: { ko: '이 규칙을 꺼요.', en: 'Turns the rule off.' },
  info: { ko: '정보로 보여 줘요. CLI는 이것 때문에 실패하지 않아요.', en: 'Shown as information; never fails the CLI.' },
  warning: { ko: '경고로 보여 줘요. CLI는 `--max-warnings`를 넘을 때만 실패해요.', en: 'A warning; fails the CLI only past `--max-warnings`.' },
  error: { ko: '오류로 보여 줘요. CLI가 종료 코드 1로 끝나요.', en: 'An error; the CLI exits with 1.' },
};

export const PRESET_TEXTS: Readonly<Record<string, Localized>> = {
  'docker-explain:recommended': { ko: '규칙마다 정한 기본 심각도를 그대로 써요.', en: 'Each rule’s own severity.' },
  'docker-explain:strict': { ko: 'CI 관문용이에요: 경고는 오류로, 정보는 경고로 올려요.', en: 'For CI gates: warnings become errors, infos warnings.' },
  'docker-explain:learner': { ko: '배우는 사람용이에요: 모든 교훈을 경고로 보여 주고, 빌드나 `docker compose up`을 정말 깨는 것만 오류예요.', en: 'For learners: every lesson a warning, only real breakage an error.' },
};

export const CONFIG_TEXTS: Readonly<Record<string, Localized>> = {
  default: { ko: '기본', en: 'default' },
  ruleDoc: { ko: '기본 심각도는 `{severity}`이에요/예요. 고르면 `"{id}": "…"` 항목 전체가 들어가요.', en: 'Default severity `{severity}`; inserts the whole `"{id}": "…"` entry.' },
};
