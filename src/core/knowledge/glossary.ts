import type { Localized } from '../types';

// One Korean word for one Docker thing, everywhere: hovers, rule messages, concept pages, rule
// docs, the panel and package.nls.ko.json. A unit test (test/unit/knowledge/koreanStyle.test.ts)
// reads every Korean text and flags the words listed under `avoid`; the panel shows this list
// as its 용어집 page. Add a term here before using a new word in a text.

export interface GlossaryTerm {
  /** Stable key, kebab-case. */
  id: string;
  /** The one Korean word our texts use (the first mention may add the English: "게시(publish)"). */
  ko: string;
  /** Docker's English term. */
  en: string;
  /** One line: what it is. */
  definition: Localized;
  /** Where the definition can be checked (knowledge/sources.ts). */
  sources: string[];
  /** Other words learners meet for the same thing (translations, tutorials); shown, never written by us. */
  variants?: string[];
  /** Patterns (RegExp source, matched in Korean prose outside code) our texts must not use for this term. */
  avoid?: string[];
}

const D = 'https://docs.docker.com/';
const RUN = `${D}reference/cli/docker/container/run/`;
const DF = `${D}reference/dockerfile/`;
const TAG = `${D}reference/cli/docker/image/tag/#description`;
const SECURITY = `${D}engine/security/`;

const T = (id: string, ko: string, en: string, koDef: string, enDef: string, sources: string[], extra: Pick<GlossaryTerm, 'variants' | 'avoid'> = {}): GlossaryTerm => ({
  id,
  ko,
  en,
  definition: { ko: koDef, en: enDef },
  sources,
  ...extra,
});

export const GLOSSARY: readonly GlossaryTerm[] = [
  T('docker', 'Docker', 'Docker', '컨테이너를 만들고 실행하는 플랫폼이에요. 한국어 문장 안에서도 "Docker"로 써요.', 'The platform that builds and runs containers.', [`${D}get-started/docker-overview/#docker-architecture`], { variants: ['도커'], avoid: ['도커'] }),
  T('daemon', 'Docker 데몬', 'Docker daemon (dockerd)', '이미지, 컨테이너, 네트워크, 볼륨을 실제로 관리하는 백그라운드 프로그램(`dockerd`)이에요.', 'The background service (`dockerd`) that manages images, containers, networks and volumes.', [`${D}get-started/docker-overview/#docker-architecture`]),
  T('client', 'Docker 클라이언트', 'Docker client', '`docker` 명령이에요. 요청을 Docker 데몬에 보낼 뿐, 일은 데몬이 해요.', 'The `docker` command; it sends requests to the daemon, which does the work.', [`${D}get-started/docker-overview/#docker-architecture`]),
  T('container', '컨테이너', 'container', '이미지로 만든, 호스트와 격리된 채 실행되는 프로세스예요.', 'An isolated process created from an image.', [`${D}get-started/docker-concepts/the-basics/what-is-a-container/#explanation`]),
  T('image', '이미지', 'image', '컨테이너를 만들 때 쓰는 읽기 전용 파일 시스템과 설정의 묶음이에요.', 'A read-only file system and configuration that containers are created from.', [`${D}get-started/docker-concepts/the-basics/what-is-an-image/#explanation`]),
  T('layer', '레이어', 'layer', '이미지를 이루는 파일 시스템 변경 한 겹이에요. 아래에 베이스 이미지, 위로 갈수록 나중 변경이 쌓여요.', 'One set of file-system changes; an image is a stack of them, base image at the bottom.', [`${D}get-started/docker-concepts/building-images/understanding-image-layers/#explanation`]),
  T('writable-layer', '컨테이너 쓰기 레이어', 'writable container layer', '컨테이너마다 이미지 레이어 맨 위에 하나씩 생기는 쓰기 가능한 레이어예요. 컨테이너를 지우면 함께 사라져요.', 'The thin writable layer on top of the image layers, one per container, removed with it.', [`${D}engine/storage/drivers/#container-and-layers`]),
  T('file-system', '파일 시스템', 'file system', '파일과 디렉터리를 담는 구조예요. 띄어 써요.', 'The structure of files and directories.', [`${D}engine/storage/drivers/#container-and-layers`], { avoid: ['파일시스템'] }),
  T('build-cache', '빌드 캐시', 'build cache', '이전 빌드의 단계 결과예요. 입력이 같으면 다시 실행하지 않고 재사용해요.', 'Results of earlier build steps, reused when their inputs have not changed.', [`${D}build/cache/#how-the-build-cache-works`, `${D}build/cache/invalidation/#general-rules`]),
  T('build-context', '빌드 컨텍스트', 'build context', '`docker build`에 넘기는 파일 묶음(보통 `.` 디렉터리)이에요. `COPY`와 `ADD`는 이 안의 파일만 읽어요.', 'The set of files given to `docker build` (often `.`); `COPY` and `ADD` read only from it.', [`${D}reference/cli/docker/buildx/build/#description`]),
  T('base-image', '베이스 이미지', 'base image', '`FROM`으로 고른, 빌드를 시작하는 이미지예요.', 'The image a build starts from, named by `FROM`.', [`${DF}#from`]),
  T('stage', '스테이지', 'build stage', '`FROM` 하나로 시작하는 빌드 단계예요. 스테이지가 여럿이면 멀티 스테이지 빌드예요.', 'The part of a Dockerfile that starts at one `FROM`; several make a multi-stage build.', [`${D}build/building/multi-stage/#name-your-build-stages`]),
  T('registry', '레지스트리', 'registry', '이미지를 올리고 받는 서버예요(예: Docker Hub, `ghcr.io`).', 'A server images are pushed to and pulled from (Docker Hub, `ghcr.io`).', [TAG]),
  T('repository', '저장소', 'repository', '레지스트리 안에서 같은 이름의 이미지 버전들을 모아 둔 곳이에요(예: `library/nginx`). 저장 공간(storage)의 뜻으로는 쓰지 않아요.', 'The images of one name in a registry (`library/nginx`); never "storage".', [TAG]),
  T('storage', '스토리지', 'storage', '데이터를 보관하는 공간이에요. 컨테이너에 붙이는 것은 볼륨, 바인드 마운트, tmpfs 마운트예요.', 'Where data is kept; containers get it through volumes, bind mounts and tmpfs mounts.', [`${D}engine/storage/drivers/#container-and-layers`]),
  T('tag', '태그', 'tag', '저장소 안의 한 이미지 버전을 가리키는 이름이에요(`nginx:1.27`의 `1.27`). 나중에 다른 이미지를 가리킬 수 있어요.', 'A movable name for one version in a repository (`1.27` in `nginx:1.27`).', [TAG]),
  T('digest', '다이제스트', 'digest', '이미지 내용에서 계산한 고정 식별자(`sha256:…`)예요. 태그와 달리 바뀌지 않아요.', 'A content hash (`sha256:…`) that names one image for good.', [`${DF}#from`]),
  T('volume', '볼륨', 'volume', 'Docker가 관리하는 스토리지예요. 컨테이너를 지워도 남아요.', 'Storage managed by Docker that outlives containers.', [`${RUN}#mount`, `${D}reference/compose-file/volumes/#example`]),
  T('named-volume', '이름 있는 볼륨', 'named volume', '이름을 붙여 만든 볼륨이에요. 같은 이름으로 다시 붙이면 같은 데이터를 써요.', 'A volume with a name; mounting the name again reuses its data.', [`${D}reference/compose-file/volumes/#example`]),
  T('anonymous-volume', '익명 볼륨', 'anonymous volume', '이름 없이 만든 볼륨이에요. 다음 `up`에서 다시 붙지 않고, `down -v`나 `rm -v`가 지워요.', 'A volume without a name; not reattached by the next `up`, removed by `down -v` or `rm -v`.', [`${D}reference/cli/docker/compose/down/#description`]),
  T('bind-mount', '바인드 마운트', 'bind mount', '호스트의 파일이나 디렉터리를 컨테이너 경로에 그대로 붙이는 마운트예요.', 'A host file or directory mounted into the container as is.', [`${RUN}#volume`, `${RUN}#mount`]),
  T('tmpfs-mount', 'tmpfs 마운트', 'tmpfs mount', '호스트 메모리에만 있는 마운트예요. 컨테이너가 멈추면 사라져요.', 'A mount that lives in host memory and disappears when the container stops.', [`${D}engine/storage/tmpfs/#limitations-of-tmpfs-mounts`]),
  T('publish', '게시', 'publish', '컨테이너 포트를 호스트 포트에 연결해서 호스트 밖에서도 접속할 수 있게 하는 일이에요(`-p`, `ports`).', 'Mapping a container port to a host port (`-p`, `ports`).', [`${RUN}#publish`], { variants: ['포트 공개', '공개'], avoid: ['포트(를|가|는)? 공개', '공개(해요|돼요|하려면|한|된|할)'] }),
  T('expose', '노출', 'expose', '컨테이너가 쓰는 포트를 이미지에 적어 두는 일이에요(`EXPOSE`). 게시와 달리 호스트에 열지 않아요.', 'Recording the ports a container uses (`EXPOSE`); unlike publishing, opens nothing on the host.', [`${DF}#expose`]),
  T('host-port', '호스트 포트', 'host port', '게시할 때 호스트 쪽에서 연결을 받는 포트예요.', 'The port on the host side of a published mapping.', [`${RUN}#publish`]),
  T('container-port', '컨테이너 포트', 'container port', '컨테이너 안의 앱이 연결을 기다리는(listen) 포트예요.', 'The port the app inside the container listens on.', [`${RUN}#publish`]),
  T('network', '네트워크', 'network', '컨테이너들이 서로 통신하는 가상 네트워크예요.', 'A virtual network containers talk over.', [`${D}engine/network/drivers/bridge/#differences-between-user-defined-bridges-and-the-default-bridge`]),
  T('bridge', '브리지', 'bridge', '호스트 안에 만든 가상 스위치 네트워크예요. 기본 네트워크 드라이버예요.', 'The default network driver: a virtual switch on the host.', [`${D}engine/network/drivers/bridge/#differences-between-user-defined-bridges-and-the-default-bridge`], { avoid: ['브릿지'] }),
  T('env-var', '환경 변수', 'environment variable', '실행 중인 프로세스가 읽는 이름=값 설정이에요(`ENV`, `-e`, `environment`).', 'A name=value setting a process reads (`ENV`, `-e`, `environment`).', [`${DF}#env`], { avoid: ['환경변수'] }),
  T('build-arg', '빌드 인자', 'build argument (ARG)', '빌드할 때만 쓰는 변수예요(`ARG`, `--build-arg`). 실행 중인 컨테이너에는 없어요.', 'A variable for build time only (`ARG`, `--build-arg`).', [`${DF}#arg`], { avoid: ['빌드 인수', '빌드 아규먼트'] }),
  T('secret', '시크릿', 'secret', '비밀번호나 토큰처럼 이미지에 남기면 안 되는 값이에요. 파일로만 넘겨요(`--secret`, `secrets`).', 'A value such as a password or token that must not stay in the image; passed as a file.', [`${D}reference/cli/docker/buildx/build/#secret`, `${D}reference/compose-file/secrets/#example-1`], { avoid: ['비밀(?!번호)'] }),
  T('entrypoint', '엔트리포인트', 'entrypoint', '컨테이너가 시작할 때 실행하는 프로그램이에요(`ENTRYPOINT`). CMD는 그 인자가 돼요.', 'The program a container starts (`ENTRYPOINT`); CMD becomes its arguments.', [`${DF}#understand-how-cmd-and-entrypoint-interact`]),
  T('shell-form', '셸 형식', 'shell form', '`CMD npm start`처럼 쓴 형식이에요. `/bin/sh -c`가 실행해요.', 'Written like `CMD npm start`; run by `/bin/sh -c`.', [`${DF}#shell-and-exec-form`], { avoid: ['쉘'] }),
  T('exec-form', 'exec 형식', 'exec form', '`CMD ["npm", "start"]`처럼 JSON 배열로 쓴 형식이에요. 셸 없이 바로 실행해요.', 'Written as a JSON array like `CMD ["npm", "start"]`; run without a shell.', [`${DF}#shell-and-exec-form`]),
  T('healthcheck', '헬스체크', 'health check', '컨테이너가 제대로 일하는지 주기적으로 확인하는 명령이에요(`HEALTHCHECK`, `healthcheck`).', 'A command run periodically to check the container works.', [`${DF}#healthcheck`], { avoid: ['헬스 체크'] }),
  T('restart-policy', '재시작 정책', 'restart policy', '컨테이너가 멈췄을 때 Docker가 다시 시작할지 정하는 설정이에요(`--restart`, `restart`).', 'Whether Docker restarts a container that stopped (`--restart`, `restart`).', [`${RUN}#restart`]),
  T('cgroup', '컨트롤 그룹', 'control group (cgroup)', '프로세스가 쓰는 CPU와 메모리 같은 자원을 제한하는 리눅스 커널 기능이에요.', 'The Linux kernel feature that limits the CPU, memory and other resources of processes.', [`${SECURITY}#control-groups`]),
  T('namespace', '네임스페이스', 'namespace', '프로세스가 보는 프로세스 목록, 네트워크, 파일 시스템 등을 나누는 리눅스 커널 기능이에요.', 'The Linux kernel feature that gives processes their own view of processes, network, mounts.', [`${SECURITY}#kernel-namespaces`]),
  T('capability', '케이퍼빌리티', 'Linux capability', 'root의 권한을 잘게 나눈 단위예요(예: `NET_ADMIN`). 컨테이너는 기본으로 일부만 받아요. "권한"은 파일 권한과 헷갈리니 이 뜻으로 쓰지 않아요.', 'One slice of root\'s privileges (e.g. `NET_ADMIN`); containers get a default subset.', [`${SECURITY}#linux-kernel-capabilities`], { variants: ['능력', '권한(capability)', '기능(capability)'], avoid: ['능력', '권한\\(capability\\)'] }),
  T('service', '서비스', 'service', 'Compose 파일에서 같은 설정으로 실행하는 컨테이너 묶음이에요.', 'In Compose, the containers run from one configuration.', [`${D}reference/compose-file/services/#examples`]),
  T('project', '프로젝트', 'project', 'Compose가 함께 다루는 서비스, 네트워크, 볼륨의 묶음이에요. 이름은 보통 디렉터리 이름이에요.', 'What Compose manages together: services, networks, volumes; named after the directory by default.', [`${D}reference/compose-file/version-and-name/#name-top-level-element`]),
];

const byId = new Map(GLOSSARY.map((t) => [t.id, t]));

export function glossaryTerm(id: string): GlossaryTerm | undefined {
  return byId.get(id);
}
