import type { Rule } from '../types';
import { PRESET_NAMES } from './presets';

// The JSON Schema of `.docker-explain.json`, generated from the rules so that a new rule is
// completed in the editor without anyone editing the schema by hand (markdownlint does the
// same). `scripts/gen-schema.mjs` writes it to schemas/docker-explain.schema.json; a unit test
// checks the committed file is current.

export function buildConfigSchema(rules: readonly Rule[]): Record<string, unknown> {
  const severity = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const options = rule.meta.optionsSchema ?? { type: 'object', maxProperties: 0 };
    const kinds = rule.meta.kinds.join(', ');
    ruleProperties[rule.meta.id] = {
      description: `${rule.meta.title.ko} (${rule.meta.title.en}) — ${kinds}; 기본 심각도: ${rule.meta.severity}`,
      markdownDescription: `**${rule.meta.title.ko}**\n\n${rule.meta.title.en}\n\n파일 종류: ${kinds} · 기본(recommended) 심각도: \`${rule.meta.severity}\``,
      oneOf: [severity, { type: 'array', items: [severity, options], minItems: 1, maxItems: 2 }],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Docker 해설 (docker-explain) team config',
    description: '팀이 함께 쓰는 Docker 해설 설정이에요. 린트된 파일에서 위로 올라가며 가장 가까운 파일이 이겨요.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', default: false, description: '‘true’면 이 파일보다 위 폴더의 설정은 읽지 않아요.' },
      extends: {
        description: '이어받을 프리셋이나 이 파일 기준의 상대 경로(작업 영역 안). 순서대로 적용하고, 이 파일의 ‘rules’가 마지막에 이겨요.',
        oneOf: [{ $ref: '#/definitions/extendsEntry' }, { type: 'array', items: { $ref: '#/definitions/extendsEntry' } }],
      },
      rules: { type: 'object', description: '규칙별 심각도: "off" | "info" | "warning" | "error", 또는 [심각도, {옵션}].', properties: ruleProperties, additionalProperties: false },
      ignore: { type: 'array', items: { type: 'string' }, description: '검사하지 않을 파일의 glob(이 파일의 폴더 기준, .gitignore처럼 읽어요). 예: ["vendor/**", "**/Dockerfile.legacy"]' },
      language: { type: 'string', enum: ['ko', 'en'], description: '진단 메시지의 언어. 에디터 설정보다 이 파일이 이겨요.' },
      compose: {
        type: 'object',
        additionalProperties: false,
        description: 'Compose 프로젝트를 어떻게 읽을지: 함께 쓰는 -f 파일 묶음과 함께 켜는 프로필.',
        properties: {
          files: {
            type: 'array',
            items: { type: 'array', items: { type: 'string' }, minItems: 1 },
            description: '‘docker compose -f a -f b’처럼 함께 읽는 파일 묶음(이 파일의 폴더 기준). 예: [["compose.yaml", "compose.prod.yaml"]]',
          },
          profiles: { type: 'array', items: { type: 'string' }, description: '함께 켜는 프로필. 규칙은 이 프로필들로 함께 실행되는 서비스도 비교해요. 예: ["debug"]' },
          projectName: {
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9_-]*$',
            description: 'CI가 ‘docker compose -p’로 주는 프로젝트 이름. .env의 COMPOSE_PROJECT_NAME과 파일의 name:보다 먼저예요. 예: "shop"',
          },
        },
      },
    },
    definitions: {
      extendsEntry: { anyOf: [{ type: 'string', enum: [...PRESET_NAMES] }, { type: 'string', pattern: '^\\.{1,2}/' }] },
    },
  };
}
