import type { Concept } from './types';
import { L, arrow, box, text } from './diagramKit';

export const cmdEntrypoint: Concept = {
  id: 'cmd-entrypoint',
  title: L('CMD와 ENTRYPOINT', 'CMD and ENTRYPOINT'),
  summary: L(
    '`ENTRYPOINT`는 컨테이너가 실행할 프로그램이고, `CMD`는 그 기본 인자예요. exec 형식(`["nginx", "-g", "daemon off;"]`)으로 쓰면 프로그램이 PID 1이 되어 `docker stop`의 신호를 직접 받아요.',
    '`ENTRYPOINT` is the program; `CMD` its default arguments. In exec form the program is PID 1 and receives `docker stop`\'s signal.',
  ),
  diagram: {
    width: 320,
    height: 184,
    description: L(
      '위쪽은 ENTRYPOINT와 CMD가 합쳐져 실행 명령이 되는 그림, 아래쪽은 exec 형식에서는 앱이 PID 1로 SIGTERM을 받고 셸 형식에서는 /bin/sh가 PID 1이 되어 앱에 신호가 가지 않는 비교예요.',
      'Top: ENTRYPOINT plus CMD make the command. Bottom: in exec form the app is PID 1 and gets SIGTERM; in shell form /bin/sh is PID 1 and the app does not.',
    ),
    shapes: [
      box(8, 8, 120, 26, 'accent', L('ENTRYPOINT ["app"]', 'ENTRYPOINT ["app"]')),
      text(136, 25, L('+', '+'), { anchor: 'middle' }),
      box(144, 8, 100, 26, 'muted', L('CMD ["--help"]', 'CMD ["--help"]')),
      text(252, 25, L('= app --help', '= app --help'), { small: true }),
      text(8, 52, L('docker run img --version → app --version (CMD만 바뀜)', 'docker run img --version → app --version'), { small: true }),
      box(8, 66, 146, 80, 'ok', L('exec 형식', 'Exec form'), { dashed: true }),
      box(18, 92, 126, 24, 'container', L('PID 1: app', 'PID 1: app')),
      arrow(81, 140, 81, 118, L('SIGTERM', 'SIGTERM'), { tone: 'ok' }),
      box(166, 66, 146, 80, 'danger', L('셸 형식', 'Shell form'), { dashed: true }),
      box(176, 88, 126, 20, 'muted', L('PID 1: /bin/sh -c', 'PID 1: /bin/sh -c')),
      box(176, 112, 126, 20, 'container', L('PID 7: app', 'PID 7: app')),
      text(81, 162, L('바로 정리하고 종료', 'shuts down cleanly'), { anchor: 'middle', small: true, tone: 'ok' }),
      text(239, 162, L('신호 못 받음 → 10초 뒤 SIGKILL', 'no signal → SIGKILL after 10 s'), { anchor: 'middle', small: true, tone: 'danger' }),
    ],
  },
  sections: [
    {
      heading: L('둘의 관계', 'How they combine'),
      body: L(
        '- `CMD`만 있으면: `CMD`가 실행 명령이고, `docker run 이미지 다른명령`으로 통째로 바꿔요.\n- `ENTRYPOINT`만 있으면: 항상 그 프로그램이 실행돼요.\n- 둘 다 exec 형식이면: `ENTRYPOINT` 뒤에 `CMD`가 인자로 붙어요. `docker run` 뒤에 쓴 값은 `CMD`만 바꿔요. 엔트리포인트를 바꾸려면 `--entrypoint`를 써요.',
        '- `CMD` only: it is the command; `docker run image other` replaces it.\n- `ENTRYPOINT` only: always that program.\n- Both in exec form: `CMD` becomes arguments after `ENTRYPOINT`; run arguments replace `CMD`; `--entrypoint` replaces the entrypoint.',
      ),
    },
    {
      heading: L('셸 형식과 exec 형식', 'Shell form and exec form'),
      body: L(
        '셸 형식 `CMD nginx -g "daemon off;"`는 `/bin/sh -c "…"`로 실행돼요. 그러면 셸이 PID 1이 되고, `docker stop`이 보내는 SIGTERM을 앱이 받지 못해요. Docker는 기다리다가(기본 10초) SIGKILL로 강제로 끝내요.\n\nexec 형식 `CMD ["nginx", "-g", "daemon off;"]`은 셸 없이 프로그램을 바로 실행해서 앱이 PID 1이 되고 신호를 직접 받아요. 대신 `$HOME` 같은 변수 확장은 일어나지 않아요.',
        'Shell form runs via `/bin/sh -c`: the shell is PID 1 and the app misses `docker stop`\'s SIGTERM; Docker kills it after the grace period (10 s by default).\n\nExec form runs the program directly as PID 1 and it gets the signal; there is no variable expansion.',
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
  ],
  keywords: ['CMD', 'ENTRYPOINT', '엔트리포인트', 'exec form', 'shell form', 'exec 형식', '셸 형식', 'PID 1', 'signal', '신호', 'SIGTERM', '--init', 'docker stop'],
};
