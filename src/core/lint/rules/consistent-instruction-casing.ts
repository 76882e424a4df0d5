import type { Instruction } from 'dockerfile-ast';
import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf } from './dockerfile/stages';
import { fill } from '../../types';

// BuildKit's ConsistentInstructionCasing (dockerfile2llb/validations.go, validateCommandCasing):
// the keywords of the stages (FROM and every instruction after it; the ARGs above the first
// FROM are not counted) are either all upper case or all lower case. The majority decides
// which; a tie counts as upper case. A keyword in mixed case (`Run`) is reported whatever the
// majority. Unknown keywords are dockerfile-syntax's business.

const KNOWN = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

export const consistentInstructionCasing = dockerfileRule(
  {
    id: 'consistent-instruction-casing',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '명령어는 모두 대문자나 모두 소문자로 써요', en: 'Instructions use one casing throughout the file' },
    sources: [
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/validations.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/ConsistentInstructionCasing.md',
    ],
    messages: {
      upper: {
        ko: '‘{written}’: 이 파일의 명령어는 대부분 대문자예요. ‘{expected}’으로/로 맞추면 BuildKit 경고(ConsistentInstructionCasing)가 사라져요.',
        en: '‘{written}’: most instructions in this file are upper case; write ‘{expected}’ (BuildKit ConsistentInstructionCasing).',
      },
      lower: {
        ko: '‘{written}’: 이 파일의 명령어는 대부분 소문자예요. ‘{expected}’으로/로 맞추면 BuildKit 경고(ConsistentInstructionCasing)가 사라져요.',
        en: '‘{written}’: most instructions in this file are lower case; write ‘{expected}’ (BuildKit ConsistentInstructionCasing).',
      },
    },
    equivalents: { buildkit: 'ConsistentInstructionCasing' },
    fixable: true,
  },
  (doc, report) => {
    const counted: Instruction[] = [];
    let lower = 0;
    let upper = 0;
    for (const stage of doc.stages) {
      for (const instruction of stage.instructions) {
        if (!KNOWN.has(keywordOf(instruction))) continue;
        counted.push(instruction);
        const written = instruction.getInstruction();
        if (written === written.toLowerCase()) lower++;
        else if (written === written.toUpperCase()) upper++;
      }
    }
    const toLower = lower > upper;
    for (const instruction of counted) {
      const written = instruction.getInstruction();
      const expected = toLower ? written.toLowerCase() : written.toUpperCase();
      if (written === expected) continue;
      const range = instruction.getInstructionRange();
      report({
        range,
        messageId: toLower ? 'lower' : 'upper',
        data: { written, expected },
        fixes: [{ title: { ko: fill('‘{expected}’으로/로 바꾸기', { expected }), en: `Change to ‘${expected}’` }, edits: [{ range, newText: expected }], safe: true }],
      });
    }
  },
);
