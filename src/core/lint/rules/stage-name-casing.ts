import { dockerfileRule } from './dockerfile/defineRule';
import { fill } from '../../types';

// BuildKit's StageNameCasing: `FROM node AS Build`. BuildKit lower-cases every stage name when
// it reads the file (instructions/parse.go, parseBuildStageName), so `Build`, `build` and
// `BUILD` are one stage; the capital letters only suggest a difference that is not there.
// The fix lower-cases the name where it is defined: references keep working because names are
// compared in lower case.

export const stageNameCasing = dockerfileRule(
  {
    id: 'stage-name-casing',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '스테이지 이름은 소문자로 써요', en: 'Stage names should be lowercase' },
    sources: [
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/instructions/parse.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/StageNameCasing.md',
    ],
    messages: {
      upper: {
        ko: '스테이지 이름 ‘{name}’에 대문자가 있어요. BuildKit은 이름을 소문자 ‘{lower}’으로/로 읽고 빌드할 때마다 StageNameCasing 경고를 내요.',
        en: 'Stage name ‘{name}’ has capital letters; BuildKit reads it as ‘{lower}’ and warns (StageNameCasing).',
      },
    },
    equivalents: { buildkit: 'StageNameCasing' },
    fixable: true,
  },
  (doc, report) => {
    for (const stage of doc.stages) {
      const name = stage.name;
      if (name === undefined || !stage.nameRange || name === name.toLowerCase()) continue;
      const lower = name.toLowerCase();
      report({
        range: stage.nameRange,
        messageId: 'upper',
        data: { name, lower },
        fixes: [{ title: { ko: fill('‘{lower}’으로/로 바꾸기', { lower }), en: `Change to ‘${lower}’` }, edits: [{ range: stage.nameRange, newText: lower }], safe: true }],
      });
    }
  },
);
