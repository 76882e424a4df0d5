import { dockerfileRule } from './dockerfile/defineRule';
import { runScripts } from './dockerfile/runScript';
import type { RunScript } from './dockerfile/runScript';
import { flagsOf } from '../../documents/dockerfileAstMemo';

// Each RUN adds a layer. Two RUNs in a row with the same options (mounts, network) can usually
// be one, joined with `&&`: fewer layers, and files deleted in the same step never reach the
// image. Exec-form RUNs and RUNs with different `--mount`/`--network` options are left alone.
// Splitting on purpose (to cache a slow step separately) is legitimate; hence `info`.

export const mergeConsecutiveRun = dockerfileRule(
  {
    id: 'merge-consecutive-run',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: '이어진 RUN은 하나로 합칠 수 있어요', en: 'Consecutive RUN instructions can be merged' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#run',
    ],
    messages: {
      merge: {
        ko: '이 RUN은 바로 앞 줄 {previousLine}의 RUN과 합칠 수 있어요. RUN마다 레이어가 하나씩 생겨요. ‘&&’로 이으면 레이어가 줄고, 같은 단계에서 지운 파일은 이미지에 남지 않아요.',
        en: 'This RUN can be merged with the RUN on line {previousLine}: each RUN is a layer; joined with ‘&&’, files deleted in the same step never reach the image.',
      },
    },
    equivalents: { hadolint: ['DL3059'] },
  },
  (doc, report) => {
    const scripts = new Map(runScripts(doc).map((s) => [s.instruction, s]));
    for (const stage of doc.stages) {
      let previous: RunScript | undefined;
      for (const instruction of stage.instructions) {
        const script = scripts.get(instruction);
        if (script && previous && mergeable(previous, script)) {
          report({ range: instruction.getInstructionRange(), messageId: 'merge', data: { previousLine: previous.instruction.getRange().start.line + 1 } });
        }
        previous = script;
      }
    }
  },
);

function flagKey(script: RunScript): string {
  const flags = flagsOf(script.instruction);
  return flags.map((f) => `${f.getName()}=${f.getValue() ?? ''}`).sort().join(' ');
}

function mergeable(a: RunScript, b: RunScript): boolean {
  return !a.exec && !b.exec && a.posix && b.posix && flagKey(a) === flagKey(b);
}
