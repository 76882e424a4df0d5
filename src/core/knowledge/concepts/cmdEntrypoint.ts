import type { Concept } from './types';
import type { Language, Localized } from '../../types';
import { L } from './diagramKit';
import { group, node, note, row } from './flowKit';
import type { CommandSetting, ProcessConfig, ShellKind } from '../../model/containerProcess';
import { containerProcess } from '../../model/containerProcess';
import { cmdRoleSentence, pid1Sentence } from '../../explain/dockerfile/processFacts';

// The cases on this page are computed by the container-process model and worded by the same
// sentences as the hovers and the prefer-exec-form rule, so the page cannot say otherwise.

const exec = (argv: string[], line?: number): CommandSetting => ({ form: 'exec', argv, line });
const shell = (text: string, line?: number): CommandSetting => ({ form: 'shell', argv: ['/bin/sh', '-c', text], text, line });

interface Case {
  label: Localized;
  config: ProcessConfig;
  sh: ShellKind;
  cmdText?: string;
}

/** The cases, in the order the page shows them. `line` values match the example Dockerfile below. */
export const CMD_ENTRYPOINT_CASES: Case[] = [
  { label: L('`CMD ["nginx", "-g", "daemon off;"]`만 있으면', '`CMD ["nginx", "-g", "daemon off;"]` only'), config: { entrypoint: null, cmd: exec(['nginx', '-g', 'daemon off;']) }, sh: 'dash' },
  { label: L('exec 형식 `ENTRYPOINT ["python", "/app/app.py"]`와 `CMD ["--port", "8000"]`', 'Exec-form `ENTRYPOINT ["python", "/app/app.py"]` with `CMD ["--port", "8000"]`'), config: { entrypoint: exec(['python', '/app/app.py'], 2), cmd: exec(['--port', '8000'], 3) }, sh: 'dash' },
  { label: L('셸 형식 `ENTRYPOINT myapp`과 `CMD ["--debug"]`', 'Shell-form `ENTRYPOINT myapp` with `CMD ["--debug"]`'), config: { entrypoint: shell('myapp'), cmd: exec(['--debug']) }, sh: 'dash' },
  { label: L('Debian·Ubuntu 이미지에서 셸 형식 `CMD myapp`', 'Shell-form `CMD myapp` on a Debian or Ubuntu image'), config: { entrypoint: null, cmd: shell('myapp') }, sh: 'dash', cmdText: 'myapp' },
  { label: L('Alpine 이미지에서 셸 형식 `CMD myapp`', 'Shell-form `CMD myapp` on an Alpine image'), config: { entrypoint: null, cmd: shell('myapp') }, sh: 'busybox', cmdText: 'myapp' },
  { label: L('셸 형식 `CMD exec myapp`', 'Shell-form `CMD exec myapp`'), config: { entrypoint: null, cmd: shell('exec myapp') }, sh: 'dash', cmdText: 'exec myapp' },
];

function caseText(lang: Language, c: Case): string {
  const process = containerProcess(c.config, c.sh);
  const ep = c.config.entrypoint;
  const line = ep !== null && ep !== 'unknown' && ep.line !== undefined ? ep.line + 1 : undefined;
  const parts = [cmdRoleSentence(lang, process, line, c.cmdText ?? '') ?? ''];
  parts.push(pid1Sentence(lang, process.pid1));
  return `- ${c.label[lang]}: ${parts.filter(Boolean).join(' ')}`;
}

function casesBody(): Localized {
  return { ko: CMD_ENTRYPOINT_CASES.map((c) => caseText('ko', c)).join('\n'), en: CMD_ENTRYPOINT_CASES.map((c) => caseText('en', c)).join('\n') };
}

export const cmdEntrypoint: Concept = {
  id: 'cmd-entrypoint',
  title: L('CMD와 ENTRYPOINT', 'CMD and ENTRYPOINT'),
  summary: L(
    '`ENTRYPOINT`는 컨테이너가 실행할 프로그램이고, `CMD`는 그 기본 인자예요. exec 형식(`["nginx", "-g", "daemon off;"]`)으로 쓰면 프로그램이 PID 1이 되어 `docker stop`의 신호를 직접 받아요.',
    '`ENTRYPOINT` is the program; `CMD` its default arguments. In exec form the program is PID 1 and receives `docker stop`\'s signal.',
  ),
  diagram: {
    description: L(
      '위쪽은 ENTRYPOINT와 CMD가 합쳐져 실행 명령이 되는 그림, 아래쪽은 exec 형식에서는 앱이 PID 1로 SIGTERM을 받고, Debian의 dash에서 셸 형식은 /bin/sh가 PID 1로 남아 앱에 신호가 가지 않는 비교예요.',
      'Top: ENTRYPOINT plus CMD make the command. Bottom: in exec form the app is PID 1 and gets SIGTERM; in shell form on Debian’s dash /bin/sh stays PID 1 and the app does not.',
    ),
    items: [
      row(node('accent', L('ENTRYPOINT ["app"]', 'ENTRYPOINT ["app"]')), node('muted', L('CMD ["--help"]', 'CMD ["--help"]'))),
      note(L('ENTRYPOINT + CMD = app --help', 'ENTRYPOINT + CMD = app --help')),
      note(L('docker run img --version → app --version (CMD만 바뀜)', 'docker run img --version → app --version')),
      row(
        group('ok', L('exec 형식', 'Exec form'), [
          node('container', L('PID 1: app', 'PID 1: app'), { lines: [[L('SIGTERM을 직접 받아요', 'gets SIGTERM itself'), 'ok']] }),
          note(L('바로 정리하고 종료', 'shuts down cleanly'), 'ok'),
        ]),
        group('danger', L('셸 형식 (Debian dash)', 'Shell form (Debian dash)'), [
          node('muted', L('PID 1: /bin/sh -c', 'PID 1: /bin/sh -c')),
          node('container', L('PID 7: app', 'PID 7: app')),
          note(L('신호 못 받음 → 10초 뒤 SIGKILL', 'no signal → SIGKILL after 10 s'), 'danger'),
        ]),
      ),
    ],
    arrows: [],
  },
  sections: [
    {
      heading: L('둘의 관계', 'How they combine'),
      body: L(
        'Docker는 `ENTRYPOINT` 뒤에 `CMD`를 붙여서 실행해요. `docker run 이미지 인자…`의 인자는 `CMD`를 대신하고, `--entrypoint`는 엔트리포인트를 바꾸면서 이미지의 `CMD`를 지워요. 같은 스테이지에서 `ENTRYPOINT`를 정하면 베이스 이미지나 부모 스테이지에서 물려받은 `CMD`도 지워져요.',
        'Docker runs `ENTRYPOINT` followed by `CMD`. Arguments of `docker run image args…` replace `CMD`; `--entrypoint` replaces the entrypoint and clears the image’s `CMD`. Setting `ENTRYPOINT` in a stage also clears the `CMD` inherited from the base image or parent stage.',
      ),
    },
    {
      heading: L('경우별로 보면', 'Case by case'),
      body: casesBody(),
    },
    {
      heading: L('셸 형식과 exec 형식', 'Shell form and exec form'),
      body: L(
        '셸 형식 `CMD nginx -g "daemon off;"`는 `/bin/sh -c "…"`로 실행돼요. 그다음 셸이 PID 1로 남는지는 `/bin/sh`가 어떤 셸인지에 달려 있어요. Debian·Ubuntu의 dash는 남고, Alpine의 BusyBox ash와 bash는 명령이 하나뿐이면 그 명령으로 바뀌어요(exec). 셸이 PID 1로 남으면 `docker stop`의 SIGTERM이 앱에 전달되지 않아서, Docker는 기다리다가(기본 10초) SIGKILL로 끝내요.\n\nexec 형식 `CMD ["nginx", "-g", "daemon off;"]`는 셸 없이 프로그램을 바로 실행해서 어느 이미지에서든 앱이 PID 1이 되고 신호를 직접 받아요. 대신 `$HOME` 같은 변수 확장은 일어나지 않아요.',
        'Shell form runs via `/bin/sh -c "…"`. Whether the shell then stays PID 1 depends on which shell `/bin/sh` is: Debian’s and Ubuntu’s dash stays; Alpine’s BusyBox ash and bash replace themselves with a lone command (exec). When the shell stays, `docker stop`’s SIGTERM does not reach the app and Docker sends SIGKILL after the grace period (10 s by default).\n\nExec form runs the program directly as PID 1 on any image, and it gets the signal; there is no variable expansion.',
      ),
    },
    {
      heading: L('PID 1의 책임', 'PID 1\'s duties'),
      body: L(
        'PID 1은 신호를 처리하고 끝난 자식 프로세스를 거둬야 해요. 앱이 그 일을 못 하면 `docker run --init`(Compose `init: true`)으로 작은 init 프로세스를 앞에 세워요.',
        'PID 1 must handle signals and reap children; `docker run --init` (Compose `init: true`) adds a tiny init that does.',
      ),
    },
  ],
  example: {
    language: 'dockerfile',
    code: 'FROM python:3.12-slim\nCOPY app.py /app/\nENTRYPOINT ["python", "/app/app.py"]\nCMD ["--port", "8000"]\n# docker run img --port 9000  →  python /app/app.py --port 9000',
    caption: L('`docker run` 뒤의 인자는 `CMD`만 바꿔요.', 'Run arguments replace only `CMD`.'),
  },
  related: ['env-args', 'isolation', 'run-flow'],
  docs: [
    { url: 'https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact', title: L('How CMD and ENTRYPOINT interact', 'How CMD and ENTRYPOINT interact') },
    { url: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form', title: L('Shell and exec form', 'Shell and exec form') },
  ],
  sources: [
    'https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact',
    'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
    'https://docs.docker.com/reference/dockerfile/#entrypoint',
    'https://docs.docker.com/reference/cli/docker/container/stop/#description',
    'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert.go',
  ],
  keywords: ['CMD', 'ENTRYPOINT', '엔트리포인트', 'exec form', 'shell form', 'exec 형식', '셸 형식', 'PID 1', 'signal', '신호', 'SIGTERM', '--init', 'docker stop'],
};
