import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf } from './dockerfile/stages';

// Only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage count; earlier ones are silently
// replaced. Usually a leftover, sometimes a misunderstanding ("run these two commands").

const SINGLE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export const noRepeatedInstruction = dockerfileRule(
  {
    id: 'no-repeated-instruction',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'CMD, ENTRYPOINT, HEALTHCHECK는 스테이지마다 한 번만 써요', en: 'One CMD, ENTRYPOINT and HEALTHCHECK per stage' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#cmd',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/MultipleInstructionsDisallowed.md',
    ],
    messages: {
      overridden: {
        ko: '이 ‘{keyword}’은/는 줄 {lastLine}의 ‘{keyword}’에 덮어써져서 아무 효과가 없어요. 한 스테이지에서는 마지막 ‘{keyword}’만 적용돼요.',
        en: 'This {keyword} has no effect: the {keyword} on line {lastLine} replaces it (only the last one in a stage counts).',
      },
    },
    equivalents: { hadolint: ['DL3012', 'DL4003', 'DL4004'], buildkit: 'MultipleInstructionsDisallowed' },
  },
  (doc, report) => {
    for (const stage of doc.stages) {
      for (const keyword of SINGLE) {
        const all = stage.instructions.filter((i) => keywordOf(i) === keyword);
        const last = all[all.length - 1];
        for (const instruction of all.slice(0, -1)) {
          report({
            range: instruction.getInstructionRange(),
            messageId: 'overridden',
            data: { keyword, lastLine: last.getRange().start.line + 1 },
          });
        }
      }
    }
  },
);
