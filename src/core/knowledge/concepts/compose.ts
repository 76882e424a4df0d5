import type { Concept } from './types';
import { L } from './diagramKit';
import { group, link, node, note, pair } from './flowKit';

export const compose: Concept = {
  id: 'compose',
  title: L('Compose', 'Compose'),
  summary: L(
    'Compose 파일 하나에 여러 컨테이너(서비스), 네트워크, 볼륨을 적고 `docker compose up`으로 함께 띄워요. 서비스들은 기본 네트워크에서 서비스 이름으로 서로를 찾아요.',
    'One Compose file declares services, networks and volumes; `docker compose up` starts them together, and services reach each other by name on the default network.',
  ),
  diagram: {
    description: L(
      'compose.yaml의 web과 db 서비스가 프로젝트 기본 네트워크에 함께 있고, web이 db에 depends_on으로 의존하며, db는 이름 있는 볼륨 db-data를 쓰는 그림이에요.',
      'Services web and db share the project\'s default network; web depends_on db; db uses the named volume db-data.',
    ),
    items: [
      group('network', L('네트워크 myapp_default', 'Network myapp_default'), [
        pair(
          node('container', L('web', 'web'), { id: 'web', lines: [L('8080:80', '8080:80')] }),
          node('container', L('db', 'db'), { id: 'db', lines: [L('postgres:16', 'postgres:16')] }),
        ),
      ]),
      pair(node('muted', L('docker compose up', 'docker compose up'), { lines: [L('down · down -v', 'down · down -v')] }), node('volume', L('볼륨 db-data', 'Volume db-data'), { id: 'data' })),
      note(L('web → db:5432 (서비스 이름으로 접속)', 'web → db:5432 (by service name)')),
    ],
    arrows: [link('web', 'db', L('depends_on', 'depends_on')), link('db', 'data', undefined, { both: true })],
  },
  sections: [
    {
      heading: L('서비스와 기본 네트워크', 'Services and the default network'),
      body: L(
        '`services:` 아래 항목 하나가 같은 설정으로 뜨는 컨테이너(들)예요. Compose는 프로젝트마다 `<프로젝트>_default` 네트워크를 만들고 모든 서비스를 붙여요. 그래서 `web`은 `db:5432`로 데이터베이스에 접속해요. 여기서 5432는 컨테이너 포트라서 `ports`로 게시하지 않아도 돼요.\n\n`depends_on`은 시작 순서만 정해요. db가 "준비될" 때까지 기다리려면 `condition: service_healthy`와 db의 `healthcheck`가 필요해요.',
        'Each entry under `services:` is a container (or several) with one config. Compose creates `<project>_default` and attaches every service, so `web` reaches `db:5432` without publishing it.\n\n`depends_on` orders startup only; to wait for readiness use `condition: service_healthy` with a `healthcheck`.',
      ),
    },
    {
      heading: L('최상위 `volumes`, `networks`', 'Top-level `volumes` and `networks`'),
      body: L(
        '서비스에서 쓰는 이름 있는 볼륨과 직접 만든 네트워크는 파일 최상위(들여쓰기 없는) `volumes:`, `networks:`에 선언해요. 파일 안의 위치는 상관없어요. 여러 서비스가 같은 볼륨 이름을 쓰면 같은 데이터를 함께 봐요.',
        'Named volumes and custom networks are declared under the top-level (unindented) `volumes:` and `networks:` keys, wherever they sit in the file; services using the same volume name share its data.',
      ),
    },
    {
      heading: L('up, down, down -v: 무엇이 지워지나요', 'up, down, down -v: what is removed'),
      // https://docs.docker.com/reference/cli/docker/compose/down/ and .../container/run/#rm
      body: L(
        '- `docker compose up -d`: 필요하면 이미지를 빌드·pull하고 네트워크, 볼륨, 컨테이너를 만들어 백그라운드로 띄워요.\n- `docker compose down`: 서비스의 컨테이너와 네트워크(기본 네트워크와 파일의 `networks:`)를 지워요. 이름 있는 볼륨, 익명 볼륨, 이미지는 남아요. 남은 익명 볼륨은 다음 `up`이 다시 붙이지 않아요.\n- `docker compose down -v`: 최상위 `volumes:`에 선언한 이름 있는 볼륨과 컨테이너의 익명 볼륨까지 지워요. 데이터베이스 데이터도 사라져요. `external: true`인 볼륨·네트워크와 바인드 마운트한 호스트 폴더는 그대로예요.\n- `--rmi local`을 더하면 직접 이름을 붙이지 않은(빌드한) 이미지도 지워요.\n\n`docker run --rm`과 `docker compose run --rm`도 비슷해요: 컨테이너가 끝나면 컨테이너와 그 익명 볼륨을 지우고, 이름 있는 볼륨은 남겨요.',
        '- `up -d`: build/pull as needed, create networks, volumes, containers, run detached.\n- `down`: removes the containers and networks (the default one and those under `networks:`); named volumes, anonymous volumes and images stay, and the next `up` does not reattach those anonymous volumes.\n- `down -v`: also removes the named volumes declared under top-level `volumes:` and the containers\' anonymous volumes (your database data too). External volumes and networks, and bind-mounted host folders, stay.\n- `--rmi local` also removes images built without a custom name.\n\n`docker run --rm` and `docker compose run --rm` are similar: when the container exits, it and its anonymous volumes are removed; named volumes stay.',
      ),
    },
  ],
  example: {
    language: 'yaml',
    // Finding 12: POSTGRES_PASSWORD_FILE needs the secret mounted at /run/secrets/db_password
    // (https://docs.docker.com/compose/how-tos/use-secrets/); the comment says how to make the file.
    code: '# 먼저: echo example > db_password.txt\nservices:\n  web:\n    image: nginx:1.27-alpine\n    ports:\n      - "8080:80"\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\n    volumes:\n      - db-data:/var/lib/postgresql/data\n\nvolumes:\n  db-data:\n\nsecrets:\n  db_password:\n    file: ./db_password.txt',
    caption: L(
      '`web` 컨테이너에서는 `db:5432`로 데이터베이스에 접속해요. 비밀번호는 `db_password.txt` 파일이 `/run/secrets/db_password`로 마운트돼서 전달돼요.',
      'From the `web` container the database is `db:5432`. The password reaches it as the file `db_password.txt`, mounted at `/run/secrets/db_password`.',
    ),
  },
  related: ['networks', 'volumes', 'ports'],
  docs: [
    { url: 'https://docs.docker.com/compose/intro/compose-application-model/', title: L('How Compose works', 'How Compose works') },
    { url: 'https://docs.docker.com/reference/cli/docker/compose/down/', title: L('docker compose down', 'docker compose down') },
    { url: 'https://docs.docker.com/compose/how-tos/use-secrets/', title: L('Compose의 시크릿', 'Secrets in Compose') },
  ],
  sources: [
    'https://docs.docker.com/reference/compose-file/services/#depends_on',
    'https://docs.docker.com/reference/cli/docker/compose/down/#description',
    'https://docs.docker.com/compose/how-tos/use-secrets/#use-secrets',
    'https://docs.docker.com/reference/cli/docker/compose/down/#options',
    'https://docs.docker.com/reference/cli/docker/container/run/#rm',
    'https://github.com/docker/compose/blob/v5.5.0/pkg/compose/create.go',
  ],
  keywords: ['compose', 'docker compose', 'services', '서비스', 'depends_on', 'up', 'down', 'down -v', 'secrets', '시크릿', '--rm', '--rmi', 'default network', 'compose.yaml', 'docker-compose'],
};
