// What completion puts in a Dockerfile, as data: the snippet each instruction and flag inserts,
// the values a flag takes, and the few sentences no hover topic already says. Explanations of
// instructions, flags, mount types and options come from the hover topics (topics/dockerfile).
// Facts: https://docs.docker.com/reference/dockerfile/ (instructions, flags, RUN --mount,
// automatic platform ARGs) and https://docs.docker.com/build/building/multi-platform/.

import type { Localized } from '../../types';

const REF = 'https://docs.docker.com/reference/dockerfile/';

/** Each instruction and the snippet it inserts, in the order a Dockerfile usually uses them. */
export const INSTRUCTION_SNIPPETS: ReadonlyArray<readonly [string, string]> = [
  ['FROM', 'FROM ${1:image}'],
  ['RUN', 'RUN ${1:command}'],
  ['COPY', 'COPY ${1:source} ${2:destination}'],
  ['WORKDIR', 'WORKDIR ${1:/app}'],
  ['ARG', 'ARG ${1:NAME}'],
  ['ENV', 'ENV ${1:NAME}=${2:value}'],
  ['CMD', 'CMD ["${1:executable}"]'],
  ['ENTRYPOINT', 'ENTRYPOINT ["${1:executable}"]'],
  ['EXPOSE', 'EXPOSE ${1:8080}'],
  ['USER', 'USER ${1:user}'],
  ['ADD', 'ADD ${1:source} ${2:destination}'],
  ['LABEL', 'LABEL ${1:key}="${2:value}"'],
  ['HEALTHCHECK', 'HEALTHCHECK --interval=${1:30s} CMD ${2:command}'],
  ['VOLUME', 'VOLUME ["${1:/data}"]'],
  ['SHELL', 'SHELL ["${1:/bin/bash}", "-c"]'],
  ['STOPSIGNAL', 'STOPSIGNAL ${1:SIGTERM}'],
  ['ONBUILD', 'ONBUILD ${1:RUN command}'],
  // Deprecated (Dockerfile reference, MAINTAINER): offered last, its topic says to use LABEL.
  ['MAINTAINER', 'MAINTAINER ${1:name}'],
];

/** The flags each instruction takes (Dockerfile reference), most used first. */
export const FLAGS_BY_KEYWORD: Readonly<Record<string, readonly string[]>> = {
  FROM: ['platform'],
  COPY: ['from', 'chown', 'chmod', 'link', 'exclude', 'parents'],
  ADD: ['chown', 'chmod', 'link', 'exclude', 'checksum', 'keep-git-dir', 'unpack'],
  RUN: ['mount', 'network', 'security', 'device'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

/** What choosing a flag inserts; a flag that ends with `=` opens the list of its values next. */
export const FLAG_INSERT: Readonly<Record<string, string>> = {
  platform: '--platform=',
  from: '--from=',
  chown: '--chown=${1:user}:${2:group}',
  chmod: '--chmod=${1:755}',
  link: '--link',
  exclude: '--exclude=${1:pattern}',
  parents: '--parents',
  checksum: '--checksum=${1:sha256:}',
  'keep-git-dir': '--keep-git-dir',
  unpack: '--unpack=${1|true,false|}',
  mount: '--mount=type=',
  network: '--network=',
  security: '--security=',
  device: '--device=${1:name}',
  interval: '--interval=${1:30s}',
  timeout: '--timeout=${1:30s}',
  'start-period': '--start-period=${1:0s}',
  'start-interval': '--start-interval=${1:5s}',
  retries: '--retries=${1:3}',
};

export const MOUNT_TYPES = ['cache', 'bind', 'secret', 'ssh', 'tmpfs'] as const;

/** Values offered after `--network=` and `--security=` (their topics explain each one). */
export const FLAG_VALUES: Readonly<Record<string, readonly string[]>> = {
  network: ['default', 'none', 'host'],
  security: ['sandbox', 'insecure'],
};

export const SHARING_VALUES = ['shared', 'private', 'locked'] as const;

/** Parser directives: what each inserts. Their explanations are the hover topics. */
export const DIRECTIVES: ReadonlyArray<{ name: string; insert: string }> = [
  { name: 'syntax', insert: 'syntax=docker/dockerfile:1' },
  { name: 'escape', insert: 'escape=${1|\\\\,`|}' },
  { name: 'check', insert: 'check=${1|skip=,error=true|}' },
];

/** Sentences completion needs that no hover topic says. */
export const COMPLETION_TEXTS: Readonly<Record<string, Localized>> = {
  mountFlag: {
    ko: '이 RUN 동안만 붙는 마운트를 정해요: 빌드 캐시(`cache`), 빌드 컨텍스트나 스테이지의 파일(`bind`), 시크릿(`secret`), SSH 에이전트(`ssh`), 메모리(`tmpfs`). 마운트한 내용은 레이어에 들어가지 않아요.',
    en: 'A mount for this RUN only: a build cache (`cache`), files of the context or a stage (`bind`), a secret (`secret`), the SSH agent (`ssh`), memory (`tmpfs`). Mounted contents never go into the layer.',
  },
  mountType: { ko: '마운트 종류예요. 쓰지 않으면 `bind`예요.', en: 'The kind of mount; `bind` when left out.' },
  mountOption: { ko: '{type} 마운트의 옵션', en: 'option of a {type} mount' },
  stageRef: { ko: '이 파일의 스테이지', en: 'stage of this file' },
  stageRefDoc: {
    ko: '줄 {line}에서 시작하는 스테이지 `{name}`이에요/예요. 이름으로 가리키면 스테이지 순서가 바뀌어도 같은 스테이지를 가리켜요.',
    en: 'Stage `{name}`, starting on line {line}. A name keeps pointing at the same stage when stages are reordered.',
  },
  scratch: {
    ko: '빈 이미지예요. 파일이 하나도 없는 데서 시작해요. 주로 정적으로 빌드한 실행 파일만 담는 최종 스테이지에 써요.',
    en: 'The empty image: nothing in it, for a final stage that holds one statically built binary.',
  },
  asKeyword: {
    ko: '이 스테이지에 이름을 붙여요. `COPY --from=이름`, `docker build --target 이름`으로 가리킬 수 있어요.',
    en: 'Names this stage, for `COPY --from=name` and `docker build --target name`.',
  },
  targetPlatform: {
    ko: '`$TARGETPLATFORM`은 빌드 결과가 돌아갈 플랫폼이에요(`docker build --platform`의 값, 없으면 BuildKit이 도는 기계의 플랫폼). BuildKit이 자동으로 채우는 빌드 인자예요.',
    en: '`$TARGETPLATFORM` is the platform the result runs on (`docker build --platform`, else the platform of the machine BuildKit runs on); BuildKit sets it automatically.',
  },
  platformValue: { ko: '플랫폼 {value}: OS/아키텍처를 직접 정해요. 그 플랫폼용 이미지가 레지스트리에 있어야 해요.', en: 'Platform {value}: a fixed OS/architecture; the image must exist for it.' },
  variableArg: { ko: '빌드 인자(ARG), 줄 {line}', en: 'build argument (ARG), line {line}' },
  variableEnv: { ko: '환경 변수(ENV), 줄 {line}', en: 'environment variable (ENV), line {line}' },
  variablePlatform: { ko: 'BuildKit이 채우는 자동 플랫폼 빌드 인자', en: 'automatic platform ARG set by BuildKit' },
  variableValue: { ko: '이 줄에서의 값: {value}', en: 'Value here: {value}' },
  variableNoValue: { ko: '값은 파일에서 알 수 없어요(`--build-arg`나 BuildKit, 베이스 이미지가 정해요).', en: 'Its value is not known from the file (`--build-arg`, BuildKit or the base image decide).' },
  healthcheckCmd: { ko: '이 명령으로 컨테이너 상태를 검사해요. 종료 코드 0이면 정상(healthy), 1이면 비정상(unhealthy)이에요.', en: 'Checks the container with this command: exit 0 is healthy, 1 unhealthy.' },
  healthcheckNone: { ko: '베이스 이미지에서 물려받은 헬스체크를 꺼요.', en: 'Turns off a health check inherited from the base image.' },
};

export const COMPLETION_DOCS = {
  platforms: `${REF}#automatic-platform-args-in-the-global-scope`,
  from: `${REF}#from`,
  healthcheck: `${REF}#healthcheck`,
};

/** Platforms offered after `--platform=` besides the two automatic ARGs. */
export const COMMON_PLATFORMS = ['linux/amd64', 'linux/arm64'] as const;
