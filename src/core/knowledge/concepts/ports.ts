import type { Concept } from './types';
import { L } from './diagramKit';
import { group, link, node, pair } from './flowKit';

export const ports: Concept = {
  id: 'ports',
  title: L('포트 게시', 'Publishing ports'),
  summary: L(
    '`-p 8080:80`은 호스트 포트 8080으로 들어온 연결을 컨테이너 포트 80으로 보내요. 왼쪽이 호스트, 오른쪽이 컨테이너예요. `EXPOSE`는 문서일 뿐 포트를 열지 않아요.',
    '`-p 8080:80` forwards host port 8080 to container port 80: host on the left, container on the right. `EXPOSE` only documents.',
  ),
  diagram: {
    description: L(
      '바깥의 브라우저가 호스트 포트 8080으로 접속하면 컨테이너 포트 80으로 전달되고, 127.0.0.1에 게시한 5432는 호스트 안에서만 접속할 수 있고, 같은 호스트 포트를 두 번째로 게시한 컨테이너는 시작하지 못하는 그림이에요.',
      'A browser reaches host port 8080, forwarded to container port 80; 5432 published on 127.0.0.1 is reachable only from the host; a second container publishing 8080 fails.',
    ),
    items: [
      node('muted', L('브라우저', 'Browser'), { id: 'browser', lines: [L('다른 컴퓨터', 'other machine')] }),
      group('host', L('호스트', 'Host'), [
        pair(
          node('accent', L('0.0.0.0:8080', '0.0.0.0:8080'), { id: 'published', lines: [L('-p 8080:80', '-p 8080:80')] }),
          node('container', L('web', 'web'), { id: 'web', lines: [L('컨테이너 포트 80', 'container port 80')] }),
        ),
        pair(
          node('ok', L('127.0.0.1:5432', '127.0.0.1:5432'), { id: 'loopback', lines: [[L('호스트 안에서만', 'host only'), 'ok']] }),
          node('container', L('db', 'db'), { id: 'db', lines: [L('컨테이너 포트 5432', 'container port 5432')] }),
        ),
        pair(
          node('danger', L('0.0.0.0:8080', '0.0.0.0:8080'), { id: 'again', dashed: true, lines: [[L('port is already allocated', 'port is already allocated'), 'danger']] }),
          node('container', L('admin', 'admin'), { id: 'admin', dashed: true, lines: [[L('시작 실패', 'fails to start'), 'danger']] }),
        ),
      ]),
    ],
    arrows: [link('browser', 'published'), link('published', 'web'), link('loopback', 'db'), link('again', 'admin', undefined, { tone: 'danger', dashed: true })],
  },
  sections: [
    {
      heading: L('`-p 호스트:컨테이너`', '`-p host:container`'),
      body: L(
        '`-p 8080:80`이면 호스트 포트 8080 → 컨테이너 포트 80이에요. 주소를 안 쓰면 호스트의 모든 인터페이스(IPv4 `0.0.0.0`, IPv6 `::`)에 열려서 다른 컴퓨터에서도 접속할 수 있어요. `-p 127.0.0.1:8080:80`처럼 주소를 앞에 쓰면 그 주소에만 열려요. IPv6 주소는 대괄호로 감싸요: `-p "[::1]:8080:80"`. `-p 80`처럼 컨테이너 포트만 쓰면 Docker가 빈 호스트 포트를 골라요.',
        '`-p 8080:80`: host 8080 → container 80. Without an address it listens on every host interface (IPv4 `0.0.0.0`, IPv6 `::`); `-p 127.0.0.1:8080:80` only on that address; IPv6 addresses go in brackets, `-p "[::1]:8080:80"`. `-p 80` lets Docker pick a free host port.',
      ),
    },
    {
      heading: L('`EXPOSE`는 문서예요', '`EXPOSE` documents'),
      body: L(
        'Dockerfile의 `EXPOSE 80`은 "이 이미지는 80을 쓴다"고 적어 둘 뿐 포트를 게시하지 않아요. 게시하려면 `-p`를 쓰거나, `-P`로 `EXPOSE`한 포트를 모두 임의의 호스트 포트에 게시하세요.',
        '`EXPOSE 80` records that the image uses 80; it publishes nothing. Use `-p`, or `-P` to publish every exposed port on random host ports.',
      ),
    },
    {
      heading: L('같은 호스트 포트는 한 번만', 'One host port, one owner'),
      body: L(
        '호스트 주소·포트·프로토콜 한 조합은 컨테이너 하나만 가질 수 있어요. 두 컨테이너가 모두 `-p 8080:80`이면 먼저 뜬 쪽만 성공하고, 두 번째는 "port is already allocated"로 시작하지 못해요. 컨테이너 포트는 겹쳐도 괜찮아요. 컨테이너마다 네트워크 네임스페이스가 따로 있으니까요. tcp와 udp는 서로 다른 포트예요.',
        'A host address, port and protocol can belong to one container. Two `-p 8080:80` containers: the second fails with "port is already allocated". Container ports may repeat (each container has its own network namespace); tcp and udp are distinct.',
      ),
    },
    {
      // https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-and-ufw
      // https://docs.docker.com/engine/network/firewall-iptables/#add-iptables-policies-before-dockers-rules
      heading: L('게시한 포트는 ufw 같은 호스트 방화벽 규칙을 거치지 않아요', 'Published ports skip host firewall rules such as ufw'),
      body: L(
        '리눅스에서 Docker는 게시한 포트를 자기 iptables 규칙으로 컨테이너에 넘겨요. 들어온 패킷은 `nat` 표에서 먼저 컨테이너 주소로 바뀌어서, ufw가 보는 `INPUT` 체인을 거치지 않아요. 그래서 `ufw deny 8080`을 해도 `-p 8080:80`으로 게시한 포트는 밖에서 열려 있어요. firewalld를 쓰면 Docker가 `docker` 영역(zone)을 만들어 자기 브리지를 그 안에 넣어요.\n\n- 이 컴퓨터에서만 쓸 포트는 `127.0.0.1:`에 게시하세요.\n- 컨테이너끼리만 쓰는 포트(데이터베이스 등)는 게시하지 말고 같은 네트워크에서 이름으로 접속하세요.\n- 게시한 포트도 막아야 한다면 규칙을 `DOCKER-USER` 체인에 넣어요. Docker는 이 체인을 자기 규칙보다 먼저 거쳐요.',
        'On Linux Docker forwards published ports with its own iptables rules: incoming packets are rewritten to the container address in the `nat` table, before the `INPUT` chain ufw uses, so `ufw deny 8080` does not close a port published with `-p 8080:80`. With firewalld, Docker creates a `docker` zone for its bridges.\n\n- Publish a port only this machine needs on `127.0.0.1:`.\n- Do not publish ports that only other containers use (databases): reach them by name on a shared network.\n- To filter published ports, put rules in the `DOCKER-USER` chain, which Docker checks before its own rules.',
      ),
    },
  ],
  example: {
    language: 'yaml',
    code: 'services:\n  web:\n    image: nginx:1.27-alpine\n    ports:\n      - "8080:80"            # 호스트 8080 → 컨테이너 80\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"  # 이 컴퓨터에서만 접속',
    caption: L('Compose의 `ports`도 `-p`와 같은 형식이에요.', 'Compose `ports` uses the `-p` syntax.'),
  },
  related: ['networks', 'compose', 'run-flow'],
  docs: [
    { url: 'https://docs.docker.com/engine/network/port-publishing/', title: L('Port publishing and mapping', 'Port publishing and mapping') },
    { url: 'https://docs.docker.com/reference/dockerfile/#expose', title: L('Dockerfile EXPOSE', 'Dockerfile EXPOSE') },
    { url: 'https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-and-ufw', title: L('Docker와 ufw', 'Docker and ufw') },
  ],
  sources: [
    'https://docs.docker.com/reference/cli/docker/container/run/#publish',
    'https://docs.docker.com/reference/dockerfile/#expose',
    'https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-and-ufw',
    'https://docs.docker.com/engine/network/firewall-iptables/#add-iptables-policies-before-dockers-rules',
    'https://docs.docker.com/engine/network/port-publishing/#publishing-ports',
  ],
  keywords: ['port', '포트', '-p', 'publish', '게시', 'EXPOSE', '호스트 포트', '컨테이너 포트', '127.0.0.1', 'already allocated', 'ports', 'ufw', 'firewalld', 'iptables', 'DOCKER-USER', 'firewall', '방화벽', 'IPv6'],
};
