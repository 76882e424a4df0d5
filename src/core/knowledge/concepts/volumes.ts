import type { Concept } from './types';
import { L } from './diagramKit';
import { group, link, node, note, pair } from './flowKit';

export const volumes: Concept = {
  id: 'volumes',
  title: L('볼륨과 마운트', 'Volumes and mounts'),
  summary: L(
    '컨테이너의 쓰기 레이어는 컨테이너와 함께 사라져요. 남겨야 할 데이터는 바인드 마운트, 이름 있는 볼륨에 두고, 잠깐 쓰는 데이터는 tmpfs 마운트에 둬요.',
    'The writable layer dies with the container. Keep data in bind mounts or named volumes; use tmpfs for scratch data.',
  ),
  diagram: {
    description: L(
      '호스트의 폴더(바인드 마운트), Docker가 관리하는 영역(이름 있는 볼륨), 메모리(tmpfs)가 각각 컨테이너 안의 경로에 연결된 그림이에요.',
      'A host folder (bind mount), a Docker-managed area (named volume) and memory (tmpfs), each attached to a path in the container.',
    ),
    items: [
      group('host', L('호스트 (리눅스)', 'Host (Linux)'), [
        pair(note(L('호스트 쪽', 'On the host'), 'muted'), note(L('컨테이너 안 경로', 'Path in the container'), 'muted')),
        pair(
          node('accent', L('바인드 마운트', 'Bind mount'), { id: 'bind', lines: [L('./site (내 폴더)', './site (your folder)'), [L('docker rm 후에도 남음', 'survives docker rm'), 'ok']] }),
          node('container', L('/usr/share/nginx/html', '/usr/share/nginx/html'), { id: 'bind-target' }),
        ),
        pair(
          node('volume', L('이름 있는 볼륨', 'Named volume'), { id: 'volume', lines: [L('Docker가 관리', 'managed by Docker'), [L('docker rm 후에도 남음', 'survives docker rm'), 'ok']] }),
          node('container', L('/var/lib/postgresql', '/var/lib/postgresql'), { id: 'volume-target' }),
        ),
        pair(
          node('writable', L('tmpfs 마운트', 'tmpfs mount'), { id: 'tmpfs', lines: [L('메모리', 'memory'), [L('멈추면 사라짐', 'gone on stop'), 'danger']] }),
          node('container', L('/tmp/cache', '/tmp/cache'), { id: 'tmpfs-target' }),
        ),
      ]),
    ],
    arrows: [link('bind', 'bind-target', undefined, { both: true }), link('volume', 'volume-target', undefined, { both: true }), link('tmpfs', 'tmpfs-target', undefined, { both: true })],
  },
  sections: [
    {
      heading: L('바인드 마운트(bind mount)', 'Bind mounts'),
      body: L(
        '호스트의 파일이나 폴더를 컨테이너 경로에 그대로 연결해요: `-v /home/me/site:/usr/share/nginx/html`, Compose에서는 `./site:/usr/share/nginx/html`. 소스 코드를 고치면 컨테이너 안에서도 바로 보여서 개발할 때 좋아요.\n\n`-v` 왼쪽이 `/`나 `./`로 시작하지 않으면 Docker는 경로가 아니라 볼륨 이름으로 읽어요. `-v usr/html:/x`는 볼륨 이름에 `/`가 들어가서 오류가 나요. 현재 폴더 기준이면 `-v "$PWD/usr/html":/x`처럼 쓰세요.',
        'A host file or folder appears at a container path: `-v /home/me/site:/usr/share/nginx/html`, or `./site:…` in Compose. Great for development.\n\nIf the left side does not start with `/` or `./`, Docker reads it as a volume name: `-v usr/html:/x` is invalid (a name cannot contain `/`). Use `-v "$PWD/usr/html":/x`.',
      ),
    },
    {
      heading: L('이름 있는 볼륨(named volume)', 'Named volumes'),
      body: L(
        '`docker volume create db-data`로 만들고 `-v db-data:/var/lib/postgresql/data`로 붙여요. Docker가 저장 위치를 관리해요. 리눅스에서는 보통 `/var/lib/docker/volumes/db-data/_data`에 있지만, Mac과 Windows의 Docker Desktop에서는 그 경로가 Docker Desktop의 리눅스 가상 머신 안에 있어서 내 디스크에서 바로 찾을 수 없어요.\n\n컨테이너를 지워도 볼륨은 남아요. 지우려면 `docker volume rm`이나 `docker compose down -v`를 쓰세요. 이름 없이 `-v /data`만 쓰면 익명 볼륨(anonymous volume)이 생겨요.',
        'Create with `docker volume create db-data`, attach with `-v db-data:/var/lib/postgresql/data`. Docker manages where it lives: `/var/lib/docker/volumes/db-data/_data` on Linux, but inside Docker Desktop\'s Linux VM on Mac and Windows.\n\nIt outlives containers; remove it with `docker volume rm` or `docker compose down -v`. `-v /data` alone creates an anonymous volume.',
      ),
    },
    {
      // https://docs.docker.com/engine/storage/bind-mounts/#bind-mounting-over-existing-data
      // https://docs.docker.com/engine/storage/volumes/#mounting-a-volume-over-existing-data
      heading: L('마운트는 이미지의 파일을 가려요', 'A mount hides the image\'s files'),
      body: L(
        '이미지에 파일이 있는 경로에 바인드 마운트를 하면, 마운트하는 동안 이미지의 파일은 가려져서 보이지 않아요. 지워지는 것은 아니지만, 실행 중인 컨테이너에서 마운트만 빼는 방법은 없어서 마운트 없이 컨테이너를 다시 만들어야 다시 보여요. 예를 들어 `-v "$PWD":/app`을 하면 이미지 빌드 때 `/app`에 설치한 `node_modules`가 사라진 것처럼 보여요.\n\n볼륨은 조금 달라요. 비어 있는 볼륨(이름 있는 볼륨이든 익명 볼륨이든)을 붙이면 Docker가 그 경로에 있던 이미지의 파일을 볼륨에 먼저 복사해 줘요. 이미 내용이 있는 볼륨은 바인드 마운트처럼 이미지의 파일을 가려요. 바인드 마운트에는 이런 복사가 없어요.',
        'Bind-mounting over a path where the image has files hides them while the mount is there (they are not deleted, but a running container cannot drop the mount: recreate it without the mount to see them): `-v "$PWD":/app` makes the `node_modules` installed into `/app` at build time seem to vanish.\n\nVolumes differ: an empty volume (named or anonymous) is first filled with the image\'s files at that path; a volume with content hides them like a bind mount. Bind mounts are never filled.',
      ),
    },
    {
      heading: L('`--volumes-from`과 tmpfs', '`--volumes-from` and tmpfs'),
      body: L(
        '`--volumes-from other`는 다른 컨테이너의 마운트를 모두 같은 경로로 가져와요(Compose의 `volumes_from`). 데이터 전용 컨테이너를 두던 옛 방식이고, 지금은 이름 있는 볼륨을 두 컨테이너에 함께 붙이는 쪽이 더 분명해요.\n\n`--tmpfs /tmp/cache`는 호스트 메모리에만 쓰고 컨테이너가 멈추면 사라져요. 시크릿 값이나 임시 파일에 좋아요(리눅스에서만).',
        '`--volumes-from other` mounts all of another container\'s mounts at the same paths (Compose `volumes_from`); sharing a named volume is clearer today.\n\n`--tmpfs /tmp/cache` lives in host memory and vanishes when the container stops (Linux only).',
      ),
    },
  ],
  example: {
    language: 'shell',
    code: 'docker volume create db-data\ndocker run -d --name db -v db-data:/var/lib/postgresql/data \\\n  -e POSTGRES_PASSWORD=example postgres:16\ndocker run -d --name web -p 8080:80 \\\n  -v "$PWD/site":/usr/share/nginx/html:ro nginx:1.27-alpine',
    caption: L('`db-data`는 이름 있는 볼륨, `$PWD/site`는 바인드 마운트예요.', '`db-data` is a named volume; `$PWD/site` a bind mount.'),
  },
  related: ['images-containers', 'compose', 'ports'],
  docs: [
    { url: 'https://docs.docker.com/engine/storage/volumes/', title: L('Volumes', 'Volumes') },
    { url: 'https://docs.docker.com/engine/storage/bind-mounts/', title: L('Bind mounts', 'Bind mounts') },
    { url: 'https://docs.docker.com/engine/storage/tmpfs/', title: L('tmpfs mounts', 'tmpfs mounts') },
  ],
  sources: [
    'https://docs.docker.com/reference/cli/docker/container/run/#volume',
    'https://docs.docker.com/reference/cli/docker/container/run/#mount',
    'https://docs.docker.com/engine/storage/tmpfs/#limitations-of-tmpfs-mounts',
    'https://docs.docker.com/reference/cli/docker/compose/down/#options',
    'https://docs.docker.com/engine/storage/bind-mounts/#bind-mounting-over-existing-data',
    'https://docs.docker.com/engine/storage/volumes/#mounting-a-volume-over-existing-data',
  ],
  keywords: ['volume', '볼륨', 'bind mount', '바인드 마운트', 'tmpfs', '-v', '--mount', '--volumes-from', 'volumes_from', '익명 볼륨', 'named volume', '데이터', '가려요', 'hidden', 'node_modules', 'down -v', '--rm'],
};
