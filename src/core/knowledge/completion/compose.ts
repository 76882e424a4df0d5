// What completion offers in a Compose file beyond the schema's own keys and enums: the values a
// key takes where the schema only says "string", which keys refer to names declared elsewhere,
// the usual order of service keys, and the few sentences no hover topic already says.
// Facts: https://docs.docker.com/reference/compose-file/services/ (restart, pull_policy,
// network_mode, depends_on), https://docs.docker.com/engine/network/drivers/ (network drivers),
// https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#substitute-from-the-shell
// (the shell's variables win over .env).

import type { Localized } from '../../types';

/** Values for keys the schema types as a plain string; their hover topic explains each (template by value). */
export const VALUE_CHOICES: Readonly<Record<string, readonly string[]>> = {
  'compose.service.restart': ['no', 'always', 'on-failure', 'unless-stopped'],
  'compose.service.pull_policy': ['always', 'never', 'missing', 'build', 'daily', 'weekly', 'refresh'],
  'compose.service.network_mode': ['bridge', 'host', 'none', 'service:'],
  'compose.service.ports.protocol': ['tcp', 'udp'],
  'compose.service.ports.mode': ['ingress', 'host'],
  'compose.service.logging.driver': ['json-file', 'local', 'syslog', 'journald', 'none'],
};

/** Network drivers (`networks.<name>.driver`), each in words. */
export const NETWORK_DRIVERS: ReadonlyArray<[string, Localized]> = [
  ['bridge', { ko: '기본 드라이버예요. 한 호스트 안에서 컨테이너끼리 이름으로 통신하는 브리지 네트워크를 만들어요.', en: 'The default: a bridge network on one host, containers reach each other by name.' }],
  ['host', { ko: '컨테이너가 호스트의 네트워크를 그대로 써요. 포트 게시가 필요 없고 격리도 없어요.', en: 'Containers use the host’s network directly: no publishing, no isolation.' }],
  ['overlay', { ko: '여러 Docker 호스트(Swarm)에 걸친 네트워크를 만들어요.', en: 'A network spanning several Docker hosts (Swarm).' }],
  ['macvlan', { ko: '컨테이너에 MAC 주소를 줘서 물리 네트워크의 기기처럼 보이게 해요.', en: 'Gives containers MAC addresses so they look like physical devices on the network.' }],
  ['ipvlan', { ko: '호스트 인터페이스의 MAC 주소를 나눠 쓰면서 컨테이너마다 IP 주소를 줘요.', en: 'Gives containers IP addresses sharing the host interface’s MAC address.' }],
  ['none', { ko: '네트워크 없이 루프백(`lo`)만 있어요.', en: 'No network, only loopback (`lo`).' }],
];

export const VOLUME_DRIVERS: ReadonlyArray<[string, Localized]> = [
  ['local', { ko: '기본 드라이버예요. Docker 호스트의 디스크에 볼륨을 만들어요.', en: 'The default: the volume lives on the Docker host’s disk.' }],
];

/** Where a value names something declared elsewhere in the project. */
export type ReferenceKind = 'service' | 'volume' | 'network' | 'secret' | 'config';

/** Hover topic of the key (or list) → what its value (or item) refers to. */
export const REFERENCES: Readonly<Record<string, ReferenceKind>> = {
  'compose.service.depends_on': 'service',
  'compose.service.volumes_from': 'service',
  'compose.service.extends': 'service',
  'compose.service.extends.service': 'service',
  'compose.service.links': 'service',
  'compose.service.networks': 'network',
  'compose.service.secrets': 'secret',
  'compose.service.secrets.source': 'secret',
  'compose.service.configs': 'config',
  'compose.service.build.secrets': 'secret',
  'compose.service.volumes': 'volume',
  'compose.service.volumes.source': 'volume',
};

/** Keys most services have, in the order people usually write them: ranked first. */
export const COMMON_KEYS: Readonly<Record<string, readonly string[]>> = {
  'compose.root': ['services', 'volumes', 'networks', 'secrets', 'configs', 'name', 'include'],
  'compose.service.healthcheck': ['test', 'interval', 'timeout', 'retries', 'start_period', 'start_interval', 'disable'],
  'compose.service.build': ['context', 'dockerfile', 'target', 'args', 'secrets', 'ssh', 'platforms', 'tags'],
};

export const COMMON_SERVICE_KEYS = ['image', 'build', 'ports', 'environment', 'volumes', 'depends_on', 'command', 'restart', 'env_file', 'networks', 'healthcheck', 'container_name', 'profiles', 'user', 'working_dir', 'entrypoint'];

export const COMPOSE_COMPLETION_TEXTS: Readonly<Record<string, Localized>> = {
  otherKey: {
    ko: '`{key}`: Compose 명세에 있는 키예요. 이 확장에는 아직 따로 설명이 없어서, Docker 문서의 Compose 파일 참조를 보세요.',
    en: '`{key}`: a key of the Compose Specification; see the Compose file reference for it.',
  },
  deprecated: { ko: '더 이상 쓰지 않는(deprecated) 키예요.', en: 'Deprecated.' },
  service: { ko: '이 파일의 서비스', en: 'service of this file' },
  volume: { ko: '최상위 volumes에 선언한 볼륨', en: 'volume declared under volumes' },
  network: { ko: '최상위 networks에 선언한 네트워크', en: 'network declared under networks' },
  secret: { ko: '최상위 secrets에 선언한 시크릿', en: 'secret declared under secrets' },
  config: { ko: '최상위 configs에 선언한 설정', en: 'config declared under configs' },
  serviceDoc: { ko: '서비스 `{name}`이에요/예요(줄 {line}).', en: 'Service `{name}` (line {line}).' },
  declDoc: { ko: '`{name}`: 줄 {line}에서 선언했어요.', en: '`{name}`: declared on line {line}.' },
  defaultNetwork: { ko: 'Compose가 프로젝트마다 만드는 기본 네트워크예요. `networks`도 `network_mode`도 쓰지 않은 서비스는 모두 여기에 연결돼요.', en: 'The network Compose creates for every project; services with neither `networks` nor `network_mode` join it.' },
  envVar: { ko: '프로젝트의 `.env` 파일에 있는 변수 `{name}`이에요/예요. `docker compose`가 이 파일을 읽을 때 이 자리를 그 값으로 바꿔요. 셸에 같은 이름의 환경 변수가 있으면 셸의 값이 먼저예요.', en: 'Variable `{name}` of the project’s `.env` file; `docker compose` puts its value here when it reads this file. A shell environment variable of the same name wins over it.' },
  envDetail: { ko: '.env의 변수', en: 'variable from .env' },
  boolTrue: { ko: '켜요.', en: 'On.' },
  boolFalse: { ko: '꺼요.', en: 'Off.' },
  serviceMode: { ko: '`service:이름`: 다른 서비스 컨테이너의 네트워크 스택을 같이 써요.', en: '`service:name`: shares another service container’s network stack.' },
};

export const COMPOSE_REF = 'https://docs.docker.com/reference/compose-file/';
