import type { TopicTable } from '../../types';

// `docker run` and its flags. Facts checked against the docker CLI reference
// (https://docs.docker.com/reference/cli/docker/container/run/) and the storage and
// networking manuals. Templates are filled by src/core/explain/commands/ with the command's
// own values.

const RUN_DOCS = 'https://docs.docker.com/reference/cli/docker/container/run/';

export const runTopics: TopicTable = {
  'cli.run': {
    id: 'cli.run',
    title: { ko: 'docker run', en: 'docker run' },
    summary: {
      ko: '이미지로 새 컨테이너를 만들고 바로 시작해요. 이미지가 없으면 먼저 받아 와요(pull).',
      en: 'Creates a new container from an image and starts it, pulling the image first if needed.',
    },
    templates: {
      step1: { ko: 'Docker 클라이언트(`docker`)가 요청을 Docker 데몬(dockerd)에 보내요.', en: 'The Docker client (`docker`) sends the request to the Docker daemon (dockerd).' },
      step2: { ko: '데몬이 로컬에 있는 이미지 중에서 `{image}`을/를 찾아요.', en: 'The daemon looks for `{image}` among its local images.' },
      step3: {
        ko: '없으면 레지스트리 `{registry}`에서 받아 와요(pull). 이미 있으면 받지 않아요 (`--pull` 기본값 `missing`).',
        en: 'If it is missing, it pulls it from the registry `{registry}`; a local copy is used as is (`--pull` defaults to `missing`).',
      },
      step3Always: { ko: '`--pull always`: 로컬에 있어도 레지스트리 `{registry}`에서 새 버전을 확인하고 받아 와요.', en: '`--pull always`: checks `{registry}` for a newer image even if one is local.' },
      step3Never: { ko: '`--pull never`: 레지스트리에서 받지 않아요. 로컬에 없으면 오류로 끝나요.', en: '`--pull never`: never pulls; a missing image is an error.' },
      step4: {
        ko: '이미지의 읽기 전용 레이어 위에 쓰기 가능한 컨테이너 레이어를 얹어 컨테이너를 만들어요 (create).',
        en: "It creates the container: a writable container layer on top of the image's read-only layers.",
      },
      step5: {
        ko: '네트워크·마운트·포트 게시를 준비하고 컨테이너를 시작해요 (start). {process}',
        en: 'It sets up networking, mounts and published ports and starts the container. {process}',
      },
      processDefault: { ko: '이미지의 엔트리포인트(ENTRYPOINT)와 CMD가 실행돼요.', en: "The image's ENTRYPOINT and CMD run." },
      // Finding 20: an image ENTRYPOINT (nginx, node, postgres…) receives these words as arguments.
      processCommand: {
        ko: '이미지의 CMD 대신 `{command}`을/를 써요. 이미지에 엔트리포인트(ENTRYPOINT)가 있으면 그 인자로 넘어가요.',
        en: 'Uses `{command}` instead of the image CMD; with an image ENTRYPOINT these words become its arguments.',
      },
      // The process sentences themselves come from the process model (dockerfile.process templates).
      processReplaces: { ko: '이미지의 CMD 대신 {argv}을/를 실행해요.', en: 'Runs {argv} instead of the image CMD.' },
      adviceExec: {
        ko: '앱이 신호를 받게 하려면 셸 없이 명령을 바로 주거나, `sh -c "exec 명령"`처럼 명령 앞에 `exec`을 붙이세요.',
        en: 'For the app to get the signal, give the command without a shell, or put `exec` before it: `sh -c "exec command"`.',
      },
      ifNoEntrypoint: { ko: '이미지에 ENTRYPOINT가 없다면:', en: 'If the image sets no ENTRYPOINT:' },
      foreground: { ko: '`-d`가 없으니 터미널이 컨테이너 출력에 붙어 있고, 프로세스가 끝나면 명령도 끝나요.', en: 'Without `-d` the terminal stays attached to the output until the process ends.' },
      noImage: { ko: '이미지가 보이지 않아요. `docker run [옵션] 이미지 [명령]` 순서로 쓰세요.', en: 'No image found: the order is `docker run [OPTIONS] IMAGE [COMMAND]`.' },
      flags: { ko: '옵션:', en: 'Options:' },
    },
    why: {
      ko: '`docker run`은 실행할 때마다 새 컨테이너를 만들어요. 멈춘 컨테이너를 다시 켜려면 `docker start`를 쓰세요.',
      en: '`docker run` makes a new container every time; `docker start` restarts a stopped one.',
    },
    concept: 'run-flow',
    docs: RUN_DOCS,
    sources: [
      'https://docs.docker.com/reference/cli/docker/container/run/#description',
      'https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact',
      'https://docs.docker.com/reference/cli/docker/container/stop/#description',
    ],
  },
  'cli.run.--detach': {
    id: 'cli.run.--detach',
    title: { ko: '-d, --detach', en: '-d, --detach' },
    summary: {
      ko: '컨테이너를 백그라운드에서 실행하고, 컨테이너 ID만 출력한 뒤 터미널을 돌려줘요.',
      en: 'Runs the container in the background and prints only its ID.',
    },
    why: { ko: '출력은 `docker logs <이름>`으로 보세요. 컨테이너는 메인 프로세스가 끝나면 같이 멈춰요.', en: 'Read the output with `docker logs`; the container stops when its main process exits.' },
    concept: 'run-flow',
    docs: `${RUN_DOCS}#detach`,
    sources: [`${RUN_DOCS}#detach`],
  },
  'cli.run.--interactive': {
    id: 'cli.run.--interactive',
    title: { ko: '-i, --interactive', en: '-i, --interactive' },
    summary: { ko: '컨테이너의 표준 입력(STDIN)을 열어 둬서 키보드 입력을 보낼 수 있게 해요.', en: 'Keeps STDIN open so you can type into the container.' },
    why: { ko: '셸을 쓰려면 보통 `-t`와 함께 `-it`로 쓰세요.', en: 'For a shell, combine it with `-t` as `-it`.' },
    concept: 'run-flow',
    docs: `${RUN_DOCS}#interactive`,
    sources: [`${RUN_DOCS}#interactive`],
  },
  'cli.run.--tty': {
    id: 'cli.run.--tty',
    title: { ko: '-t, --tty', en: '-t, --tty' },
    summary: { ko: '가상 터미널(pseudo-TTY)을 붙여서 프롬프트와 색이 있는 대화형 화면을 만들어요.', en: 'Allocates a pseudo-TTY for an interactive terminal.' },
    why: { ko: '입력을 받으려면 `-i`도 필요해요. 스크립트에서 출력을 파이프로 넘길 때는 `-t`를 빼세요.', en: 'Input also needs `-i`; leave `-t` out when piping output in scripts.' },
    concept: 'run-flow',
    docs: `${RUN_DOCS}#tty`,
    sources: [`${RUN_DOCS}#tty`],
  },
  'cli.run.-it': {
    id: 'cli.run.-it',
    title: { ko: '-it', en: '-it' },
    summary: {
      ko: '`-i`(표준 입력 열기)와 `-t`(가상 터미널)를 합친 것: 컨테이너 안의 셸을 내 터미널처럼 써요.',
      en: '`-i` (keep STDIN open) plus `-t` (pseudo-TTY): use a shell in the container like your own terminal.',
    },
    why: { ko: '셸에서 `exit`하면 메인 프로세스가 끝나서 컨테이너도 멈춰요.', en: 'Exiting the shell ends the main process, so the container stops.' },
    concept: 'run-flow',
    docs: `${RUN_DOCS}#interactive`,
    sources: [`${RUN_DOCS}#interactive`],
  },
  'cli.run.--rm': {
    id: 'cli.run.--rm',
    title: { ko: '--rm', en: '--rm' },
    summary: {
      ko: '컨테이너가 끝나면 컨테이너와 그 익명 볼륨(anonymous volume)을 자동으로 지워요.',
      en: 'Removes the container and its anonymous volumes when it exits.',
    },
    why: {
      ko: '쓰기 가능한 컨테이너 레이어에 쓴 파일도 함께 사라져요. 이름 있는 볼륨과 바인드 마운트의 데이터는 남아요.',
      en: 'Files in the writable container layer go with it; named volumes and bind mounts keep their data.',
    },
    concept: 'images-containers',
    docs: `${RUN_DOCS}#rm`,
    sources: [`${RUN_DOCS}#rm`],
  },
  'cli.run.--name': {
    id: 'cli.run.--name',
    title: { ko: '--name', en: '--name' },
    summary: { ko: '컨테이너 이름을 `{value}`으로/로 정해요.', en: 'Names the container `{value}`.' },
    body: {
      ko: '이 이름으로 `docker stop {value}`, `docker logs {value}`처럼 가리켜요. 사용자 정의 네트워크에서는 다른 컨테이너가 이 이름으로 DNS 조회를 해요.',
      en: 'Other commands refer to it by this name; on a user-defined network other containers resolve it by DNS.',
    },
    why: {
      ko: '이름은 호스트에서 하나뿐이에요. 같은 이름의 컨테이너가 (멈춘 것이라도) 있으면 "Conflict" 오류가 나요.',
      en: 'A name is unique on the host: an existing container with it, even stopped, makes this fail with "Conflict".',
    },
    concept: 'images-containers',
    docs: `${RUN_DOCS}#name`,
    sources: [`${RUN_DOCS}#name`],
  },
  'cli.run.--publish': {
    id: 'cli.run.--publish',
    title: { ko: '-p, --publish', en: '-p, --publish' },
    summary: {
      ko: '컨테이너 포트를 호스트 포트에 게시(publish)해서, 호스트(주소에 따라 다른 컴퓨터)에서 컨테이너에 접속할 수 있게 해요.',
      en: 'Publishes a container port on a host port, so the host (and, depending on the address, other machines) can reach the container.',
    },
    templates: {
      invalid: { ko: '`{value}`은/는 포트 매핑으로 읽을 수 없어요 ({detail} 부분). `[호스트 IP:][호스트 포트:]컨테이너 포트[/프로토콜]` 형식이에요.', en: '`{value}` is not a valid port mapping (at {detail}): `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`.' },
      variable: { ko: '값에 셸 변수가 있어서 실제 포트는 명령을 실행할 때 정해져요.', en: 'It holds a shell variable: the real port is known when the command runs.' },
      // The same wording as the Compose `ports` hover, minus Compose's own commands.
      mapping: { ko: '호스트 {hostPort} → 컨테이너 {containerPort} ({protocol}). {reach}', en: 'host {hostPort} → container {containerPort} ({protocol}). {reach}' },
      ephemeral: {
        ko: '컨테이너 포트 {containerPort} ({protocol})을/를 게시해요. 호스트 포트를 정하지 않아서 Docker가 빈 호스트 포트를 골라요. {reach} 어느 포트인지는 `docker port <컨테이너>`로 확인하세요.',
        en: 'Publishes container port {containerPort} ({protocol}) on a free host port Docker picks. {reach} See it with `docker port`.',
      },
      everyInterface: { ko: '호스트의 모든 네트워크 인터페이스(`0.0.0.0`, `::`)에서 접근할 수 있어요.', en: 'Reachable on every host interface (`0.0.0.0`, `::`).' },
      // https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-and-ufw
      firewall: {
        ko: '리눅스에서는 Docker가 게시한 포트를 자기 iptables 규칙(`nat` 표)으로 컨테이너에 넘겨서, ufw 같은 호스트 방화벽 규칙을 거치지 않아요. 이 컴퓨터에서만 쓸 포트라면 `127.0.0.1:`을 앞에 붙이세요.',
        en: "On Linux Docker forwards a published port with its own iptables rules (`nat` table), before host firewall rules such as ufw's apply. Prefix `127.0.0.1:` for a port only this machine should use.",
      },
      loopback: { ko: '루프백 `{ip}`에만 묶여서 이 호스트 안에서만 접근할 수 있어요.', en: 'Bound to loopback `{ip}`: reachable only from this host.' },
      specific: { ko: '호스트 주소 `{ip}`으로/로 들어오는 연결만 받아요.', en: 'Accepts connections only on host address `{ip}`.' },
    },
    why: {
      ko: '같은 호스트 주소·포트·프로토콜 조합은 컨테이너 하나만 쓸 수 있어요. 이미 쓰이는 조합을 게시하면 "port is already allocated" 오류로 컨테이너가 시작하지 못해요 (`8080/tcp`와 `8080/udp`는 따로예요).',
      en: 'One host address, port and protocol belong to one container; publishing a taken combination fails with "port is already allocated" (`8080/tcp` and `8080/udp` are distinct).',
    },
    concept: 'ports',
    docs: `${RUN_DOCS}#publish`,
    sources: [`${RUN_DOCS}#publish`, 'https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-and-ufw', 'https://docs.docker.com/engine/network/port-publishing/#publishing-ports'],
  },
  'cli.run.--publish-all': {
    id: 'cli.run.--publish-all',
    title: { ko: '-P, --publish-all', en: '-P, --publish-all' },
    summary: {
      ko: '이미지가 `EXPOSE`로 밝힌 모든 포트를 호스트의 임의 포트(빈 포트)에 게시해요.',
      en: 'Publishes every port the image EXPOSEs on random free host ports.',
    },
    why: { ko: '어느 호스트 포트가 붙었는지는 `docker port <컨테이너>`로 확인하세요.', en: 'See which host ports were chosen with `docker port`.' },
    concept: 'ports',
    docs: `${RUN_DOCS}#publish-all`,
    sources: [`${RUN_DOCS}#publish-all`],
  },
  'cli.run.--volume': {
    id: 'cli.run.--volume',
    title: { ko: '-v, --volume', en: '-v, --volume' },
    summary: {
      ko: '호스트 경로나 볼륨을 컨테이너 안의 경로에 마운트해요. 첫 칸이 무엇이냐에 따라 뜻이 달라요.',
      en: 'Mounts a host path or a volume into the container; the first field decides which.',
    },
    templates: {
      bind: {
        ko: '바인드 마운트(bind mount): 호스트의 `{source}`을/를 컨테이너의 `{target}`에 그대로 연결해요. 한쪽에서 바꾸면 다른 쪽에도 보여요.',
        en: 'Bind mount: host path `{source}` appears at `{target}` in the container; changes show on both sides.',
      },
      // https://docs.docker.com/engine/storage/bind-mounts/#bind-mounting-over-existing-data
      bindHides: {
        ko: '이미지의 `{target}`에 파일이 있었다면 마운트하는 동안 가려져서 보이지 않아요. 지워지지는 않고, 마운트를 빼면 다시 보여요.',
        en: 'Files the image had at `{target}` are hidden while the mount is there; they are not deleted and come back without it.',
      },
      bindRelative: {
        ko: '`{source}`은/는 `.`으로 시작해서 지금 디렉터리 기준 상대 경로로 읽혀요 (최근 Docker 클라이언트가 절대 경로로 바꿔 줘요).',
        en: '`{source}` starts with `.`, so the client resolves it against the current directory (recent Docker CLI).',
      },
      named: {
        ko: '이름 있는 볼륨(named volume) `{source}`을/를 `{target}`에 마운트해요. 없으면 Docker가 만들어요. 컨테이너를 지워도 데이터는 남아요.',
        en: 'Named volume `{source}` at `{target}`; Docker creates it if missing, and it outlives the container.',
      },
      // https://docs.docker.com/engine/storage/volumes/#mounting-a-volume-over-existing-data
      volumeSeed: {
        ko: '볼륨이 비어 있으면 이미지의 `{target}`에 있던 파일을 처음 한 번 볼륨에 복사해요. 이미 내용이 있는 볼륨이면 이미지의 파일은 가려져요.',
        en: "An empty volume first receives a copy of the image's files at `{target}`; a volume that already has content hides them.",
      },
      anonymous: {
        ko: '익명 볼륨(anonymous volume)을 `{target}`에 만들어요. 이름이 없어서 다음 컨테이너가 다시 쓰기 어려워요.',
        en: 'An anonymous volume at `{target}`; without a name, the next container will not find it again.',
      },
      invalidName: {
        ko: '`{source}`은/는 `/`나 `./`로 시작하지 않아서 Docker는 이것을 볼륨 이름으로 읽어요. 볼륨 이름에는 `/`를 쓸 수 없으니 이 명령은 "includes invalid characters for a local volume name" 오류로 실패해요. 호스트 폴더라면 `./{source}` 또는 `$(pwd)/{source}`처럼 쓰세요.',
        en: '`{source}` does not start with `/` or `./`, so Docker reads it as a volume name, and names cannot contain `/`: this fails with "includes invalid characters for a local volume name". For a host folder write `./{source}` or `$(pwd)/{source}`.',
      },
      relativeTarget: { ko: '컨테이너 쪽 경로 `{target}`은/는 절대 경로여야 해요 (`/`로 시작).', en: 'The container path `{target}` must be absolute.' },
      readOnly: { ko: '`ro`: 컨테이너는 읽기만 할 수 있어요.', en: '`ro`: the container can only read it.' },
      variable: { ko: '값에 변수가 있어서 바인드 마운트인지 볼륨인지는 셸이 값을 채운 뒤에 정해져요.', en: 'It holds a variable: bind or volume depends on its value.' },
      socket: {
        ko: '`/var/run/docker.sock`을 마운트하면 컨테이너가 Docker 데몬을 마음대로 다룰 수 있어서, 사실상 호스트의 root 권한을 주는 셈이에요.',
        en: 'Mounting `/var/run/docker.sock` lets the container drive the daemon: effectively root on the host.',
      },
    },
    why: {
      ko: '바인드 마운트는 호스트 경로, 이름 있는 볼륨은 Docker가 관리하는 스토리지예요. `--volumes-from`은 다른 컨테이너의 마운트 설정을 그대로 가져와 같은 데이터를 함께 써요. 셋은 서로 달라요.',
      en: 'A bind mount is a host path, a named volume is storage Docker manages, and `--volumes-from` reuses another container’s mount settings to share the same data: three different things.',
    },
    concept: 'volumes',
    docs: `${RUN_DOCS}#volume`,
    sources: [`${RUN_DOCS}#volume`, 'https://docs.docker.com/engine/storage/bind-mounts/#bind-mounting-over-existing-data', 'https://docs.docker.com/engine/storage/volumes/#mounting-a-volume-over-existing-data'],
  },
  'cli.run.--mount': {
    id: 'cli.run.--mount',
    title: { ko: '--mount', en: '--mount' },
    summary: {
      ko: '`type=bind|volume|tmpfs,source=…,target=…`처럼 키=값으로 마운트를 적어요. `-v`보다 뜻이 분명해요.',
      en: 'Declares a mount as key=value pairs (`type=…,source=…,target=…`): more explicit than `-v`.',
    },
    templates: {
      parsed: { ko: '종류 `{type}`, 원본 `{source}` → 컨테이너 `{target}`', en: 'type `{type}`, source `{source}` → container `{target}`' },
      bindMissing: { ko: '`-v`와 달리 `--mount type=bind`는 없는 호스트 경로를 만들어 주지 않고 오류를 내요.', en: 'Unlike `-v`, `--mount type=bind` errors on a missing host path instead of creating it.' },
    },
    concept: 'volumes',
    docs: `${RUN_DOCS}#mount`,
    sources: [`${RUN_DOCS}#mount`],
  },
  'cli.run.--volumes-from': {
    id: 'cli.run.--volumes-from',
    title: { ko: '--volumes-from', en: '--volumes-from' },
    summary: {
      ko: '컨테이너 `{container}`에 있는 모든 마운트(볼륨과 바인드 마운트)를 같은 경로에 그대로 가져와요.',
      en: 'Mounts every mount of container `{container}` at the same paths.',
    },
    templates: {
      ro: { ko: '`:ro`: 가져온 마운트를 읽기 전용으로 써요.', en: '`:ro`: the mounts are read-only here.' },
      rw: { ko: '`:rw`: 가져온 마운트를 읽고 쓸 수 있어요.', en: '`:rw`: the mounts are read-write here.' },
      same: { ko: '모드를 적지 않아서 원래 컨테이너와 같은 모드(읽기/쓰기)로 마운트돼요.', en: 'No mode given: the same mode as in the source container.' },
    },
    why: {
      ko: '데이터를 복사하지 않고 같은 볼륨을 함께 써요. 바인드 마운트(`-v /호스트:/경로`)나 이름 있는 볼륨(`-v 이름:/경로`)과는 다른 방법이에요.',
      en: 'Nothing is copied: both containers share the same volumes. Different from a bind mount or a named volume.',
    },
    concept: 'volumes',
    docs: `${RUN_DOCS}#volumes-from`,
    sources: [`${RUN_DOCS}#volumes-from`],
  },
  'cli.run.--env': {
    id: 'cli.run.--env',
    title: { ko: '-e, --env', en: '-e, --env' },
    summary: { ko: '컨테이너 안의 환경 변수(environment variable)를 정해요.', en: 'Sets an environment variable in the container.' },
    templates: {
      set: { ko: '`{name}`에 `{value}`을/를 넣어요. 이미지의 `ENV {name}`보다 이 값이 이겨요.', en: 'Sets `{name}` to `{value}`, overriding the image ENV.' },
      passThrough: { ko: '`=` 없이 `{name}`만 적어서, 지금 셸의 `{name}` 값을 그대로 넘겨요 (셸에 없으면 넘기지 않아요).', en: 'Only `{name}`: passes the value from your shell, if set.' },
      secret: { ko: '비밀번호 같은 값은 `docker inspect`와 셸 기록에 남아요.', en: 'Secrets here show up in `docker inspect` and your shell history.' },
    },
    concept: 'env-args',
    docs: `${RUN_DOCS}#env`,
    sources: [`${RUN_DOCS}#env`],
  },
  'cli.run.--env-file': {
    id: 'cli.run.--env-file',
    title: { ko: '--env-file', en: '--env-file' },
    summary: { ko: '`{value}` 파일의 `이름=값` 줄들을 환경 변수로 넣어요.', en: 'Reads `NAME=value` lines of `{value}` as environment variables.' },
    body: {
      ko: '파일은 Docker 클라이언트가 읽어요. 따옴표는 값의 일부로 들어가고, `#`으로 시작하는 줄은 주석이에요.',
      en: 'The client reads the file; quotes become part of the value and `#` lines are comments.',
    },
    concept: 'env-args',
    docs: `${RUN_DOCS}#env`,
    sources: [`${RUN_DOCS}#env`],
  },
  'cli.run.--network': {
    id: 'cli.run.--network',
    title: { ko: '--network', en: '--network' },
    summary: { ko: '컨테이너를 네트워크 `{value}`에 연결해요.', en: 'Connects the container to network `{value}`.' },
    templates: {
      bridge: { ko: '`bridge`: 기본 브리지(docker0)예요. 컨테이너 이름으로 서로 찾지 못하고 IP로만 닿아요.', en: '`bridge`: the default bridge (docker0); no name resolution between containers.' },
      host: { ko: '`host`: 호스트의 네트워크를 그대로 써요. 네트워크 격리가 없고 `-p`는 무시돼요.', en: '`host`: shares the host network; no isolation, and `-p` is ignored.' },
      none: { ko: '`none`: 루프백만 있고 바깥과 통신하지 않아요.', en: '`none`: loopback only.' },
      container: { ko: '`container:{name}`: 컨테이너 `{name}`의 네트워크 네임스페이스를 같이 써요 (같은 IP, 같은 포트 공간).', en: "`container:{name}`: shares `{name}`'s network namespace." },
      custom: {
        ko: '사용자 정의 네트워크 `{value}`: 같은 네트워크의 컨테이너끼리 이름으로 서로 찾아요 (Docker 내장 DNS). `docker network create {value}`으로/로 미리 만들어 두세요.',
        en: 'User-defined network `{value}`: containers on it find each other by name. Create it first with `docker network create {value}`.',
      },
    },
    concept: 'networks',
    docs: `${RUN_DOCS}#network`,
    sources: [`${RUN_DOCS}#network`],
  },
  'cli.run.--workdir': {
    id: 'cli.run.--workdir',
    title: { ko: '-w, --workdir', en: '-w, --workdir' },
    summary: { ko: '컨테이너 안의 작업 디렉터리를 `{value}`으로/로 정해요. 이미지의 `WORKDIR`보다 이 값이 이겨요.', en: 'Sets the working directory to `{value}`, overriding the image WORKDIR.' },
    body: { ko: '없는 경로면 만들어져요. 절대 경로로 쓰세요.', en: 'It is created if missing; use an absolute path.' },
    concept: 'run-flow',
    docs: `${RUN_DOCS}#workdir`,
    sources: [`${RUN_DOCS}#workdir`],
  },
  'cli.run.--user': {
    id: 'cli.run.--user',
    title: { ko: '-u, --user', en: '-u, --user' },
    summary: { ko: '컨테이너 프로세스를 사용자 `{value}`으로/로 실행해요 (`이름|UID[:그룹|GID]`). 이미지의 `USER`보다 이 값이 이겨요.', en: 'Runs the process as `{value}` (`name|uid[:group|gid]`), overriding the image USER.' },
    why: { ko: 'root가 아닌 사용자로 돌리면 컨테이너가 공격당해도 피해가 줄어요. 바인드 마운트의 파일 권한은 이 UID로 따져요.', en: 'A non-root user limits damage; bind-mount permissions are checked against this UID.' },
    concept: 'isolation',
    docs: RUN_DOCS,
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#options'],
  },
  'cli.run.--entrypoint': {
    id: 'cli.run.--entrypoint',
    title: { ko: '--entrypoint', en: '--entrypoint' },
    summary: { ko: '이미지의 엔트리포인트(ENTRYPOINT)를 `{value}`으로/로 바꿔서 실행해요.', en: 'Replaces the image ENTRYPOINT with `{value}`.' },
    templates: {
      // Finding 23: `--entrypoint ""` has no value to show; say what it does.
      empty: {
        ko: '이미지의 엔트리포인트를 비워요. 이미지 이름 뒤의 명령이 그대로 실행돼요.',
        en: 'Clears the image ENTRYPOINT: the command after the image runs as it is.',
      },
    },
    why: {
      ko: '`--entrypoint`를 주면 이미지의 CMD(기본 명령)도 지워져요. 인자가 필요하면 이미지 이름 뒤에 적으세요. `--entrypoint=""`는 엔트리포인트를 비워요.',
      en: 'It also clears the image CMD; put arguments after the image. `--entrypoint=""` empties it.',
    },
    concept: 'run-flow',
    docs: RUN_DOCS,
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#options'],
  },
  'cli.run.--restart': {
    id: 'cli.run.--restart',
    title: { ko: '--restart', en: '--restart' },
    summary: { ko: '재시작 정책(restart policy) `{value}`: 컨테이너가 끝났을 때 Docker 데몬이 다시 시작할지 정해요.', en: 'Restart policy `{value}`: whether the daemon restarts the container when it exits.' },
    templates: {
      no: { ko: '`no`(기본값): 다시 시작하지 않아요.', en: '`no` (default): never restart.' },
      'on-failure': { ko: '`on-failure[:최대횟수]`: 종료 코드가 0이 아닐 때만 다시 시작해요.', en: '`on-failure[:max]`: restart only on a non-zero exit code.' },
      // https://docs.docker.com/engine/containers/start-containers-automatically/#restart-policy-details
      always: {
        ko: '`always`: 멈추면 항상 다시 시작해요. `docker stop`으로 직접 멈춘 컨테이너는 바로 다시 켜지지 않고, Docker 데몬이 다시 시작할 때 켜져요.',
        en: '`always`: always restarts; a container you stopped with `docker stop` stays stopped until the daemon restarts.',
      },
      'unless-stopped': { ko: '`unless-stopped`: `always`와 같지만, 직접 멈춘 컨테이너는 데몬이 다시 켜져도 멈춘 채로 둬요.', en: '`unless-stopped`: like `always`, except a container you stopped stays stopped after a daemon restart.' },
      unknown: { ko: '`{value}`은/는 재시작 정책이 아니에요: `no`, `on-failure[:N]`, `always`, `unless-stopped` 중 하나예요.', en: '`{value}` is not a restart policy.' },
    },
    concept: 'run-flow',
    docs: `${RUN_DOCS}#restart`,
    sources: [`${RUN_DOCS}#restart`, 'https://docs.docker.com/engine/containers/start-containers-automatically/#restart-policy-details'],
  },
  'cli.run.--cpus': {
    id: 'cli.run.--cpus',
    title: { ko: '--cpus', en: '--cpus' },
    summary: { ko: '컨테이너가 쓸 수 있는 CPU를 최대 {value}개 분량으로 제한해요.', en: 'Limits the container to {value} CPUs worth of time.' },
    body: {
      ko: '리눅스 커널의 컨트롤 그룹(cgroup)이 CPU 시간을 나눠 줘서 제한해요. `1.5`면 CPU 1.5개 분량이에요.',
      en: 'Enforced by the kernel through control groups (cgroups); `1.5` means one and a half CPUs.',
    },
    concept: 'isolation',
    docs: 'https://docs.docker.com/engine/containers/resource_constraints/#cpu',
    sources: ['https://docs.docker.com/engine/containers/resource_constraints/#cpu'],
  },
  'cli.run.--memory': {
    id: 'cli.run.--memory',
    title: { ko: '-m, --memory', en: '-m, --memory' },
    summary: { ko: '컨테이너가 쓸 수 있는 메모리를 `{value}`으로/로 제한해요.', en: 'Limits the container memory to `{value}`.' },
    body: {
      ko: '컨트롤 그룹(cgroup)이 지키는 한도예요. 넘으면 커널이 컨테이너의 프로세스를 종료시켜요(OOM). 단위는 `b`, `k`, `m`, `g`이고 최솟값은 `6m`이에요.',
      en: 'A cgroup limit: going over gets processes killed (OOM). Units `b`, `k`, `m`, `g`; the minimum is `6m`.',
    },
    concept: 'isolation',
    docs: `${RUN_DOCS}#memory`,
    sources: [`${RUN_DOCS}#memory`],
  },
  'cli.run.--privileged': {
    id: 'cli.run.--privileged',
    title: { ko: '--privileged', en: '--privileged' },
    summary: {
      ko: '컨테이너에 모든 케이퍼빌리티(capability)와 호스트의 모든 장치를 주고, 보안 프로필(seccomp, AppArmor) 제한을 풀어요.',
      en: 'Gives the container every capability and host device and lifts seccomp/AppArmor limits.',
    },
    why: {
      ko: '격리가 거의 사라져서 컨테이너 안의 root가 호스트를 다룰 수 있어요. 필요한 케이퍼빌리티는 `--cap-add`로, 장치는 `--device`로 하나씩 주세요.',
      en: 'Isolation is mostly gone: root in the container can take over the host. Grant only what is needed with `--cap-add` or `--device`.',
    },
    concept: 'isolation',
    docs: `${RUN_DOCS}#privileged`,
    sources: [`${RUN_DOCS}#privileged`],
  },
  'cli.run.--link': {
    id: 'cli.run.--link',
    title: { ko: '--link', en: '--link' },
    summary: { ko: '예전 방식의 컨테이너 연결(legacy link)로 `{value}`을/를 이름으로 찾게 해요.', en: 'Legacy link to `{value}` so it can be reached by name.' },
    why: {
      ko: '`--link`는 오래된 기능이라 앞으로 없어질 수 있어요. 사용자 정의 네트워크(`docker network create` + `--network`)에 두 컨테이너를 붙이면 이름으로 서로 찾아요.',
      en: 'A legacy feature that may be removed; put both containers on a user-defined network instead.',
    },
    concept: 'networks',
    docs: 'https://docs.docker.com/engine/network/links/',
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#options'],
  },
  'cli.run.--init': {
    id: 'cli.run.--init',
    title: { ko: '--init', en: '--init' },
    summary: {
      ko: '작은 init 프로세스(docker-init)를 PID 1로 먼저 띄워서, 신호를 앱에 전달하고 좀비 프로세스를 거둬요.',
      en: 'Runs a tiny init (docker-init) as PID 1 that forwards signals and reaps zombie processes.',
    },
    why: {
      ko: 'PID 1은 커널이 특별히 다뤄서, 신호 처리를 직접 하지 않는 앱은 `docker stop`의 SIGTERM에 반응하지 않을 수 있어요.',
      en: 'PID 1 is special to the kernel: an app that does not handle signals may ignore `docker stop`’s SIGTERM.',
    },
    concept: 'isolation',
    docs: `${RUN_DOCS}#init`,
    sources: [`${RUN_DOCS}#init`],
  },
  'cli.run.--platform': {
    id: 'cli.run.--platform',
    title: { ko: '--platform', en: '--platform' },
    summary: { ko: '여러 플랫폼용 이미지 중 `{value}`용을 골라 받아서 실행해요.', en: 'Picks the `{value}` variant of a multi-platform image.' },
    why: {
      ko: '호스트와 다른 CPU 아키텍처(예: Apple 실리콘에서 `linux/amd64`)는 에뮬레이션으로 돌아서 느릴 수 있어요.',
      en: 'A different CPU architecture runs under emulation and can be slow.',
    },
    concept: 'images-containers',
    docs: RUN_DOCS,
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#options'],
  },
  'cli.run.--pull': {
    id: 'cli.run.--pull',
    title: { ko: '--pull', en: '--pull' },
    summary: { ko: '실행 전에 이미지를 받을지 정해요: `missing`(기본, 없을 때만), `always`, `never`. 지금 값: `{value}`.', en: 'When to pull before running: `missing` (default), `always`, `never`. Here: `{value}`.' },
    concept: 'run-flow',
    docs: `${RUN_DOCS}#pull`,
    sources: [`${RUN_DOCS}#pull`],
  },
  'cli.run.--expose': {
    id: 'cli.run.--expose',
    title: { ko: '--expose', en: '--expose' },
    summary: { ko: '포트 `{value}`을/를 노출한다고 기록만 해요. 게시하지 않으니 호스트에서는 닿지 않아요 (`-p`가 필요해요).', en: 'Records port `{value}` as exposed; it is not published (use `-p`).' },
    concept: 'ports',
    docs: RUN_DOCS,
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#options'],
  },
  'cli.run.--tmpfs': {
    id: 'cli.run.--tmpfs',
    title: { ko: '--tmpfs', en: '--tmpfs' },
    summary: { ko: '`{value}`에 메모리에만 있는 tmpfs 마운트를 만들어요. 컨테이너가 멈추면 내용이 사라져요.', en: 'Mounts an in-memory tmpfs at `{value}`; its content disappears when the container stops.' },
    concept: 'volumes',
    docs: 'https://docs.docker.com/engine/storage/tmpfs/',
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#options'],
  },
  'cli.run.--cap-add': {
    id: 'cli.run.--cap-add',
    title: { ko: '--cap-add', en: '--cap-add' },
    summary: { ko: '리눅스 케이퍼빌리티(capability) `{value}`을/를 컨테이너에 더 줘요.', en: 'Adds the Linux capability `{value}`.' },
    why: { ko: '`--privileged`보다 필요한 것만 주는 좁은 방법이에요.', en: 'The narrow alternative to `--privileged`.' },
    concept: 'isolation',
    docs: RUN_DOCS,
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#options'],
  },
  'cli.run.--hostname': {
    id: 'cli.run.--hostname',
    title: { ko: '-h, --hostname', en: '-h, --hostname' },
    summary: { ko: '컨테이너 안에서 보이는 호스트 이름을 `{value}`으로/로 정해요 (UTS 네임스페이스).', en: 'Sets the hostname seen inside the container (UTS namespace).' },
    concept: 'isolation',
    docs: RUN_DOCS,
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#options'],
  },
  'cli.run.--label': {
    id: 'cli.run.--label',
    title: { ko: '-l, --label', en: '-l, --label' },
    summary: { ko: '컨테이너에 메타데이터 라벨 `{value}`을/를 붙여요. `docker ps --filter label=…`로 골라낼 수 있어요.', en: 'Adds the label `{value}`; filter with `docker ps --filter label=…`.' },
    concept: 'images-containers',
    docs: RUN_DOCS,
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#options'],
  },
  'cli.run.--add-host': {
    id: 'cli.run.--add-host',
    title: { ko: '--add-host', en: '--add-host' },
    summary: { ko: '컨테이너의 `/etc/hosts`에 `{value}` 줄을 더해요. `host.docker.internal:host-gateway`면 호스트에 닿는 이름이 생겨요.', en: 'Adds `{value}` to /etc/hosts; `host-gateway` maps to the host.' },
    concept: 'networks',
    docs: RUN_DOCS,
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#options'],
  },
  // Finding 39: real `docker run` flags that only mean something for Windows containers.
  'cli.run.windowsOnly': {
    id: 'cli.run.windowsOnly',
    title: { ko: 'Windows 컨테이너 전용 옵션', en: 'Windows-only option' },
    summary: {
      ko: '`{flag}`은/는 Windows 컨테이너에서만 뜻이 있는 `docker run` 옵션이에요. 값을 받는 옵션이라 뒤의 `{value}`이/가 그 값이에요.',
      en: '`{flag}` is a `docker run` option that only means something for Windows containers; `{value}` is its value.',
    },
    concept: 'isolation',
    docs: `${RUN_DOCS}#options`,
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#options'],
  },
  // Hardening and logging flags the facts review found missing (§4).
  'cli.run.--read-only': {
    id: 'cli.run.--read-only',
    title: { ko: '--read-only', en: '--read-only' },
    summary: { ko: '컨테이너의 루트 파일 시스템을 읽기 전용으로 마운트해요. 앱은 볼륨, 바인드 마운트, tmpfs 마운트에만 쓸 수 있어요.', en: "Mounts the container's root filesystem read-only; the app can write only to volumes, bind mounts and tmpfs mounts." },
    why: { ko: '공격자가 컨테이너 안의 파일을 바꾸기 어려워져요. 임시 파일이 필요한 앱은 `--tmpfs /tmp`를 함께 주세요.', en: 'An attacker cannot easily change files in the container; add `--tmpfs /tmp` for apps that need scratch space.' },
    concept: 'isolation',
    docs: `${RUN_DOCS}#read-only`,
    sources: [`${RUN_DOCS}#read-only`],
  },
  'cli.run.--cap-drop': {
    id: 'cli.run.--cap-drop',
    title: { ko: '--cap-drop', en: '--cap-drop' },
    summary: { ko: '리눅스 케이퍼빌리티(capability) `{value}`을/를 컨테이너에서 빼요. `ALL`이면 Docker가 기본으로 주는 케이퍼빌리티를 모두 빼요.', en: 'Drops the Linux capability `{value}`; `ALL` drops every capability Docker grants by default.' },
    why: { ko: '`--cap-drop ALL --cap-add NET_BIND_SERVICE`처럼 모두 뺀 뒤 필요한 것만 다시 주는 방법이 안전해요.', en: 'Drop all, then add back only what is needed: `--cap-drop ALL --cap-add NET_BIND_SERVICE`.' },
    concept: 'isolation',
    docs: `${RUN_DOCS}#privileged`,
    sources: [`${RUN_DOCS}#privileged`],
  },
  'cli.run.--security-opt': {
    id: 'cli.run.--security-opt',
    title: { ko: '--security-opt', en: '--security-opt' },
    summary: { ko: '보안 옵션 `{value}`을/를 정해요 (seccomp, AppArmor, SELinux 프로필, `no-new-privileges` 등).', en: 'Sets the security option `{value}` (seccomp, AppArmor, SELinux profiles, `no-new-privileges`, …).' },
    why: { ko: '`no-new-privileges`는 컨테이너 안의 프로세스가 setuid 프로그램(`sudo` 등)으로 권한을 더 얻지 못하게 해요. `seccomp=unconfined`처럼 제한을 푸는 값은 격리를 약하게 만들어요.', en: '`no-new-privileges` stops processes from gaining privileges through setuid programs such as `sudo`; values like `seccomp=unconfined` weaken isolation.' },
    concept: 'isolation',
    docs: `${RUN_DOCS}#security-opt`,
    sources: [`${RUN_DOCS}#security-opt`],
  },
  'cli.run.--stop-signal': {
    id: 'cli.run.--stop-signal',
    title: { ko: '--stop-signal', en: '--stop-signal' },
    summary: { ko: '`docker stop`이 메인 프로세스에 보낼 신호를 `{value}`으로/로 정해요. 없으면 이미지의 STOPSIGNAL, 그것도 없으면 SIGTERM이에요.', en: "`docker stop` sends `{value}` to the main process; without it the image STOPSIGNAL, else SIGTERM." },
    concept: 'run-flow',
    docs: `${RUN_DOCS}#stop-signal`,
    sources: [`${RUN_DOCS}#stop-signal`],
  },
  'cli.run.--stop-timeout': {
    id: 'cli.run.--stop-timeout',
    title: { ko: '--stop-timeout', en: '--stop-timeout' },
    summary: { ko: '`docker stop`이 신호를 보낸 뒤 SIGKILL까지 {value}초 기다리게 해요 (리눅스 컨테이너의 기본은 10초).', en: '`docker stop` waits {value} seconds after the signal before SIGKILL (10 s by default for Linux containers).' },
    concept: 'run-flow',
    docs: `${RUN_DOCS}#stop-timeout`,
    sources: [`${RUN_DOCS}#stop-timeout`],
  },
  'cli.run.--log-driver': {
    id: 'cli.run.--log-driver',
    title: { ko: '--log-driver', en: '--log-driver' },
    summary: { ko: '컨테이너 출력을 어디에 저장할지 정해요: `{value}`. 기본은 `json-file`이에요.', en: 'Chooses where the container output is stored: `{value}`. The default is `json-file`.' },
    why: { ko: '기본 `json-file` 드라이버는 로그를 돌려쓰지(rotate) 않아서 로그 파일이 디스크를 채울 수 있어요. `--log-opt max-size=10m --log-opt max-file=3`처럼 크기를 정하거나 `local` 드라이버를 쓰세요.', en: 'The default `json-file` driver does not rotate logs, so they can fill the disk: set `--log-opt max-size=10m --log-opt max-file=3` or use the `local` driver.' },
    concept: 'run-flow',
    docs: 'https://docs.docker.com/engine/logging/configure/',
    sources: ['https://docs.docker.com/engine/logging/configure/#configure-the-default-logging-driver', 'https://docs.docker.com/engine/logging/drivers/json-file/#options'],
  },
  'cli.run.--log-opt': {
    id: 'cli.run.--log-opt',
    title: { ko: '--log-opt', en: '--log-opt' },
    summary: { ko: '로그 드라이버의 옵션 `{value}`을/를 정해요. `json-file`에서는 `max-size`(파일 하나의 크기)와 `max-file`(남길 파일 수)로 로그를 돌려써요.', en: 'Sets the log driver option `{value}`; for `json-file`, `max-size` and `max-file` rotate the logs.' },
    concept: 'run-flow',
    docs: 'https://docs.docker.com/engine/logging/drivers/json-file/',
    sources: ['https://docs.docker.com/engine/logging/drivers/json-file/#options'],
  },
  'cli.run.--use-api-socket': {
    id: 'cli.run.--use-api-socket',
    title: { ko: '--use-api-socket', en: '--use-api-socket' },
    summary: { ko: 'Docker API 소켓과 인증 정보를 컨테이너에 마운트해요. 컨테이너가 Docker 데몬을 다룰 수 있게 돼요.', en: 'Mounts the Docker API socket and credentials into the container.' },
    why: { ko: 'Docker 데몬을 다룰 수 있으면 호스트의 root와 거의 같아요.', en: 'Control of the daemon is close to root on the host.' },
    concept: 'isolation',
    docs: RUN_DOCS,
    sources: ['https://docs.docker.com/reference/cli/docker/container/run/#options'],
  },
};
