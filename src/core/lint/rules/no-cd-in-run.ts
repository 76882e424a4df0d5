import { dockerfileRule } from './dockerfile/defineRule';
import { runScripts } from './dockerfile/runScript';
import { resolveCommand } from './dockerfile/shell';

// Each RUN starts a new shell, so a `cd` lasts only until the end of its RUN. `cd /src && make`
// is fine shell and we leave it alone (hadolint's DL3003 flags it and is widely disabled for
// that). What is certainly a mistake is a `cd` after which nothing runs in that RUN: the
// author expected it to carry over to the next instruction, which is what WORKDIR does.

export const noCdInRun = dockerfileRule(
  {
    id: 'no-cd-in-run',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '다음 명령어까지 이어질 디렉터리는 ‘cd’ 대신 WORKDIR로 바꿔요', en: 'Use WORKDIR, not a trailing ‘cd’, to change directory' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#workdir',
      'https://docs.docker.com/build/building/best-practices/#workdir',
    ],
    messages: {
      noEffect: {
        ko: '‘{command}’ 뒤로 이 RUN에서 실행되는 명령이 없어서 이 ‘cd’는 아무 효과가 없어요. RUN마다 새 셸이 시작돼서 디렉터리 이동은 다음 명령어로 이어지지 않아요. ‘WORKDIR {dir}’을/를 쓰세요.',
        en: 'Nothing runs after ‘{command}’ in this RUN, so it has no effect: each RUN starts a new shell. Use ‘WORKDIR {dir}’.',
      },
    },
    equivalents: { hadolint: ['DL3003'] },
  },
  (doc, report) => {
    for (const script of runScripts(doc)) {
      if (!script.posix || script.exec) continue;
      const last = script.commands[script.commands.length - 1];
      if (!last) continue;
      const resolved = resolveCommand(last);
      if (resolved.program !== 'cd' || resolved.wrappers.length || last.input) continue;
      // A closing `cd -` or `cd ..` after real work is a harmless habit; the mistake is a
      // RUN that only moves, or that ends by moving somewhere the next step should run in.
      const onlyCd = script.commands.every((c) => resolveCommand(c).program === 'cd');
      const target = resolved.args[0]?.text ?? '';
      if (!onlyCd && (target === '' || target === '-' || target === '..' || target === '~')) continue;
      const cd = last.words[resolved.programIndex];
      const end = resolved.args.length ? resolved.args[resolved.args.length - 1].end : cd.end;
      const dir = resolved.args.map((a) => a.text).join(' ') || '~';
      report({ range: doc.lines.range(cd.start, end), messageId: 'noEffect', data: { command: doc.text.slice(cd.start, end), dir } });
    }
  },
);
