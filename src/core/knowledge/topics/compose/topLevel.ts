import { REF, table } from './table';

// Top-level elements of a Compose file, shared sentences, and the generic hovers.
// Facts checked against https://docs.docker.com/reference/compose-file/ (version-and-name,
// services, volumes, networks, configs, secrets, include, extension, fragments, interpolation)
// and https://docs.docker.com/reference/cli/docker/compose/down/.
export const composeTopLevelTopics = table({
  'compose.common': {
    title: { ko: 'Compose', en: 'Compose' },
    summary: { ko: 'Compose 파일의 공통 문장이에요.', en: 'Shared sentences of Compose hovers.' },
    concept: 'compose',
    docs: REF,
    sources: ['https://github.com/compose-spec/compose-go/blob/v2.13.0/schema/compose-spec.json', 'https://github.com/compose-spec/compose-go/blob/v2.10.0/types/bytes.go'],
    templates: {
      variable: {
        ko: '값에 변수(`${…}`)가 있어서 실제 값은 `docker compose`를 실행할 때 셸 환경 변수나 `.env` 파일에서 정해져요.',
        en: 'The value holds a variable (`${…}`); Compose fills it from the shell environment or `.env` when it runs.',
      },
      interpolated: {
        ko: '`${…}`는 컨테이너 안의 셸이 아니라 Compose가 파일을 읽을 때 채워요. `$` 글자를 그대로 컨테이너에 넘기려면 `$$`로 쓰세요.',
        en: 'Compose fills `${…}` when it reads the file, not the shell in the container; write `$$` to keep a literal `$`.',
      },
      relativePath: {
        ko: '`{path}`: Compose 파일이 있는 폴더(프로젝트 디렉터리)를 기준으로 한 상대 경로예요.',
        en: '`{path}` is relative to the folder of the Compose file (the project directory).',
      },
      absolutePath: {
        ko: '`{path}`: 절대 경로예요. 다른 컴퓨터에서는 이 경로가 없을 수 있어요.',
        en: '`{path}` is an absolute path; other machines may not have it.',
      },
      remoteContext: {
        ko: '`{path}`: 원격 저장소(Git URL)예요. 빌드할 때 받아 와요.',
        en: '`{path}` is a remote (Git) location, fetched at build time.',
      },
      base60: {
        ko: '따옴표가 없어요. 지금의 Compose는 `{value}`을/를 문자열로 읽지만, YAML 1.1 파서(예전 `docker-compose` 등)는 60진수 `{number}`으로/로 읽어요. `"{value}"`처럼 따옴표로 감싸는 게 안전해요.',
        en: 'Unquoted: today’s Compose reads `{value}` as a string, but a YAML 1.1 parser reads it as the base-60 number `{number}`. Quote it.',
      },
      duration: { ko: '`{value}` = {seconds}초', en: '`{value}` = {seconds} s' },
      badDuration: {
        ko: '`{value}`은/는 Compose의 시간 길이(duration) 형식이 아니에요. `10s`, `1m30s`, `500ms`처럼 써요.',
        en: '`{value}` is not a Compose duration; write `10s`, `1m30s`, `500ms`.',
      },
      bytes: { ko: '`{value}` = {human}', en: '`{value}` = {human}' },
      badBytes: {
        ko: '`{value}`은/는 바이트 값 형식이 아니에요. `512m`, `1g`, `1GiB`, `2048k`처럼 써요.',
        en: '`{value}` is not a byte value; write `512m`, `1g`, `1GiB`, `2048k`.',
      },
    },
  },
  'compose.root': {
    title: { ko: 'Compose 파일', en: 'Compose file' },
    summary: { ko: 'Compose 파일의 최상위예요.', en: 'The top of a Compose file.' },
    concept: 'compose',
    docs: REF,
    sources: ['https://github.com/compose-spec/compose-go/blob/v2.13.0/schema/compose-spec.json'],
  },
  'compose.version': {
    title: { ko: 'version', en: 'version' },
    summary: {
      ko: '더 이상 쓰지 않는(obsolete) 키예요. 지금의 Compose는 이 값을 읽지 않고 경고만 내요.',
      en: 'Obsolete: today’s Compose ignores it and prints a warning.',
    },
    templates: {
      value: {
        ko: '`{value}`: 이 숫자로 파일 형식이 정해지지 않아요. Compose는 항상 최신 Compose 명세(Compose Specification)로 파일을 읽어요.',
        en: '`{value}` selects nothing: Compose always reads the file with the latest Compose Specification.',
      },
    },
    why: {
      ko: '`version: "3"`이라고 써도 Swarm 전용 기능이 켜지거나 새 기능이 꺼지지 않아요. 지워도 동작은 같아요.',
      en: 'Writing `version: "3"` neither enables nor disables features; removing it changes nothing.',
    },
    concept: 'compose',
    docs: `${REF}version-and-name/`,
    sources: ['https://docs.docker.com/reference/compose-file/version-and-name/#version-top-level-element-obsolete'],
  },
  'compose.name': {
    title: { ko: 'name', en: 'name' },
    summary: {
      ko: '프로젝트 이름(project name)이에요. `-p`나 `COMPOSE_PROJECT_NAME`으로 따로 정하지 않으면 이 이름을 써요.',
      en: 'The project name, used unless `-p` or `COMPOSE_PROJECT_NAME` sets another.',
    },
    templates: {
      value: {
        ko: '컨테이너는 `{name}-<서비스>-1`, 기본 네트워크는 `{name}_default`, 볼륨은 `{name}_<볼륨>` 같은 이름이 돼요.',
        en: 'Containers become `{name}-<service>-1`, the default network `{name}_default`, volumes `{name}_<volume>`.',
      },
      normalized: {
        ko: 'Compose는 이 이름을 소문자로 바꾸고 영문 소문자, 숫자, `-`, `_`만 남긴 뒤 맨 앞의 `-`·`_`를 떼어서 `{name}`으로/로 써요.',
        en: 'Compose lower-cases the name, keeps only letters, digits, `-` and `_`, and drops a leading `-` or `_`: it uses `{name}`.',
      },
      filled: {
        ko: '프로젝트의 `.env`로 채우면 프로젝트 이름은 `{name}`이에요/예요.',
        en: "With the project's .env the project name is `{name}`.",
      },
      overriddenByEnvironment: {
        ko: '`COMPOSE_PROJECT_NAME`(프로젝트의 `.env`)이 먼저라서 Compose는 이 이름 대신 `{name}`을/를 써요.',
        en: '`COMPOSE_PROJECT_NAME` (the project’s .env) comes first: Compose uses `{name}` instead of this name.',
      },
      overriddenByOption: {
        ko: '팀 설정의 프로젝트 이름이 먼저라서(`-p`와 같아요) Compose는 이 이름 대신 `{name}`을/를 써요.',
        en: 'The team setting’s project name comes first (like `-p`): Compose uses `{name}` instead of this name.',
      },
    },
    why: {
      ko: '이름을 안 쓰면 Compose 파일이 있는 폴더 이름이 프로젝트 이름이 돼요. 폴더 이름이 같은 두 프로젝트는 서로의 컨테이너와 볼륨을 건드릴 수 있어요.',
      en: 'Without it the folder name is the project name; two projects in folders of the same name share containers and volumes.',
    },
    concept: 'compose',
    docs: `${REF}version-and-name/#name-top-level-element`,
    sources: [`${REF}version-and-name/#name-top-level-element`, 'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/loader.go'],
  },
  'compose.services': {
    title: { ko: 'services', en: 'services' },
    summary: {
      ko: '이 애플리케이션의 서비스들이에요. 서비스마다 같은 설정으로 컨테이너를 만들어요.',
      en: 'The services of this application; each one runs containers from the same configuration.',
    },
    why: {
      ko: '`docker compose up` 한 번으로 여기 있는 서비스의 네트워크, 볼륨, 컨테이너를 모두 만들어요. 서비스 이름은 같은 네트워크 안에서 호스트 이름(DNS)이 돼요.',
      en: 'One `docker compose up` creates the networks, volumes and containers of these services; service names become host names on their networks.',
    },
    concept: 'compose',
    docs: `${REF}services/`,
    sources: ['https://docs.docker.com/reference/compose-file/services/#examples'],
  },
  'compose.service': {
    title: { ko: '서비스', en: 'service' },
    summary: { ko: '서비스 정의예요. 이 이름으로 컨테이너를 만들고 실행해요.', en: 'A service definition: containers are created and run under this name.' },
    templates: {
      dns: {
        ko: '같은 네트워크의 다른 컨테이너는 호스트 이름 `{name}`으로/로 이 서비스에 접속해요.',
        en: 'Other containers on the same network reach it at host name `{name}`.',
      },
      containerName: {
        ko: '컨테이너 이름은 보통 `{project}-{name}-1`이에요 (`container_name`으로 바꾸지 않았다면).',
        en: 'Its container is usually named `{project}-{name}-1` (unless `container_name` says otherwise).',
      },
      projectPlaceholder: { ko: '<프로젝트>', en: '<project>' },
      noImage: {
        ko: '`image`도 `build`도 없어요. 이 파일만으로는 Compose가 어떤 이미지로 컨테이너를 만들지 몰라서 이 서비스를 실행하지 못해요. 다른 Compose 파일(`compose.override.yaml`, `-f`)과 합쳐 쓰는 파일이라면 괜찮아요.',
        en: 'Neither `image` nor `build`: on its own, Compose cannot tell which image to run. Fine in a file merged with another (`compose.override.yaml`, `-f`).',
      },
    },
    concept: 'compose',
    docs: `${REF}services/`,
    sources: ['https://docs.docker.com/reference/compose-file/services/#attributes'],
  },
  'compose.volumes': {
    title: { ko: 'volumes (최상위)', en: 'volumes (top level)' },
    summary: {
      ko: '서비스들이 함께 쓸 이름 있는 볼륨(named volume)을 선언해요.',
      en: 'Declares named volumes that services can share.',
    },
    why: {
      ko: '서비스의 `volumes:`에서 쓰는 볼륨 이름은 여기 선언돼야 해요. 선언 없이 쓰면 Compose가 오류를 내요. 바인드 마운트는 여기 쓰지 않아요.',
      en: 'A volume name used in a service’s `volumes:` must be declared here, or Compose fails; bind mounts are not declared.',
    },
    concept: 'volumes',
    docs: `${REF}volumes/`,
    sources: ['https://docs.docker.com/reference/compose-file/volumes/#example'],
  },
  'compose.volumes.volume': {
    title: { ko: '볼륨 선언', en: 'volume declaration' },
    summary: { ko: '이름 있는 볼륨을 선언해요. 볼륨이 아직 없으면 `docker compose up`이 만들어요.', en: 'Declares a named volume; `docker compose up` creates it if missing.' },
    templates: {
      projectName: {
        ko: 'Docker 호스트에서 볼륨의 실제 이름은 `{project}_{key}`이에요/예요.',
        en: 'On the Docker host the volume is named `{project}_{key}`.',
      },
      projectPlaceholder: { ko: '<프로젝트>', en: '<project>' },
      customName: { ko: '`name:` 때문에 실제 볼륨 이름은 `{name}`이에요/예요 (프로젝트 이름이 붙지 않아요).', en: '`name:` makes the real volume name `{name}` (no project prefix).' },
      external: {
        ko: '`external`: Compose가 만들지 않고, 이미 있는 볼륨 `{name}`을/를 써요. 없으면 `up`이 실패해요.',
        en: '`external`: Compose does not create it; volume `{name}` must already exist.',
      },
      survives: {
        ko: '`docker compose down`은 이 볼륨을 남겨요. `down -v`(`--volumes`)는 지워요.',
        en: '`docker compose down` keeps it; `down -v` removes it.',
      },
      externalSurvives: { ko: 'external 볼륨은 `down -v`로도 지워지지 않아요.', en: 'External volumes survive even `down -v`.' },
    },
    concept: 'volumes',
    docs: `${REF}volumes/`,
    sources: ['https://docs.docker.com/reference/compose-file/volumes/#attributes'],
  },
  'compose.networks': {
    title: { ko: 'networks (최상위)', en: 'networks (top level)' },
    summary: {
      ko: '서비스들이 연결될 네트워크를 선언해요. 없으면 Compose가 `default` 네트워크 하나를 만들어요.',
      en: 'Declares networks services attach to; without it Compose creates one `default` network.',
    },
    why: {
      ko: '같은 네트워크에 있는 컨테이너끼리만 서비스 이름으로 서로 통신할 수 있어요. 네트워크를 나누면 서비스끼리 격리돼요.',
      en: 'Only containers on a common network reach each other by service name; separate networks isolate services.',
    },
    concept: 'networks',
    docs: `${REF}networks/`,
    sources: ['https://docs.docker.com/reference/compose-file/networks/#examples'],
  },
  'compose.networks.network': {
    title: { ko: '네트워크 선언', en: 'network declaration' },
    summary: { ko: '네트워크를 선언해요. `docker compose up`이 만들고 `down`이 지워요.', en: 'Declares a network; `up` creates it and `down` removes it.' },
    templates: {
      driver: { ko: '`{key}`: 드라이버 `{driver}` 네트워크예요. 한 호스트 안의 컨테이너를 잇는 브리지(bridge)가 기본이에요.', en: '`{key}`: a `{driver}` network (bridge by default, joining containers on one host).' },
      external: { ko: '`{key}`: external 네트워크예요. Compose가 만들거나 지우지 않아요. 미리 있어야 해요.', en: '`{key}`: external; Compose neither creates nor removes it.' },
      internal: { ko: '`internal: true`: 바깥(인터넷)으로 나가는 길이 없는 네트워크예요.', en: '`internal: true`: no route to the outside world.' },
    },
    concept: 'networks',
    docs: `${REF}networks/`,
    sources: ['https://docs.docker.com/reference/compose-file/networks/#attributes'],
  },
  'compose.networks.internal': {
    title: { ko: 'internal', en: 'internal' },
    summary: { ko: '외부와 격리된 네트워크를 만들어요.', en: 'Creates an externally isolated network.' },
    templates: {
      true: { ko: '이 네트워크의 컨테이너는 서로만 통신할 수 있고, 바깥으로 나갈 수 없어요.', en: 'Containers reach each other only; no outside access.' },
      false: { ko: '바깥으로 나갈 수 있는 보통 네트워크예요.', en: 'A regular network with outside access.' },
    },
    concept: 'networks',
    docs: `${REF}networks/#internal`,
    sources: [`${REF}networks/#internal`],
  },
  'compose.networks.attachable': {
    title: { ko: 'attachable', en: 'attachable' },
    summary: { ko: 'Compose 밖의 컨테이너도 이 네트워크에 붙을 수 있게 해요 (주로 Swarm의 overlay 네트워크).', en: 'Lets standalone containers attach too (mainly for Swarm overlay networks).' },
    concept: 'networks',
    docs: `${REF}networks/#attachable`,
    sources: [`${REF}networks/#attachable`],
  },
  'compose.networks.enable_ipv6': {
    title: { ko: 'enable_ipv6', en: 'enable_ipv6' },
    summary: { ko: '이 네트워크에 IPv6 주소를 켜요.', en: 'Enables IPv6 addressing on the network.' },
    concept: 'networks',
    docs: `${REF}networks/#enable_ipv6`,
    sources: [`${REF}networks/#enable_ipv6`],
  },
  'compose.networks.ipam': {
    title: { ko: 'ipam', en: 'ipam' },
    summary: { ko: '이 네트워크의 IP 주소 범위(서브넷, 게이트웨이)를 정해요.', en: 'Sets the network’s IP address management (subnets, gateways).' },
    concept: 'networks',
    docs: `${REF}networks/#ipam`,
    sources: [`${REF}networks/#ipam`],
  },
  'compose.configs': {
    title: { ko: 'configs (최상위)', en: 'configs (top level)' },
    summary: {
      ko: '서비스에 파일로 넣어 줄 설정(config)을 선언해요. 이미지를 다시 빌드하지 않고 설정을 바꿀 수 있어요.',
      en: 'Declares configs mounted into services as files, without rebuilding the image.',
    },
    concept: 'compose',
    docs: `${REF}configs/`,
    sources: ['https://docs.docker.com/reference/compose-file/configs/#example-1'],
  },
  'compose.configs.config': {
    title: { ko: 'config 선언', en: 'config declaration' },
    summary: { ko: '설정 하나를 선언해요. 내용은 `file`, `environment`, `content` 중 하나에서 와요.', en: 'Declares one config; its content comes from `file`, `environment` or `content`.' },
    concept: 'compose',
    docs: `${REF}configs/`,
    sources: ['https://docs.docker.com/reference/compose-file/configs/#example-1'],
  },
  'compose.secrets': {
    title: { ko: 'secrets (최상위)', en: 'secrets (top level)' },
    summary: {
      ko: '비밀번호나 키 같은 민감한 값(secret)을 선언해요. 서비스는 허락받은 것만 `/run/secrets/<이름>` 파일로 읽어요.',
      en: 'Declares secrets; a service reads only the ones granted to it, as files under `/run/secrets/<name>`.',
    },
    why: {
      ko: '환경 변수와 달리 `docker inspect`나 자식 프로세스 환경에 드러나지 않아요. 선언만으로는 어떤 서비스도 읽을 수 없어요.',
      en: 'Unlike environment variables they do not show in `docker inspect` or child environments; declaring grants nothing.',
    },
    concept: 'compose',
    docs: `${REF}secrets/`,
    sources: ['https://docs.docker.com/reference/compose-file/secrets/#example-1'],
  },
  'compose.secrets.secret': {
    title: { ko: 'secret 선언', en: 'secret declaration' },
    summary: { ko: '시크릿 하나를 선언해요. 내용은 `file`이나 `environment`에서 와요.', en: 'Declares one secret, from `file` or `environment`.' },
    concept: 'compose',
    docs: `${REF}secrets/`,
    sources: ['https://docs.docker.com/reference/compose-file/secrets/#example-1'],
  },
  'compose.decl.file': {
    title: { ko: 'file', en: 'file' },
    summary: { ko: '이 파일의 내용을 설정이나 시크릿으로 써요.', en: 'Uses this file’s content as the config or secret.' },
    concept: 'compose',
    docs: `${REF}secrets/`,
    sources: ['https://docs.docker.com/reference/compose-file/secrets/#example-1', 'https://docs.docker.com/reference/compose-file/configs/#example-1'],
  },
  'compose.decl.environment': {
    title: { ko: 'environment', en: 'environment' },
    summary: { ko: 'Compose를 실행하는 셸의 이 환경 변수 값을 내용으로 써요.', en: 'Uses the value of this environment variable (where Compose runs) as the content.' },
    concept: 'env-args',
    docs: `${REF}secrets/`,
    sources: ['https://docs.docker.com/reference/compose-file/secrets/#example-2', 'https://docs.docker.com/reference/compose-file/configs/#example-4'],
  },
  'compose.decl.content': {
    title: { ko: 'content', en: 'content' },
    summary: { ko: 'Compose 파일에 적은 이 글을 그대로 설정 내용으로 써요.', en: 'Uses this inline text as the config’s content.' },
    concept: 'compose',
    docs: `${REF}configs/`,
    sources: ['https://docs.docker.com/reference/compose-file/configs/#example-3'],
  },
  'compose.decl.external': {
    title: { ko: 'external', en: 'external' },
    summary: {
      ko: 'Compose 밖에서 이미 만들어 둔 것을 써요. Compose는 만들지도 지우지도 않아요.',
      en: 'Uses something created outside Compose; Compose neither creates nor removes it.',
    },
    templates: {
      true: { ko: '`true`: 미리 있어야 해요. 없으면 `docker compose up`이 실패해요. `down -v`로도 지워지지 않아요.', en: '`true`: it must exist beforehand; `down -v` never removes it.' },
      false: { ko: '`false`: Compose가 관리해요 (기본값).', en: '`false`: managed by Compose (the default).' },
    },
    concept: 'compose',
    docs: `${REF}volumes/#external`,
    sources: [`${REF}volumes/#external`],
  },
  'compose.decl.name': {
    title: { ko: 'name', en: 'name' },
    summary: { ko: 'Docker 호스트에서 쓸 실제 이름이에요. 프로젝트 이름이 앞에 붙지 않아요.', en: 'The real name on the Docker host, without the project prefix.' },
    concept: 'compose',
    docs: `${REF}volumes/#name`,
    sources: [`${REF}volumes/#name`],
  },
  'compose.decl.driver': {
    title: { ko: 'driver', en: 'driver' },
    summary: { ko: '이 볼륨이나 네트워크를 만들 드라이버예요. 볼륨은 `local`, 네트워크는 `bridge`가 기본이에요.', en: 'The driver that creates it: `local` for volumes, `bridge` for networks by default.' },
    concept: 'volumes',
    docs: `${REF}volumes/#driver`,
    sources: [`${REF}volumes/#driver`],
  },
  'compose.decl.driver_opts': {
    title: { ko: 'driver_opts', en: 'driver_opts' },
    summary: { ko: '드라이버에 넘기는 옵션이에요. 어떤 키가 있는지는 드라이버마다 달라요.', en: 'Options passed to the driver; which keys exist depends on the driver.' },
    concept: 'volumes',
    docs: `${REF}volumes/#driver_opts`,
    sources: [`${REF}volumes/#driver_opts`],
  },
  'compose.include': {
    title: { ko: 'include', en: 'include' },
    summary: {
      ko: '다른 Compose 파일을 이 애플리케이션에 포함해요. 그 파일의 서비스, 네트워크, 볼륨이 이 프로젝트에 함께 들어와요.',
      en: 'Includes other Compose files; their services, networks and volumes join this application.',
    },
    templates: {
      value: { ko: '`{path}` 파일을 포함해요. 그 파일 안의 상대 경로는 그 파일의 폴더를 기준으로 풀려요.', en: 'Includes `{path}`; relative paths inside it resolve from its own folder.' },
    },
    why: {
      // compose-go loader/include.go importResource: an error before commit 3d3411d (first in v2.10.0), MergeYaml since (v2.13.0 in Compose v5).
      ko: '포함한 파일과 이 파일에 같은 이름의 서비스가 있으면 예전 Compose(compose-go v2.10.0 이전을 쓰는 것)는 오류("conflicts with imported resource")를 내요. Compose v5부터는 이 파일의 정의를 포함한 파일의 정의 위에 합쳐요.',
      en: 'A service name defined in both files fails with "conflicts with imported resource" in older Compose (compose-go before v2.10.0); from Compose v5 this file’s definition is merged over the included one.',
    },
    concept: 'compose',
    docs: `${REF}include/`,
    sources: ['https://docs.docker.com/reference/compose-file/include/#short-syntax', 'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/include.go', 'https://github.com/compose-spec/compose-go/blob/3d3411d9d856d55396d121b4e20bbe7b954932e9/loader/include.go'],
  },
  'compose.include.project_directory': {
    title: { ko: 'project_directory', en: 'project_directory' },
    summary: { ko: '포함한 파일의 상대 경로를 풀 기준 폴더를 바꿔요.', en: 'Sets the base folder for relative paths in the included file.' },
    concept: 'compose',
    docs: `${REF}include/`,
    sources: ['https://docs.docker.com/reference/compose-file/include/#project_directory'],
  },
  'compose.include.env_file': {
    title: { ko: 'env_file', en: 'env_file' },
    summary: { ko: '포함한 파일의 변수(`${…}`)를 채울 `.env` 파일이에요.', en: 'The `.env` file used to interpolate the included file.' },
    concept: 'env-args',
    docs: `${REF}include/`,
    sources: ['https://docs.docker.com/reference/compose-file/include/#env_file'],
  },
  'compose.extension': {
    title: { ko: '확장 필드', en: 'extension field' },
    summary: {
      ko: '`x-`로 시작하는 키는 확장 필드예요. Compose는 이 내용을 무시해요.',
      en: 'Keys starting with `x-` are extension fields; Compose ignores them.',
    },
    why: {
      ko: '보통 YAML 앵커(`&이름`)를 달아 두고 서비스에서 `<<: *이름`으로 병합해서, 같은 설정을 여러 서비스에 한 번에 적용해요.',
      en: 'Usually anchored (`&name`) and merged into services with `<<: *name` to share settings.',
    },
    concept: 'compose',
    docs: `${REF}extension/`,
    sources: ['https://docs.docker.com/reference/compose-file/extension/#example-1'],
  },
  'compose.extension.content': {
    title: { ko: '확장 필드 안', en: 'inside an extension field' },
    summary: {
      ko: '확장 필드(`x-…`) 안의 키 `{key}`이에요/예요. Compose는 이 자리에서는 읽지 않고, 병합된 곳에서 의미가 생겨요.',
      en: 'Key `{key}` inside an extension field: Compose reads it only where it is merged.',
    },
    templates: {
      fragment: {
        ko: '확장 필드(`x-…`) 안이에요. 이 값은 `<<: *앵커`로 병합된 서비스에서 효력이 있어요.',
        en: 'Inside an extension field: it takes effect in the services that merge it (`<<: *anchor`).',
      },
    },
    concept: 'compose',
    docs: `${REF}fragments/`,
    sources: ['https://docs.docker.com/reference/compose-file/extension/#example-2'],
  },
  'compose.yaml.merge': {
    title: { ko: '병합 키', en: 'merge key' },
    summary: {
      ko: 'YAML 병합 키(merge key)예요. `*앵커`가 가리키는 맵의 키를 이 자리에 가져와요. 여기 직접 쓴 키가 이겨요.',
      en: 'The YAML merge key: brings in the keys of the anchored map; keys written here win.',
    },
    concept: 'compose',
    docs: `${REF}fragments/`,
    sources: ['https://docs.docker.com/reference/compose-file/fragments/#example-3'],
  },
  'compose.yaml.alias': {
    title: { ko: '앵커 참조', en: 'alias' },
    summary: {
      ko: 'YAML 별칭(alias)이에요. 앵커 `&{anchor}`을/를 단 값을 이 자리에 그대로 써요.',
      en: 'A YAML alias: reuses the value anchored as `&{anchor}`.',
    },
    concept: 'compose',
    docs: `${REF}fragments/`,
    sources: ['https://docs.docker.com/reference/compose-file/fragments/#example-1'],
  },
  'compose.unknownKey': {
    title: { ko: 'Compose 키', en: 'Compose key' },
    summary: {
      ko: '`{where}` 아래의 키 `{key}`이에요/예요. Docker 해설에는 아직 이 키의 설명이 없어요.',
      en: 'Key `{key}` under `{where}`. Docker Explain has no explanation for it yet.',
    },
    body: {
      ko: '철자가 맞는지, 이 자리에 올 수 있는 키인지 Compose 파일 레퍼런스에서 확인하세요. Compose는 모르는 키가 있으면 파일을 거부해요 (`x-`로 시작하는 키는 예외).',
      en: 'Check its spelling and place in the Compose file reference: Compose rejects unknown keys (except `x-` keys).',
    },
    concept: 'compose',
    docs: REF,
    sources: ['https://github.com/compose-spec/compose-go/blob/v2.13.0/schema/compose-spec.json'],
  },
});
