import type { Concept } from './types';
import { L } from './diagramKit';
import { group, link, node, row } from './flowKit';

export const networks: Concept = {
  id: 'networks',
  title: L('네트워크', 'Networks'),
  summary: L(
    '컨테이너마다 자기 `eth0`가 있고, veth 쌍으로 호스트의 브리지에 연결돼요. 기본 브리지는 `docker0`이고 주소는 보통 `172.17.0.x`예요. 사용자 정의 네트워크는 네트워크마다 따로 만든 브리지(`br-…`)와 서브넷을 쓰고, 그 안에서는 서로를 이름으로 찾을 수 있어요.',
    'Each container has its own `eth0`, linked by a veth pair to a host bridge: `docker0` for the default bridge (usually `172.17.0.x`), a bridge of its own (`br-…`) and subnet for each user-defined network, where containers find each other by name.',
  ),
  diagram: {
    description: L(
      '두 컨테이너의 eth0가 veth 쌍으로 호스트의 docker0 브리지(172.17.0.1)에 연결되고, 브리지는 호스트의 eth0를 거쳐 바깥으로 나가는 그림이에요.',
      'Two containers\' eth0 connect by veth pairs to the docker0 bridge (172.17.0.1), which reaches outside through the host\'s eth0.',
    ),
    items: [
      group('host', L('호스트', 'Host'), [
        row(
          node('container', L('컨테이너 web', 'Container web'), { id: 'web', lines: [L('eth0 172.17.0.2', 'eth0 172.17.0.2')] }),
          node('container', L('컨테이너 db', 'Container db'), { id: 'db', lines: [L('eth0 172.17.0.3', 'eth0 172.17.0.3')] }),
        ),
        node('network', L('브리지 docker0', 'Bridge docker0'), { id: 'bridge', lines: [L('172.17.0.1', '172.17.0.1')] }),
        node('muted', L('호스트 eth0', 'Host eth0'), { id: 'eth0' }),
      ]),
      node('muted', L('인터넷', 'Internet'), { id: 'internet' }),
    ],
    arrows: [
      link('web', 'bridge', L('veth', 'veth'), { both: true }),
      link('db', 'bridge', L('veth', 'veth'), { both: true }),
      link('bridge', 'eth0', undefined, { both: true }),
      link('eth0', 'internet', undefined, { both: true }),
    ],
  },
  sections: [
    {
      heading: L('기본 브리지(bridge)', 'The default bridge'),
      body: L(
        '리눅스에서 Docker 데몬은 `docker0`라는 브리지를 만들어요. `--network` 없이 띄운 컨테이너는 이 기본 브리지에 붙어요. 컨테이너의 네트워크 네임스페이스 안 `eth0`와 호스트 쪽 인터페이스가 veth 쌍(가상 랜선의 양 끝)이에요. 주소는 보통 `172.17.0.0/16`에서 받아요(`172.17.0.1`이 브리지).\n\n밖으로 나가는 연결은 호스트 주소로 바뀌어(masquerading) 나가요. 밖에서 들어오려면 포트 게시가 필요해요.',
        'On Linux the daemon creates the `docker0` bridge; containers without `--network` join it. The container\'s `eth0` and a host-side interface are the two ends of a veth pair. Addresses usually come from `172.17.0.0/16` (`172.17.0.1` is the bridge).\n\nOutgoing traffic is masqueraded; incoming traffic needs published ports.',
      ),
    },
    {
      heading: L('사용자 정의 네트워크', 'User-defined networks'),
      body: L(
        '`docker network create app-net`으로 만든 네트워크는 자기 브리지(`br-` 뒤에 네트워크 ID 앞부분)와 서브넷을 따로 가져요. 이 네트워크에서는 Docker의 내장 DNS가 컨테이너 이름과 별칭을 주소로 바꿔 줘요: `web`이 `db:5432`로 접속해요. 기본 브리지에서는 이름으로 찾을 수 없고 IP를 써야 해요(`--link`는 옛 기능이에요).\n\nCompose는 프로젝트마다 `<프로젝트>_default` 네트워크를 만들어서 서비스 이름이 곧 호스트 이름이에요.',
        'A network from `docker network create app-net` gets its own bridge (`br-` plus the start of the network ID) and subnet. On it, Docker\'s embedded DNS resolves container names and aliases: `web` connects to `db:5432`. The default bridge has no name resolution (`--link` is legacy).\n\nCompose creates `<project>_default`, so service names are host names.',
      ),
    },
  ],
  example: {
    language: 'shell',
    code: 'docker network create app-net\ndocker run -d --name db --network app-net -e POSTGRES_PASSWORD=example postgres:16\ndocker run --rm --network app-net postgres:16 pg_isready -h db',
    caption: L('같은 사용자 정의 네트워크에서는 `db`라는 이름으로 접속해요.', 'On the same user-defined network, `db` resolves by name.'),
  },
  related: ['ports', 'compose', 'isolation'],
  docs: [
    { url: 'https://docs.docker.com/engine/network/', title: L('Networking overview', 'Networking overview') },
    { url: 'https://docs.docker.com/engine/network/drivers/bridge/', title: L('Bridge network driver', 'Bridge network driver') },
  ],
  sources: [
    'https://docs.docker.com/engine/network/drivers/bridge/#differences-between-user-defined-bridges-and-the-default-bridge',
    'https://docs.docker.com/reference/cli/docker/container/run/#network',
  ],
  keywords: ['network', '네트워크', 'bridge', '브리지', 'docker0', 'veth', 'eth0', '172.17', 'DNS', 'user-defined', '사용자 정의'],
};
