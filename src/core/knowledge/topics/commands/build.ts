import type { TopicTable } from '../../types';

// `docker build`. Facts checked against https://docs.docker.com/reference/cli/docker/buildx/build/
// (`docker build` is an alias of `docker buildx build` with BuildKit).

const BUILD_DOCS = 'https://docs.docker.com/reference/cli/docker/buildx/build/';

export const buildTopics: TopicTable = {
  'cli.build': {
    id: 'cli.build',
    title: { ko: 'docker build', en: 'docker build' },
    summary: {
      ko: 'Dockerfile의 명령을 차례로 실행해서 이미지를 만들어요. 빌드가 끝나도 컨테이너를 띄우지는 않아요.',
      en: 'Builds an image from a Dockerfile; it does not start a container from it.',
    },
    templates: {
      step1: {
        ko: 'Docker 클라이언트가 빌드 컨텍스트(build context) `{context}`의 파일을 빌더(BuildKit)에 보내요. `.dockerignore`에 적힌 파일은 빠져요.',
        en: 'The client sends the build context `{context}` to the builder (BuildKit), minus `.dockerignore` entries.',
      },
      // Finding 11: `-` is standard input, not a directory (https://docs.docker.com/build/concepts/context/#empty-context).
      step1Stdin: {
        ko: '`-`: 표준 입력에서 Dockerfile을 읽어요 (tar 아카이브를 넘기면 그것이 빌드 컨텍스트가 돼요). 글자만 넘긴 Dockerfile이면 컨텍스트가 비어서 `COPY`할 파일이 없어요.',
        en: '`-`: reads the Dockerfile from standard input (a tar archive there becomes the build context); a plain Dockerfile leaves the context empty, so COPY has nothing to copy.',
      },
      step2Stdin: { ko: '받은 Dockerfile을 읽고, `FROM`의 베이스 이미지를 받아 와요.', en: 'It reads that Dockerfile and pulls the FROM base images.' },
      fileStdin: { ko: '`-f -`: Dockerfile은 표준 입력에서 읽고, 파일은 컨텍스트 `{context}`에서 가져와요.', en: '`-f -`: the Dockerfile comes from standard input, files from the context `{context}`.' },
      step2: { ko: 'Dockerfile `{file}`을/를 읽고, `FROM`의 베이스 이미지를 받아 와요.', en: 'It reads the Dockerfile `{file}` and pulls the FROM base images.' },
      step3: {
        ko: '명령마다 빌드 캐시(build cache)를 확인해요. 입력이 같으면 레이어를 다시 쓰고, 달라진 곳부터 다시 실행해요.',
        en: 'Each step checks the build cache: unchanged inputs reuse the layer; from the first change on, steps run again.',
      },
      step4: { ko: '결과 이미지에 이름(태그) {tags}을/를 붙여요.', en: 'It tags the result {tags}.' },
      untagged: { ko: '`-t`가 없어서 이미지에 이름이 붙지 않아요. ID로만 가리킬 수 있어요.', en: 'No `-t`: the image gets no name, only an ID.' },
      flags: { ko: '옵션:', en: 'Options:' },
    },
    why: {
      ko: '이미지는 읽기 전용 레이어를 쌓은 것이에요. 만든 뒤에는 바뀌지 않고, 고치려면 다시 빌드하세요.',
      en: 'An image is a stack of read-only layers: it never changes after the build; rebuild to change it.',
    },
    concept: 'build-push-pull-run',
    docs: BUILD_DOCS,
    sources: ['https://docs.docker.com/reference/cli/docker/buildx/build/#description', 'https://docs.docker.com/build/concepts/context/#empty-context'],
  },
  'cli.build.context': {
    id: 'cli.build.context',
    title: { ko: '빌드 컨텍스트', en: 'build context' },
    summary: {
      ko: '빌드 컨텍스트 `{value}`: `COPY`와 `ADD`가 파일을 가져올 수 있는 곳이에요.',
      en: 'Build context `{value}`: the files COPY and ADD can read.',
    },
    templates: {
      dot: { ko: '`.`은 지금 디렉터리 전체예요. Dockerfile도 기본으로 여기서 찾아요 (`./Dockerfile`).', en: '`.` is the current directory; the Dockerfile is looked up there by default.' },
      url: { ko: 'Git 저장소나 URL을 컨텍스트로 써요. 빌더가 직접 받아 와요.', en: 'A Git repository or URL: the builder fetches it.' },
      stdin: { ko: '`-`: 표준 입력에서 Dockerfile(컨텍스트 없음) 또는 컨텍스트 tar 아카이브를 받아요.', en: '`-`: reads from STDIN either a Dockerfile (no context) or a tar archive that is the context.' },
    },
    why: {
      ko: '컨텍스트 밖의 파일은 `COPY`할 수 없어요. 컨텍스트 맨 위의 `.dockerignore`에 적은 파일은 빌더에 가지 않아서 `COPY . .`에도 들어가지 않아요. `node_modules`, `.git`, `.env` 같은 것을 적어 두면 빌드가 빨라지고 시크릿 파일이 이미지에 들어가지 않아요.',
      en: 'Files outside the context cannot be copied. What `.dockerignore` (at the context root) lists never reaches the builder, so `COPY . .` leaves it out too: list `node_modules`, `.git`, `.env` for faster builds and no secrets in the image.',
    },
    concept: 'build-push-pull-run',
    docs: 'https://docs.docker.com/build/concepts/context/#dockerignore-files',
    sources: [`${BUILD_DOCS}#build-context`, 'https://docs.docker.com/build/concepts/context/#empty-context', 'https://docs.docker.com/build/concepts/context/#dockerignore-files'],
  },
  'cli.build.--tag': {
    id: 'cli.build.--tag',
    title: { ko: '-t, --tag', en: '-t, --tag' },
    summary: { ko: '만든 이미지에 이름 `{value}`을/를 붙여요 (`이름:태그`). 여러 번 줄 수 있어요.', en: 'Names the image `{value}` (`name:tag`); may repeat.' },
    templates: {
      noTag: { ko: '태그를 적지 않아서 `{value}:latest`가 돼요.', en: 'No tag: it becomes `{value}:latest`.' },
    },
    why: {
      ko: '`docker push`하려면 이름에 레지스트리 주소나 Docker Hub 사용자 이름이 들어가야 해요 (예: `myname/app:1.0`).',
      en: 'To push, the name must include the registry or Docker Hub namespace (`myname/app:1.0`).',
    },
    concept: 'build-push-pull-run',
    docs: `${BUILD_DOCS}#tag`,
    sources: [`${BUILD_DOCS}#tag`],
  },
  'cli.build.--file': {
    id: 'cli.build.--file',
    title: { ko: '-f, --file', en: '-f, --file' },
    summary: { ko: 'Dockerfile로 `{value}`을/를 써요. 없으면 컨텍스트의 `Dockerfile`을 써요.', en: 'Uses `{value}` as the Dockerfile instead of `<context>/Dockerfile`.' },
    why: { ko: 'Dockerfile 위치를 바꿔도 빌드 컨텍스트는 그대로예요. `COPY` 경로는 컨텍스트 기준이에요.', en: 'The context does not move with it: COPY paths stay relative to the context.' },
    concept: 'build-push-pull-run',
    docs: `${BUILD_DOCS}#file`,
    sources: [`${BUILD_DOCS}#file`],
  },
  'cli.build.--target': {
    id: 'cli.build.--target',
    title: { ko: '--target', en: '--target' },
    summary: { ko: '멀티 스테이지 빌드에서 스테이지 `{value}`까지만 빌드하고, 그 스테이지를 결과 이미지로 삼아요.', en: 'Builds up to stage `{value}` and outputs that stage.' },
    why: { ko: '`{value}`에 필요 없는 스테이지는 건너뛰어요.', en: 'Stages `{value}` does not need are skipped.' },
    concept: 'build-push-pull-run',
    docs: `${BUILD_DOCS}#target`,
    sources: [`${BUILD_DOCS}#target`],
  },
  'cli.build.--build-arg': {
    id: 'cli.build.--build-arg',
    title: { ko: '--build-arg', en: '--build-arg' },
    summary: { ko: '빌드 인자(ARG) 값을 정해요: {assignment}.', en: 'Sets a build argument: {assignment}.' },
    templates: {
      fromShell: { ko: '`{name}` (`=` 없이 써서 값은 지금 셸의 같은 이름 환경 변수에서 가져와요)', en: '`{name}` (no `=`: the value comes from your shell environment)' },
    },
    body: {
      ko: 'Dockerfile에 `ARG {name}`이/가 있어야 쓰여요. 빌드할 때만 있고, 실행 중인 컨테이너의 환경 변수가 되지는 않아요 (`ENV`로 옮기지 않는 한).',
      en: 'Needs `ARG {name}` in the Dockerfile; it exists at build time only, not in the running container unless copied to ENV.',
    },
    why: { ko: '비밀번호는 빌드 인자로 넘기지 마세요. 이미지 기록에 남을 수 있어요. `--secret`을 쓰세요.', en: 'Do not pass secrets as build args; use `--secret`.' },
    concept: 'env-args',
    docs: `${BUILD_DOCS}#build-arg`,
    sources: [`${BUILD_DOCS}#build-arg`],
  },
  'cli.build.--no-cache': {
    id: 'cli.build.--no-cache',
    title: { ko: '--no-cache', en: '--no-cache' },
    summary: { ko: '빌드 캐시를 쓰지 않고 모든 명령을 처음부터 다시 실행해요.', en: 'Ignores the build cache and runs every step again.' },
    why: { ko: '`apt-get update`처럼 캐시 때문에 오래된 결과가 남을 때 써요. 대신 빌드가 오래 걸려요.', en: 'Useful when a cached step holds stale results; slower.' },
    concept: 'build-push-pull-run',
    docs: `${BUILD_DOCS}#options`,
    sources: [`${BUILD_DOCS}#options`],
  },
  'cli.build.--platform': {
    id: 'cli.build.--platform',
    title: { ko: '--platform', en: '--platform' },
    summary: { ko: '`{value}` 플랫폼용 이미지를 만들어요. 쉼표로 여러 개를 주면 멀티 플랫폼 이미지가 돼요.', en: 'Builds for `{value}`; a comma list builds a multi-platform image.' },
    // https://docs.docker.com/build/building/multi-platform/#prerequisites
    why: {
      ko: '멀티 플랫폼 이미지는 예전 이미지 스토어(classic, overlay2 같은 스토리지 드라이버)에 넣을 수 없어요. Docker Engine 29 이상이나 Docker Desktop 4.34 이상을 새로 설치했다면 containerd 이미지 스토어가 기본이라 넣을 수 있어요. 업그레이드한 Docker라면 containerd 이미지 스토어를 켜거나 `--push`로 레지스트리에 올리세요.',
      en: 'The classic image store (storage drivers such as overlay2) cannot hold a multi-platform image. The containerd image store, the default on fresh installs of Docker Engine 29+ and Docker Desktop 4.34+, can; on an upgraded Docker turn it on or `--push` to a registry.',
    },
    concept: 'build-push-pull-run',
    docs: `${BUILD_DOCS}#platform`,
    sources: [`${BUILD_DOCS}#platform`, 'https://docs.docker.com/build/building/multi-platform/#prerequisites', 'https://docs.docker.com/engine/storage/containerd/#why-use-the-containerd-image-store', 'https://docs.docker.com/desktop/features/containerd/#what-is-the-containerd-image-store'],
  },
  'cli.build.--push': {
    id: 'cli.build.--push',
    title: { ko: '--push', en: '--push' },
    summary: { ko: '빌드한 이미지를 바로 레지스트리에 올려요 (`docker push`와 같은 일).', en: 'Pushes the result to the registry right away.' },
    concept: 'build-push-pull-run',
    docs: BUILD_DOCS,
    sources: ['https://docs.docker.com/reference/cli/docker/buildx/build/#options'],
  },
  'cli.build.--pull': {
    id: 'cli.build.--pull',
    title: { ko: '--pull', en: '--pull' },
    summary: { ko: '로컬에 있어도 베이스 이미지의 새 버전을 확인하고 받아 와요.', en: 'Always checks for newer base images.' },
    concept: 'build-push-pull-run',
    docs: BUILD_DOCS,
    sources: ['https://docs.docker.com/reference/cli/docker/buildx/build/#options'],
  },
  // Builders and outputs (review §4): BuildKit runs in a builder; what it produces goes where --output says.
  'cli.build.--load': {
    id: 'cli.build.--load',
    title: { ko: '--load', en: '--load' },
    summary: { ko: '빌드한 이미지를 로컬 이미지 목록(`docker images`)에 넣어요 (`--output type=docker`와 같아요).', en: 'Loads the result into the local image store (`docker images`); short for `--output type=docker`.' },
    why: {
      ko: '기본 `docker` 드라이버 빌더는 결과를 알아서 넣어 주지만, `docker-container` 같은 다른 드라이버로 만든 빌더는 `--load`나 `--push`가 없으면 결과가 빌드 캐시에만 남아요.',
      en: 'The default `docker`-driver builder loads results by itself; with another driver such as `docker-container`, results stay in the build cache unless you `--load` or `--push`.',
    },
    concept: 'build-push-pull-run',
    docs: `${BUILD_DOCS}#load`,
    sources: [`${BUILD_DOCS}#load`, 'https://docs.docker.com/build/builders/drivers/#loading-to-local-image-store'],
  },
  'cli.build.--output': {
    id: 'cli.build.--output',
    title: { ko: '-o, --output', en: '-o, --output' },
    summary: {
      ko: '빌드 결과를 어디로 내보낼지 정해요: `{value}`. `type=local,dest=out`이면 이미지 대신 마지막 스테이지의 파일을 `out` 폴더에 써요.',
      en: 'Where the build result goes: `{value}`. `type=local,dest=out` writes the final stage\'s files to the `out` folder instead of an image.',
    },
    why: { ko: '`--load`는 `type=docker`, `--push`는 `type=registry`의 줄임이에요.', en: '`--load` is short for `type=docker`, `--push` for `type=registry`.' },
    concept: 'build-push-pull-run',
    docs: `${BUILD_DOCS}#output`,
    sources: [`${BUILD_DOCS}#output`],
  },
  'cli.build.--builder': {
    id: 'cli.build.--builder',
    title: { ko: '--builder', en: '--builder' },
    summary: { ko: '빌더 `{value}`으로/로 빌드해요. 빌더는 BuildKit이 도는 곳이고, `docker buildx ls`로 목록을 봐요.', en: 'Builds with the builder `{value}`, a place where BuildKit runs; list them with `docker buildx ls`.' },
    concept: 'build-push-pull-run',
    docs: `${BUILD_DOCS}#builder`,
    sources: ['https://docs.docker.com/build/builders/#selected-builder'],
  },
  // Finding 13: buildx keeps the legacy builder's flags hidden and ignores them, so the build runs.
  'cli.build.ignoredFlag': {
    id: 'cli.build.ignoredFlag',
    title: { ko: '무시되는 옛 옵션', en: 'ignored legacy option' },
    summary: {
      ko: '`{flag}`은/는 옛 빌더(legacy builder)의 옵션이에요. 지금 `docker build`(BuildKit)는 이 옵션을 받아들이기만 하고 무시해요. 효과가 없으니 빼세요.',
      en: '`{flag}` belongs to the legacy builder: today\'s `docker build` (BuildKit) accepts and ignores it. It has no effect; remove it.',
    },
    why: {
      ko: '명령은 실패하지 않아요. `--isolation`, `--security-opt`, `--squash`에는 경고만 출력해요. `--security-opt` 대신 Dockerfile의 `RUN --security=insecure`를 쓰세요.',
      en: 'The command does not fail; `--isolation`, `--security-opt` and `--squash` print a warning. Use `RUN --security=insecure` instead of `--security-opt`.',
    },
    concept: 'build-push-pull-run',
    docs: BUILD_DOCS,
    sources: ['https://github.com/docker/buildx/blob/ac636fd2d8578054218d898db47dd32a92ad0b83/commands/build.go'],
  },
  'cli.build.--secret': {
    id: 'cli.build.--secret',
    title: { ko: '--secret', en: '--secret' },
    summary: { ko: '시크릿 값 `{value}`을/를 빌드에 넘겨요. `RUN --mount=type=secret`에서만 보이고 이미지 레이어에는 남지 않아요.', en: 'Passes a secret visible only to `RUN --mount=type=secret`, never stored in a layer.' },
    concept: 'env-args',
    docs: `${BUILD_DOCS}#secret`,
    sources: [`${BUILD_DOCS}#secret`],
  },
};
