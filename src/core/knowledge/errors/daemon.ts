import type { ErrorRecord } from './types';
import { CLI, DOCS, L, MOBY } from './sources';

// The Docker client cannot reach the Docker daemon, or the daemon's host is out of room.

const TROUBLESHOOT = `${DOCS}engine/daemon/troubleshoot/#unable-to-connect-to-the-docker-daemon`;
const NON_ROOT = `${DOCS}engine/install/linux-postinstall/#manage-docker-as-a-non-root-user`;

export const daemonErrors: ErrorRecord[] = [
  {
    id: 'daemon-not-running',
    patterns: [
      // moby client/errors.go: "Cannot connect to the Docker daemon at %s. Is the docker daemon running?"
      /Cannot connect to the Docker daemon at (?<host>[^\s]+) Is the docker daemon running/,
      /Cannot connect to the Docker daemon\. Is the docker daemon running on this host/,
      // Docker Desktop on Windows when its engine is stopped: the named pipe does not exist.
      /open \/\/\.\/pipe\/(?<pipe>[\w-]+): The system cannot find the file specified/,
    ],
    title: L('Docker 데몬이 실행 중이 아니거나 {host}에 연결할 수 없어요', 'The Docker daemon is not running or {host} cannot be reached'),
    defaults: { host: L('데몬 주소', 'the daemon address') },
    meaning: L(
      'Docker 클라이언트(`docker` 명령)는 요청을 Docker 데몬(dockerd)에 보내서 일을 시켜요. 이 메시지는 클라이언트가 {host}에서 데몬을 찾지 못했다는 뜻이에요. 명령 자체는 틀리지 않았어요.',
      'The docker client sends every request to the Docker daemon; it found no daemon at {host}. The command itself is fine.',
    ),
    causes: [
      L('Docker 데몬이 꺼져 있어요. Docker Desktop을 아직 켜지 않았거나, Linux에서 `docker` 서비스가 시작되지 않았어요.', 'The daemon is not running: Docker Desktop is not started, or the docker service is stopped on Linux.'),
      L('`DOCKER_HOST` 환경 변수나 `docker context`가 다른 주소를 가리켜요.', '`DOCKER_HOST` or the current `docker context` points elsewhere.'),
      L('WSL이나 개발 컨테이너처럼 데몬이 없는 환경에서 명령을 실행했어요.', 'You are in an environment without a daemon (WSL distribution without integration, a dev container).'),
    ],
    checks: [
      L('`docker info`로 Server 부분이 나오는지 보세요.', 'Run `docker info` and look for the Server section.'),
      L('Linux에서는 `sudo systemctl is-active docker`로 서비스 상태를 보세요.', 'On Linux, `sudo systemctl is-active docker`.'),
      L('`docker context ls`와 `echo $DOCKER_HOST`로 어느 주소에 연결하는지 보세요.', '`docker context ls` and `echo $DOCKER_HOST` show where the client connects.'),
    ],
    fixes: [
      L('Docker Desktop을 켜거나 Linux에서 `sudo systemctl start docker`로 데몬을 시작하세요.', 'Start Docker Desktop, or `sudo systemctl start docker` on Linux.'),
      L('잘못 설정된 `DOCKER_HOST`는 `unset DOCKER_HOST`로 지우고, `docker context use default`로 기본 컨텍스트로 돌아가세요.', 'Unset a wrong `DOCKER_HOST` and `docker context use default`.'),
    ],
    docs: TROUBLESHOOT,
    sources: [`${MOBY}client/errors.go`, TROUBLESHOOT],
  },
  {
    id: 'docker-socket-permission',
    patterns: [
      // moby client/request.go (v29): "permission denied while trying to connect to the docker API at %v";
      // earlier releases: "Got permission denied while trying to connect to the Docker daemon socket at %v".
      /permission denied while trying to connect to the (?:docker API|Docker daemon socket) at (?<host>[^\s:]+:\/\/[^\s:]+)/i,
      /dial unix (?<socket>[^\s:]+): connect: permission denied/,
    ],
    title: L('Docker 소켓에 접근할 권한이 없어요', 'No permission to use the Docker socket'),
    meaning: L(
      'Docker 데몬은 켜져 있지만, 지금 사용자는 데몬의 Unix 소켓(`/var/run/docker.sock`)에 쓸 수 없어요. 기본으로 이 소켓은 root와 `docker` 그룹만 쓸 수 있어요.',
      'The daemon is running, but your user may not use its Unix socket; by default only root and the docker group can.',
    ),
    causes: [
      L('사용자가 `docker` 그룹에 없어요.', 'Your user is not in the docker group.'),
      L('방금 `docker` 그룹에 넣었지만 로그인을 다시 하지 않아서 아직 적용되지 않았어요.', 'You were just added to the group but have not logged in again.'),
    ],
    checks: [L('`id -nG`에 `docker`가 있는지, `ls -l /var/run/docker.sock`의 그룹이 무엇인지 보세요.', 'Check `id -nG` for docker and the group of `ls -l /var/run/docker.sock`.')],
    fixes: [
      L('`sudo usermod -aG docker $USER`로 그룹에 넣은 뒤 로그아웃했다가 다시 로그인하세요. 당장은 `newgrp docker`로 새 셸을 열어도 돼요.', '`sudo usermod -aG docker $USER`, then log out and in again (or `newgrp docker`).'),
      L('`docker` 그룹은 root와 같은 권한을 줘요. 공유 서버라면 rootless 모드를 검토하세요.', 'The docker group grants root-level privileges; consider rootless mode on shared hosts.'),
      L('소켓 권한을 `chmod 666`으로 여는 방법은 쓰지 마세요. 모든 사용자에게 root 권한을 주는 것과 같아요.', 'Do not `chmod 666` the socket: that hands root to every user.'),
    ],
    docs: NON_ROOT,
    sources: [`${MOBY}client/request.go`, NON_ROOT, `${DOCS}engine/security/#docker-daemon-attack-surface`],
  },
  {
    id: 'no-space-left',
    patterns: [/no space left on device/i],
    title: L('디스크 공간이 부족해요 (no space left on device)', 'The disk is full (no space left on device)'),
    meaning: L(
      'Docker가 파일을 쓰려던 디스크(보통 `/var/lib/docker`, Docker Desktop에서는 가상 디스크)가 가득 찼어요. 빌드, pull, 컨테이너 안의 쓰기 어디서든 나올 수 있어요.',
      'The disk Docker writes to (usually /var/lib/docker, or Docker Desktop\'s virtual disk) is full.',
    ),
    causes: [
      L('쓰지 않는 이미지, 멈춘 컨테이너, 빌드 캐시, 볼륨이 쌓였어요.', 'Unused images, stopped containers, build cache and volumes have piled up.'),
      L('컨테이너 로그(`json-file`)를 돌려쓰지(rotate) 않아서 로그 파일이 계속 커졌어요.', 'Container logs (json-file) grew without rotation.'),
      L('Docker Desktop의 가상 디스크 한도가 작아요.', "Docker Desktop's virtual disk limit is small."),
    ],
    checks: [L('`docker system df`로 이미지·컨테이너·볼륨·빌드 캐시가 각각 얼마나 쓰는지 보세요. 호스트에서는 `df -h /var/lib/docker`도 보세요.', '`docker system df` shows what uses the space; `df -h /var/lib/docker` on the host.')],
    fixes: [
      L('`docker system prune`은 멈춘 컨테이너, 쓰지 않는 네트워크, 태그 없는(dangling) 이미지, 빌드 캐시를 지워요. 볼륨은 `--volumes`를 줄 때만, 그것도 쓰지 않는 익명 볼륨만 지워요. 지우기 전에 목록을 확인하세요.', '`docker system prune` removes stopped containers, unused networks, dangling images and build cache; with `--volumes` also unused anonymous volumes.'),
      L('빌드 캐시만 지우려면 `docker buildx prune`을 쓰세요.', '`docker buildx prune` clears only the build cache.'),
      L('로그가 원인이면 `json-file` 드라이버에 `max-size`와 `max-file`을 정하세요.', 'If logs are the cause, set `max-size`/`max-file` for the json-file driver.'),
    ],
    docs: `${DOCS}engine/manage-resources/pruning/#prune-everything`,
    sources: [`${MOBY}daemon/internal/distribution/errors.go`, `${DOCS}engine/manage-resources/pruning/#prune-everything`, `${CLI}docs/reference/commandline/system_prune.md`, `${DOCS}engine/logging/drivers/json-file/#options`],
  },
  {
    id: 'registry-unreachable',
    patterns: [
      /Get "?https:\/\/(?<registry>[^/"\s]+)\/v2\/"?: (?:net\/http: request canceled|dial tcp|context deadline exceeded|proxyconnect|net\/http: TLS handshake timeout)/,
      /dial tcp: lookup (?<registry>[^\s:]+)(?: on [^\s]+)?: (?:no such host|server misbehaving|i\/o timeout)/,
    ],
    title: L('레지스트리 {registry}에 연결하지 못했어요', 'Could not reach the registry {registry}'),
    defaults: { registry: L('레지스트리', 'the registry') },
    meaning: L(
      'Docker 데몬이 이미지를 받으려고 레지스트리 {registry}에 접속했지만 응답을 받지 못했어요. 이미지 이름이 아니라 네트워크 문제예요.',
      'The daemon could not get an answer from {registry}: a network problem, not a wrong image name.',
    ),
    causes: [
      L('인터넷 연결이나 DNS가 잠시 안 돼요.', 'No network or DNS right now.'),
      L('회사 네트워크의 프록시를 데몬이 모르고 있어요. 터미널의 `HTTP_PROXY`는 데몬에 적용되지 않아요.', 'A corporate proxy the daemon does not know about; your shell\'s HTTP_PROXY does not apply to the daemon.'),
    ],
    checks: [L('`curl -I https://registry-1.docker.io/v2/`처럼 호스트에서 레지스트리에 접속되는지 보세요.', 'Check from the host: `curl -I https://registry-1.docker.io/v2/`.')],
    fixes: [
      L('프록시가 필요하면 데몬에 설정하세요 (Docker Desktop은 설정 화면의 Proxies, Linux는 systemd 설정이나 `daemon.json`의 `proxies`).', 'Configure the proxy for the daemon (Docker Desktop settings, or systemd / daemon.json `proxies` on Linux).'),
      L('DNS 문제라면 `daemon.json`의 `dns`에 쓸 수 있는 서버를 적고 데몬을 다시 시작하세요.', 'For DNS, set working servers in daemon.json `dns` and restart the daemon.'),
    ],
    docs: `${DOCS}engine/daemon/proxy/#daemon-configuration`,
    sources: [`${DOCS}engine/daemon/proxy/#daemon-configuration`, `${DOCS}engine/daemon/troubleshoot/#specify-dns-servers-for-docker`],
  },
  {
    id: 'x509-unknown-authority',
    patterns: [/x509: certificate signed by unknown authority/],
    title: L('레지스트리의 인증서를 믿을 수 없다고 나와요 (x509)', 'The registry certificate is not trusted (x509)'),
    meaning: L(
      'Docker가 HTTPS로 접속한 상대의 인증서를 발급한 기관(CA)을 몰라요. 보통 회사 프록시가 인증서를 바꿔 끼우거나, 사설 레지스트리가 자체 서명 인증서를 써요.',
      'Docker does not know the CA that signed the certificate: typically a TLS-inspecting proxy or a self-signed private registry.',
    ),
    causes: [
      L('회사 네트워크의 TLS 검사 프록시가 자기 인증서를 내밀어요.', 'A TLS-inspecting corporate proxy.'),
      L('사설 레지스트리가 자체 서명 인증서를 써요.', 'A private registry with a self-signed certificate.'),
    ],
    checks: [L('어느 레지스트리 주소에서 났는지 메시지 앞부분을 보세요. 빌드 중이면 `FROM` 이미지의 레지스트리예요.', 'Find the registry address earlier in the message (for a build, the FROM image\'s registry).')],
    fixes: [
      L('그 CA 인증서를 `/etc/docker/certs.d/<레지스트리 주소>/ca.crt`에 두세요. 데몬이 pull과 push 때마다 이 폴더를 읽어서 다시 시작하지 않아도 돼요. 호스트의 신뢰 저장소에 더했다면 데몬을 다시 시작하세요.', 'Put the CA certificate in `/etc/docker/certs.d/<registry>/ca.crt`: the daemon reads it on every pull and push, so no restart is needed. If you add it to the host trust store instead, restart the daemon.'),
      L('`insecure-registries`로 검사를 끄는 방법은 시험용 사설 레지스트리에만 쓰세요.', 'Use `insecure-registries` only for a test registry.'),
    ],
    docs: `${DOCS}engine/security/certificates/#understand-the-configuration`,
    sources: [`${DOCS}engine/security/certificates/#understand-the-configuration`, `${MOBY}daemon/hosts.go`, `${MOBY}daemon/pkg/registry/registry.go`],
  },
  {
    id: 'compose-not-installed',
    patterns: [/docker: 'compose' is not a docker command/, /unknown command: docker compose\b/],
    title: L('이 Docker에는 Compose 플러그인이 없어요', 'This Docker has no Compose plugin'),
    meaning: L(
      '`docker compose`는 Docker CLI의 플러그인이에요. 클라이언트가 `compose` 플러그인을 찾지 못해서 모르는 명령으로 봤어요.',
      '`docker compose` is a CLI plugin; the client did not find it, so `compose` is an unknown command.',
    ),
    causes: [
      L('Linux에서 Docker Engine만 설치하고 `docker-compose-plugin` 패키지를 설치하지 않았어요.', 'Docker Engine on Linux without the docker-compose-plugin package.'),
      L('예전 튜토리얼의 `docker-compose`(v1, 따로 설치하는 프로그램)만 있는 환경이에요.', 'Only the old standalone docker-compose (v1) is installed.'),
    ],
    checks: [L('`docker compose version`과 `docker info`의 Plugins 목록을 보세요.', '`docker compose version` and the Plugins list in `docker info`.')],
    fixes: [L('Docker의 apt/rpm 저장소에서 `docker-compose-plugin` 패키지를 설치하세요 (Docker Desktop에는 들어 있어요).', 'Install the docker-compose-plugin package from Docker\'s apt/rpm repository (Docker Desktop ships it).')],
    docs: `${DOCS}compose/install/linux/#install-using-the-repository`,
    sources: [`${CLI}cmd/docker/docker.go`, `${DOCS}compose/install/linux/#install-using-the-repository`],
  },
];
