import { REF, table } from './table';

// Service keys about ports and networks.
// Facts checked against https://docs.docker.com/reference/compose-file/services/ (ports,
// expose, networks, network_mode, extra_hosts, links) and the `docker run` reference (-p).
const S = `${REF}services/#`;

const portTemplates = {
  mapping: {
    ko: '호스트 {hostPort} → 컨테이너 {containerPort} ({protocol}), {reach}',
    en: 'host {hostPort} → container {containerPort} ({protocol}), {reach}',
  },
  ephemeral: {
    ko: '컨테이너 포트 {containerPort} ({protocol})을/를 게시해요. 호스트 포트를 정하지 않아서 Docker가 빈 호스트 포트를 골라 {reach}에 열어요. 고른 포트는 `docker compose port`로 확인해요.',
    en: 'Publishes container port {containerPort} ({protocol}) on a free host port Docker picks, on {reach}; see `docker compose port`.',
  },
  // go-connections nat: a host port of 0 is the same as none.
  hostZero: { ko: '호스트 포트 `0`은 비워 둔 것과 같아요. Docker가 빈 포트를 골라요.', en: 'Host port `0` is the same as leaving it out: Docker picks a free port.' },
  everyInterface: { ko: '모든 인터페이스(`0.0.0.0`, `::`)', en: 'every interface (`0.0.0.0`, `::`)' },
  everyFamily: { ko: '모든 {family} 인터페이스(`{ip}`)', en: 'every {family} interface (`{ip}`)' },
  loopback: { ko: '루프백 `{ip}`만', en: 'loopback `{ip}` only' },
  specific: { ko: '호스트 주소 `{ip}`만', en: 'host address `{ip}` only' },
  reachEveryone: {
    ko: '호스트의 네트워크 인터페이스에 열려서, 다른 컴퓨터도 `<호스트 IP>:{hostPort}`으로/로 접속할 수 있어요.',
    en: 'Open on every host interface: other machines can connect to `<host IP>:{hostPort}`.',
  },
  reachLoopback: {
    ko: '`{ip}`에만 묶여서 이 호스트 안에서만 `{ip}:{hostPort}`으로/로 접속할 수 있어요. 다른 컴퓨터는 못 들어와요.',
    en: 'Bound to `{ip}`: reachable only from this host at `{ip}:{hostPort}`.',
  },
  reachSpecific: {
    ko: '호스트 주소 `{ip}`으로/로 들어오는 연결만 받아요. 그 주소로 연결할 수 있는 컴퓨터만 접속할 수 있어요.',
    en: 'Accepts connections on host address `{ip}` only.',
  },
  taken: {
    ko: '컨테이너가 실행되는 동안 호스트 포트 {hostPort}/{protocol}을/를 차지해요. 같은 포트를 다른 컨테이너나 프로그램이 쓰고 있으면 시작하지 못해요("port is already allocated").',
    en: 'Takes host port {hostPort}/{protocol} while running; if something else holds it, the container fails to start ("port is already allocated").',
  },
  rangeCount: { ko: '포트 {count}개를 같은 순서로 하나씩 짝지어 게시해요.', en: 'Publishes {count} ports, paired one to one.' },
  rangePick: {
    ko: '호스트 범위 {hostPort} 중 빈 포트 하나를 골라 컨테이너 {containerPort}에 연결해요.',
    en: 'Picks one free port of {hostPort} for container port {containerPort}.',
  },
  // go-connections nat.ParsePortSpec: "use the host port range as the dynamic host port range to allocate into".
  takesOne: {
    ko: '범위 {hostPort} 중 고른 한 포트만 차지해요. 범위 안의 다른 포트가 쓰이고 있어도 시작해요. 실제 포트는 `docker compose port`로 확인해요.',
    en: 'Holds only the one port it picks from {hostPort}; busy ports in the range do not stop it. See `docker compose port`.',
  },
  chosenPort: { ko: '<고른 포트>', en: '<chosen port>' },
  notAnIp: {
    ko: '호스트 주소 `{ip}`은/는 IP 주소가 아니라서 Compose가 "invalid IP address" 오류를 내요. `127.0.0.1:8080:80`처럼 IP로 써요.',
    en: 'Host address `{ip}` is not an IP address: Compose fails with "invalid IP address". Write an IP, e.g. `127.0.0.1:8080:80`.',
  },
  // docker/compose v2 leaves the ports to the engine, which discards them under host networking.
  hostNetwork: {
    ko: '이 서비스는 `network_mode: host`라서 이 포트 게시는 무시돼요(Docker가 "Published ports are discarded when using host network mode" 경고만 내요). 앱이 여는 포트가 곧 호스트 포트예요.',
    en: 'This service uses `network_mode: host`, so this mapping is ignored (Docker warns "Published ports are discarded when using host network mode"); the app’s own ports are host ports.',
  },
  variable: { ko: '값에 변수가 있어서 실제 포트는 `docker compose` 실행 때 정해져요.', en: 'The value holds a variable; the real port is decided when Compose runs.' },
  invalid: { ko: '포트 게시 형식으로 읽을 수 없어요 (`{detail}`).', en: 'Not a valid port mapping (`{detail}`).' },
  noTarget: { ko: '`target`(컨테이너 포트)이 없어요. 긴 형식에서는 꼭 써야 해요.', en: '`target` (the container port) is required in the long form.' },
  modeHost: {
    ko: '`mode: host`: Swarm에서 각 노드의 호스트 포트에 바로 게시해요 (로드 밸런싱 없음).',
    en: '`mode: host`: in Swarm, published on each node directly (no load balancing).',
  },
};

export const composeNetworkTopics = table({
  'compose.service.ports': {
    title: { ko: 'ports', en: 'ports' },
    summary: {
      ko: '컨테이너 포트를 호스트 포트에 게시(publish)해서, 호스트 밖에서도 컨테이너에 접속할 수 있게 해요. `docker run -p`와 같아요.',
      en: 'Publishes container ports on host ports so the container can be reached from outside, like `docker run -p`.',
    },
    templates: portTemplates,
    why: {
      ko: '같은 주소·포트·프로토콜은 호스트에서 한 번만 게시할 수 있어요. 같은 네트워크의 컨테이너끼리는 게시하지 않아도 서비스 이름과 컨테이너 포트로 통신해요.',
      en: 'An address, port and protocol can be published once per host. Containers on a shared network talk by service name and container port without publishing.',
    },
    concept: 'ports',
    docs: `${S}ports`,
    sources: [`${S}ports`, 'https://github.com/compose-spec/compose-go/blob/v2.13.0/types/types.go'],
  },
  'compose.service.ports.target': {
    title: { ko: 'target', en: 'target' },
    summary: { ko: '컨테이너 포트예요. 컨테이너 안의 앱이 연결을 기다리는(listen) 포트여야 해요.', en: 'The container port: the port the app inside listens on.' },
    templates: portTemplates,
    concept: 'ports',
    docs: `${S}ports`,
    sources: [`${S}ports`],
  },
  'compose.service.ports.published': {
    title: { ko: 'published', en: 'published' },
    summary: { ko: '호스트 포트예요. 범위(`8000-8010`)를 쓰면 그중 빈 포트 하나를 써요. 없거나 `0`이면 Docker가 빈 포트를 골라요.', en: 'The host port; a range (`8000-8010`) uses one free port of it; absent or `0`, Docker picks one.' },
    templates: portTemplates,
    concept: 'ports',
    docs: `${S}ports`,
    sources: [`${S}ports`],
  },
  'compose.service.ports.host_ip': {
    title: { ko: 'host_ip', en: 'host_ip' },
    summary: { ko: '포트를 열 호스트 IP 주소예요. 없으면 모든 IPv4·IPv6 인터페이스(`0.0.0.0`, `::`)에 열어요. `localhost` 같은 이름은 쓸 수 없어요.', en: 'The host IP address to bind; every IPv4 and IPv6 interface (`0.0.0.0`, `::`) when absent. Names such as `localhost` are rejected.' },
    templates: portTemplates,
    concept: 'ports',
    docs: `${S}ports`,
    sources: [`${S}ports`],
  },
  'compose.service.ports.protocol': {
    title: { ko: 'protocol', en: 'protocol' },
    summary: { ko: '`tcp`(기본값), `udp` 또는 `sctp`예요. 같은 번호라도 tcp와 udp는 다른 포트예요.', en: '`tcp` (default), `udp` or `sctp`; the same number over tcp and udp are different ports.' },
    templates: portTemplates,
    concept: 'ports',
    docs: `${S}ports`,
    sources: [`${S}ports`],
  },
  'compose.service.ports.mode': {
    title: { ko: 'mode', en: 'mode' },
    summary: { ko: 'Swarm에서 포트를 게시하는 방식이에요: `ingress`(기본, 로드 밸런싱) 또는 `host`.', en: 'How Swarm publishes the port: `ingress` (default, load balanced) or `host`.' },
    templates: portTemplates,
    concept: 'ports',
    docs: `${S}ports`,
    sources: [`${S}ports`],
  },
  'compose.service.ports.app_protocol': {
    title: { ko: 'app_protocol', en: 'app_protocol' },
    summary: { ko: '이 포트의 애플리케이션 프로토콜(`http`, `https` 등)을 알려 주는 힌트예요.', en: 'A hint naming the application protocol (`http`, `https`…).' },
    templates: portTemplates,
    concept: 'ports',
    docs: `${S}ports`,
    sources: [`${S}ports`],
  },
  'compose.service.ports.name': {
    title: { ko: 'name', en: 'name' },
    summary: { ko: '이 포트의 용도를 적는 이름이에요. 동작은 바꾸지 않아요.', en: 'A human-readable name for the port; no effect on behaviour.' },
    templates: portTemplates,
    concept: 'ports',
    docs: `${S}ports`,
    sources: [`${S}ports`],
  },
  'compose.service.expose': {
    title: { ko: 'expose', en: 'expose' },
    summary: {
      ko: '컨테이너가 연결을 받는 포트를 적어 둬요. 호스트에 게시하지 않아서 호스트 밖에서는 접속할 수 없어요.',
      en: 'Documents ports the container listens on; nothing is published on the host.',
    },
    templates: {
      port: {
        ko: '컨테이너 포트 `{port}`: 같은 네트워크의 컨테이너만 `<서비스>:{port}`으로/로 접속해요. 호스트에서 접속하려면 `ports`가 필요해요.',
        en: 'Container port `{port}`: reachable by containers on the same network; use `ports` for the host.',
      },
    },
    why: {
      ko: '같은 네트워크의 컨테이너끼리는 `expose`가 없어도 모든 포트로 통신해요. `expose`는 주로 문서 역할이에요.',
      en: 'Containers on a shared network reach every port anyway; `expose` mostly documents.',
    },
    concept: 'ports',
    docs: `${S}expose`,
    sources: [`${S}expose`],
  },
  'compose.service.networks': {
    title: { ko: 'networks', en: 'networks' },
    summary: {
      ko: '이 서비스의 컨테이너가 연결될 네트워크예요. 없으면 `default` 네트워크 하나에 연결돼요.',
      en: 'Networks the service’s containers join; the `default` network when absent.',
    },
    templates: {
      default: { ko: '`default`: Compose가 이 프로젝트에 만드는 기본 네트워크(`{project}_default`)예요.', en: '`default`: the project’s default network (`{project}_default`).' },
      projectPlaceholder: { ko: '<프로젝트>', en: '<project>' },
      declared: { ko: '최상위 `networks:`에 선언된 `{name}`(줄 {line})이에요/예요.', en: 'Declared in top-level `networks:` (line {line}).' },
      declaredExternal: { ko: '최상위 `networks:`의 external 네트워크 `{name}`(줄 {line})이에요/예요. 미리 있어야 해요.', en: 'External network `{name}` (line {line}); it must exist.' },
      undeclared: { ko: '최상위 `networks:`에 `{name}`이/가 없어요. Compose가 오류를 내요.', en: '`{name}` is not declared in top-level `networks:`; Compose fails.' },
    },
    why: {
      ko: '서로 다른 네트워크에만 있는 서비스끼리는 통신할 수 없어요. 네트워크를 나누면 예를 들어 DB를 프런트엔드에서 격리할 수 있어요.',
      en: 'Services without a common network cannot talk; splitting networks isolates, e.g., a database from the frontend.',
    },
    concept: 'networks',
    docs: `${S}networks`,
    sources: [`${S}networks`],
  },
  'compose.service.networks.network': {
    title: { ko: '네트워크', en: 'network' },
    summary: { ko: '이 서비스가 연결될 네트워크예요.', en: 'A network this service joins.' },
    templates: {
      default: { ko: '`default`: Compose가 이 프로젝트에 만드는 기본 네트워크예요.', en: '`default`: the project’s default network.' },
      declared: { ko: '최상위 `networks:`에 선언된 `{name}`(줄 {line})이에요/예요.', en: 'Declared in top-level `networks:` (line {line}).' },
      declaredExternal: { ko: 'external 네트워크 `{name}`(줄 {line})이에요/예요. 미리 있어야 해요.', en: 'External network `{name}` (line {line}).' },
      undeclared: { ko: '최상위 `networks:`에 `{name}`이/가 없어요. Compose가 오류를 내요.', en: '`{name}` is not declared in top-level `networks:`.' },
    },
    concept: 'networks',
    docs: `${S}networks`,
    sources: [`${S}networks`],
  },
  'compose.service.networks.aliases': {
    title: { ko: 'aliases', en: 'aliases' },
    summary: { ko: '이 네트워크에서 서비스 이름 말고도 쓸 수 있는 다른 호스트 이름이에요.', en: 'Extra host names for the service on this network.' },
    concept: 'networks',
    docs: `${S}networks`,
    sources: [`${S}networks`],
  },
  'compose.service.networks.ipv4_address': {
    title: { ko: 'ipv4_address / ipv6_address', en: 'ipv4_address / ipv6_address' },
    summary: { ko: '이 네트워크에서 컨테이너에 줄 고정 IP예요. 네트워크의 `ipam` 서브넷 안이어야 해요.', en: 'A static IP on this network, inside the network’s `ipam` subnet.' },
    concept: 'networks',
    docs: `${S}networks`,
    sources: [`${S}networks`],
  },
  // F22: link-local addresses (169.254.0.0/16, fe80::/10) are outside any IPAM subnet by definition.
  'compose.service.networks.link_local_ips': {
    title: { ko: 'link_local_ips', en: 'link_local_ips' },
    summary: {
      ko: '이 네트워크에서 컨테이너에 더 붙일 링크 로컬 IP 주소 목록이에요(`169.254.x.x`, `fe80::…`). 네트워크의 `ipam` 서브넷과 상관없는 주소예요.',
      en: 'Extra link-local IP addresses for the container on this network (`169.254.x.x`, `fe80::…`), independent of the network’s `ipam` subnet.',
    },
    concept: 'networks',
    docs: `${S}link_local_ips`,
    sources: [`${S}link_local_ips`],
  },
  'compose.service.networks.priority': {
    title: { ko: 'priority / gw_priority', en: 'priority / gw_priority' },
    summary: { ko: '네트워크 연결 순서(`priority`)나 기본 게이트웨이로 쓸 네트워크(`gw_priority`)를 정해요.', en: 'Connection order (`priority`) or default gateway choice (`gw_priority`).' },
    concept: 'networks',
    docs: `${S}networks`,
    sources: [`${S}networks`],
  },
  'compose.service.networks.interface_name': {
    title: { ko: 'interface_name', en: 'interface_name' },
    summary: { ko: '컨테이너 안의 네트워크 인터페이스 이름(예: `eth0`)을 정해요.', en: 'The interface name inside the container (e.g. `eth0`).' },
    concept: 'networks',
    docs: `${S}networks`,
    sources: [`${S}networks`],
  },
  'compose.service.networks.driver_opts': {
    title: { ko: 'driver_opts', en: 'driver_opts' },
    summary: { ko: '이 연결에 대해 네트워크 드라이버에 넘기는 옵션이에요.', en: 'Driver options for this network attachment.' },
    concept: 'networks',
    docs: `${S}driver_opts`,
    sources: [`${S}driver_opts`],
  },
  'compose.service.mac_address': {
    title: { ko: 'mac_address', en: 'mac_address' },
    summary: { ko: '컨테이너의 MAC 주소를 정해요.', en: 'Sets the container’s MAC address.' },
    concept: 'networks',
    docs: `${S}mac_address`,
    sources: [`${S}mac_address`],
  },
  'compose.service.network_mode': {
    title: { ko: 'network_mode', en: 'network_mode' },
    summary: {
      ko: '컨테이너의 네트워크 방식이에요. 쓰면 `networks`는 함께 쓸 수 없어요.',
      en: 'The container’s network mode; cannot be combined with `networks`.',
    },
    templates: {
      host: {
        ko: '`host`: 컨테이너가 자기 네트워크 네임스페이스 없이 호스트의 네트워크를 그대로 써요. 컨테이너 포트가 곧 호스트 포트예요.',
        en: '`host`: no network namespace of its own; container ports are host ports.',
      },
      // docker/compose v2: the engine discards the ports with a warning; only docker-compose v1 (docker-py 4.4) errored (docker/compose#8326).
      hostWithPorts: {
        ko: '이 서비스에는 `ports`도 있어요. `host` 모드에서는 `ports`가 무시돼요(Docker가 "Published ports are discarded when using host network mode" 경고만 내요). 예전 docker-compose v1은 오류를 냈어요.',
        en: 'This service also has `ports`: in `host` mode they are ignored (Docker warns "Published ports are discarded when using host network mode"). The old docker-compose v1 failed instead.',
      },
      none: { ko: '`none`: 네트워크를 모두 꺼요. 루프백(`lo`)만 있어요.', en: '`none`: networking off, loopback only.' },
      bridge: { ko: '`bridge`: Docker 기본 브리지(`docker0`)에 연결돼요. 서비스 이름으로 다른 컨테이너를 찾을 수 없어요.', en: '`bridge`: the default `docker0` bridge; no service-name DNS.' },
      service: {
        ko: '`service:{target}`: 서비스 `{target}`의 컨테이너와 네트워크 네임스페이스를 함께 써요. 같은 IP, 같은 포트 공간이라 `localhost`로 서로 통신해요.',
        en: '`service:{target}`: shares the network namespace of service `{target}` (same IP; `localhost` reaches it).',
      },
      container: {
        ko: '`container:{target}`: Compose 밖의 컨테이너 `{target}`과/와 네트워크 네임스페이스를 함께 써요.',
        en: '`container:{target}`: shares the network namespace of container `{target}`.',
      },
      variable: { ko: '값에 변수가 있어서 실행 때 정해져요.', en: 'Holds a variable; decided at run time.' },
      other: { ko: '`{value}`: 이 이름의 네트워크에 연결해요.', en: '`{value}`: joins the network of that name.' },
    },
    why: {
      ko: '네트워크 네임스페이스는 컨테이너를 호스트에서 격리하는 장치 중 하나예요. `host`는 그 격리를 끄는 거예요.',
      en: 'The network namespace is one of the walls isolating a container; `host` removes it.',
    },
    concept: 'networks',
    docs: `${S}network_mode`,
    sources: [`${S}network_mode`],
  },
  'compose.service.extra_hosts': {
    title: { ko: 'extra_hosts', en: 'extra_hosts' },
    summary: { ko: '컨테이너의 `/etc/hosts`에 호스트 이름과 IP를 더해요.', en: 'Adds host name → IP entries to the container’s `/etc/hosts`.' },
    templates: {
      value: { ko: '컨테이너 안에서 `{host}`은/는 `{ip}`으로/로 풀려요.', en: 'Inside the container `{host}` resolves to `{ip}`.' },
      gateway: {
        ko: '`host-gateway`는 Docker가 호스트로 연결되는 IP로 바꿔 줘요. 컨테이너 안에서 `{host}`으로/로 호스트의 서비스에 접속할 수 있어요.',
        en: '`host-gateway` becomes an IP that reaches the host: `{host}` points at the host.',
      },
    },
    concept: 'networks',
    docs: `${S}extra_hosts`,
    sources: [`${S}extra_hosts`],
  },
  'compose.service.links': {
    title: { ko: 'links', en: 'links' },
    summary: {
      ko: '예전 방식의 컨테이너 연결이에요. 지금은 같은 네트워크면 서비스 이름으로 통신해서 보통 필요 없어요.',
      en: 'Legacy container links; services on a shared network reach each other by name anyway.',
    },
    why: {
      ko: '`links`도 `depends_on`처럼 시작 순서를 정해요. 네트워크 설정을 바꾸지는 않아요.',
      en: '`links` also orders startup like `depends_on`; it does not change networks.',
    },
    concept: 'networks',
    docs: `${S}links`,
    sources: [`${S}links`],
  },
  'compose.service.dns': {
    title: { ko: 'dns', en: 'dns' },
    summary: { ko: '컨테이너가 쓸 DNS 서버예요.', en: 'DNS servers for the container.' },
    concept: 'networks',
    docs: `${S}dns`,
    sources: [`${S}dns`],
  },
});
