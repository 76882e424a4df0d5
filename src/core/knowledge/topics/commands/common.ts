import type { TopicTable } from '../../types';

// Texts shared by every docker command hover: flags that belong elsewhere, the image argument,
// the command after the image, and the fallback for flags we have no entry for.

export const commonCommandTopics: TopicTable = {
  'cli.docker': {
    id: 'cli.docker',
    title: { ko: 'docker', en: 'docker' },
    summary: {
      ko: 'Docker 클라이언트(Docker client)예요. 명령을 REST API로 Docker 데몬(dockerd)에 보내고, 실제 일은 데몬이 해요.',
      en: 'The Docker client: it sends commands to the Docker daemon (dockerd), which does the work.',
    },
    templates: {
      unknownSubcommand: { ko: '`{name}`은/는 이 확장이 아직 설명하지 못하는 하위 명령이에요.', en: '`{name}` is a subcommand we do not explain yet.' },
      noSubcommand: { ko: '하위 명령이 없어요. 예: `docker run`, `docker build`, `docker ps`.', en: 'No subcommand given, e.g. `docker run`.' },
      globalFlag: { ko: '`{flag}`은/는 하위 명령 앞에 오는 Docker 클라이언트 옵션이에요 (예: `-H`는 연결할 데몬, `--context`는 사용할 컨텍스트).', en: '`{flag}` is a client option placed before the subcommand.' },
    },
    concept: 'run-flow',
    docs: 'https://docs.docker.com/reference/cli/docker/',
    sources: ['https://docs.docker.com/reference/cli/docker/#description'],
  },
  'cli.flag': {
    id: 'cli.flag',
    title: { ko: '옵션', en: 'option' },
    summary: { ko: '`{command}`의 옵션 `{flag}`이에요/예요.', en: '`{flag}` is an option of `{command}`.' },
    templates: {
      value: { ko: '값: `{value}`', en: 'Value: `{value}`' },
      foreignRunHint: {
        ko: '이미지를 만드는 `docker build`와 컨테이너를 실행하는 `docker run`은 따로예요: 먼저 `docker build -t 이름 .`, 그다음 `docker run {flag} … 이름`.',
        en: 'Building (`docker build`) and running (`docker run`) are separate steps: build with `-t name`, then `docker run {flag} … name`.',
      },
      missingValue: { ko: '`{flag}`에는 값이 필요한데 뒤에 아무것도 없어요.', en: '`{flag}` needs a value but none follows.' },
    },
    docs: 'https://docs.docker.com/reference/cli/docker/',
    sources: ['https://docs.docker.com/reference/cli/docker/#options'],
  },
  'cli.flag.foreign': {
    id: 'cli.flag.foreign',
    title: { ko: '다른 명령의 옵션', en: 'option of another command' },
    summary: {
      ko: '`{flag}`은/는 `{command}`의 옵션이 아니라 {owners}의 옵션이에요.',
      en: '`{flag}` is not an option of `{command}`; it belongs to {owners}.',
    },
    templates: {
      // The line in a whole command's option list (review 35): marked, first, and without repeating the option.
      inList: {
        ko: '`{command}`의 옵션이 아니라 {owners}의 옵션이에요. 이대로 실행하면 명령 전체가 실패해요.',
        en: 'not an option of `{command}` but of {owners}: as written, the whole command fails.',
      },
    },
    why: {
      ko: 'Docker 클라이언트는 모르는 옵션을 건너뛰지 않아요. 이대로 실행하면 "unknown {kind}flag" 오류로 명령 전체가 실패해요.',
      en: 'The client does not skip unknown options: the whole command fails with "unknown {kind}flag".',
    },
    docs: 'https://docs.docker.com/reference/cli/docker/',
    sources: ['https://docs.docker.com/reference/cli/docker/#options'],
  },
  'cli.flag.unknown': {
    id: 'cli.flag.unknown',
    title: { ko: '알 수 없는 옵션', en: 'unknown option' },
    summary: { ko: '`{flag}`은/는 `{command}`에 없는 옵션이에요. 철자를 확인하세요.', en: '`{flag}` is not an option of `{command}`; check the spelling.' },
    templates: {
      inList: {
        ko: '`{command}`에 없는 옵션이에요. 철자를 확인하세요. 이대로 실행하면 명령 전체가 실패해요.',
        en: 'not an option of `{command}`; check the spelling. As written, the whole command fails.',
      },
    },
    why: {
      ko: '이대로 실행하면 "unknown {kind}flag" 오류로 명령 전체가 실패해요.',
      en: 'The command fails with "unknown {kind}flag".',
    },
    docs: 'https://docs.docker.com/reference/cli/docker/',
    sources: ['https://docs.docker.com/reference/cli/docker/#options'],
  },
  'cli.image': {
    id: 'cli.image',
    title: { ko: '이미지', en: 'image' },
    summary: { ko: '이미지 `{image}`: {where}', en: 'Image `{image}`: {where}' },
    templates: {
      hub: { ko: 'Docker Hub(`docker.io`)에서 찾아요.', en: 'looked up on Docker Hub (`docker.io`).' },
      official: { ko: 'Docker Hub의 공식 이미지(`docker.io/library/{repository}`)이에요/예요.', en: 'an official Docker Hub image (`docker.io/library/{repository}`).' },
      registry: { ko: '레지스트리 `{registry}`에서 찾아요.', en: 'from the registry `{registry}`.' },
      tag: { ko: '태그 `{tag}`: 저장소 `{repository}` 안의 한 버전을 가리키는 이름이에요.', en: 'Tag `{tag}` names one version in `{repository}`.' },
      latest: { ko: '태그를 적지 않아서 `latest`를 써요. `latest`는 "가장 새 것"이 아니라 그냥 기본 태그 이름이에요.', en: 'No tag: `latest` is used, which is just the default tag name, not "newest".' },
      digest: { ko: '다이제스트 `{digest}`으로/로 고정해서, 언제 받아도 같은 이미지예요.', en: 'Pinned by digest: always the same image.' },
      ubuntuTag: {
        ko: 'Ubuntu 이미지의 버전 태그는 `14.04`, `22.04`, `24.04`처럼 `연.월` 두 자리씩이에요. `{tag}`은/는 그 형식이 아니라 레지스트리에 없을 가능성이 커요 (예: `14.0.4`가 아니라 `14.04`).',
        en: 'Ubuntu version tags look like `14.04`, `22.04`, `24.04` (YY.MM); `{tag}` does not, so it probably does not exist (e.g. `14.04`, not `14.0.4`).',
      },
      variable: { ko: '이름에 변수가 있어서 실제 이미지는 셸이 값을 채운 뒤 정해져요.', en: 'It holds a variable: the real image is known only when the shell expands it.' },
    },
    why: {
      ko: '이미지는 읽기 전용 레이어의 묶음이에요. 컨테이너는 그 위에 쓰기 가능한 레이어를 하나 얹어 실행한 것이라, 컨테이너에서 바꾼 파일은 이미지에 들어가지 않아요.',
      en: 'An image is read-only layers; a container adds one writable layer on top, so changes in a container never reach the image.',
    },
    concept: 'images-containers',
    docs: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-an-image/',
    sources: ['https://docs.docker.com/reference/cli/docker/image/tag/#description'],
  },
  'cli.command': {
    id: 'cli.command',
    title: { ko: '실행할 명령', en: 'command' },
    summary: {
      ko: '이미지 이름 뒤의 `{command}`은/는 컨테이너 안에서 실행할 명령이에요. 이미지의 CMD를 대신해요.',
      en: '`{command}` after the image is the command run in the container, replacing the image CMD.',
    },
    templates: {
      withEntrypoint: { ko: '이미지에 엔트리포인트(ENTRYPOINT)가 있으면 이 명령은 엔트리포인트의 인자로 붙어요.', en: 'With an ENTRYPOINT in the image, these become its arguments.' },
      // Official OS and language images known to set no ENTRYPOINT (model/containerProcess.ts baseImageHasNoEntrypoint).
      noEntrypoint: { ko: '이미지 `{image}`에는 엔트리포인트(ENTRYPOINT)가 없어서 이 명령이 그대로 실행돼요.', en: 'The image `{image}` sets no ENTRYPOINT, so this command runs as written.' },
      afterEntrypoint: { ko: '`--entrypoint {entrypoint}` 뒤에 이 명령이 인자로 붙어요. 이미지의 CMD는 쓰이지 않아요.', en: 'These words are the arguments of `--entrypoint {entrypoint}`; the image CMD is not used.' },
      entrypointCleared: { ko: '`--entrypoint ""`로 엔트리포인트를 비워서 이 명령이 그대로 실행돼요.', en: '`--entrypoint ""` clears the entrypoint, so this command runs as written.' },
      flagsAfterImage: {
        ko: '이미지 이름 뒤에 쓴 `{flag}`은/는 `docker`가 아니라 컨테이너 안의 명령에 넘어가요. Docker 옵션이라면 이미지 이름 앞으로 옮기세요.',
        en: '`{flag}` after the image goes to the command in the container, not to docker; move docker options before the image.',
      },
    },
    concept: 'run-flow',
    docs: 'https://docs.docker.com/reference/cli/docker/container/run/',
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#description'],
  },
  'cli.container': {
    id: 'cli.container',
    title: { ko: '컨테이너', en: 'container' },
    summary: { ko: '컨테이너 `{container}`: 이름이나 ID(앞 몇 글자만 써도 돼요)로 가리켜요.', en: 'Container `{container}`, by name or (prefix of) ID.' },
    concept: 'images-containers',
    docs: 'https://docs.docker.com/reference/cli/docker/container/',
    sources: ['https://docs.docker.com/reference/cli/docker/container/#description'],
  },
};
