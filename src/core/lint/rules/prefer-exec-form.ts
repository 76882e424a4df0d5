import type { Localized } from '../../types';
import { plainFromMarkdown } from '../../text/plain';
import { dockerfileRule } from './dockerfile/defineRule';
import { commandArguments, exactArgv, formatArgv } from './dockerfile/execForm';
import { keywordOf, lineage } from './dockerfile/stages';
import { dockerfileProcessTopics } from '../../knowledge/topics/dockerfile/process';
import type { Pid1 } from '../../model/containerProcess';
import { pid1Of } from '../../model/containerProcess';
import { settingOf, stageProcess } from '../../model/dockerfileProcess';

// CMD/ENTRYPOINT in shell form run as `/bin/sh -c "…"`. Who is PID 1 then, and whether the
// program gets `docker stop`'s SIGTERM, is the container-process model's answer (Debian's dash
// stays PID 1; bash and Alpine's BusyBox ash exec a lone command; other images: it depends), and
// the message says that answer in the model's own sentences (the `dockerfile.process` record).
// A shell-form ENTRYPOINT also ignores CMD and run arguments. We stay silent where the shell is
// harmless or chosen on purpose: `exec …` (the shell replaces itself with the program), stages
// that set SHELL explicitly (as BuildKit does), and a CMD that a shell-form ENTRYPOINT ignores
// (the ENTRYPOINT is reported). The quick fix is offered only when the conversion is exact: one
// simple command without operators, variables, globs or shell builtins.

const PROCESS = dockerfileProcessTopics['dockerfile.process'].templates ?? {};

/** Which sentence of the process record the message uses, by what the shell does. */
type ShellCase = 'Stays' | 'Depends' | 'Execs';

function shellCase(pid1: Pid1): ShellCase {
  if (pid1.kind === 'program') return 'Execs';
  if (pid1.kind === 'shell') return 'Stays';
  return 'Depends';
}

const TEMPLATE_OF: Record<ShellCase, string> = { Stays: 'pid1Shell', Depends: 'pid1ShellDependent', Execs: 'pid1ShellExecs' };

function message(keyword: 'CMD' | 'ENTRYPOINT', which: ShellCase): Localized {
  // The process record is written for hovers (Markdown); a diagnostic message is plain text.
  const middle = PROCESS[TEMPLATE_OF[which]];
  const ignores = keyword === 'ENTRYPOINT' ? PROCESS.entrypointShell : undefined;
  const ko = [`‘${keyword} {command}’은/는 셸 형식(shell form)이에요.`, plainFromMarkdown(middle.ko), ignores ? 'CMD와 docker run 뒤의 인자도 쓰이지 않아요.' : '', 'exec 형식 ‘{suggestion}’으로/로 쓰세요.'];
  const en = [`‘${keyword} {command}’ is shell form.`, plainFromMarkdown(middle.en), ignores ? 'CMD and docker run arguments are not used either.' : '', 'Use exec form ‘{suggestion}’.'];
  return { ko: ko.filter(Boolean).join(' '), en: en.filter(Boolean).join(' ') };
}

const MESSAGES: Record<string, Localized> = {};
for (const keyword of ['CMD', 'ENTRYPOINT'] as const) {
  for (const which of ['Stays', 'Depends', 'Execs'] as const) {
    MESSAGES[`${keyword === 'CMD' ? 'cmd' : 'entrypoint'}${which === 'Stays' ? '' : which}`] = message(keyword, which);
  }
}

export const preferExecForm = dockerfileRule(
  {
    id: 'prefer-exec-form',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'CMD와 ENTRYPOINT는 exec 형식(JSON 배열)으로 써요', en: 'Write CMD and ENTRYPOINT in exec form (JSON array)' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
      'https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/JSONArgsRecommended.md',
    ],
    messages: MESSAGES,
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
        const model = stageProcess(doc, stage);
        if (keyword === 'CMD' && model.process.cmd === 'ignored') continue;
        const setting = settingOf(doc, instruction, ['/bin/sh', '-c']);
        const pid1 = pid1Of(setting?.argv ?? [], model.imageSh);
        const which = shellCase(pid1);
        const shown = 'program' in pid1 && pid1.program !== undefined ? pid1.program : args.text;
        const argv = exactArgv(args.text);
        const hasCmd = stage.instructions.some((i) => keywordOf(i) === 'CMD');
        const fixable = argv !== undefined && (keyword === 'CMD' || !hasCmd);
        const suggestion = argv ? formatArgv(argv) : '["program", "arg"]';
        const range = doc.lines.range(args.start, args.end);
        report({
          range,
          messageId: `${keyword === 'CMD' ? 'cmd' : 'entrypoint'}${which === 'Stays' ? '' : which}`,
          data: {
            command: args.text,
            suggestion,
            program: `‘${shown}’`,
            shell: which === 'Execs' ? (pid1.kind === 'program' && pid1.shellKind === 'bash' ? 'bash' : 'Alpine BusyBox ash') : '/bin/sh',
          },
          fixes: fixable && argv
            ? [{ title: { ko: `exec 형식으로 바꾸기: ${suggestion}`, en: `Change to exec form ${suggestion}` }, edits: [{ range, newText: suggestion }] }]
            : [],
        });
      }
    }
  },
);
