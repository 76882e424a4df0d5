import { dockerfileRule } from './dockerfile/defineRule';
import { runScripts } from './dockerfile/runScript';
import type { RunScript } from './dockerfile/runScript';
import type { ShellCommand } from './dockerfile/shell';
import { resolveCommand } from './dockerfile/shell';
import { flagsOf } from '../../documents/dockerfileAstMemo';

// Each RUN adds a layer. Two RUNs in a row with the same options (mounts, network) can usually
// be one, joined with `&&`: fewer layers, and files deleted in the same step never reach the
// image. Exec-form RUNs and RUNs with different `--mount`/`--network` options are left alone.
// Splitting on purpose (to cache a slow step separately) is legitimate; hence `info`. A RUN that
// already chains steps (`a && b`, `a; b`, a script in a heredoc) shows its author groups steps
// into layers on purpose, so next to one the rule is silent (hadolint DL3059 is silent above
// two commands). One case stays reported whatever the chaining: a RUN that only deletes
// files. A later layer cannot shrink an earlier one (it only hides the files), so the deletion
// belongs in the RUN that made them.

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
      deleteOnly: {
        ko: '이 RUN은 파일을 지우기만 해요. 줄 {previousLine}의 RUN이 만든 파일은 그 레이어에 그대로 남아서 이미지가 작아지지 않아요. 지우는 명령을 그 RUN 끝에 ‘&&’로 이어 붙이세요.',
        en: 'This RUN only deletes files. What the RUN on line {previousLine} created stays in its layer, so the image does not shrink: append the deletion to that RUN with ‘&&’.',
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
          const data = { previousLine: previous.instruction.getRange().start.line + 1 };
          if (onlyDeletes(script)) report({ range: instruction.getInstructionRange(), messageId: 'deleteOnly', data });
          else if (!chains(previous) && !chains(script)) report({ range: instruction.getInstructionRange(), messageId: 'merge', data });
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

/**
 * The steps a RUN runs one after another: its commands that are neither fed by a pipe (`a | b`
 * is one step) nor run only under a condition (the body of an `if`, the right of `[ … ] &&`).
 * `if …; then …; fi` alone is one step.
 */
function steps(script: RunScript): ShellCommand[] {
  return script.commands.filter((c) => !c.input && !c.conditional && c.words.length > 0);
}

function chains(script: RunScript): boolean {
  return steps(script).length >= 2;
}

/** `RUN rm -rf /var/lib/apt/lists/*` and the like: every step is `rm`. */
function onlyDeletes(script: RunScript): boolean {
  const all = steps(script);
  return all.length > 0 && script.commands.length === all.length && all.every((c) => resolveCommand(c).program === 'rm');
}
