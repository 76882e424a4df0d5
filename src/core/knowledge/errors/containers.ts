import type { ErrorRecord } from './types';
import { COMPOSE_FILE, DOCS, L, MOBY, RUN_REF } from './sources';

// Creating, starting and removing containers, and the objects they use (ports, names, volumes,
// networks, mounts). Messages from the Docker daemon (moby/moby), printed by the client after
// "Error response from daemon:".

const PUBLISHING = `${DOCS}engine/network/port-publishing/#publishing-ports`;

export const containerErrors: ErrorRecord[] = [
  {
    id: 'port-already-allocated',
    patterns: [
      // moby daemon/libnetwork/portallocator/portallocator.go: "Bind for %s:%d failed: port is already allocated"
      /Bind for (?<address>[^\s]*?):(?<port>\d+) failed: port is already allocated/,
    ],
    title: L('호스트 포트 {port}을/를 다른 컨테이너가 이미 쓰고 있어요', 'Host port {port} is already taken by another container'),
    meaning: L(
      '포트 게시(`-p`, `ports:`)는 호스트 포트 하나를 컨테이너 하나에 묶어요. 호스트 포트 {port}은/는 Docker가 이미 다른 컨테이너에 내줬기 때문에 이 컨테이너는 시작되지 않았어요.',
      'Publishing binds one host port to one container; Docker already gave host port {port} to another container, so this one did not start.',
    ),
    causes: [
      L('같은 포트를 게시하는 컨테이너가 이미 실행 중이에요. 예전에 `docker run`으로 띄운 것이거나 다른 Compose 프로젝트의 서비스예요.', 'A running container already publishes this port (an earlier `docker run`, or another Compose project).'),
      L('Compose 파일 안에서 두 서비스가 같은 호스트 포트를 게시해요.', 'Two services in the Compose file publish the same host port.'),
      L('`deploy.replicas`나 `--scale`로 고정 호스트 포트를 쓰는 서비스를 여러 개 띄웠어요.', 'A service with a fixed host port was scaled to more than one container.'),
    ],
    checks: [L('`docker ps --filter publish={port}`으로/로 그 포트를 쓰는 컨테이너를 찾으세요.', 'Find the container with `docker ps --filter publish={port}`.')],
    fixes: [
      L('쓰지 않는 컨테이너라면 `docker stop <이름>`으로 멈추세요.', 'Stop the other container if you no longer need it.'),
      L('둘 다 필요하면 한쪽의 호스트 포트를 바꾸세요 (`"8081:80"`처럼 콜론 앞의 숫자만 바꿔요).', 'Otherwise change one host port (the number before the colon).'),
      L('여러 개를 띄우는 서비스는 호스트 포트를 비워 두면 Docker가 빈 포트를 골라요 (`"80"`).', 'For scaled services, leave the host port out and Docker picks a free one.'),
    ],
    locate: 'hostPort',
    docs: PUBLISHING,
    sources: [`${MOBY}daemon/libnetwork/portallocator/portallocator.go`, PUBLISHING, `${RUN_REF}#publish`],
  },
  {
    id: 'port-in-use',
    patterns: [
      // moby daemon/libnetwork/portallocator/osallocator_linux.go (v28+): "failed to bind host port %s/%s: %w"
      /failed to bind host port (?<address>[^\s]*?):(?<port>\d+)\/(?:tcp|udp|sctp): address already in use/,
      // earlier engines (userland proxy) and Docker Desktop ("Ports are not available: exposing port TCP …").
      /listen (?:tcp|udp)[46]? (?<address>[^\s]*?):(?<port>\d+): bind: (?:address already in use|Only one usage of each socket address)/,
    ],
    title: L('호스트 포트 {port}을/를 Docker 밖의 프로그램이 쓰고 있어요', 'Host port {port} is used by a program outside Docker'),
    meaning: L(
      'Docker가 호스트 포트 {port}을/를 열려고 했지만 운영체제가 거절했어요. 그 포트는 이미 호스트의 다른 프로그램(웹 서버, 데이터베이스, 개발 서버)이 쓰고 있어요.',
      'The operating system refused host port {port}: another program on the host already listens on it.',
    ),
    causes: [
      L('호스트에 직접 설치한 서비스(nginx, PostgreSQL, MySQL)나 개발 서버가 같은 포트를 써요.', 'A service installed on the host (nginx, PostgreSQL, a dev server) uses the port.'),
      L('이전에 실행한 프로세스가 아직 끝나지 않았어요.', 'An earlier process is still running.'),
    ],
    checks: [
      L('Linux·macOS에서는 `sudo lsof -i :{port}`이나/나 `ss -ltnp`, Windows에서는 `netstat -ano | findstr :{port}`으로/로 그 포트를 쓰는 프로그램을 찾으세요.', '`sudo lsof -i :{port}` or `ss -ltnp` (Linux/macOS), `netstat -ano | findstr :{port}` (Windows).'),
    ],
    fixes: [
      L('그 프로그램을 멈추거나, 게시하는 호스트 포트를 다른 번호로 바꾸세요.', 'Stop that program, or publish on another host port.'),
    ],
    locate: 'hostPort',
    docs: PUBLISHING,
    sources: [`${MOBY}daemon/libnetwork/portallocator/osallocator_linux.go`, PUBLISHING],
  },
  {
    id: 'container-name-in-use',
    patterns: [
      // moby daemon/errors.go: "Conflict. The container name %q is already in use by container %q. …"
      /The container name "\/?(?<name>[^"\s/]+)" is already in use by container "(?<id>[0-9a-f]+)"/,
    ],
    title: L('컨테이너 이름 {name}은/는 이미 다른 컨테이너가 쓰고 있어요', 'The container name {name} is already in use'),
    meaning: L(
      '컨테이너 이름은 호스트에서 하나뿐이어야 해요. 멈춘 컨테이너도 지우기 전까지 이름을 갖고 있어서, 같은 이름으로 새 컨테이너를 만들 수 없어요.',
      'Container names are unique on a host; a stopped container keeps its name until it is removed.',
    ),
    causes: [
      L('예전에 같은 `--name`으로 실행한 컨테이너가 멈춘 채 남아 있어요 (`--rm` 없이 실행했어요).', 'An earlier container with this --name is stopped but not removed (it ran without --rm).'),
      L('Compose의 `container_name`이 다른 프로젝트나 `docker run`으로 만든 컨테이너와 겹쳐요.', 'A Compose `container_name` clashes with a container from elsewhere.'),
    ],
    checks: [L('`docker ps -a --filter name=^{name}$`로 그 컨테이너의 상태를 보세요.', 'See it with `docker ps -a --filter name=^{name}$`.')],
    fixes: [
      L('필요 없는 컨테이너면 `docker rm {name}`으로/로 지우세요 (실행 중이면 `docker rm -f`). 다시 쓰려면 `docker start {name}`을/를 쓰세요.', 'Remove it with `docker rm {name}` (`-f` if running), or reuse it with `docker start {name}`.'),
      L('한 번 쓰고 버리는 컨테이너는 `docker run --rm`으로 실행하면 멈출 때 지워져요.', 'Run throwaway containers with `--rm`.'),
    ],
    locate: 'containerName',
    docs: `${RUN_REF}#name`,
    sources: [`${MOBY}daemon/errors.go`, `${RUN_REF}#name`, `${COMPOSE_FILE}services/#container_name`],
  },
  {
    id: 'no-such-container',
    patterns: [
      // moby daemon/container/view.go: "No such container: " + name
      /No such container: ?(?<name>[^\s]+)/,
      // docker inspect: "error: no such object: %s" since docker/cli v29.0.0 (cli/command/system/inspect.go), "Error: No such object: …" before.
      /[Ee]rror: [Nn]o such object: (?<name>[^\s]+)/,
    ],
    title: L('{name}이라는/라는 컨테이너가 없어요', 'There is no container {name}'),
    meaning: L(
      'Docker 데몬이 그 이름이나 ID의 컨테이너를 찾지 못했어요. 명령은 있는 컨테이너에만 쓸 수 있어요.',
      'The daemon found no container with that name or ID.',
    ),
    causes: [
      L('이름에 오타가 있거나, Compose가 붙인 이름(`프로젝트-서비스-1`)이 아니라 서비스 이름을 썼어요.', 'A typo, or the service name instead of the container name Compose made (project-service-1).'),
      L('`--rm`으로 실행했거나 이미 지운 컨테이너예요.', 'The container ran with --rm or was removed.'),
      L('다른 Docker 컨텍스트(다른 데몬)에 연결돼 있어요.', 'You are connected to another docker context.'),
      L('`docker inspect`의 "no such object"는 그 이름의 컨테이너·이미지·볼륨·네트워크가 하나도 없다는 뜻이에요. 이미지 이름을 잘못 썼을 수도 있어요.', '`docker inspect`\'s "no such object" means no container, image, volume or network has that name: it may be a mistyped image name too.'),
    ],
    checks: [L('`docker ps -a`로 이름 목록을 보세요. Compose 서비스라면 `docker compose ps`를 쓰세요.', 'List names with `docker ps -a`, or `docker compose ps` for Compose services.')],
    fixes: [L('목록에 있는 정확한 이름이나 ID를 쓰세요. Compose 서비스에는 `docker compose exec <서비스>`처럼 서비스 이름을 받는 명령을 쓰세요.', 'Use the exact name or ID; for Compose, use `docker compose exec <service>`.')],
    docs: `${DOCS}reference/cli/docker/container/ls/#description`,
    sources: [`${MOBY}daemon/container/view.go`, 'https://github.com/docker/cli/blob/v29.7.2/cli/command/system/inspect.go', `${DOCS}reference/cli/docker/container/ls/#description`],
  },
  {
    id: 'no-such-image',
    patterns: [/No such image: (?<image>[^\s]+)/],
    title: L('로컬에 {image} 이미지가 없어요', 'There is no local image {image}'),
    meaning: L(
      'Docker 데몬의 로컬 이미지 중에 그 이름이나 ID가 없어요. `docker rmi`, `docker tag`, `docker save`처럼 로컬 이미지만 다루는 명령은 레지스트리에서 받아 오지 않아요.',
      'No local image has that name or ID; commands that work on local images do not pull.',
    ),
    causes: [
      L('태그까지 맞아야 해요. 태그를 빼면 `latest`로 찾아요.', 'The tag must match too; without one, Docker looks for latest.'),
      L('이미지를 아직 pull하거나 빌드하지 않았어요.', 'The image was never pulled or built here.'),
    ],
    checks: [L('`docker image ls`로 이름과 태그를 확인하세요.', 'Check names and tags with `docker image ls`.')],
    fixes: [L('정확한 `이름:태그`를 쓰거나, 먼저 `docker pull`이나 `docker build -t`로 이미지를 준비하세요.', 'Use the exact name:tag, or pull or build it first.')],
    docs: `${DOCS}reference/cli/docker/image/ls/#description`,
    sources: [`${MOBY}daemon/images/image.go`, `${DOCS}reference/cli/docker/image/ls/#description`],
  },
  {
    id: 'container-not-running',
    patterns: [
      // moby daemon/errors.go: "container %s is not running"
      /[Cc]ontainer (?<id>[0-9a-zA-Z_.-]+) is not running/,
    ],
    title: L('컨테이너가 실행 중이 아니에요', 'The container is not running'),
    meaning: L(
      '`docker exec`처럼 실행 중인 컨테이너에만 쓸 수 있는 명령을 멈춘 컨테이너에 썼어요. 컨테이너는 메인 프로세스가 끝나면 같이 멈춰요.',
      'This command needs a running container; a container stops when its main process ends.',
    ),
    causes: [
      L('메인 프로세스가 오류로 끝났어요.', 'Its main process exited with an error.'),
      L('메인 프로세스가 할 일을 마치고 정상으로 끝났어요 (예: CMD가 셸이나 한 번 실행하는 명령이에요).', 'Its main process finished normally (a one-shot CMD).'),
    ],
    checks: [L('`docker ps -a`에서 상태(`Exited (코드)`)를 보고, `docker logs <이름>`으로 마지막 출력을 보세요.', 'See `Exited (code)` in `docker ps -a` and the last output in `docker logs`.')],
    fixes: [
      L('원인을 고친 뒤 `docker start <이름>`으로 다시 시작하세요.', 'Fix the cause, then `docker start` it.'),
      L('파일만 살펴보려면 `docker run --rm -it --entrypoint sh <이미지>`로 새 컨테이너를 여세요.', 'To look around, open a new one: `docker run --rm -it --entrypoint sh <image>`.'),
    ],
    docs: `${DOCS}reference/cli/docker/container/exec/#description`,
    sources: [`${MOBY}daemon/errors.go`, `${DOCS}reference/cli/docker/container/exec/#description`],
  },
  {
    id: 'container-restarting',
    patterns: [/[Cc]ontainer (?<id>[^\s]+) is restarting, wait until the container is running/],
    title: L('컨테이너가 계속 다시 시작되고 있어요', 'The container keeps restarting'),
    meaning: L(
      '재시작 정책(`--restart`, `restart:`) 때문에 Docker가 끝난 컨테이너를 다시 켜는 중이에요. 보통 메인 프로세스가 시작하자마자 오류로 끝나는 일이 반복되고 있어요.',
      'The restart policy is bringing the container back; usually its main process fails right after starting, over and over.',
    ),
    causes: [L('설정 오류, 빠진 환경 변수, 연결할 수 없는 데이터베이스 때문에 프로세스가 바로 끝나요.', 'A config error, a missing variable or an unreachable database ends the process at once.')],
    checks: [L('`docker logs <이름>`으로 매번 끝나기 직전의 출력을 보세요. `docker inspect -f "{{.RestartCount}}" <이름>`은 재시작 횟수를 보여 줘요.', 'Read `docker logs`; `docker inspect -f "{{.RestartCount}}"` shows the restart count.')],
    fixes: [L('로그에 나온 원인을 고치세요. 살펴보는 동안 멈추려면 `docker update --restart=no <이름>` 뒤 `docker stop <이름>`을 쓰세요.', 'Fix the cause in the logs; to investigate, `docker update --restart=no` then `docker stop`.')],
    docs: `${DOCS}engine/containers/start-containers-automatically/#restart-policy-details`,
    sources: [`${MOBY}daemon/errors.go`, `${DOCS}engine/containers/start-containers-automatically/#restart-policy-details`],
  },
  {
    id: 'remove-running-container',
    patterns: [
      // moby daemon/delete.go (v25+): "container is %s: stop the container before removing or force remove"
      /container is (?:running|restarting|paused): stop the container before removing or force remove/,
      /You cannot remove a running container/,
    ],
    title: L('실행 중인 컨테이너는 그냥 지울 수 없어요', 'A running container cannot be removed as is'),
    meaning: L(
      '`docker rm`은 멈춘 컨테이너만 지워요. 실행 중인 컨테이너를 실수로 지우지 않도록 Docker가 막았어요.',
      '`docker rm` removes stopped containers only; Docker refused to remove a running one.',
    ),
    causes: [L('컨테이너를 멈추지 않고 `docker rm`을 실행했어요.', 'You ran docker rm without stopping the container.')],
    checks: [L('`docker ps`로 그 컨테이너가 실행 중인지 보세요.', 'Check with `docker ps`.')],
    fixes: [L('`docker stop <이름>` 뒤에 `docker rm <이름>`을 쓰세요. 바로 지워도 되면 `docker rm -f <이름>`이 멈추고 지워요.', '`docker stop` then `docker rm`, or `docker rm -f` to do both.')],
    docs: `${DOCS}reference/cli/docker/container/rm/#description`,
    sources: [`${MOBY}daemon/delete.go`, `${DOCS}reference/cli/docker/container/rm/#description`],
  },
  {
    id: 'image-in-use',
    patterns: [
      // moby daemon/images/image_delete.go and daemon/containerd/image_delete.go
      /image is being used by (?:running|stopped) container (?<id>[0-9a-f]+)/,
      /container (?<id>[0-9a-f]+) is using its referenced image/,
    ],
    title: L('이 이미지로 만든 컨테이너가 있어서 지울 수 없어요', 'A container still uses this image'),
    meaning: L(
      '컨테이너는 자기 이미지의 레이어 위에서 돌아가요. 그 이미지를 쓰는 컨테이너({id})가 남아 있는 동안 Docker는 이미지를 지우지 않아요. 멈춘 컨테이너도 이미지를 붙잡고 있어요.',
      'A container runs on its image\'s layers; Docker keeps the image while container {id} (even a stopped one) uses it.',
    ),
    causes: [L('이 이미지로 만든 컨테이너가 실행 중이거나 멈춘 채 남아 있어요.', 'A running or stopped container was made from this image.')],
    checks: [L('`docker ps -a --filter ancestor=<이미지>`로 그 컨테이너를 찾으세요.', 'Find it with `docker ps -a --filter ancestor=<image>`.')],
    fixes: [L('그 컨테이너를 `docker rm`으로 먼저 지운 뒤 이미지를 지우세요. Compose 프로젝트라면 `docker compose down --rmi all`이 컨테이너와 서비스의 이미지를 함께 지워요. `--rmi local`은 `image:`로 이름을 붙이지 않은 이미지만 지워요.', 'Remove the container first; for Compose, `docker compose down --rmi all` removes the containers and the services\' images (`--rmi local` only images without a custom tag).')],
    docs: `${DOCS}reference/cli/docker/image/rm/#description`,
    sources: [`${MOBY}daemon/images/image_delete.go`, `${DOCS}reference/cli/docker/image/rm/#description`, `${DOCS}reference/cli/docker/compose/down/#options`],
  },
  {
    id: 'volume-in-use',
    patterns: [
      // moby daemon/volume/service/errors.go: errVolumeInUse = "volume is in use"
      /remove (?<volume>[^\s:]+): volume is in use/,
      /volume is in use/,
    ],
    title: L('볼륨 {volume}을/를 아직 컨테이너가 쓰고 있어요', 'Volume {volume} is still used by a container'),
    defaults: { volume: L('이 볼륨', 'this volume') },
    meaning: L(
      '볼륨을 마운트한 컨테이너가 하나라도 남아 있으면 Docker는 볼륨을 지우지 않아요. 멈춘 컨테이너도 볼륨을 붙잡고 있어요. 메시지 끝의 대괄호 안이 그 컨테이너 ID예요.',
      'Docker keeps a volume while any container, even a stopped one, mounts it; the IDs in brackets are those containers.',
    ),
    causes: [L('그 볼륨을 마운트한 컨테이너가 멈춘 채 남아 있어요.', 'A stopped container still mounts the volume.')],
    checks: [L('`docker ps -a --filter volume={volume}`으로/로 그 컨테이너를 찾으세요.', 'Find them with `docker ps -a --filter volume={volume}`.')],
    fixes: [
      L('그 컨테이너를 먼저 `docker rm`으로 지운 뒤 볼륨을 지우세요. 볼륨을 지우면 안의 데이터도 사라져요.', 'Remove those containers first; removing the volume deletes its data.'),
      L('Compose 프로젝트라면 `docker compose down -v`가 컨테이너와 그 프로젝트의 이름 있는 볼륨을 같이 지워요.', 'For Compose, `docker compose down -v` removes the containers and the project\'s named volumes.'),
    ],
    docs: `${DOCS}reference/cli/docker/volume/rm/#description`,
    sources: [`${MOBY}daemon/volume/service/errors.go`, `${DOCS}reference/cli/docker/volume/rm/#description`, `${DOCS}reference/cli/docker/compose/down/#options`],
  },
  {
    id: 'network-not-found',
    patterns: [
      // docker/compose pkg/compose/create.go: "network %s declared as external, but could not be found"
      /network (?<network>[^\s]+) declared as external, but could not be found/,
      // moby daemon/libnetwork/error.go: "network %s not found"
      /network (?<network>[^\s]+) not found/,
    ],
    title: L('네트워크 {network}이/가 없어요', 'Network {network} does not exist'),
    meaning: L(
      'Docker 데몬에 그 이름의 네트워크가 없어요. Compose에서 `external: true`로 표시한 네트워크는 Compose가 만들지 않고 이미 있다고 믿어요.',
      'The daemon has no network by that name; Compose never creates a network marked external.',
    ),
    causes: [
      L('`external: true` 네트워크를 아직 `docker network create`로 만들지 않았어요.', 'An external network was never created.'),
      L('이름이 달라요. Compose가 만든 네트워크는 이름 앞에 프로젝트 이름이 붙어요 (`myapp_default`).', 'The name differs: Compose prefixes its networks with the project name (myapp_default).'),
      L('컨테이너가 연결된 네트워크를 지웠어요.', 'The network was removed while a container still referred to it.'),
    ],
    checks: [L('`docker network ls`로 실제 이름을 보세요.', 'See the real names with `docker network ls`.')],
    fixes: [
      L('외부 네트워크라면 먼저 `docker network create {network}`으로/로 만드세요.', 'For an external network, `docker network create {network}` first.'),
      L('Compose가 관리해도 되는 네트워크라면 `external: true`를 빼세요.', 'If Compose may manage it, drop `external: true`.'),
    ],
    docs: `${COMPOSE_FILE}networks/#attributes`,
    sources: [`${MOBY}daemon/libnetwork/error.go`, 'https://github.com/docker/compose/blob/v5.5.0/pkg/compose/create.go', `${COMPOSE_FILE}networks/#attributes`],
  },
  {
    id: 'network-active-endpoints',
    patterns: [/network (?<network>[^\s]+) has active endpoints/],
    title: L('네트워크 {network}에 아직 연결된 컨테이너가 있어요', 'Containers are still connected to network {network}'),
    meaning: L(
      '연결된 컨테이너(endpoint)가 남아 있는 네트워크는 지울 수 없어요. 괄호 안이 그 컨테이너들이에요.',
      'A network with connected containers (endpoints) cannot be removed; they are listed in parentheses.',
    ),
    causes: [L('그 네트워크에 연결된 컨테이너가 실행 중이거나 멈춘 채 남아 있어요.', 'Containers on that network still exist.')],
    checks: [L('`docker network inspect {network}`의 Containers 항목을 보세요.', 'Look at Containers in `docker network inspect {network}`.')],
    fixes: [L('그 컨테이너를 지우거나 `docker network disconnect {network} <컨테이너>`로 뗀 뒤 네트워크를 지우세요.', 'Remove or disconnect those containers, then remove the network.')],
    docs: `${DOCS}reference/cli/docker/network/rm/#description`,
    sources: [`${MOBY}daemon/libnetwork/error.go`, `${DOCS}reference/cli/docker/network/rm/#description`],
  },
  {
    id: 'bind-source-missing',
    patterns: [/bind source path does not exist: (?<path>[^\s]+)/],
    title: L('바인드 마운트할 호스트 경로 {path}이/가 없어요', 'The bind mount source {path} does not exist'),
    meaning: L(
      '`--mount type=bind`는 호스트에 있는 경로만 마운트해요. `-v`와 달리 없는 경로를 대신 만들지 않아요.',
      '`--mount type=bind` mounts an existing host path only; unlike -v it does not create a missing one.',
    ),
    causes: [
      L('상대 경로나 오타 때문에 다른 경로를 가리켜요.', 'A relative path or a typo points elsewhere.'),
      L('Docker Desktop에서 그 폴더를 파일 공유 목록에 넣지 않았거나, 원격 데몬이라 내 컴퓨터의 경로가 데몬 쪽에 없어요.', 'Docker Desktop does not share the folder, or the daemon is remote and the path is on your machine only.'),
    ],
    checks: [L('호스트에서 `ls -ld {path}`으로/로 경로를 확인하세요.', 'Check `ls -ld {path}` on the host.')],
    fixes: [L('경로를 만들거나 바로잡으세요. 현재 폴더 기준이면 `"$(pwd)"/data`처럼 절대 경로로 쓰세요.', 'Create or correct the path; use an absolute path such as "$(pwd)"/data.')],
    docs: `${DOCS}engine/storage/bind-mounts/#syntax`,
    sources: [`${MOBY}daemon/volume/mounts/validate.go`, `${DOCS}engine/storage/bind-mounts/#syntax`],
  },
  {
    id: 'mount-type-mismatch',
    patterns: [/Are you trying to mount a directory onto a file \(or vice-versa\)\?/],
    title: L('파일 자리에 폴더를(또는 폴더 자리에 파일을) 마운트하려고 했어요', 'A directory was mounted onto a file (or the reverse)'),
    meaning: L(
      '바인드 마운트의 호스트 쪽과 컨테이너 쪽은 종류가 같아야 해요. 파일은 파일에, 폴더는 폴더에 마운트해요.',
      'Both sides of a bind mount must be the same kind: a file onto a file, a directory onto a directory.',
    ),
    causes: [L('호스트에 없는 파일 경로를 `-v`로 마운트해서 Docker가 그 자리에 빈 폴더를 만들었어요. 그 뒤로 파일(예: `nginx.conf`) 자리에 폴더가 마운트돼요.', 'A missing host file given to -v: Docker created an empty directory in its place, which is then mounted onto a file such as nginx.conf.')],
    checks: [L('호스트에서 `ls -ld <호스트 경로>`로 파일인지 폴더인지 보세요.', 'Check with `ls -ld <host path>` whether it is a file or a directory.')],
    fixes: [L('Docker가 만든 빈 폴더를 지우고 진짜 파일을 그 경로에 둔 뒤 다시 실행하세요.', 'Delete the empty directory Docker created, put the real file there, and run again.')],
    docs: `${DOCS}engine/storage/bind-mounts/#syntax`,
    sources: [`${MOBY}daemon/errors.go`, `${DOCS}engine/storage/bind-mounts/#syntax`],
  },
  {
    id: 'stdin-not-tty',
    patterns: [
      /the input device is not a TTY/,
      // docker/cli cli/streams/in.go (v29)
      /cannot attach stdin to a TTY-enabled container because stdin is not a terminal/,
    ],
    title: L('터미널이 아닌 곳에서 `-it`로 실행했어요', '`-it` was used where there is no terminal'),
    meaning: L(
      '`-it`(`-i`와 `-t`를 함께)는 지금 터미널의 입력을 컨테이너의 가상 터미널에 연결해요. 그래서 입력이 터미널이어야 해요. CI, cron, 파이프(`|`)나 리다이렉트로 실행하면 입력이 터미널이 아니어서 Docker 클라이언트가 거절해요. `-t`만 쓰면 이 오류는 나지 않아요.',
      '`-it` (`-i` with `-t`) connects your terminal\'s input to the container\'s pseudo-terminal, so the input must be a terminal; in CI, cron, a pipe or a redirect it is not, and the Docker client refuses. `-t` alone does not fail.',
    ),
    causes: [L('스크립트나 CI에서 `docker run -it`, `docker exec -it`를 그대로 썼어요.', '`-it` copied into a script or CI job.')],
    checks: [L('명령이 사람이 보는 터미널에서 실행되는지 보세요.', 'Check whether a person\'s terminal runs the command.')],
    fixes: [L('스크립트에서는 `-t`를 빼세요. 입력을 넘겨야 하면 `-i`만 쓰세요. Compose의 `exec`와 `run`은 `-T`로 TTY를 꺼요.', 'Drop -t in scripts (keep -i to pipe input); `docker compose exec -T` turns the TTY off.')],
    docs: `${RUN_REF}#tty`,
    sources: ['https://github.com/docker/cli/blob/v29.7.2/cli/streams/in.go', `${RUN_REF}#tty`],
  },
  {
    id: 'platform-mismatch',
    patterns: [
      // moby daemon/create.go: "The requested image's platform (%s) does not match the detected host platform (%s) …"
      /The requested image's platform \((?<image>[^)\s]+)\) does not match the detected host platform \((?<host>[^)\s]+)\)/,
    ],
    title: L('이미지({image})와 호스트({host})의 플랫폼이 달라요', 'Image platform {image} differs from host {host}'),
    meaning: L(
      '경고예요. 이미지는 {image}용으로 만들어졌는데 호스트는 {host}이에요/예요. 에뮬레이션(QEMU, Rosetta)이 있으면 느리게라도 돌고, 없으면 곧이어 `exec format error`로 끝나요.',
      'A warning: the image is for {image}, the host is {host}. With emulation it runs slowly; without it, expect exec format error.',
    ),
    causes: [
      L('Apple Silicon(arm64)에서 amd64 전용 이미지를 실행했어요.', 'An amd64-only image on Apple Silicon (arm64).'),
      L('`--platform`이나 Compose의 `platform:`으로 다른 플랫폼을 골랐어요.', '`--platform` or Compose `platform:` asked for another platform.'),
    ],
    checks: [L('`docker image inspect -f "{{.Os}}/{{.Architecture}}" <이미지>`로 이미지의 플랫폼을 보세요.', 'See the image platform with `docker image inspect -f "{{.Os}}/{{.Architecture}}"`.')],
    fixes: [L('호스트 플랫폼용 이미지가 있으면 그 태그를 쓰세요. 직접 빌드하는 이미지라면 `docker buildx build --platform linux/amd64,linux/arm64`로 두 플랫폼을 함께 만드세요.', 'Use a tag built for your host, or build both platforms with buildx --platform.')],
    docs: `${DOCS}build/building/multi-platform/#prerequisites`,
    sources: [`${MOBY}daemon/create.go`, `${DOCS}build/building/multi-platform/#prerequisites`],
  },
];
