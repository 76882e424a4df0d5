import type { ErrorRecord } from './types';
import { BUILDKIT, DOCKERFILE, DOCS, L } from './sources';

// `docker build` (BuildKit, through buildx) and its Dockerfile. BuildKit prints the failing step
// as "ERROR: failed to build: failed to solve: …" (older buildx: "ERROR: failed to solve: …").

const CONTEXT = `${DOCS}build/concepts/context/#dockerignore-files`;
const BUILD_REF = `${DOCS}reference/cli/docker/buildx/build/#description`;

export const buildErrors: ErrorRecord[] = [
  {
    id: 'copy-source-not-found',
    patterns: [
      // buildkit cache/contenthash/checksum.go wraps errNotFound with the path (%q); solver/edge.go adds "failed to compute cache key".
      // Printed as "failed to compute cache key: failed to calculate checksum of ref <id>::<id>: "/app/x": not found",
      // and in the step's own lines without the first part.
      /failed to calculate checksum of ref[^"\n]*"(?<path>[^"]*)": not found/,
      // The legacy builder: "COPY failed: file not found in build context or excluded by .dockerignore: stat app.jar: file does not exist"
      /COPY failed: file not found in build context or excluded by \.dockerignore: stat (?<path>[^\s:]+): file does not exist/,
      /COPY failed: stat (?<path>[^\s:]+): (?:file does not exist|no such file or directory)/,
    ],
    title: L('COPY할 파일 {path}이/가 빌드 컨텍스트에 없어요', 'The COPY source {path} is not in the build context'),
    meaning: L(
      'COPY와 ADD는 빌드 컨텍스트(`docker build`의 마지막 인자로 준 폴더, 보통 `.`) 안의 파일만 복사해요. {path}은/는 컨텍스트에 없거나 `.dockerignore`가 빼 버려서 BuildKit이 찾지 못했어요. 경로는 컨텍스트 폴더 기준이에요.',
      'COPY and ADD read only from the build context (the folder given to docker build); {path} is not there, or .dockerignore leaves it out.',
    ),
    causes: [
      L('`.dockerignore`의 패턴이 그 파일을 빼요 (`*`로 전부 빼고 `!`로 다시 넣는 목록에서 빠졌어요).', '.dockerignore excludes it (for example a `*` list that does not re-include it with `!`).'),
      L('빌드 컨텍스트가 다른 폴더예요. `-f`로 다른 폴더의 Dockerfile을 줘도 컨텍스트는 마지막 인자예요. Compose에서는 `build.context`예요.', 'The context is another folder: `-f` does not change it; in Compose it is build.context.'),
      L('경로에 `../`가 있어요. 컨텍스트 밖의 파일은 복사할 수 없어요.', 'The path leaves the context with ../.'),
      L('`COPY --from=<스테이지>`라면 그 스테이지 안에 경로가 없어요. 그때는 빌드 컨텍스트가 아니라 그 스테이지를 보세요.', 'With `COPY --from=<stage>`, the path is missing in that stage, not in the context.'),
      L('빌드 전에 만들어야 하는 파일(예: `target/app.jar`, `dist/`)을 아직 만들지 않았어요.', 'A file produced by an earlier step (target/app.jar, dist/) was not built yet.'),
    ],
    checks: [L('컨텍스트 폴더에서 `ls {path}`으로/로 파일이 있는지, `.dockerignore`에서 그 경로에 맞는 패턴이 있는지 보세요.', 'Check the file exists in the context and whether a .dockerignore pattern matches it.')],
    fixes: [
      L('`.dockerignore`에서 그 패턴을 지우거나 `!{path}` 줄을 더해 다시 넣으세요.', 'Drop the pattern or add a `!{path}` line to .dockerignore.'),
      L('컨텍스트를 맞추세요: `docker build -f docker/Dockerfile .`처럼 파일이 든 폴더를 마지막 인자로 주세요.', 'Give the folder that holds the file as the context: `docker build -f docker/Dockerfile .`.'),
      L('빌드 결과물이 필요하면 멀티 스테이지 빌드로 이미지 안에서 만드세요.', 'Build generated files inside the image with a multi-stage build.'),
    ],
    locate: 'copySource',
    docs: CONTEXT,
    sources: [`${BUILDKIT}cache/contenthash/checksum.go`, `${BUILDKIT}solver/llbsolver/ops/opsutils/contenthash.go`, `${BUILDKIT}solver/edge.go`, CONTEXT, `${DOCKERFILE}#copy`],
  },
  {
    id: 'run-step-failed',
    patterns: [
      // buildkit solver/llbsolver/ops/exec.go: "process %q did not complete successfully"; frontend/gateway/pb/exit.go: "exit code: %d"
      /process "(?<command>(?:[^"\\]|\\.)*)" did not complete successfully: exit code: (?<code>\d+)/,
      // the legacy builder
      /The command '(?<command>[^']*)' returned a non-zero code: (?<code>\d+)/,
    ],
    title: L('빌드의 RUN 명령이 종료 코드 {code}으로/로 실패했어요', 'A RUN step failed with exit code {code}'),
    meaning: L(
      'Dockerfile의 RUN 명령이 0이 아닌 종료 코드 {code}으로/로 끝나서 빌드가 멈췄어요. Docker의 문제가 아니라 그 명령 자체가 실패했어요. 진짜 원인은 이 줄 위에 출력된 그 명령의 로그에 있어요.',
      'A RUN command exited with {code}, so the build stopped; the command itself failed, and its own output above says why.',
    ),
    causes: [
      L('패키지 이름이 틀렸거나, 패키지 목록을 갱신하지 않고 설치했어요 (`apt-get update` 없이 `apt-get install`).', 'A wrong package name, or installing without updating the package lists.'),
      L('앞에서 COPY하지 않은 파일을 명령이 찾아요 (예: `package.json`을 복사하기 전에 `npm ci`).', 'The command needs a file not copied yet (npm ci before COPY package.json).'),
      L('빌드에는 답할 사람이 없어서 확인 질문에서 작업이 취소됐어요 (`-y`가 없어요).', 'A confirmation prompt nobody can answer aborted the command (missing -y).'),
    ],
    checks: [
      L('출력 끝 가까이에서 Dockerfile 발췌(`Dockerfile:N`, `>>> RUN …`) 위의 `------` 줄 사이에 있는 `> [단계] RUN …:` 블록을 읽으세요. 그 명령의 마지막 로그예요. 줄임 없이 보려면 `docker build --progress=plain .`을 쓰세요.', 'Near the end of the output, read the `> [step] RUN …:` block between the `------` lines above the Dockerfile excerpt (`Dockerfile:N`, `>>> RUN …`): the command\'s last log lines. `--progress=plain` shows the full log.'),
    ],
    fixes: [L('로그에 나온 오류를 고치세요. 명령을 하나씩 시험하려면 실패한 단계 바로 전까지 빌드한 이미지에서 `docker run --rm -it <이미지> sh`로 직접 실행해 보세요.', 'Fix what the log says; to experiment, run the command by hand in a shell of the image built up to the step before.')],
    locate: 'dockerfile',
    docs: `${DOCKERFILE}#run`,
    sources: [
      `${BUILDKIT}solver/llbsolver/ops/exec.go`,
      `${BUILDKIT}frontend/gateway/pb/exit.go`,
      `${DOCKERFILE}#run`,
      // The log layout named in checks: printErrorLogs prints the failing step's last lines between
      // ------ lines, and the Dockerfile excerpt (Dockerfile:N, >>> lines) comes from Source.Print.
      `${BUILDKIT}util/progress/progressui/display.go`,
      `${BUILDKIT}solver/errdefs/source.go`,
      // A confirmation prompt with no answer aborts: dnf 4's userconfirm reads EOF as the default (No).
      'https://github.com/rpm-software-management/dnf/blob/4.24.0/dnf/cli/output.py',
    ],
  },
  {
    id: 'dockerfile-not-found',
    patterns: [
      // buildkit frontend/dockerui/config.go: "failed to read dockerfile"
      /failed to read dockerfile: open (?<file>[^\s:]+): no such file or directory/,
      /unable to evaluate symlinks in Dockerfile path: lstat (?<file>[^\s:]+): no such file or directory/,
    ],
    title: L('Dockerfile을 찾지 못했어요', 'No Dockerfile was found'),
    meaning: L(
      '`docker build`는 `-f`가 없으면 빌드 컨텍스트 폴더의 `Dockerfile`을 읽어요. 그 자리에 파일이 없어요.',
      'Without -f, docker build reads `Dockerfile` in the context folder; there is none.',
    ),
    causes: [
      L('다른 폴더에서 빌드했거나, 파일 이름이 달라요 (`Dockerfile.dev`, `Dockerfile.txt`). 소문자 `dockerfile`은 BuildKit이 대신 읽어 줘요.', 'You built from another folder, or the file has another name (Dockerfile.dev, Dockerfile.txt); a lower-case `dockerfile` is read instead.'),
    ],
    checks: [L('`ls`로 현재 폴더의 파일 이름을 보세요. Windows 탐색기는 확장자 `.txt`를 숨길 수 있어요.', 'List the folder; Windows Explorer may hide a .txt extension.')],
    fixes: [L('파일이 있는 폴더에서 실행하거나 `-f 경로/Dockerfile`로 파일을 지정하세요.', 'Run from the right folder, or pass `-f path/Dockerfile`.')],
    docs: BUILD_REF,
    // dockerui/config.go falls back to the lower-case name "dockerfile" when "Dockerfile" is missing (moby/moby#10858).
    sources: [`${BUILDKIT}frontend/dockerui/config.go`, BUILD_REF],
  },
  {
    id: 'dockerfile-unknown-instruction',
    patterns: [
      // buildkit frontend/dockerfile/instructions/parse.go: "unknown instruction: %s"
      /dockerfile parse error on line (?<line>\d+): unknown instruction: (?<instruction>[^\s]+)/,
      /unknown instruction: (?<instruction>[^\s]+)/,
    ],
    title: L('Dockerfile에 모르는 명령어 {instruction}이/가 있어요', 'Unknown Dockerfile instruction {instruction}'),
    meaning: L(
      'Dockerfile의 각 줄은 `FROM`, `RUN`, `COPY` 같은 명령어로 시작해야 해요. BuildKit은 {instruction}을/를 명령어로 읽지 못했어요.',
      'Every Dockerfile line starts with an instruction; BuildKit could not read {instruction} as one.',
    ),
    causes: [
      L('명령어 철자가 틀렸어요 (`RUNN`, `COPPY`).', 'A misspelled instruction.'),
      L('긴 RUN 명령의 앞줄 끝에 `\\`를 빠뜨려서 다음 줄이 새 명령어로 읽혔어요.', 'A missing backslash at the end of the previous RUN line.'),
    ],
    checks: [L('오류가 난 줄과 그 앞줄의 끝을 보세요.', 'Look at that line and the end of the line before.')],
    fixes: [L('철자를 고치거나, 이어지는 줄의 앞줄 끝에 `\\`를 넣으세요.', 'Fix the spelling or add the trailing backslash.')],
    locate: 'dockerfile',
    docs: `${DOCKERFILE}#format`,
    sources: [`${BUILDKIT}frontend/dockerfile/instructions/parse.go`, `${DOCKERFILE}#format`],
  },
  {
    id: 'build-context-missing',
    patterns: [/["']docker (?:buildx )?build["'] requires (?:exactly )?1 argument/],
    title: L('빌드 컨텍스트(마지막의 `.`)가 빠졌어요', 'The build context (the final `.`) is missing'),
    meaning: L(
      '`docker build`는 빌드 컨텍스트로 쓸 폴더나 URL을 꼭 하나 받아요. 보통 명령 끝의 `.`(현재 폴더)예요.',
      '`docker build` takes exactly one context (a folder or URL), usually the final `.`.',
    ),
    causes: [L('`docker build -t myapp`처럼 끝의 `.`을 빠뜨렸어요.', 'The final `.` was left out, as in `docker build -t myapp`.')],
    checks: [L('명령 끝에 폴더가 있는지 보세요.', 'Check the command ends with a folder.')],
    fixes: [L('`docker build -t myapp .`처럼 컨텍스트 폴더를 마지막에 주세요.', 'Add the context: `docker build -t myapp .`.')],
    docs: BUILD_REF,
    sources: [BUILD_REF, `${DOCS}build/concepts/context/#empty-context`],
  },
  {
    id: 'build-context-permission',
    patterns: [/error from sender: (?:open|lstat|readdir) ?(?<path>[^\s:]*): permission denied/],
    title: L('빌드 컨텍스트 안의 {path}을/를 읽을 권한이 없어요', 'A file in the build context cannot be read: {path}'),
    defaults: { path: L('파일', 'a file') },
    meaning: L(
      'BuildKit은 빌드 컨텍스트에서 COPY·ADD와 `RUN --mount=type=bind`가 쓰는 경로만 읽어요. 그 경로 안에 지금 사용자가 읽을 수 없는 파일이나 폴더가 있어요. `COPY . .`처럼 컨텍스트를 통째로 복사하면 프로젝트 폴더의 모든 파일이 그 경로에 들어가요. (예전 빌더는 COPY하지 않는 파일까지 컨텍스트 전체를 보냈어요.)',
      'BuildKit reads only the context paths that COPY, ADD and `RUN --mount=type=bind` use; one of them holds a file or folder your user cannot read. `COPY . .` takes the whole project folder. (The legacy builder sent the whole context, used or not.)',
    ),
    causes: [L('컨테이너가 root로 만든 폴더(데이터베이스 볼륨을 바인드 마운트한 `data/`, `pgdata/`)가 프로젝트 폴더 안에 있고, `COPY . .`가 그 폴더까지 복사하려고 해요.', 'A root-owned folder made by a container (a bind-mounted data/ or pgdata/) sits in the project folder, and `COPY . .` takes it too.')],
    checks: [L('`ls -ld {path}`으로/로 소유자와 권한을 보세요.', 'Check owner and mode with `ls -ld {path}`.')],
    fixes: [L('그 폴더를 `.dockerignore`에 적어 컨텍스트에서 빼세요. 빌드에 필요 없는 데이터 폴더라면 이게 가장 깔끔해요.', 'List the folder in .dockerignore so it leaves the context.')],
    docs: CONTEXT,
    // dockerfile2llb/convert.go: the context is llb.Local(…, llb.FollowPaths(ctxPaths)), the paths COPY/ADD and RUN bind mounts use.
    sources: [CONTEXT, `${BUILDKIT}frontend/dockerfile/dockerfile2llb/convert.go`],
  },
  {
    id: 'from-image-not-found',
    patterns: [
      // buildkit client/llb/sourceresolver/imageresolver.go: "failed to resolve source metadata for %s"
      /failed to resolve source metadata for (?<image>[^\s]+): /,
    ],
    title: L('FROM의 베이스 이미지 {image}을/를 받지 못했어요', 'The base image {image} could not be resolved'),
    meaning: L(
      'BuildKit이 FROM에 적힌 베이스 이미지의 정보를 레지스트리에서 가져오지 못했어요. 메시지 뒷부분이 이유예요: `not found`는 그 이름이나 태그가 없다는 뜻이고, `pull access denied`나 `unauthorized`는 로그인이 필요하다는 뜻이에요.',
      'BuildKit could not fetch the FROM image\'s metadata; the rest of the line says why (not found: no such tag; denied/unauthorized: log in).',
    ),
    causes: [
      L('태그가 레지스트리에 없어요 (`node:99`, 오타, 지원이 끝나 지워진 태그).', 'The tag does not exist (a typo, or a removed tag).'),
      L('비공개 이미지인데 로그인하지 않았어요.', 'A private image without docker login.'),
      L('`FROM ${BASE}`의 빌드 인자가 비어 있거나 엉뚱한 값이에요.', 'A build argument in `FROM ${BASE}` is empty or wrong.'),
    ],
    checks: [L('`docker buildx imagetools inspect {image}`으로/로 레지스트리에 그 태그가 있는지 보세요.', 'Check the tag with `docker buildx imagetools inspect {image}`.')],
    fixes: [L('레지스트리에 있는 태그로 고치거나, 비공개 이미지라면 `docker login <레지스트리>` 뒤에 다시 빌드하세요.', 'Use an existing tag, or docker login first for a private image.')],
    locate: 'dockerfile',
    docs: `${DOCKERFILE}#from`,
    sources: [`${BUILDKIT}client/llb/sourceresolver/imageresolver.go`, `${DOCKERFILE}#from`],
  },
];
