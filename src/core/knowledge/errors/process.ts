import type { ErrorRecord } from './types';
import { DOCKERFILE, DOCS, L, MOBY, RUNNING } from './sources';

// The container's own process: it could not be started (the OCI runtime's messages, passed on
// by the daemon after "failed to create task for container"), or it ended with an exit code
// that says why. Exit codes are last in the catalog: a more specific message on the same line
// or in the same paste wins.

const CREATE_TASK = `${MOBY}daemon/internal/libcontainerd/remote/client.go`;
const ENTRYPOINT = `${DOCKERFILE}#entrypoint`;
const EXEC_FORM = `${DOCKERFILE}#shell-and-exec-form`;
const OOM = `${DOCS}engine/containers/resource_constraints/#understand-the-risks-of-running-out-of-memory`;
const COMPOSE_PRINTER = 'https://github.com/docker/compose/blob/v5.5.0/pkg/compose/printer.go';
const STATE = `${MOBY}daemon/container/state.go`;
const RUN_DOC = 'https://github.com/docker/cli/blob/v29.7.2/docs/reference/run.md';

/**
 * How an exit code shows: Compose's "exited with code N" (pkg/compose/printer.go), `docker ps`'
 * "Exited (N) … ago" (moby daemon/container/state.go) and `docker inspect`'s "ExitCode": N.
 */
function exitCodePatterns(code: number): RegExp[] {
  switch (code) {
    case 125:
      return [/exited with code 125\b|\bExited \(125\)|"ExitCode": ?125\b/];
    case 126:
      return [/exited with code 126\b|\bExited \(126\)|"ExitCode": ?126\b/];
    case 127:
      return [/exited with code 127\b|\bExited \(127\)|"ExitCode": ?127\b/];
    case 137:
      return [/exited with code 137\b|\bExited \(137\)|"ExitCode": ?137\b/, /"OOMKilled": ?true/];
    case 139:
      return [/exited with code 139\b|\bExited \(139\)|"ExitCode": ?139\b/];
    default:
      return [/exited with code 143\b|\bExited \(143\)|"ExitCode": ?143\b/];
  }
}

export const processErrors: ErrorRecord[] = [
  {
    id: 'crlf-line-endings',
    patterns: [
      // The interpreter name carries the CR of a Windows line end: env prints it as \r, bash as ^M.
      /\\r['’]?: No such file or directory/,
      /\^M: bad interpreter/,
    ],
    title: L('스크립트 줄 끝이 Windows 형식(CRLF)이에요', 'The script has Windows line endings (CRLF)'),
    meaning: L(
      '스크립트 첫 줄 `#!/bin/sh` 끝에 보이지 않는 CR(`\\r`, `^M`)이 붙어 있어서, Linux가 `sh\\r`라는 없는 프로그램을 찾았어요. 스크립트 내용은 맞아요. 줄 끝 문자만 문제예요.',
      'A hidden CR at the end of the `#!` line makes Linux look for an interpreter named `sh\\r`.',
    ),
    causes: [
      L('Windows에서 편집하거나 Git의 `core.autocrlf=true`로 체크아웃한 스크립트를 이미지에 복사했어요.', 'The script was edited on Windows or checked out with core.autocrlf=true.'),
    ],
    checks: [L('`file entrypoint.sh`가 "with CRLF line terminators"라고 하는지, VS Code 상태 표시줄 오른쪽이 `CRLF`인지 보세요.', '`file entrypoint.sh` says "with CRLF line terminators", or VS Code\'s status bar shows CRLF.')],
    fixes: [
      L('VS Code 상태 표시줄의 `CRLF`를 눌러 `LF`로 바꿔 저장하세요.', 'Switch CRLF to LF in VS Code\'s status bar and save.'),
      L('다시 생기지 않게 `.gitattributes`에 `*.sh text eol=lf`를 적으세요.', 'Add `*.sh text eol=lf` to .gitattributes.'),
      L('빌드에서 고치려면 `RUN sed -i \'s/\\r$//\' /entrypoint.sh`를 쓰세요.', 'Or fix it in the build: `RUN sed -i \'s/\\r$//\' /entrypoint.sh`.'),
    ],
    docs: ENTRYPOINT,
    sources: [ENTRYPOINT, EXEC_FORM],
  },
  {
    id: 'exec-format-error',
    patterns: [
      /exec (?<path>[^\s:]+): exec format error/,
      /exec user process caused:? "?exec format error/,
      /\bexec format error\b/,
    ],
    title: L('이 CPU에서 실행할 수 없는 프로그램이에요 (exec format error)', 'The program cannot run on this CPU (exec format error)'),
    meaning: L(
      '커널이 실행 파일의 형식을 읽지 못했어요. 대부분 다른 CPU 아키텍처(amd64와 arm64)용으로 만든 이미지나 바이너리예요. 스크립트 첫 줄에 `#!`가 없을 때도 나와요.',
      'The kernel could not run the file: usually an image or binary for another CPU architecture (amd64 vs arm64), or a script without a #! line.',
    ),
    causes: [
      L('Apple Silicon(arm64)에서 만든 이미지를 amd64 서버에서 실행했거나, 그 반대예요.', 'An image built on Apple Silicon (arm64) runs on an amd64 server, or the reverse.'),
      L('스크립트 첫 줄에 `#!/bin/sh` 같은 인터프리터 줄이 없어요.', 'The script has no #! interpreter line.'),
    ],
    checks: [
      L('`docker image inspect -f "{{.Architecture}}" <이미지>`와 `uname -m`을 비교하세요.', 'Compare `docker image inspect -f "{{.Architecture}}"` with `uname -m`.'),
      L('엔트리포인트 스크립트의 첫 줄을 보세요.', 'Look at the first line of the entrypoint script.'),
    ],
    fixes: [
      L('실행할 서버의 플랫폼으로 빌드하세요: `docker buildx build --platform linux/amd64 …`, 또는 여러 플랫폼을 한 번에 만드세요.', 'Build for the target platform: `docker buildx build --platform linux/amd64`, or several at once.'),
      L('스크립트라면 첫 줄에 `#!/bin/sh`를 넣으세요.', 'Add `#!/bin/sh` as the first line of a script.'),
    ],
    docs: `${DOCS}build/building/multi-platform/#prerequisites`,
    sources: [CREATE_TASK, `${DOCS}build/building/multi-platform/#prerequisites`, ENTRYPOINT],
  },
  {
    id: 'entrypoint-interpreter-missing',
    patterns: [
      // runc (Docker 23+): "exec /entrypoint.sh: no such file or directory": the file is there, its #! interpreter or loader is not.
      /exec (?<path>\/[^\s:]*): no such file or directory/,
      // runc before 1.1 (Docker 20.10): "standard_init_linux.go:228: exec user process caused: no such file or directory"
      /exec user process caused:? "?no such file or directory/,
    ],
    title: L('{path}을/를 실행할 인터프리터를 찾지 못했어요', 'The interpreter for {path} was not found'),
    defaults: { path: L('엔트리포인트', 'the entrypoint') },
    meaning: L(
      '파일 {path}은/는 있지만, 그 파일을 실행할 프로그램이 이미지에 없어요. 스크립트 첫 줄(`#!`)이 가리키는 인터프리터나, 바이너리가 필요로 하는 동적 로더를 찾지 못했을 때 나오는 메시지예요. 파일이 없다는 뜻으로 읽으면 헷갈려요.',
      'The file {path} exists, but what runs it is missing: the interpreter on its #! line, or the dynamic loader a binary needs.',
    ),
    causes: [
      L('스크립트가 Windows 줄 끝(CRLF)이라 첫 줄이 `#!/bin/sh\\r`로 읽혀요. 가장 흔한 원인이에요.', 'CRLF line endings make the first line read as `#!/bin/sh\\r` (most common).'),
      L('첫 줄이 `#!/bin/bash`인데 alpine처럼 bash가 없는 이미지예요.', 'The script wants /bin/bash on an image without bash (alpine).'),
      L('glibc로 빌드한 바이너리를 musl 기반 alpine 이미지에 복사했어요.', 'A glibc-linked binary copied into a musl-based alpine image.'),
    ],
    checks: [
      L('`file <스크립트>`로 CRLF인지 보고, 첫 줄의 인터프리터가 이미지에 있는지 `docker run --rm --entrypoint ls <이미지> -l /bin/bash`로 보세요.', 'Check CRLF with `file`, and whether the #! interpreter exists in the image.'),
    ],
    fixes: [
      L('줄 끝을 LF로 바꾸고 `.gitattributes`에 `*.sh text eol=lf`를 적으세요.', 'Convert to LF line endings and add `*.sh text eol=lf` to .gitattributes.'),
      L('첫 줄을 이미지에 있는 `#!/bin/sh`로 바꾸거나, bash를 설치하세요 (`apk add --no-cache bash`).', 'Use `#!/bin/sh`, or install bash (`apk add --no-cache bash`).'),
      L('바이너리는 이미지와 같은 C 라이브러리로 빌드하거나 정적으로 링크하세요.', 'Build binaries against the image\'s C library, or link them statically.'),
    ],
    docs: ENTRYPOINT,
    sources: [CREATE_TASK, ENTRYPOINT, EXEC_FORM],
  },
  {
    id: 'entrypoint-not-found',
    patterns: [/exec: "(?<path>[^"]+)": stat [^\s:]+: no such file or directory/],
    title: L('실행할 파일 {path}이/가 이미지에 없어요', 'The file {path} is not in the image'),
    meaning: L(
      '컨테이너의 첫 프로세스로 {path}을/를 실행하려 했지만 그 경로에 파일이 없어요. ENTRYPOINT나 CMD, `docker run`의 명령이 가리키는 경로를 확인하세요.',
      'The container was to start {path}, but no file is at that path.',
    ),
    causes: [
      L('COPY가 파일을 다른 경로에 복사했어요. 특히 WORKDIR 기준의 상대 경로와 섞였어요.', 'COPY put the file elsewhere (a relative path against WORKDIR).'),
      L('바인드 마운트나 볼륨이 그 폴더를 덮어서 이미지의 파일이 가려졌어요.', 'A bind mount or volume hides the image\'s folder.'),
    ],
    checks: [L('`docker run --rm --entrypoint ls <이미지> -l {path}`으로/로 이미지 안에 파일이 있는지 보세요.', 'Check the file in the image with `docker run --rm --entrypoint ls <image> -l {path}`.')],
    fixes: [L('COPY의 대상 경로와 ENTRYPOINT/CMD의 경로를 맞추세요. 마운트가 가린다면 다른 경로에 마운트하세요.', 'Make COPY\'s destination and ENTRYPOINT/CMD agree, or mount elsewhere.')],
    locate: 'dockerfile',
    docs: ENTRYPOINT,
    sources: [CREATE_TASK, ENTRYPOINT, `${DOCS}engine/storage/bind-mounts/#mount-into-a-non-empty-directory-on-the-container`],
  },
  {
    id: 'executable-not-found',
    patterns: [/exec: "(?<command>[^"]+)": executable file not found in \$PATH/],
    title: L('명령 {command}을/를 이미지에서 찾지 못했어요 (종료 코드 127)', 'The command {command} is not in the image (exit code 127)'),
    meaning: L(
      '컨테이너가 {command}을/를 실행하려 했지만 `PATH`의 어느 폴더에도 그 프로그램이 없어요. 이때 `docker run`은 종료 코드 127로 끝나요.',
      'The container was to run {command}, but no folder on PATH has it; docker run exits with 127.',
    ),
    causes: [
      L('alpine이나 distroless처럼 작은 이미지에는 `bash`, `curl` 같은 도구가 없어요. alpine의 셸은 BusyBox의 `sh`뿐이고, distroless에는 셸도 없어요.', 'Small images (alpine, distroless) lack bash or curl: alpine\'s only shell is BusyBox sh, and distroless has no shell at all.'),
      L('exec 형식 `["npm start"]`처럼 명령과 인자를 한 문자열에 넣어서, 공백까지 포함한 이름의 프로그램을 찾았어요.', 'Exec form with the command and its arguments in one string, like ["npm start"].'),
      L('설치한 프로그램이 `PATH` 밖에 있어요.', 'The program is installed outside PATH.'),
    ],
    checks: [L('`docker run --rm --entrypoint sh <이미지> -c "command -v {command}"`로 이미지에 있는지 보세요.', 'Check with `docker run --rm --entrypoint sh <image> -c "command -v {command}"`.')],
    fixes: [
      L('alpine에서는 `sh`를 쓰거나 필요한 패키지를 설치하세요 (`apk add --no-cache bash`).', 'Use sh on alpine, or install the package.'),
      L('exec 형식에서는 인자를 나눠 쓰세요: `["npm", "start"]`.', 'Split exec-form arguments: ["npm", "start"].'),
    ],
    locate: 'dockerfile',
    docs: `${RUNNING}#127`,
    sources: [CREATE_TASK, `${RUNNING}#127`, EXEC_FORM, RUN_DOC],
  },
  {
    id: 'exec-permission-denied',
    patterns: [/exec: "(?<command>[^"]+)": permission denied/, /exec (?<command>\/[^\s:]*): permission denied/],
    title: L('{command}에 실행 권한이 없어요 (종료 코드 126)', '{command} is not executable (exit code 126)'),
    meaning: L(
      '파일은 있지만 실행할 수 없어요. 실행 권한(`x`)이 없거나 폴더를 실행하려 했어요. 이때 `docker run`은 종료 코드 126으로 끝나요.',
      'The file exists but cannot be executed (no x permission, or it is a directory); docker run exits with 126.',
    ),
    causes: [
      L('스크립트를 COPY했지만 실행 권한이 없어요. Windows에서 만든 파일이나 Git이 권한을 기록하지 않은 파일이 그래요.', 'The copied script has no execute bit (files from Windows, or Git without the mode).'),
      L('명령 자리에 폴더 경로를 줬어요.', 'A directory was given as the command.'),
    ],
    checks: [L('`docker run --rm --entrypoint ls <이미지> -l {command}`으로/로 권한을 보세요.', 'Check the mode with `ls -l` inside the image.')],
    fixes: [
      L('`COPY --chmod=755 entrypoint.sh /entrypoint.sh`로 복사하면서 권한을 주세요.', 'Copy with `COPY --chmod=755`.'),
      L('저장소에도 기록하려면 `git update-index --chmod=+x entrypoint.sh`를 쓰세요.', 'Record it in Git with `git update-index --chmod=+x`.'),
    ],
    locate: 'dockerfile',
    docs: `${RUNNING}#126`,
    sources: [CREATE_TASK, `${RUNNING}#126`, `${DOCKERFILE}#copy---chmod`, RUN_DOC],
  },
  {
    id: 'exit-code-125',
    patterns: exitCodePatterns(125),
    title: L('종료 코드 125: Docker 자체가 명령을 실행하지 못했어요', 'Exit code 125: Docker itself failed'),
    meaning: L(
      '`docker run`이 125로 끝났다면 컨테이너의 프로그램이 아니라 Docker 쪽의 오류예요. 잘못된 옵션, 없는 이미지, 이름 충돌처럼 컨테이너가 시작되기 전에 실패했어요. 실행 파일을 찾지 못하면 127, 실행 권한이 없거나 폴더면 126으로 끝나요.',
      'When docker run exits with 125, Docker itself failed (a bad flag, a missing image, a name clash) before the container started; a command not found gives 127, one without execute permission (or a directory) 126.',
    ),
    causes: [L('바로 위에 출력된 `docker:` 또는 `Error response from daemon:` 메시지가 진짜 원인이에요.', 'The real cause is the docker: / Error response from daemon: line just above.')],
    checks: [L('종료 코드 바로 위의 오류 메시지를 읽으세요. 그 줄도 여기에 붙여 넣으면 설명해 드려요.', 'Read the error printed just above; paste it here too.')],
    fixes: [L('위 메시지의 원인(옵션 철자, 이미지 이름, 포트, 이름)을 고치세요.', 'Fix what that message names.')],
    docs: `${RUNNING}#125`,
    // docker/cli v29.7.2 cli/command/container/run.go toStatusError: 127 for "executable file not found"/"no such file", 126 for EACCES/EISDIR, else 125.
    sources: [`${RUNNING}#125`, RUN_DOC, 'https://github.com/docker/cli/blob/v29.7.2/cli/command/container/run.go'],
  },
  {
    id: 'exit-code-126',
    patterns: exitCodePatterns(126),
    title: L('종료 코드 126: 명령을 실행할 수 없었어요', 'Exit code 126: the command could not be invoked'),
    meaning: L('126은 명령 파일은 찾았지만 실행하지 못했다는 뜻이에요. 실행 권한이 없거나 폴더를 실행하려 했어요.', '126: the command was found but could not be run (no execute permission, or a directory).'),
    causes: [L('스크립트에 실행 권한이 없어요.', 'The script has no execute bit.')],
    checks: [L('`docker logs <이름>`의 마지막 줄과 이미지 안 파일의 권한(`ls -l`)을 보세요.', 'Read the last lines of docker logs and check `ls -l` of the file.')],
    fixes: [L('`COPY --chmod=755`로 복사하거나 `RUN chmod +x <파일>`을 더하세요.', 'Use `COPY --chmod=755` or `RUN chmod +x`.')],
    docs: `${RUNNING}#126`,
    sources: [`${RUNNING}#126`, RUN_DOC, COMPOSE_PRINTER],
  },
  {
    id: 'exit-code-127',
    patterns: exitCodePatterns(127),
    title: L('종료 코드 127: 명령을 찾지 못했어요', 'Exit code 127: command not found'),
    meaning: L('127은 실행할 명령을 찾지 못했다는 뜻이에요. 컨테이너의 첫 명령이거나, 셸 스크립트 안의 명령일 수 있어요.', '127: a command was not found, either the container\'s own or one inside its shell script.'),
    causes: [
      L('이미지에 그 프로그램이 없어요 (alpine의 `bash`처럼).', 'The program is not in the image (bash on alpine).'),
      L('스크립트 안의 명령 이름이 틀렸거나 `PATH`에 없어요.', 'A command inside the script is misspelled or off PATH.'),
    ],
    checks: [L('`docker logs <이름>`에서 "not found"가 붙은 명령을 찾으세요.', 'Look for "not found" in docker logs.')],
    fixes: [L('필요한 패키지를 설치하거나 이미지에 있는 명령으로 바꾸세요.', 'Install the package, or use a command the image has.')],
    docs: `${RUNNING}#127`,
    sources: [`${RUNNING}#127`, RUN_DOC, COMPOSE_PRINTER],
  },
  {
    id: 'exit-code-137',
    patterns: exitCodePatterns(137),
    title: L('종료 코드 137: 프로세스가 SIGKILL로 강제 종료됐어요 (메모리 부족일 수 있어요)', 'Exit code 137: the process was killed (SIGKILL), often out of memory'),
    meaning: L(
      '137은 128 + 9, 즉 SIGKILL로 끝났다는 뜻이에요. 프로세스가 스스로 끝낸 게 아니라 밖에서 죽였어요. 메모리 한도를 넘어 커널의 OOM killer가 죽인 경우가 가장 흔해요.',
      '137 = 128 + 9 (SIGKILL): killed from outside, most often by the kernel OOM killer after exceeding the memory limit.',
    ),
    causes: [
      L('컨테이너가 메모리 한도(`--memory`, `deploy.resources.limits.memory`)나 Docker Desktop VM의 메모리를 넘었어요.', 'The container went over its memory limit or Docker Desktop\'s VM memory.'),
      L('`docker stop`이 기다리는 시간(기본 10초) 안에 프로세스가 SIGTERM에 끝나지 않아서 SIGKILL을 받았어요.', '`docker stop` sent SIGKILL after the process ignored SIGTERM for the grace period (10 s).'),
      L('`docker kill`로 직접 죽였어요.', 'Someone ran docker kill.'),
    ],
    checks: [L('`docker inspect -f "{{.State.OOMKilled}}" <이름>`이 `true`면 메모리 부족이에요. `docker stats`로 사용량을 보세요.', '`docker inspect -f "{{.State.OOMKilled}}"` is true for an OOM kill; watch `docker stats`.')],
    fixes: [
      L('메모리 한도를 올리거나 애플리케이션의 메모리 사용을 줄이세요 (예: JVM의 `-Xmx`, Node의 `--max-old-space-size`).', 'Raise the limit or reduce the app\'s memory (JVM -Xmx, Node --max-old-space-size).'),
      L('멈출 때 나온 137이라면 프로세스가 SIGTERM을 받도록 exec 형식 ENTRYPOINT를 쓰세요.', 'If it happened on stop, use an exec-form ENTRYPOINT so the process receives SIGTERM.'),
    ],
    docs: OOM,
    sources: [OOM, `${DOCS}reference/cli/docker/container/stop/#description`, STATE, COMPOSE_PRINTER],
  },
  {
    id: 'exit-code-139',
    patterns: exitCodePatterns(139),
    title: L('종료 코드 139: 프로그램이 세그멘테이션 오류(SIGSEGV)로 죽었어요', 'Exit code 139: segmentation fault (SIGSEGV)'),
    meaning: L('139는 128 + 11, 즉 SIGSEGV예요. 프로그램이 접근하면 안 되는 메모리를 건드려서 커널이 끝냈어요. Docker 설정보다는 프로그램이나 네이티브 라이브러리의 문제예요.', '139 = 128 + 11 (SIGSEGV): the program touched memory it may not; a program or native-library problem.'),
    causes: [
      L('네이티브 확장이 이미지의 C 라이브러리와 맞지 않아요 (glibc용 바이너리를 alpine에서 실행했어요).', 'A native extension does not match the image\'s C library (glibc binary on alpine).'),
      L('에뮬레이션(다른 CPU 아키텍처)으로 실행하다가 죽었어요.', 'It crashed under emulation of another CPU architecture.'),
    ],
    checks: [L('`docker logs <이름>`에서 죽기 직전에 불린 라이브러리를 보세요.', 'See what ran last in docker logs.')],
    fixes: [L('베이스 이미지와 같은 C 라이브러리로 네이티브 의존성을 다시 빌드하거나, 호스트와 같은 플랫폼의 이미지를 쓰세요.', 'Rebuild native dependencies for the base image\'s C library, or use an image for the host platform.')],
    docs: `${RUNNING}#exit-status`,
    sources: [`${RUNNING}#exit-status`, RUN_DOC, COMPOSE_PRINTER],
  },
  {
    id: 'exit-code-143',
    patterns: exitCodePatterns(143),
    title: L('종료 코드 143: SIGTERM을 받고 끝났어요 (보통 정상 종료)', 'Exit code 143: ended by SIGTERM (usually a normal stop)'),
    meaning: L('143은 128 + 15, 즉 SIGTERM으로 끝났다는 뜻이에요. `docker stop`이나 `docker compose down`이 보내는 신호라서, 직접 멈췄다면 정상이에요.', '143 = 128 + 15 (SIGTERM): what docker stop and compose down send; normal if you stopped it.'),
    causes: [
      L('`docker stop`, `docker compose down`, `docker compose up`의 재생성이 컨테이너를 멈췄어요.', 'docker stop, compose down, or a recreate by compose up.'),
      L('헬스체크 실패로 오케스트레이터가 컨테이너를 멈췄어요.', 'An orchestrator stopped it after failed health checks.'),
    ],
    checks: [L('누가 멈췄는지 `docker events --filter container=<이름>`으로 보세요.', 'See who stopped it with `docker events --filter container=<name>`.')],
    fixes: [L('직접 멈춘 게 아니라면 그 시각의 이벤트와 헬스체크 로그를 보세요. 애플리케이션은 SIGTERM을 받으면 정리하고 0으로 끝내도 돼요.', 'If you did not stop it, check events and health logs; an app may exit 0 on SIGTERM after cleaning up.')],
    docs: `${DOCS}reference/cli/docker/container/stop/#description`,
    sources: [`${DOCS}reference/cli/docker/container/stop/#description`, STATE, COMPOSE_PRINTER],
  },
];

/** The exit-code record for a code, for messages that carry one (a RUN step's "exit code: N"). */
export function exitCodeRecordId(code: number): string | undefined {
  return [125, 126, 127, 137, 139, 143].includes(code) ? `exit-code-${code}` : undefined;
}
