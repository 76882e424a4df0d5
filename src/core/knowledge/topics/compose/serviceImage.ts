import { REF, table } from './table';

// Service keys about the image, the build and the main process.
// Facts checked against https://docs.docker.com/reference/compose-file/services/ and
// https://docs.docker.com/reference/compose-file/build/.
const S = `${REF}services/#`;
const B = `${REF}build/#`;

export const composeImageTopics = table({
  'compose.service.image': {
    title: { ko: 'image', en: 'image' },
    summary: {
      ko: '컨테이너를 만들 이미지예요. 로컬 이미지 캐시에 없으면 `pull_policy`에 따라 레지스트리에서 받아요(pull).',
      en: 'The image to start containers from; pulled from a registry when the local cache lacks it (see `pull_policy`).',
    },
    templates: {
      parts: {
        ko: '레지스트리 `{registry}`, 저장소 `{repository}` → 전체 이름 `{full}`',
        en: 'registry `{registry}`, repository `{repository}` → full name `{full}`',
      },
      hub: { ko: '레지스트리 주소를 적지 않아서 Docker Hub(`docker.io`)에서 받아요.', en: 'No registry written: pulled from Docker Hub (`docker.io`).' },
      hubOfficial: {
        ko: '레지스트리 주소 없이 한 단어로 쓴 이름이라 Docker Hub의 공식 이미지(`library/…`)예요.',
        en: 'A one-word name without registry: an official Docker Hub image (`library/…`).',
      },
      implicitLatest: {
        ko: '태그를 쓰지 않아서 `latest` 태그를 써요. `latest`는 "가장 최신"이라는 보장이 없는 그냥 태그 이름이에요.',
        en: 'No tag: Docker uses `latest`, which is just a tag name, not a promise of the newest version.',
      },
      latest: {
        ko: '`latest` 태그는 레지스트리에서 언제든 다른 이미지로 바뀔 수 있어요. 버전 태그를 쓰면 재현돼요.',
        en: '`latest` can point at a different image any time; a version tag is reproducible.',
      },
      tag: { ko: '태그 `{tag}`: 같은 태그도 레지스트리에서 다시 붙일 수 있어요. 완전히 고정하려면 다이제스트(`@sha256:…`)를 쓰세요.', en: 'Tag `{tag}`: tags can be moved; a digest (`@sha256:…`) pins the exact image.' },
      digest: { ko: '다이제스트 `{digest}…`로 고정돼서 항상 똑같은 이미지를 받아요.', en: 'Pinned by digest `{digest}…`: always the same image.' },
      withBuild: {
        ko: '이 서비스에는 `build`도 있어요. 빌드한 이미지에 이 이름이 붙고, 레지스트리에서 받을 수 있으면 기본적으로 받아서 써요(`pull_policy`).',
        en: 'This service also has `build`: the built image gets this name; by default Compose pulls it when the registry has it (`pull_policy`).',
      },
      invalid: { ko: '`{value}`은/는 이미지 이름으로 읽을 수 없어요.', en: '`{value}` is not a valid image reference.' },
    },
    why: {
      ko: '이미지는 읽기 전용 레이어의 묶음이에요. 컨테이너는 그 위에 쓰기 가능한 레이어 하나를 더해 실행돼요. 그래서 컨테이너 안에서 바꾼 파일은 이미지에 남지 않아요.',
      en: 'An image is a stack of read-only layers; a container adds one writable layer on top, so changes inside it never reach the image.',
    },
    concept: 'images-containers',
    docs: `${S}image`,
    sources: [`${S}image`],
  },
  'compose.service.build': {
    title: { ko: 'build', en: 'build' },
    summary: {
      ko: '이 서비스의 이미지를 소스에서 빌드하는 방법이에요. `docker compose up --build`나 `docker compose build`가 써요.',
      en: 'How to build this service’s image from source (`docker compose build`, `up --build`).',
    },
    templates: {
      short: {
        ko: '빌드 컨텍스트(build context)는 `{path}`이에요/예요. 그 안의 `Dockerfile`로 빌드해요.',
        en: 'Build context `{path}`, built with the `Dockerfile` inside it.',
      },
    },
    why: {
      ko: '빌드 컨텍스트 폴더의 파일이 빌더(BuildKit)로 보내져요. `.dockerignore`로 필요 없는 파일을 빼면 빌드가 빨라지고 빌드 캐시도 덜 깨져요.',
      en: 'Files of the context folder are sent to the builder (BuildKit); a `.dockerignore` keeps builds fast and the cache stable.',
    },
    concept: 'build-push-pull-run',
    docs: `${REF}build/`,
    sources: ['https://docs.docker.com/reference/compose-file/build/#attributes'],
  },
  'compose.service.build.context': {
    title: { ko: 'context', en: 'context' },
    summary: {
      ko: '빌드 컨텍스트예요. Dockerfile의 `COPY`/`ADD`는 이 폴더 안의 파일만 볼 수 있어요.',
      en: 'The build context: `COPY`/`ADD` in the Dockerfile can only see files inside it.',
    },
    why: {
      ko: '상대 경로는 Compose 파일이 있는 폴더 기준이에요. 컨텍스트 밖의 파일(`../x`)은 `COPY`할 수 없어요.',
      en: 'Relative to the Compose file’s folder; files outside the context cannot be copied.',
    },
    concept: 'build-push-pull-run',
    docs: `${B}context`,
    sources: [`${B}context`],
  },
  'compose.service.build.dockerfile': {
    title: { ko: 'dockerfile', en: 'dockerfile' },
    summary: { ko: '빌드에 쓸 Dockerfile이에요. 없으면 컨텍스트의 `Dockerfile`을 써요.', en: 'The Dockerfile to build with; defaults to `Dockerfile` in the context.' },
    templates: {
      value: {
        ko: '`{path}`: 상대 경로면 Compose 파일이 아니라 빌드 컨텍스트 폴더를 기준으로 찾아요.',
        en: '`{path}`: a relative path is resolved from the build context, not from the Compose file.',
      },
    },
    concept: 'build-push-pull-run',
    docs: `${B}dockerfile`,
    sources: [`${B}dockerfile`],
  },
  'compose.service.build.dockerfile_inline': {
    title: { ko: 'dockerfile_inline', en: 'dockerfile_inline' },
    summary: { ko: 'Dockerfile 내용을 Compose 파일 안에 직접 적어요.', en: 'The Dockerfile’s content written inline.' },
    concept: 'build-push-pull-run',
    docs: `${B}dockerfile_inline`,
    sources: [`${B}dockerfile_inline`],
  },
  'compose.service.build.target': {
    title: { ko: 'target', en: 'target' },
    summary: {
      ko: '멀티 스테이지 빌드에서 이 스테이지까지만 빌드해요. 그 스테이지가 서비스의 이미지가 돼요.',
      en: 'Builds up to this stage of a multi-stage Dockerfile; that stage becomes the image.',
    },
    why: {
      ko: '개발용 스테이지(`dev`)와 배포용 스테이지(`prod`)를 한 Dockerfile에 두고 서비스마다 골라 쓸 수 있어요. 대상 스테이지에 필요 없는 스테이지는 BuildKit이 건너뛰어요.',
      en: 'One Dockerfile can serve `dev` and `prod` stages; BuildKit skips stages the target does not need.',
    },
    concept: 'multi-stage',
    docs: `${B}target`,
    sources: [`${B}target`],
  },
  'compose.service.build.args': {
    title: { ko: 'args', en: 'args' },
    summary: {
      ko: '빌드 인자(build argument)예요. Dockerfile의 `ARG`에 값을 넘겨요. 빌드할 때만 있고, 실행 중인 컨테이너의 환경 변수는 아니에요.',
      en: 'Build arguments for the Dockerfile’s `ARG`s: build time only, not container environment variables.',
    },
    templates: {
      set: { ko: '빌드 인자 `{name}` = `{value}`', en: 'build argument `{name}` = `{value}`' },
      passthrough: {
        ko: '빌드 인자 `{name}`에 값을 쓰지 않았어요. Compose를 실행하는 셸의 같은 이름 환경 변수 값을 넘기고, 없으면 Dockerfile의 기본값을 써요.',
        en: 'No value for `{name}`: taken from the shell where Compose runs, else the Dockerfile default.',
      },
    },
    why: {
      ko: '빌드 인자 값은 이미지 기록(`docker history`)에 남을 수 있어요. 비밀번호는 `build.secrets`로 넘겨요.',
      en: 'Build argument values can show in `docker history`; pass secrets with `build.secrets`.',
    },
    concept: 'env-args',
    docs: `${B}args`,
    sources: [`${B}args`],
  },
  'compose.service.build.args.arg': {
    title: { ko: '빌드 인자', en: 'build argument' },
    summary: { ko: 'Dockerfile의 `ARG`에 넘길 빌드 인자예요.', en: 'A build argument for the Dockerfile’s `ARG`.' },
    concept: 'env-args',
    docs: `${B}args`,
    sources: [`${B}args`],
  },
  'compose.service.build.ssh': {
    title: { ko: 'ssh', en: 'ssh' },
    summary: { ko: '빌드 중 `RUN --mount=type=ssh`가 쓸 SSH 에이전트나 키를 넘겨요.', en: 'SSH agent sockets or keys for `RUN --mount=type=ssh`.' },
    concept: 'build-push-pull-run',
    docs: `${B}ssh`,
    sources: [`${B}ssh`],
  },
  'compose.service.build.secrets': {
    title: { ko: 'secrets (build)', en: 'secrets (build)' },
    summary: {
      ko: '빌드 중 `RUN --mount=type=secret`으로만 읽을 수 있는 시크릿을 넘겨요. 이미지 레이어에 남지 않아요.',
      en: 'Secrets readable during the build via `RUN --mount=type=secret`; never stored in a layer.',
    },
    templates: {
      value: { ko: '시크릿 `{name}`을/를 빌드에 넘겨요.', en: 'Passes secret `{name}` to the build.' },
      declared: { ko: '최상위 `secrets:`의 `{name}`(줄 {line})이에요/예요.', en: 'Declared in top-level `secrets:` (line {line}).' },
      undeclared: { ko: '최상위 `secrets:`에 `{name}`이/가 없어요. Compose가 오류를 내요.', en: '`{name}` is not in top-level `secrets:`; Compose fails.' },
    },
    concept: 'build-push-pull-run',
    docs: `${B}secrets`,
    sources: [`${B}secrets`],
  },
  'compose.service.build.cache_from': {
    title: { ko: 'cache_from / cache_to', en: 'cache_from / cache_to' },
    summary: { ko: '빌드 캐시를 가져오거나 내보낼 곳이에요 (레지스트리 이미지 등).', en: 'Where to import or export the build cache (e.g. a registry image).' },
    concept: 'layers',
    docs: `${B}cache_from`,
    sources: [`${B}cache_from`],
  },
  'compose.service.build.additional_contexts': {
    title: { ko: 'additional_contexts', en: 'additional_contexts' },
    summary: { ko: '이름 붙인 추가 빌드 컨텍스트예요. Dockerfile에서 `COPY --from=<이름>`으로 써요.', en: 'Named extra contexts, used as `COPY --from=<name>`.' },
    concept: 'build-push-pull-run',
    docs: `${B}additional_contexts`,
    sources: [`${B}additional_contexts`],
  },
  'compose.service.build.network': {
    title: { ko: 'network (build)', en: 'network (build)' },
    summary: { ko: '빌드 중 `RUN`이 쓸 네트워크예요. `none`이면 빌드 중 인터넷을 못 써요.', en: 'The network for `RUN` during the build; `none` cuts it off.' },
    concept: 'networks',
    docs: `${B}network`,
    sources: [`${B}network`],
  },
  'compose.service.build.platforms': {
    title: { ko: 'platforms', en: 'platforms' },
    summary: { ko: '여러 플랫폼(예: `linux/amd64`, `linux/arm64`)용 이미지를 한 번에 빌드해요.', en: 'Builds the image for several platforms at once.' },
    concept: 'build-push-pull-run',
    docs: `${B}platforms`,
    sources: [`${B}platforms`],
  },
  'compose.service.build.tags': {
    title: { ko: 'tags', en: 'tags' },
    summary: { ko: '빌드한 이미지에 `image` 이름 말고도 더 붙일 태그예요.', en: 'Extra tags for the built image, besides `image`.' },
    concept: 'build-push-pull-run',
    docs: `${B}tags`,
    sources: [`${B}tags`],
  },
  'compose.service.build.no_cache': {
    title: { ko: 'no_cache', en: 'no_cache' },
    summary: { ko: '빌드 캐시를 쓰지 않고 모든 레이어를 새로 빌드해요.', en: 'Builds every layer again, ignoring the build cache.' },
    templates: {
      true: { ko: '매번 처음부터 빌드해요. 느리지만 오래된 캐시 때문에 생기는 문제는 없어요.', en: 'Always builds from scratch: slower, never stale.' },
      false: { ko: '빌드 캐시를 써요 (기본값).', en: 'Uses the build cache (default).' },
    },
    concept: 'layers',
    docs: `${B}no_cache`,
    sources: [`${B}no_cache`],
  },
  'compose.service.build.pull': {
    title: { ko: 'pull (build)', en: 'pull (build)' },
    summary: { ko: '빌드할 때 베이스 이미지를 레지스트리에서 다시 받아 최신인지 확인해요.', en: 'Re-pulls base images before building.' },
    templates: {
      true: { ko: '`FROM`의 베이스 이미지를 매번 새로 확인해요.', en: 'Base images are checked on every build.' },
      false: { ko: '로컬에 있는 베이스 이미지를 써요.', en: 'Local base images are used.' },
    },
    concept: 'build-push-pull-run',
    docs: `${B}pull`,
    sources: [`${B}pull`],
  },
  'compose.service.container_name': {
    title: { ko: 'container_name', en: 'container_name' },
    summary: {
      ko: 'Compose가 만드는 `<프로젝트>-<서비스>-1` 대신, 이 이름을 컨테이너 이름으로 써요.',
      en: 'Uses this container name instead of the generated `<project>-<service>-1`.',
    },
    templates: {
      value: {
        ko: '컨테이너 이름이 `{name}`으로/로 고정돼요. 이름은 Docker 호스트 전체에서 하나뿐이라, 이 서비스는 컨테이너를 하나만 만들 수 있어요 (scale 불가).',
        en: 'The container is always `{name}`; names are unique per host, so the service cannot scale beyond one.',
      },
    },
    why: {
      ko: '다른 프로젝트나 `docker run`이 같은 이름을 쓰고 있으면 컨테이너를 만들지 못해요. 다른 서비스가 접속할 때는 서비스 이름을 쓰면 돼요.',
      en: 'Another container with that name blocks creation; other services can use the service name anyway.',
    },
    concept: 'images-containers',
    docs: `${S}container_name`,
    sources: [`${S}container_name`],
  },
  'compose.service.hostname': {
    title: { ko: 'hostname', en: 'hostname' },
    summary: { ko: '컨테이너 안에서 보이는 호스트 이름이에요. 다른 컨테이너는 보통 서비스 이름으로 이 컨테이너를 찾아요.', en: 'The host name seen inside the container; other containers usually find it by service name.' },
    concept: 'networks',
    docs: `${S}hostname`,
    sources: [`${S}hostname`],
  },
  // F22: domainname is the domain part (`--domainname`), not the host name.
  'compose.service.domainname': {
    title: { ko: 'domainname', en: 'domainname' },
    summary: {
      ko: '컨테이너의 도메인 이름이에요(`docker run --domainname`). 호스트 이름(`hostname`)이 아니라 그 뒤에 붙는 도메인 부분이에요.',
      en: 'The container’s domain name (`docker run --domainname`): the domain part, not the host name.',
    },
    concept: 'networks',
    docs: `${S}domainname`,
    sources: [`${S}domainname`],
  },
  // F22: annotations are OCI annotations on the container, not labels.
  'compose.service.annotations': {
    title: { ko: 'annotations', en: 'annotations' },
    summary: {
      ko: '컨테이너에 붙이는 OCI 주석(annotation)이에요(`docker run --annotation`). 라벨(`labels`)과 다른 것이라 `docker ps --filter label=…`로는 찾지 못하고, 런타임이나 도구가 읽어요.',
      en: 'OCI annotations on the container (`docker run --annotation`); not labels, so `docker ps --filter label=…` does not see them; runtimes and tools read them.',
    },
    concept: 'compose',
    docs: `${S}annotations`,
    sources: [`${S}annotations`],
  },
  'compose.service.command': {
    title: { ko: 'command', en: 'command' },
    summary: {
      ko: '이미지의 기본 명령(Dockerfile의 `CMD`)을 이 명령으로 바꿔요.',
      en: 'Overrides the image’s default command (the Dockerfile’s `CMD`).',
    },
    templates: {
      string: {
        ko: '문자열로 썼어요. Compose가 셸처럼 단어로 나눠서 exec 형식으로 실행해요. 셸(`sh -c`)을 거치지 않아요.',
        en: 'A string: Compose splits it into words and runs it in exec form, without a shell.',
      },
      noShell: {
        ko: '`|`, `&&`, `;`, `$(…)` 같은 셸 기능은 셸이 없으면 동작하지 않아요. 필요하면 `["sh", "-c", "…"]`처럼 셸을 직접 불러요.',
        en: 'Pipes, `&&`, `;` and `$(…)` need a shell: write `["sh", "-c", "…"]`.',
      },
      exec: {
        ko: 'exec 형식(목록): 셸 없이 `{first}`을/를 바로 실행해요(항목 {count}개 중 첫 항목이 실행 파일이에요).',
        en: 'Exec form (list): runs `{first}` directly, without a shell ({count} items).',
      },
      // Who is PID 1 under `sh -c` comes from the process model (explain/dockerfile/processFacts.ts), per shell.
      imageEntrypoint: {
        ko: '이미지에 ENTRYPOINT가 있으면 그 엔트리포인트가 PID 1이고 이 명령은 그 인자로 넘어가요(이 파일만으로는 알 수 없어요). 이미지에 ENTRYPOINT가 없다면:',
        en: 'If the image sets an ENTRYPOINT, that entrypoint is PID 1 and this command becomes its arguments (this file cannot tell). If it sets none:',
      },
      empty: { ko: '빈 값이에요. 이미지의 기본 명령을 지우고 아무것도 넘기지 않아요.', en: 'Empty: the image’s default is cleared.' },
      null: { ko: '값이 없어서(null) 이미지의 기본값을 그대로 써요.', en: 'Null: the image’s default is used.' },
    },
    why: {
      ko: '`entrypoint`가 있으면 `command`는 그 엔트리포인트의 인자가 돼요. PID 1로 실행되는 프로세스가 `docker compose stop`의 SIGTERM을 받아요.',
      en: 'With an entrypoint, `command` becomes its arguments; the PID 1 process receives SIGTERM on `stop`.',
    },
    concept: 'cmd-entrypoint',
    docs: `${S}command`,
    sources: [`${S}command`],
  },
  'compose.service.entrypoint': {
    title: { ko: 'entrypoint', en: 'entrypoint' },
    summary: {
      ko: '이미지의 엔트리포인트(Dockerfile의 `ENTRYPOINT`)를 바꿔요. 이걸 쓰면 이미지의 `CMD`는 무시돼요.',
      en: 'Overrides the image’s `ENTRYPOINT`; the image’s `CMD` is then ignored.',
    },
    templates: {
      string: {
        ko: '문자열로 썼어요. Compose가 단어로 나눠 exec 형식으로 실행해요. 셸을 거치지 않아요.',
        en: 'A string: split into words and run in exec form, without a shell.',
      },
      noShell: {
        ko: '`|`, `&&`, `;` 같은 셸 기능은 셸이 없으면 동작하지 않아요. 필요하면 `["sh", "-c", "…"]`처럼 써요.',
        en: 'Shell features need a shell: write `["sh", "-c", "…"]`.',
      },
      exec: { ko: 'exec 형식(목록): 셸 없이 `{first}`을/를 바로 PID 1로 실행해요(항목 {count}개 중 첫 항목이 실행 파일이에요).', en: 'Exec form (list): runs `{first}` directly as PID 1, without a shell ({count} items).' },
      empty: { ko: '빈 값이에요. 이미지의 엔트리포인트를 지워요.', en: 'Empty: clears the image’s entrypoint.' },
      null: { ko: '값이 없어서(null) 이미지의 엔트리포인트를 그대로 써요.', en: 'Null: the image’s entrypoint is used.' },
    },
    why: {
      ko: '이미지의 `CMD`가 무시되니, 인자가 필요하면 `command`에 함께 적어야 해요.',
      en: 'Since the image’s `CMD` is dropped, put arguments in `command`.',
    },
    concept: 'cmd-entrypoint',
    docs: `${S}entrypoint`,
    sources: [`${S}entrypoint`],
  },
  'compose.service.user': {
    title: { ko: 'user', en: 'user' },
    summary: {
      ko: '컨테이너 프로세스를 실행할 사용자예요. 이미지의 `USER`를 바꿔요. 둘 다 없으면 root예요.',
      en: 'The user that runs the container process, overriding the image’s `USER` (root if neither is set).',
    },
    templates: {
      user: { ko: '사용자 `{user}`으로/로 실행해요.', en: 'Runs as user `{user}`.' },
      userGroup: { ko: '사용자 `{user}`, 그룹 `{group}`으로/로 실행해요.', en: 'Runs as user `{user}`, group `{group}`.' },
      root: { ko: 'root로 실행해요. 컨테이너를 탈출하는 취약점이 있으면 호스트의 root 권한에 가까워져요.', en: 'Runs as root: a container escape comes close to host root.' },
    },
    why: {
      ko: '바인드 마운트한 파일은 호스트와 같은 uid/gid로 보여요(Linux). 여기 uid가 호스트 파일 주인과 다르면 파일 권한에 따라 쓰기가 막힐 수 있어요.',
      en: 'Bind-mounted files keep the host uid/gid (on Linux); a different uid here may be refused writes, depending on the file mode.',
    },
    concept: 'isolation',
    docs: `${S}user`,
    sources: [`${S}user`],
  },
  'compose.service.working_dir': {
    title: { ko: 'working_dir', en: 'working_dir' },
    summary: { ko: '컨테이너 안의 작업 디렉터리예요. 이미지의 `WORKDIR`를 바꿔요.', en: 'The working directory inside the container, overriding `WORKDIR`.' },
    concept: 'cmd-entrypoint',
    docs: `${S}working_dir`,
    sources: [`${S}working_dir`],
  },
  'compose.service.environment': {
    title: { ko: 'environment', en: 'environment' },
    summary: {
      ko: '컨테이너의 환경 변수(environment variable)를 정해요. 실행 중인 프로세스가 읽어요.',
      en: 'Sets environment variables of the container, read by its processes at run time.',
    },
    templates: {
      set: { ko: '환경 변수 `{name}` = `{value}`', en: 'environment variable `{name}` = `{value}`' },
      passthrough: {
        ko: '`{name}`에 값을 쓰지 않았어요. Compose를 실행하는 셸(또는 `.env`)의 같은 이름 변수 값을 넘기고, 없으면 이 변수는 설정되지 않아요.',
        en: 'No value for `{name}`: taken from the shell where Compose runs; unset if absent there.',
      },
    },
    why: {
      ko: '`env_file`과 같은 변수가 있으면 여기 값이 이겨요. 빌드 인자(`build.args`)와 달리 이미지가 아니라 컨테이너에만 들어가요.',
      en: 'Wins over `env_file`; unlike build args it goes into the container, not the image.',
    },
    concept: 'env-args',
    docs: `${S}environment`,
    sources: [`${S}environment`],
  },
  'compose.service.environment.variable': {
    title: { ko: '환경 변수', en: 'environment variable' },
    summary: { ko: '컨테이너에 넣을 환경 변수예요.', en: 'An environment variable for the container.' },
    templates: {
      set: { ko: '`{name}` = `{value}`', en: '`{name}` = `{value}`' },
      passthrough: {
        ko: '`{name}`에 값을 쓰지 않았어요. Compose를 실행하는 셸(또는 `.env`)의 같은 이름 변수 값을 넘기고, 없으면 설정되지 않아요.',
        en: 'No value: taken from the shell where Compose runs; unset if absent.',
      },
    },
    concept: 'env-args',
    docs: `${S}environment`,
    sources: [`${S}environment`],
  },
  'compose.service.env_file': {
    title: { ko: 'env_file', en: 'env_file' },
    summary: {
      ko: '파일의 `KEY=VALUE` 줄을 읽어 컨테이너 환경 변수로 넣어요.',
      en: 'Reads `KEY=VALUE` lines from a file into the container’s environment.',
    },
    templates: {
      file: { ko: '`{path}` 파일을 읽어요. 없으면 Compose가 오류를 내요 (`required: false`가 아니면).', en: 'Reads `{path}`; a missing file is an error unless `required: false`.' },
    },
    why: {
      ko: '이 파일은 컨테이너 환경 변수용이에요. Compose 파일 안의 `${…}`를 채우는 `.env`와는 역할이 달라요. 같은 변수는 `environment`가 이겨요.',
      en: 'This feeds the container; the `.env` that fills `${…}` in the Compose file is a different thing. `environment` wins.',
    },
    concept: 'env-args',
    docs: `${S}env_file`,
    sources: [`${S}env_file`],
  },
  'compose.service.env_file.required': {
    title: { ko: 'required', en: 'required' },
    summary: { ko: '`false`면 파일이 없을 때 조용히 건너뛰어요. 기본값은 `true`예요.', en: '`false` skips a missing file silently; default `true`.' },
    concept: 'env-args',
    docs: `${S}required`,
    sources: [`${S}required`],
  },
  'compose.service.env_file.format': {
    title: { ko: 'format', en: 'format' },
    summary: { ko: '`raw`면 값을 해석하지 않고 따옴표와 `$`까지 그대로 넣어요.', en: '`raw` passes values as-is, quotes and `$` included.' },
    concept: 'env-args',
    docs: `${S}format`,
    sources: [`${S}format`],
  },
  'compose.service.labels': {
    title: { ko: 'labels', en: 'labels' },
    summary: { ko: '컨테이너에 붙이는 메타데이터(키=값)예요. 동작은 바꾸지 않고, 도구들이 읽어요.', en: 'Metadata (key=value) on the containers; tools read it, behaviour does not change.' },
    why: {
      ko: '`com.docker.compose.`로 시작하는 라벨은 Compose가 쓰는 예약 이름이라 쓰면 오류가 나요. Traefik 같은 프록시는 라벨로 라우팅을 설정해요.',
      en: 'The `com.docker.compose.` prefix is reserved; proxies such as Traefik read labels for routing.',
    },
    concept: 'compose',
    docs: `${S}labels`,
    sources: [`${S}labels`],
  },
  'compose.service.profiles': {
    title: { ko: 'profiles', en: 'profiles' },
    summary: {
      ko: '이 서비스를 켤 프로필이에요. 프로필이 있는 서비스는 그 프로필을 켰을 때만 시작해요. 명령줄에서 서비스 이름을 직접 적으면(`docker compose run 서비스`) 프로필을 켜지 않아도 시작해요.',
      en: 'Profiles that enable this service; a service with profiles starts only when one is active, or when a command names it (`docker compose run service`).',
    },
    templates: {
      value: {
        ko: '`docker compose --profile {name} up`(또는 `COMPOSE_PROFILES={name}`)일 때 시작해요. 그냥 `up`에서는 빠지지만, 명령줄에 이 서비스 이름을 적으면 시작해요.',
        en: 'Starts with `docker compose --profile {name} up` (or `COMPOSE_PROFILES={name}`), or when a command names this service; a plain `up` skips it.',
      },
    },
    concept: 'compose',
    docs: `${S}profiles`,
    sources: [`${S}profiles`],
  },
  'compose.service.extends': {
    title: { ko: 'extends', en: 'extends' },
    summary: {
      ko: '다른 서비스의 설정을 물려받고, 여기 쓴 키로 덮어써요.',
      en: 'Inherits another service’s configuration and overrides it with the keys written here.',
    },
    templates: {
      sameFile: { ko: '이 파일의 서비스 `{name}`(줄 {line})을/를 물려받아요.', en: 'Inherits service `{name}` of this file (line {line}).' },
      otherFile: { ko: '`file`에 적은 파일의 서비스 `{name}`을/를 물려받아요.', en: 'Inherits service `{name}` from the given `file`.' },
      missing: { ko: '이 파일에 서비스 `{name}`이/가 없어요. `file`이 없으면 Compose가 오류를 내요.', en: 'No service `{name}` in this file; without `file` Compose fails.' },
    },
    why: {
      ko: '맵(`environment` 등)은 키 단위로 합치고, 목록(`ports` 등)은 이어 붙여요. 다른 파일에서 물려받을 때 그 파일의 최상위 `volumes:`/`networks:` 선언은 따라오지 않아서 이 파일에 직접 선언해야 해요.',
      en: 'Maps merge by key, lists are concatenated. From another file, that file’s top-level `volumes:`/`networks:` declarations are not imported: declare them here.',
    },
    concept: 'compose',
    docs: `${S}extends`,
    sources: [`${S}extends`, 'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/extends.go'],
  },
  'compose.service.extends.service': {
    title: { ko: 'service', en: 'service' },
    summary: { ko: '물려받을 서비스 이름이에요.', en: 'The service to inherit from.' },
    templates: {
      sameFile: { ko: '이 파일의 서비스 `{name}`(줄 {line})이에요/예요.', en: 'Service `{name}` of this file (line {line}).' },
      otherFile: { ko: '`file`에 적은 파일의 서비스 `{name}`이에요/예요.', en: 'Service `{name}` in the given `file`.' },
      missing: { ko: '이 파일에 서비스 `{name}`이/가 없어요.', en: 'No service `{name}` in this file.' },
    },
    concept: 'compose',
    docs: `${S}extends`,
    sources: [`${S}extends`],
  },
  'compose.service.extends.file': {
    title: { ko: 'file', en: 'file' },
    summary: { ko: '물려받을 서비스가 있는 Compose 파일이에요.', en: 'The Compose file holding the base service.' },
    concept: 'compose',
    docs: `${S}extends`,
    sources: [`${S}extends`],
  },
  'compose.service.platform': {
    title: { ko: 'platform', en: 'platform' },
    summary: {
      ko: '컨테이너를 실행할 플랫폼(`os/arch`)이에요. 이 플랫폼용 이미지를 받거나 빌드해요.',
      en: 'The platform (`os/arch`) to run on; Compose pulls or builds the image for it.',
    },
    templates: {
      value: { ko: '운영체제 `{os}`, CPU 아키텍처 `{arch}{variant}`용 이미지를 써요.', en: 'Uses the image for OS `{os}`, architecture `{arch}{variant}`.' },
    },
    why: {
      ko: '호스트와 아키텍처가 다르면(예: Apple 실리콘에서 `linux/amd64`) 에뮬레이션으로 돌아서 느려요.',
      en: 'A different architecture than the host (e.g. `linux/amd64` on Apple silicon) runs emulated and slow.',
    },
    concept: 'images-containers',
    docs: `${S}platform`,
    sources: [`${S}platform`],
  },
  'compose.service.pull_policy': {
    title: { ko: 'pull_policy', en: 'pull_policy' },
    summary: { ko: '이미지를 언제 레지스트리에서 받을지(pull) 정해요.', en: 'When Compose pulls the image from the registry.' },
    templates: {
      always: { ko: '`always`: 시작할 때마다 레지스트리에서 받아요.', en: '`always`: pulls every time.' },
      never: { ko: '`never`: 받지 않아요. 로컬 이미지 캐시에 없으면 실패해요.', en: '`never`: never pulls; fails if the image is not cached.' },
      // docker/compose pkg/compose/pull.go: `up` pulls only an absent image; `docker compose pull` re-pulls `latest`.
      missing: { ko: '`missing`: 로컬에 없을 때만 받아요 (`build`가 없을 때의 기본값). 단, `docker compose pull`은 `latest` 태그를 있어도 다시 받아요. `up`은 로컬에 있으면 그대로 써요.', en: '`missing`: pulls only when absent (default without `build`); `docker compose pull` re-pulls a `latest` tag anyway, `up` reuses the local one.' },
      // compose-go types PullPolicyRefresh; docker/compose pull.go mustPull.
      refresh: { ko: '`refresh`: 로컬 이미지가 오래됐으면(`pull_refresh_after`) 다시 받아요.', en: '`refresh`: pulls again when the local image is older than `pull_refresh_after`.' },
      build: { ko: '`build`: 받지 않고 항상 빌드해요.', en: '`build`: always builds instead of pulling.' },
      daily: { ko: '`daily`: 마지막으로 받은 지 24시간이 지났으면 새 버전을 확인해요.', en: '`daily`: checks for updates after 24 hours.' },
      weekly: { ko: '`weekly`: 마지막으로 받은 지 7일이 지났으면 새 버전을 확인해요.', en: '`weekly`: checks for updates after 7 days.' },
      every: { ko: '`every_{value}`: 마지막으로 받은 지 `{value}`이/가 지났으면 새 버전을 확인해요.', en: 'Checks for updates every `{value}`.' },
      unknown: { ko: '`{value}`은/는 알려진 pull_policy 값이 아니에요.', en: '`{value}` is not a known pull policy.' },
    },
    concept: 'build-push-pull-run',
    docs: `${S}pull_policy`,
    sources: [`${S}pull_policy`, 'https://github.com/docker/compose/blob/v2.39.1/pkg/compose/pull.go'],
  },
});
