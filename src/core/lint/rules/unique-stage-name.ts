import { dockerfileRule } from './dockerfile/defineRule';

// Two stages with one name (names compare case-insensitively): `COPY --from=` and `FROM <name>`
// cannot say which one they mean, and BuildKit refuses the file.

export const uniqueStageName = dockerfileRule(
  {
    id: 'unique-stage-name',
    kinds: ['dockerfile'],
    severity: 'error',
    title: { ko: '스테이지 이름은 한 번씩만 써요', en: 'Stage names must be unique' },
    sources: [
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/DuplicateStageName.md',
    ],
    messages: {
      duplicate: {
        ko: '스테이지 이름 ‘{name}’은/는 줄 {firstLine}에서 이미 썼어요. 이름은 대소문자 구분 없이 비교돼서 빌드가 "duplicate stage name" 오류로 멈춰요.',
        en: 'Stage name ‘{name}’ is already used on line {firstLine} (names are case-insensitive); the build fails with "duplicate stage name".',
      },
    },
    equivalents: { hadolint: ['DL3024'], buildkit: 'DuplicateStageName' },
  },
  (doc, report) => {
    const seen = new Map<string, number>();
    for (const stage of doc.stages) {
      if (stage.name === undefined || !stage.nameRange) continue;
      const key = stage.name.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) report({ range: stage.nameRange, messageId: 'duplicate', data: { name: stage.name, firstLine: first + 1 } });
      else seen.set(key, stage.from.getRange().start.line);
    }
  },
);
