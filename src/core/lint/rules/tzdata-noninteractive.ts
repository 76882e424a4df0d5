import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf } from './dockerfile/stages';
import { installedPackages, stageCommands, lineageInstructions, stageBase } from './dockerfile/baseImage';
import { declarations } from '../../model/dockerfileVariables';

// Installing tzdata asks "Geographic area:" through debconf. A RUN has no terminal (BuildKit
// gives it no stdin, so it reads /dev/null). debconf 1.5.81 and later then falls back to its
// Teletype frontend, reads end-of-input and goes on with UTC (measured on Debian 12); older
// debconf starts its Readline frontend anyway, which is what the well-known stuck builds at
// "Geographic area:" show. So the rule speaks only for images with that older debconf
// (Debian 10/11, Ubuntu 18.04–22.04; knowledge/baseImages.ts) and stays silent elsewhere.

const FRONTEND_SET = /DEBIAN_FRONTEND\s*=\s*["']?noninteractive/;
// tzdata's config script does not ask when the time zone is already set in these files.
const PRESET_ZONE = /\/etc\/localtime|\/etc\/timezone|debconf-set-selections/;

export const tzdataNoninteractive = dockerfileRule(
  {
    id: 'tzdata-noninteractive',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'tzdata는 DEBIAN_FRONTEND=noninteractive로 설치해요', en: 'Install tzdata with DEBIAN_FRONTEND=noninteractive' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://github.com/moby/buildkit/blob/v0.32.2/executor/runcexecutor/executor.go',
    ],
    messages: {
      prompts: {
        ko: '‘{command}’은/는 tzdata를 설치하면서 시간대("Geographic area:")를 물어요. 베이스 이미지 {image}의 debconf는 1.5.81보다 오래돼서 터미널이 없는 빌드에서도 답을 기다리고, 빌드가 그 자리에서 멈춰요. 명령 앞에 ‘DEBIAN_FRONTEND=noninteractive’를 붙이거나 먼저 /etc/localtime을 정하세요.',
        en: '‘{command}’ installs tzdata, which asks for a time zone ("Geographic area:"). The debconf of {image} is older than 1.5.81 and waits for an answer even without a terminal, so the build stops there. Prefix the command with ‘DEBIAN_FRONTEND=noninteractive’ or set /etc/localtime first.',
      },
    },
    fixable: true,
  },
  (doc, report) => {
    for (const stage of doc.stages) {
      const { facts, image = '' } = stageBase(doc, stage);
      if (facts.oldDebconf !== true) continue;
      const before = lineageInstructions(doc, stage);
      for (const found of stageCommands(doc, stage)) {
        const { resolved, command, script } = found;
        if (resolved.program !== 'apt-get' && resolved.program !== 'apt' && resolved.program !== 'aptitude') continue;
        if (!installedPackages(found).includes('tzdata')) continue;
        if (resolved.assignments.some((a) => FRONTEND_SET.test(a.text))) continue;
        const line = script.instruction.getRange().start.line;
        const start = doc.lines.offsetAt(script.instruction.getRange().start);
        const program = command.words[resolved.programIndex];
        const earlierText = doc.text.slice(start, program.start);
        const earlier = before.filter((i) => i.getRange().start.line < line);
        if (FRONTEND_SET.test(earlierText) || PRESET_ZONE.test(earlierText)) continue;
        if (earlier.some((i) => setsFrontend(i) || (keywordOf(i) === 'RUN' && PRESET_ZONE.test(i.getTextContent())))) continue;
        const sub = resolved.args.find((a) => a.text === 'install') ?? program;
        const at = doc.lines.positionAt(program.start);
        report({
          range: doc.lines.range(program.start, sub.end),
          messageId: 'prompts',
          data: { command: doc.text.slice(program.start, sub.end), image },
          // Text cannot be put inside an exec-form JSON array.
          fixes: script.exec ? undefined : [{ title: { ko: 'DEBIAN_FRONTEND=noninteractive 붙이기', en: 'Prefix DEBIAN_FRONTEND=noninteractive' }, edits: [{ range: { start: at, end: at }, newText: 'DEBIAN_FRONTEND=noninteractive ' }] }],
        });
      }
    }
  },
);

/** `ENV DEBIAN_FRONTEND=noninteractive` or `ARG DEBIAN_FRONTEND=noninteractive` (RUN sees both). */
function setsFrontend(instruction: import('dockerfile-ast').Instruction): boolean {
  const keyword = keywordOf(instruction);
  if (keyword !== 'ENV' && keyword !== 'ARG') return false;
  return declarations(instruction).some((d) => d.name === 'DEBIAN_FRONTEND' && d.value === 'noninteractive');
}
