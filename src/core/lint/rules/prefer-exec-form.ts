import { dockerfileRule } from './dockerfile/defineRule';
import { commandArguments, exactArgv, formatArgv } from './dockerfile/execForm';
import { keywordOf, lineage } from './dockerfile/stages';

// CMD/ENTRYPOINT in shell form run as `/bin/sh -c "…"`: the shell is PID 1 and does not pass
// SIGTERM on, so `docker stop` waits 10 s and kills the program. A shell-form ENTRYPOINT also
// ignores CMD and the arguments of `docker run`. We stay silent where the shell is harmless or
// chosen on purpose: `exec …` (the shell replaces itself with the program) and stages that set
// SHELL explicitly (as BuildKit does). The quick fix is offered only when the conversion is
// exact: one simple command without operators, variables, globs or shell builtins.

export const preferExecForm = dockerfileRule(
  {
    id: 'prefer-exec-form',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '`CMD`와 `ENTRYPOINT`는 exec 형식(JSON 배열)으로 써요', en: 'Write CMD and ENTRYPOINT in exec form (JSON array)' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/JSONArgsRecommended.md',
    ],
    messages: {
      cmd: {
        ko: '`CMD {command}`은/는 셸 형식(shell form)이라 `/bin/sh -c`가 PID 1이 돼요. 셸은 SIGTERM 같은 신호를 프로그램에 넘기지 않아서 `docker stop`이 10초 기다린 뒤 강제로 종료해요. exec 형식 `{suggestion}`으로/로 쓰세요.',
        en: '`CMD {command}` is shell form: `/bin/sh -c` becomes PID 1 and does not pass signals on, so `docker stop` waits and then kills. Use exec form `{suggestion}`.',
      },
      entrypoint: {
        ko: '`ENTRYPOINT {command}`은/는 셸 형식이라 `/bin/sh -c`가 PID 1이 돼요. 신호가 프로그램에 닿지 않고, `CMD`와 `docker run` 뒤의 인자도 모두 무시돼요. exec 형식 `{suggestion}`으로/로 쓰세요.',
        en: '`ENTRYPOINT {command}` is shell form: signals do not reach the program, and CMD and `docker run` arguments are ignored. Use exec form `{suggestion}`.',
      },
    },
    equivalents: { hadolint: ['DL3025'], buildkit: 'JSONArgsRecommended' },
    fixable: true,
  },
  (doc, report) => {
    for (const stage of doc.stages) {
      const stages = lineage(doc, stage);
      for (const instruction of stage.instructions) {
        const keyword = keywordOf(instruction);
        if (keyword !== 'CMD' && keyword !== 'ENTRYPOINT') continue;
        const line = instruction.getRange().start.line;
        const chosenShell = stages.some((s) => s.instructions.some((i) => keywordOf(i) === 'SHELL' && (s.index !== stage.index || i.getRange().start.line < line)));
        if (chosenShell) continue;
        const args = commandArguments(doc, instruction);
        if (!args || args.form === 'exec' || args.text.startsWith('[')) continue;
        if (/^exec\s/.test(args.text)) continue;
        const argv = exactArgv(args.text);
        const hasCmd = stage.instructions.some((i) => keywordOf(i) === 'CMD');
        const fixable = argv !== undefined && (keyword === 'CMD' || !hasCmd);
        const suggestion = argv ? formatArgv(argv) : '["program", "arg"]';
        const range = doc.lines.range(args.start, args.end);
        report({
          range,
          messageId: keyword === 'CMD' ? 'cmd' : 'entrypoint',
          data: { command: args.text, suggestion },
          fixes: fixable && argv
            ? [{ title: { ko: `exec 형식으로 바꾸기: ${suggestion}`, en: `Change to exec form ${suggestion}` }, edits: [{ range, newText: suggestion }] }]
            : [],
        });
      }
    }
  },
);
