import { dockerfileRule } from './dockerfile/defineRule';

// BuildKit's ReservedStageName: `scratch` (the empty image) and `context` (the build context,
// as in `--build-context`) already mean something where a stage name is read, so a stage must
// not take either name (dockerfile2llb/validations.go, reservedStageNames; names are compared
// in lower case, as BuildKit stores them).

const RESERVED = new Set(['context', 'scratch']);

export const reservedStageName = dockerfileRule(
  {
    id: 'reserved-stage-name',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '‘scratch’와 ‘context’는 스테이지 이름으로 쓰지 않아요', en: "Don't name a stage 'scratch' or 'context'" },
    sources: [
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/validations.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/ReservedStageName.md',
    ],
    messages: {
      reserved: {
        ko: '스테이지 이름 ‘{name}’은/는 Docker가 이미 다른 뜻으로 써요(‘scratch’는 빈 이미지, ‘context’는 빌드 컨텍스트). 다른 이름을 쓰세요.',
        en: 'Stage name ‘{name}’ is reserved (‘scratch’ is the empty image, ‘context’ the build context); pick another name.',
      },
    },
    equivalents: { buildkit: 'ReservedStageName', hadolint: ['DL3063'] },
  },
  (doc, report) => {
    for (const stage of doc.stages) {
      if (stage.name === undefined || !stage.nameRange) continue;
      if (RESERVED.has(stage.name.toLowerCase())) report({ range: stage.nameRange, messageId: 'reserved', data: { name: stage.name } });
    }
  },
);
