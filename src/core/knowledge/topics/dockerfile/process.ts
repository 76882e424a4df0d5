import type { TopicTable } from '../../types';

const REF = 'https://docs.docker.com/reference/dockerfile/';

// The sentences of the container-process model (src/core/model/containerProcess.ts): what runs,
// what is PID 1, who gets `docker stop`'s SIGTERM, what happens to CMD and run arguments. The
// CMD/ENTRYPOINT hovers, the exec-form hover, the prefer-exec-form rule and the "CMD와
// ENTRYPOINT" concept page all use these, chosen by the model's answer.
// Sources: https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact,
// #entrypoint (shell form, "ENTRYPOINT exec top -b"), https://docs.docker.com/reference/cli/docker/container/stop/,
// https://docs.docker.com/reference/cli/docker/container/run/#options; shells: see the model.
export const dockerfileProcessTopics: TopicTable = {
  'dockerfile.process': {
    id: 'dockerfile.process',
    title: { ko: '컨테이너가 실행하는 프로세스', en: 'The process a container runs' },
    summary: {
      ko: 'ENTRYPOINT 뒤에 CMD를 붙인 명령이 컨테이너의 PID 1로 실행돼요. `docker stop`은 PID 1에만 SIGTERM을 보내요.',
      en: 'ENTRYPOINT followed by CMD runs as the container’s PID 1; `docker stop` sends SIGTERM to PID 1 only.',
    },
    templates: {
      argv: { ko: '컨테이너가 실행하는 명령: {argv}', en: 'The container runs: {argv}' },
      pid1Direct: {
        ko: 'PID 1은 {program}이에요/예요. `docker stop`의 SIGTERM을 {program}이/가 직접 받아요.',
        en: '{program} is PID 1 and receives the SIGTERM of `docker stop` itself.',
      },
      pid1ExecPrefix: {
        ko: '`exec`으로 시작해서 셸이 {program}으로/로 바뀌어요. {program}이/가 PID 1이 되어 SIGTERM을 직접 받아요.',
        en: 'It starts with `exec`, so the shell replaces itself with {program}: {program} is PID 1 and receives SIGTERM.',
      },
      pid1ShellExecs: {
        ko: '{shell}은/는 명령이 하나뿐이면 셸을 남기지 않고 그 명령으로 바뀌어요(exec). 그래서 {program}이/가 PID 1이 되어 SIGTERM을 받아요. 명령을 `&&`나 `;`로 더 붙이면 셸이 PID 1로 남을 수 있어요.',
        en: '{shell} replaces itself with a lone simple command (exec), so {program} is PID 1 and receives SIGTERM. Add `&&` or `;` and the shell may stay PID 1.',
      },
      pid1Shell: {
        ko: '셸 {shell}이/가 PID 1로 남고 {program}은/는 그 자식 프로세스예요. 셸은 SIGTERM을 자식에게 넘기지 않아서 `docker stop`은 기다리다가(기본 10초) SIGKILL로 끝내요.',
        en: 'The shell {shell} is PID 1 and {program} its child. The shell does not pass SIGTERM on, so `docker stop` waits (10 s by default) and sends SIGKILL.',
      },
      pid1ShellDash: {
        ko: 'Debian·Ubuntu의 `/bin/sh`(dash)는 명령이 하나여도 셸이 PID 1로 남고 {program}은/는 자식 프로세스예요. 셸은 SIGTERM을 넘기지 않아서 `docker stop`은 기다리다가(기본 10초) SIGKILL로 끝내요.',
        en: 'Debian’s and Ubuntu’s `/bin/sh` (dash) stays PID 1 even for one command, with {program} as its child. It does not pass SIGTERM on, so `docker stop` waits (10 s by default) and sends SIGKILL.',
      },
      pid1ShellDependent: {
        ko: 'PID 1이 누구인지는 {shell}이/가 어떤 셸인지에 달려 있어요. Debian·Ubuntu의 dash는 셸이 PID 1로 남아 {program}이/가 SIGTERM을 못 받고, bash와 Alpine의 BusyBox ash는 명령이 하나면 {program}으로/로 바뀌어요.',
        en: 'Who is PID 1 depends on which shell {shell} is: Debian’s and Ubuntu’s dash stays PID 1 and {program} misses SIGTERM; bash and Alpine’s BusyBox ash replace themselves with a lone command.',
      },
      pid1BaseEntrypoint: {
        ko: '베이스 이미지에 ENTRYPOINT가 있으면 그 엔트리포인트가 PID 1이고 이 값은 그 인자로 넘어가요(이 파일만으로는 알 수 없어요). 베이스 이미지에 ENTRYPOINT가 없다면:',
        en: 'If the base image sets an ENTRYPOINT, that entrypoint is PID 1 and this value becomes its arguments (this file cannot tell). If it sets none:',
      },
      adviceExec: {
        ko: '앱이 신호를 받게 하려면 exec 형식(JSON 배열)으로 쓰거나 명령 앞에 `exec`을 붙이세요.',
        en: 'For the app to get the signal, use exec form (a JSON array) or put `exec` before the command.',
      },
      pid1BaseOnly: {
        ko: 'ENTRYPOINT와 CMD를 베이스 이미지에서 물려받아요. PID 1은 그 설정에 달려 있어요.',
        en: 'ENTRYPOINT and CMD come from the base image; PID 1 depends on them.',
      },
      pid1None: {
        ko: '실행할 명령이 없어요. CMD도 ENTRYPOINT도 없으면 `docker run`에 명령을 주지 않는 한 컨테이너를 만들 수 없어요("no command specified").',
        en: 'Nothing to run: with neither CMD nor ENTRYPOINT, `docker run` needs a command ("no command specified").',
      },
      cmdCommand: {
        ko: '이 CMD가 실행할 명령 전체예요. `docker run <이미지> <명령>`처럼 명령을 주면 CMD 대신 그 명령이 실행돼요.',
        en: 'This CMD is the whole command; `docker run <image> <command>` runs that command instead.',
      },
      cmdArguments: {
        ko: 'exec 형식 {entrypoint}이/가 있어서 이 CMD는 엔트리포인트 뒤에 붙는 기본 인자예요. `docker run <이미지> <인자>`의 인자가 이 CMD 대신 엔트리포인트 뒤에 붙어요.',
        en: 'With the exec-form {entrypoint} this CMD is default arguments; the arguments of `docker run <image> <args>` replace it after the entrypoint.',
      },
      cmdShellArguments: {
        ko: 'exec 형식 {entrypoint} 뒤에 {command}이/가 통째로 인자로 붙어요. 엔트리포인트와 함께 쓸 CMD는 exec 형식으로 쓰세요.',
        en: 'Appended whole to the exec-form {entrypoint} as {command}; write CMD in exec form when there is an entrypoint.',
      },
      cmdIgnored: {
        ko: '{entrypoint}이/가 셸 형식이라 이 CMD는 쓰이지 않아요. `docker run` 뒤의 인자도 무시돼요.',
        en: 'The {entrypoint} is in shell form, so this CMD is not used; `docker run` arguments are ignored too.',
      },
      cmdMaybeArguments: {
        ko: '`docker run <이미지> <인자>`처럼 인자를 주면 이 CMD를 대신해요. 베이스 이미지에 ENTRYPOINT가 있으면 그 인자로 넘어가요.',
        en: 'Arguments to `docker run <image> …` replace this CMD; they go to the base image’s ENTRYPOINT if it has one.',
      },
      entrypointExec: {
        ko: 'exec 형식: {program}을/를 셸 없이 바로 실행하고, CMD와 `docker run` 뒤의 인자를 그 뒤에 붙여요.',
        en: 'Exec form: runs {program} directly, without a shell; CMD and `docker run` arguments are appended.',
      },
      entrypointShell: {
        ko: '셸 형식: {shell} 안에서 실행해요. CMD와 `docker run` 뒤의 인자는 쓰이지 않아요.',
        en: 'Shell form: runs inside {shell}; CMD and `docker run` arguments are not used.',
      },
    },
    concept: 'cmd-entrypoint',
    docs: `${REF}#understand-how-cmd-and-entrypoint-interact`,
    sources: [
      `${REF}#understand-how-cmd-and-entrypoint-interact`,
      `${REF}#entrypoint`,
      'https://docs.docker.com/reference/cli/docker/container/stop/#description',
      'https://docs.docker.com/reference/cli/docker/container/run/#options',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert.go',
    ],
  },
};
