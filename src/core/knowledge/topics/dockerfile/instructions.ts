import type { TopicTable } from '../../types';

const REF = 'https://docs.docker.com/reference/dockerfile/';

// One topic per Dockerfile instruction. Facts checked against the Dockerfile reference.
// Templates take values already formatted by the finder (`code` spans for file text).
export const dockerfileInstructionTopics: TopicTable = {
  'dockerfile.FROM': {
    id: 'dockerfile.FROM',
    title: { ko: 'FROM', en: 'FROM' },
    summary: {
      ko: '새 빌드 스테이지(stage)를 시작하고, 그 위에 쌓을 베이스 이미지(base image)를 정해요.',
      en: 'Starts a new build stage on top of a base image.',
    },
    templates: {
      image: { ko: '베이스 이미지: {image}', en: 'Base image: {image}' },
      imageResolved: { ko: '베이스 이미지: {raw} → 빌드 인자 기본값으로 {image}', en: 'Base image: {raw} → {image} with the build argument defaults' },
      imageUnresolved: {
        ko: '베이스 이미지 {raw}: 기본값 없는 빌드 인자(ARG)를 써서, `--build-arg`로 준 값으로 빌드할 때 정해져요.',
        en: 'Base image {raw} uses a build argument without default: it is decided by `--build-arg` at build time.',
      },
      fromStage: { ko: '이 파일의 {stage}(줄 {line})을/를 베이스로 이어서 빌드해요.', en: 'Builds on {stage} of this file (line {line}).' },
      stage: { ko: '이 줄에서 {stage}이/가 시작돼요.', en: 'This line starts {stage}.' },
      finalStage: {
        ko: '마지막 스테이지라서, `--target` 없이 빌드하면 이 스테이지가 결과 이미지가 돼요.',
        en: 'The last stage: without `--target`, it becomes the resulting image.',
      },
      notFinalUnnamed: {
        ko: '마지막 스테이지가 아니고 이름도 없어서, 다른 스테이지가 `COPY --from={label}`처럼 번호로 가리킬 때만 쓰여요.',
        en: 'Not the last stage and unnamed: it matters only when another stage refers to it by number, e.g. `COPY --from={label}`.',
      },
      notFinalStage: {
        ko: '마지막 스테이지가 아니라서, 다른 스테이지가 쓰거나 `--target {label}` 옵션으로 고를 때만 빌드 결과에 쓰여요.',
        en: 'Not the last stage: it matters only when another stage uses it or `--target {label}` selects it.',
      },
    },
    why: {
      ko: '스테이지 안의 모든 명령은 이 이미지 위에서 실행돼요. 태그는 게시자가 옮길 수 있어서, 같은 Dockerfile도 빌드할 때마다 다른 베이스가 될 수 있어요. 완전히 고정하려면 `@sha256:…` 다이제스트를 쓰세요.',
      en: 'Every instruction of the stage runs on top of this image. Tags can be moved by their publisher, so the same Dockerfile can get a different base over time; pin an `@sha256:…` digest to fix it.',
    },
    concept: 'images-containers',
    docs: `${REF}#from`,
    sources: [`${REF}#from`],
  },
  'dockerfile.RUN': {
    id: 'dockerfile.RUN',
    title: { ko: 'RUN', en: 'RUN' },
    summary: {
      ko: '빌드 중에 명령을 실행하고, 바뀐 파일을 새 읽기 전용 레이어(layer)로 저장해요.',
      en: 'Runs a command at build time and saves the changed files as a new read-only layer.',
    },
    templates: {
      shellForm: {
        ko: '셸 형식(shell form)이라 {shell} 셸로 실행해요. `&&`, 변수, 파이프 같은 셸 기능을 쓸 수 있어요.',
        en: 'Shell form: run through {shell}, so `&&`, variables and pipes work.',
      },
      execForm: {
        ko: 'exec 형식(exec form)이라 셸 없이 {exe} 프로그램을 바로 실행해요. `$VAR`는 풀리지 않아요.',
        en: 'Exec form: runs {exe} directly, without a shell; `$VAR` is not expanded.',
      },
      heredoc: {
        ko: '히어독(heredoc) {names}의 줄들을 한 번에 실행해서, 여러 줄이라도 레이어는 하나예요.',
        en: 'Runs the lines of heredoc {names} in one step: one layer for all of them.',
      },
      mounts: {
        ko: '`--mount` {count}개: 실행하는 동안만 붙는 마운트예요. 그 안의 파일은 레이어에 남지 않아요.',
        en: '{count} `--mount`: attached only while this command runs; their files are not stored in the layer.',
      },
    },
    why: {
      ko: '`apt-get update`처럼 결과가 시간에 따라 달라지는 명령도 문자열이 같으면 캐시된 옛 결과를 그대로 써요. 같은 RUN 안에서 설치와 정리를 함께 해야 이미지가 작아져요.',
      en: 'Even `apt-get update` is served from cache while its text is unchanged. Install and clean up in the same RUN to keep the image small.',
    },
    concept: 'layers',
    docs: `${REF}#run`,
    sources: [`${REF}#run`],
  },
  'dockerfile.CMD': {
    id: 'dockerfile.CMD',
    title: { ko: 'CMD', en: 'CMD' },
    summary: {
      ko: '컨테이너를 시작할 때 실행할 기본 명령(또는 엔트리포인트의 기본 인자)을 정해요. 빌드 중에는 실행하지 않아요.',
      en: 'Sets the default command (or default arguments to the entrypoint) run when a container starts; nothing runs at build time.',
    },
    templates: {
      overridden: {
        ko: '같은 스테이지의 줄 {line}에 CMD가 또 있어요. 마지막 CMD만 효과가 있어서 이 줄은 쓰이지 않아요.',
        en: 'Another CMD follows on line {line}; only the last one takes effect.',
      },
    },
    why: {
      ko: 'RUN은 빌드할 때, CMD는 컨테이너를 시작할 때 실행돼요. 서버 실행을 RUN에 적으면 빌드 중에 서버가 떠서 빌드가 끝나지 않아요. 서버는 CMD로 실행하세요.',
      en: 'RUN runs at build time, CMD when the container starts; mixing them up hangs the build on a server process.',
    },
    concept: 'cmd-entrypoint',
    docs: `${REF}#cmd`,
    sources: [`${REF}#cmd`],
  },
  'dockerfile.LABEL': {
    id: 'dockerfile.LABEL',
    title: { ko: 'LABEL', en: 'LABEL' },
    summary: { ko: '이미지에 키=값 메타데이터(라벨)를 붙여요.', en: 'Adds key=value metadata (labels) to the image.' },
    templates: {
      pairs: { ko: '라벨: {pairs}', en: 'Labels: {pairs}' },
    },
    why: {
      ko: '라벨은 `docker image inspect`로 볼 수 있고, 베이스 이미지의 라벨도 물려받아요. 같은 키면 나중 값이 이겨요.',
      en: 'Labels show in `docker image inspect` and are inherited from the base image; the latest value for a key wins.',
    },
    concept: 'images-containers',
    docs: `${REF}#label`,
    sources: [`${REF}#label`],
  },
  'dockerfile.MAINTAINER': {
    id: 'dockerfile.MAINTAINER',
    title: { ko: 'MAINTAINER (더는 권장하지 않음)', en: 'MAINTAINER (deprecated)' },
    summary: { ko: '이미지의 작성자(Author) 필드를 정해요. 더는 권장하지 않는(deprecated) 명령이에요.', en: 'Sets the Author field of the image; deprecated.' },
    templates: {
      replace: {
        ko: '대신 이렇게 쓰세요: `LABEL org.opencontainers.image.authors={value}`',
        en: 'Use `LABEL org.opencontainers.image.authors={value}` instead.',
      },
    },
    concept: 'images-containers',
    docs: `${REF}#maintainer-deprecated`,
    sources: [`${REF}#maintainer-deprecated`],
  },
  'dockerfile.EXPOSE': {
    id: 'dockerfile.EXPOSE',
    title: { ko: 'EXPOSE', en: 'EXPOSE' },
    summary: {
      ko: '컨테이너가 어떤 포트에서 듣는지 문서로 남겨요. 포트를 게시(publish)하지는 않아요.',
      en: 'Documents which ports the container listens on. It does not publish them.',
    },
    templates: {
      port: {
        ko: '컨테이너 포트 {port}/{protocol}: 호스트에서 접근하려면 실행할 때 `docker run -p {example}:{port}{suffix}`처럼 게시해야 해요.',
        en: 'Container port {port}/{protocol}: to reach it from the host, publish it at run time, e.g. `docker run -p {example}:{port}{suffix}`.',
      },
      variable: {
        ko: '{value}: 변수라서 실제 포트는 빌드할 때 정해져요.',
        en: '{value}: a variable, resolved at build time.',
      },
      publishAll: {
        ko: '`docker run -P`는 EXPOSE한 포트를 모두 호스트의 임의의 높은 포트에 게시해요.',
        en: '`docker run -P` publishes every exposed port on a random high host port.',
      },
    },
    why: {
      ko: 'EXPOSE만 적고 `-p` 없이 실행하면 호스트에서 접속되지 않아요. 같은 네트워크의 컨테이너끼리는 EXPOSE 없이도 어느 포트로든 통신해요.',
      en: 'Without `-p` the port is not reachable from the host. Containers on the same network reach each other on any port, EXPOSE or not.',
    },
    concept: 'ports',
    docs: `${REF}#expose`,
    sources: [`${REF}#expose`],
  },
  'dockerfile.ENV': {
    id: 'dockerfile.ENV',
    title: { ko: 'ENV', en: 'ENV' },
    summary: {
      ko: '환경 변수(environment variable)를 정해요. 빌드의 다음 명령들과, 이 이미지로 실행한 컨테이너 모두에 남아요.',
      en: 'Sets environment variables for the following build steps and for containers run from the image.',
    },
    templates: {
      pair: { ko: '{name} = {value}', en: '{name} = {value}' },
      overridesArg: {
        ko: '같은 이름의 빌드 인자(ARG {name}, 줄 {line})보다 이 ENV가 우선해요.',
        en: 'Overrides the build argument of the same name (ARG {name}, line {line}).',
      },
      legacySyntax: {
        ko: '`ENV 키 값` 형식은 변수 하나만 정하고 헷갈리기 쉬워요. `ENV 키=값`을 쓰세요.',
        en: 'The `ENV key value` form sets a single variable and is discouraged; use `ENV key=value`.',
      },
    },
    why: {
      ko: '실행할 때 `docker run -e`로 바꿀 수 있어요. 빌드에서만 필요한 값이면 ARG나 `RUN VAR=값 명령`을 쓰세요. ENV는 이미지에 남아요.',
      en: 'Change it at run time with `docker run -e`. For build-only values use ARG or `RUN VAR=value cmd`: ENV persists in the image.',
    },
    concept: 'env-args',
    docs: `${REF}#env`,
    sources: [`${REF}#env`],
  },
  'dockerfile.ADD': {
    id: 'dockerfile.ADD',
    title: { ko: 'ADD', en: 'ADD' },
    summary: {
      ko: '빌드 컨텍스트, URL, Git 저장소의 파일을 이미지에 넣고 새 레이어를 만들어요. 로컬 tar는 풀어서 넣어요.',
      en: 'Adds files from the build context, a URL or a Git repository as a new layer; local tar archives are extracted.',
    },
    templates: {
      copyTo: { ko: '{sources} → 이미지의 {dest}', en: '{sources} → {dest} in the image' },
      url: { ko: '{src} 주소는 URL이라 내려받아요 (파일 권한 600, tar여도 기본으로 풀지 않아요).', en: '{src} is a URL: downloaded (mode 600, not extracted by default).' },
      git: { ko: '{src} 주소는 Git 저장소라 클론해서 넣어요 (`.git`은 기본으로 빼요).', en: '{src} is a Git repository: cloned, without `.git` by default.' },
      tar: { ko: '{src} 파일은 tar 아카이브로 보여요. 로컬 tar는 {dest}에 풀려서 들어가요.', en: '{src} looks like a tar archive: a local one is extracted into {dest}.' },
      // Finding 41, settled in the code: the reference lists identity, gzip, bzip2 and xz, but BuildKit
      // decides by the file's content with moby/go-archive's DecompressStream, which reads zstd too
      // (buildkit v0.32.2 solver/llbsolver/file/unpack.go isArchivePath; go-archive v0.2.0 compression.go).
      zstd: {
        ko: '{src}은/는 zstd로 압축한 tar예요. 문서에는 identity, gzip, bzip2, xz만 적혀 있지만, BuildKit은 파일 이름이 아니라 내용으로 압축 형식을 알아보고 zstd로 압축한 tar도 풀어서 넣어요.',
        en: '{src} is a zstd-compressed tar. The reference lists identity, gzip, bzip2 and xz, but BuildKit detects the format from the content, not the name, and extracts zstd-compressed tars too.',
      },
      preferCopy: {
        ko: '로컬 파일을 그대로 복사할 뿐이면 동작이 더 분명한 `COPY`를 쓰세요.',
        en: 'For plain local files, prefer `COPY`, whose behaviour is simpler.',
      },
    },
    concept: 'layers',
    docs: `${REF}#add`,
    sources: [
      `${REF}#add`,
      'https://github.com/moby/buildkit/blob/v0.32.2/solver/llbsolver/file/unpack.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/vendor/github.com/moby/go-archive/compression/compression.go',
    ],
  },
  'dockerfile.COPY': {
    id: 'dockerfile.COPY',
    title: { ko: 'COPY', en: 'COPY' },
    summary: {
      ko: '빌드 컨텍스트(build context)나 다른 스테이지의 파일을 이미지로 복사하고, 새 레이어를 만들어요.',
      en: 'Copies files from the build context or another stage into the image, as a new layer.',
    },
    templates: {
      copyTo: { ko: '{sources} → 이미지의 {dest}', en: '{sources} → {dest} in the image' },
      fromContext: { ko: '출처: 빌드 컨텍스트 (보통 `docker build`에 준 디렉터리, `.dockerignore`로 뺀 파일은 없어요).', en: 'Source: the build context (the directory given to `docker build`, minus `.dockerignore`).' },
      fromStage: { ko: '출처: 이 파일의 {stage} (줄 {line}). 그 스테이지의 최종 파일 시스템에서 복사해요.', en: 'Source: {stage} of this file (line {line}), from its final filesystem.' },
      fromImage: { ko: '출처: 이미지 {image}. 이 스테이지의 베이스가 아니어도 파일만 가져와요.', en: 'Source: image {image}; only files are taken from it.' },
      heredoc: { ko: '히어독 {names}의 내용으로 이미지에 {dest} 파일을 만들어요.', en: 'Creates {dest} in the image from heredoc {names}.' },
      destRelative: {
        ko: '목적지 {dest} 경로는 상대 경로라 WORKDIR {workdir} 기준이에요.',
        en: 'Destination {dest} is relative to WORKDIR {workdir}.',
      },
      destRelativeNoWorkdir: {
        ko: '목적지 {dest} 경로는 상대 경로라 현재 작업 디렉터리(WORKDIR, 기본 `/` 또는 베이스 이미지의 값) 기준이에요.',
        en: 'Destination {dest} is relative to the working directory (default `/` or the base image’s).',
      },
    },
    why: {
      ko: '자주 바뀌는 파일(소스 코드)은 늦게, 잘 안 바뀌는 파일(의존성 목록)은 먼저 복사해야 빌드 캐시를 오래 써요.',
      en: 'Copy rarely-changing files (dependency lists) before often-changing ones (source) to keep the cache.',
    },
    concept: 'layers',
    docs: `${REF}#copy`,
    sources: [`${REF}#copy`],
  },
  'dockerfile.ENTRYPOINT': {
    id: 'dockerfile.ENTRYPOINT',
    title: { ko: 'ENTRYPOINT', en: 'ENTRYPOINT' },
    summary: {
      ko: '컨테이너를 실행 파일처럼 쓰게 해요. 컨테이너가 시작하면 항상 이 엔트리포인트(entrypoint)를 실행해요.',
      en: 'Makes the container run like an executable: the entrypoint always runs when it starts.',
    },
    templates: {
      overridden: {
        ko: '같은 스테이지의 줄 {line}에 ENTRYPOINT가 또 있어요. 마지막 ENTRYPOINT만 효과가 있어서 이 줄은 쓰이지 않아요.',
        en: 'Another ENTRYPOINT follows on line {line}; only the last one takes effect.',
      },
      withCmd: { ko: '이 스테이지의 CMD(줄 {line})이/가 기본 인자로 붙어요: {cmd}', en: 'CMD (line {line}) supplies default arguments: {cmd}' },
      override: { ko: '실행할 때 `docker run --entrypoint`로 바꿀 수 있어요.', en: 'Override it with `docker run --entrypoint`.' },
      resetsCmd: {
        ko: '이 스테이지에는 CMD가 없어요. ENTRYPOINT를 정하면 베이스 이미지나 부모 스테이지에서 물려받은 CMD가 지워지니, 기본 인자가 필요하면 CMD도 적으세요.',
        en: 'This stage has no CMD: setting ENTRYPOINT clears a CMD inherited from the base image or parent stage, so add one if you need default arguments.',
      },
    },
    why: {
      ko: '엔트리포인트 스크립트는 마지막에 `exec "$@"`로 앱을 실행해야 앱이 PID 1이 되어 종료 신호를 받아요.',
      en: 'An entrypoint script should end with `exec "$@"` so the app becomes PID 1 and receives stop signals.',
    },
    concept: 'cmd-entrypoint',
    docs: `${REF}#entrypoint`,
    sources: [`${REF}#entrypoint`],
  },
  'dockerfile.VOLUME': {
    id: 'dockerfile.VOLUME',
    title: { ko: 'VOLUME', en: 'VOLUME' },
    summary: {
      ko: '컨테이너 안의 경로를 볼륨(volume) 마운트 지점으로 표시해요.',
      en: 'Marks a path in the container as a mount point for a volume.',
    },
    templates: {
      laterWrites: {
        ko: '이 아래의 빌드 단계가 이 경로에 쓴 파일은 BuildKit에서는 이미지에 남아요 (옛 빌더(legacy builder)에서는 버려져요).',
        en: 'Files later build steps write under this path are kept with BuildKit (the legacy builder discarded them).',
      },
      path: {
        ko: '{path}: 실행할 때 다른 마운트를 주지 않으면 Docker가 이 경로에 익명 볼륨(anonymous volume)을 새로 만들어 붙여요. 이미지에 있던 파일은 새 볼륨으로 복사돼요.',
        en: '{path}: unless a mount is given at run time, Docker attaches a new anonymous volume here, seeded with the image’s files.',
      },
    },
    why: {
      ko: 'Dockerfile에서는 호스트 경로를 정할 수 없어요. 데이터를 남기려면 `docker run -v 이름:{example}`처럼 이름 있는 볼륨을 붙이세요.',
      en: 'A Dockerfile cannot choose a host path. To keep data, mount a named volume, e.g. `docker run -v name:{example}`.',
    },
    concept: 'volumes',
    docs: `${REF}#volume`,
    sources: [`${REF}#volume`],
  },
  'dockerfile.USER': {
    id: 'dockerfile.USER',
    title: { ko: 'USER', en: 'USER' },
    summary: {
      ko: '이 스테이지의 남은 명령과 컨테이너 실행에 쓸 사용자(와 그룹)를 정해요.',
      en: 'Sets the user (and group) for the rest of the stage and for the running container.',
    },
    templates: {
      user: { ko: '사용자 {user}: 아래의 RUN, 그리고 컨테이너의 CMD/ENTRYPOINT가 이 사용자로 실행돼요.', en: 'User {user}: later RUN steps and the container’s CMD/ENTRYPOINT run as this user.' },
      group: { ko: '{group} 그룹으로 정하면 그 그룹에만 속해요. 다른 보조 그룹은 무시돼요.', en: 'With group {group}, the user has only that group; other groups are ignored.' },
      root: { ko: '{user}: 모든 권한을 가진 root 사용자예요. 권한이 필요 없는 서비스라면 root가 아닌 사용자로 실행하라고 Docker 문서도 권해요.', en: '{user} is root; Docker recommends a non-root user for services that need no privileges.' },
    },
    why: {
      ko: '베이스 이미지가 USER를 정하지 않았다면 root예요. 앱은 root가 아닌 사용자로 실행하는 편이 안전해요. 이름으로 쓸 사용자는 이미지에 있어야 하지만(`node`, `nobody`처럼 베이스 이미지에 있기도 해요), 숫자 UID는 그대로 써도 돼요.',
      en: 'Root unless the base image set a USER. Run the app as a non-root user: a name must exist in the image (bases often ship `node`, `nobody`), a numeric UID works as it is.',
    },
    concept: 'isolation',
    docs: `${REF}#user`,
    sources: [`${REF}#user`],
  },
  'dockerfile.WORKDIR': {
    id: 'dockerfile.WORKDIR',
    title: { ko: 'WORKDIR', en: 'WORKDIR' },
    summary: {
      ko: '아래의 RUN, CMD, ENTRYPOINT, COPY, ADD가 쓸 작업 디렉터리를 정해요. 없으면 만들어요.',
      en: 'Sets the working directory for later RUN, CMD, ENTRYPOINT, COPY and ADD; creates it if missing.',
    },
    templates: {
      path: { ko: '작업 디렉터리: {path}', en: 'Working directory: {path}' },
      relative: { ko: '상대 경로라 앞의 WORKDIR {previous} 기준으로 {path} 경로가 돼요.', en: 'Relative: resolves against the previous WORKDIR {previous} to {path}.' },
      relativeToBase: {
        ko: '상대 경로라 베이스 이미지의 WORKDIR 기준이에요. 베이스 이미지가 WORKDIR를 정하지 않았다면 {path} 경로가 돼요.',
        en: 'Relative: resolves against the base image’s WORKDIR; {path} when the base image sets none.',
      },
    },
    why: {
      ko: '`RUN cd /app`은 그 RUN 안에서만 효과가 있어요. 다음 명령의 위치를 바꾸려면 WORKDIR을 쓰세요.',
      en: '`RUN cd /app` only lasts for that RUN; use WORKDIR to change where later steps run.',
    },
    concept: 'layers',
    docs: `${REF}#workdir`,
    sources: [`${REF}#workdir`],
  },
  'dockerfile.ARG': {
    id: 'dockerfile.ARG',
    title: { ko: 'ARG', en: 'ARG' },
    summary: {
      ko: '빌드 인자(build argument)를 선언해요. `docker build --build-arg 이름=값`으로 빌드할 때만 값을 받아요.',
      en: 'Declares a build argument, set with `docker build --build-arg name=value`; build time only.',
    },
    templates: {
      withDefault: { ko: '{name}: 기본값 {value}. `--build-arg {raw}=…`로 바꿀 수 있어요.', en: '{name}: default {value}; override with `--build-arg {raw}=…`.' },
      noDefault: { ko: '{name}: 기본값이 없어요. `--build-arg`로 주지 않으면 빈 문자열이에요.', en: '{name}: no default; empty unless given with `--build-arg`.' },
      inheritGlobal: { ko: '{name}: 값이 없는 선언이라 전역 ARG(줄 {line})의 기본값을 이 스테이지로 가져와요: {value}', en: '{name}: brings the global ARG (line {line}) and its default {value} into this stage.' },
      global: {
        ko: '첫 FROM 앞의 전역(global) ARG예요. FROM 줄에서만 쓸 수 있고, 스테이지 안에서 쓰려면 그 스테이지에서 `ARG {name}` 줄을 다시 적어야 해요.',
        en: 'A global ARG (before the first FROM): usable in FROM lines; a stage must repeat `ARG {name}` to use it.',
      },
      stageScope: {
        ko: '{stage} 안에서 이 줄부터 쓸 수 있어요. 이 스테이지를 FROM으로 쓰는 스테이지도 물려받아요.',
        en: 'Usable from this line in {stage}, and in stages built FROM it.',
      },
      platform: {
        ko: '{name} 인자는 BuildKit이 자동으로 채우는 플랫폼 인자예요 (예: {example}).',
        en: '{name} is an automatic platform argument filled by BuildKit (e.g. {example}).',
      },
    },
    why: {
      ko: 'ARG 값은 이미지의 환경 변수로 남지 않지만 `docker history`에는 보여요. 비밀번호나 토큰은 ARG 대신 `RUN --mount=type=secret`으로 넘기세요.',
      en: 'ARG values are not in the container environment but do show in `docker history`; pass secrets with `RUN --mount=type=secret`.',
    },
    concept: 'env-args',
    docs: `${REF}#arg`,
    sources: [`${REF}#arg`],
  },
  'dockerfile.ONBUILD': {
    id: 'dockerfile.ONBUILD',
    title: { ko: 'ONBUILD', en: 'ONBUILD' },
    summary: {
      ko: '이 이미지를 베이스로 쓰는 다음 빌드에서 실행할 명령(트리거)을 이미지에 적어 둬요.',
      en: 'Stores a trigger instruction to run later, when another build uses this image as its base.',
    },
    templates: {
      trigger: {
        ko: '트리거 {trigger}: 이 빌드에서는 실행하지 않아요. 다른 Dockerfile이 `FROM 이-이미지`를 하면 그 FROM 바로 뒤에 실행돼요.',
        en: 'Trigger {trigger}: not run now; it runs right after `FROM this-image` in a downstream build.',
      },
    },
    why: {
      ko: '트리거는 한 번 실행되면 지워져서, 그 다음 세대 이미지로는 이어지지 않아요. `ONBUILD ONBUILD`, `ONBUILD FROM`은 쓸 수 없어요.',
      en: 'Triggers run once and are not inherited by grandchildren; `ONBUILD ONBUILD` and `ONBUILD FROM` are not allowed.',
    },
    concept: 'layers',
    docs: `${REF}#onbuild`,
    sources: [`${REF}#onbuild`],
  },
  'dockerfile.STOPSIGNAL': {
    id: 'dockerfile.STOPSIGNAL',
    title: { ko: 'STOPSIGNAL', en: 'STOPSIGNAL' },
    summary: {
      ko: '`docker stop`이 컨테이너를 멈출 때 보낼 신호를 정해요. 기본은 `SIGTERM`이에요.',
      en: 'Sets the signal `docker stop` sends to stop the container; the default is `SIGTERM`.',
    },
    templates: {
      signal: {
        ko: '신호 {signal}: `docker stop`이 먼저 이 신호를 보내고, 제한 시간 안에 끝나지 않으면 `SIGKILL`로 강제 종료해요.',
        en: 'Signal {signal}: `docker stop` sends it first, then `SIGKILL` after the timeout.',
      },
    },
    why: {
      ko: '신호는 PID 1에게 가요. 셸 형식으로 앱을 띄우면 셸이 신호를 받고 앱에 전달하지 않을 수 있어요. Ctrl+C(`SIGINT`)에는 영향이 없어요.',
      en: 'The signal goes to PID 1; a shell-form start may swallow it. Ctrl+C (`SIGINT`) is unaffected.',
    },
    concept: 'cmd-entrypoint',
    docs: `${REF}#stopsignal`,
    sources: [`${REF}#stopsignal`],
  },
  'dockerfile.HEALTHCHECK': {
    id: 'dockerfile.HEALTHCHECK',
    title: { ko: 'HEALTHCHECK', en: 'HEALTHCHECK' },
    summary: {
      ko: '컨테이너 안에서 주기적으로 명령을 실행해 헬스체크(healthcheck)를 해요. 상태는 `starting` → `healthy`/`unhealthy`예요.',
      en: 'Runs a command in the container periodically as a health check: `starting` → `healthy`/`unhealthy`.',
    },
    templates: {
      command: { ko: '검사 명령: {command} (종료 코드 0이면 정상, 1이면 비정상)', en: 'Check: {command} (exit 0 healthy, 1 unhealthy)' },
      none: { ko: '`NONE`: 베이스 이미지에서 물려받은 헬스체크를 꺼요.', en: '`NONE`: disables the health check inherited from the base image.' },
      timing: {
        ko: '{interval}마다 검사하고, 한 번에 {timeout} 넘으면 실패, {retries}번 연속 실패하면 `unhealthy`예요.',
        en: 'Checks every {interval}; a run over {timeout} fails; {retries} failures in a row mean `unhealthy`.',
      },
      // K14: said only when there is a start period (the default `0s` has none).
      timingStart: { ko: '시작 후 {startPeriod} 동안의 실패는 세지 않아요.', en: 'Failures in the first {startPeriod} do not count.' },
      overridden: { ko: '줄 {line}에 HEALTHCHECK가 또 있어요. 마지막 것만 효과가 있어요.', en: 'Another HEALTHCHECK on line {line}: only the last takes effect.' },
    },
    why: {
      ko: '`unhealthy`가 되어도 Docker 엔진은 컨테이너를 재시작하지 않아요 (재시작 정책은 종료될 때만 움직여요). Compose의 `condition: service_healthy` 같은 곳에서 이 상태를 써요.',
      en: 'Docker Engine does not restart an `unhealthy` container (restart policies act on exit); Compose `condition: service_healthy` and orchestrators use the status.',
    },
    concept: 'run-flow',
    docs: `${REF}#healthcheck`,
    sources: [`${REF}#healthcheck`],
  },
  'dockerfile.SHELL': {
    id: 'dockerfile.SHELL',
    title: { ko: 'SHELL', en: 'SHELL' },
    summary: {
      ko: '셸 형식 RUN, CMD, ENTRYPOINT가 쓸 셸을 바꿔요. 기본은 Linux `["/bin/sh", "-c"]`, Windows `["cmd", "/S", "/C"]`예요.',
      en: 'Changes the shell for shell-form RUN, CMD and ENTRYPOINT; default `["/bin/sh", "-c"]` on Linux, `["cmd", "/S", "/C"]` on Windows.',
    },
    templates: {
      shell: { ko: '이 줄 아래의 셸 형식 명령은 {shell} 셸로 실행해요.', en: 'Shell-form commands below run with {shell}.' },
      notJson: { ko: 'SHELL은 JSON 배열(exec 형식)로만 쓸 수 있어요.', en: 'SHELL must be written as a JSON array.' },
    },
    why: {
      ko: '`["/bin/bash", "-o", "pipefail", "-c"]`로 바꾸면 파이프 중간 명령의 실패도 빌드 실패가 돼요.',
      en: '`["/bin/bash", "-o", "pipefail", "-c"]` makes a failure inside a pipe fail the build.',
    },
    concept: 'cmd-entrypoint',
    docs: `${REF}#shell`,
    sources: [`${REF}#shell`],
  },
};
