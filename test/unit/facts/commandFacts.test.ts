import * as assert from 'assert';
import { parseCommands } from '../../../src/core/documents/commandsDocument';
import { explainCommands } from '../../../src/core/explain/explainCommands';
import type { Language } from '../../../src/core/types';

// One row per finding of the facts review (shared/reviews/facts-dockerfile-commands.md) about
// the docker command texts: the hover a learner sees must state the corrected fact and must no
// longer state the wrong one. Each row names its source.

function hoverText(line: string, at: string, lang: Language = 'ko'): string {
  const index = line.indexOf(at);
  assert.ok(index >= 0, `"${at}" not in ${line}`);
  const doc = parseCommands(line, 'shell');
  const r = explainCommands(doc, doc.lines.positionAt(index), { language: lang });
  assert.ok(r, `no hover for ${at} in ${line}`);
  return r.markdown;
}

interface Row {
  finding: string;
  line: string;
  at: string;
  says: string[];
  never: string[];
  source: string;
}

const ROWS: Row[] = [
  {
    finding: '9',
    line: 'docker compose exec -it web sh',
    at: '-it',
    says: ['기본값이라 없어도 돼요'],
    never: ['unknown', '옵션이 아니라'],
    source: 'https://docs.docker.com/reference/cli/docker/compose/exec/ ("Compose also supports those two flags")',
  },
  {
    finding: '9',
    line: 'docker compose run -t web sh',
    at: '-t',
    says: ['가상 터미널'],
    never: ['옵션이 아니라', '없는 옵션'],
    source: 'docker/compose cmd/compose/run.go (`tty`, `interactive` flags)',
  },
  {
    finding: '9',
    line: 'docker compose exec --no-tty web sh',
    at: '--no-tty',
    says: ['가상 터미널을 붙이지 않아요'],
    never: ['없는 옵션'],
    source: 'docker/compose cmd/compose/exec.go (`no-tty`, legacy `no-TTY`)',
  },
  {
    finding: '9',
    line: 'docker exec -it web sh',
    at: '-it',
    says: ['`exit`해도 컨테이너는 계속 돌아요'],
    never: ['컨테이너도 멈춰요'],
    source: 'https://docs.docker.com/reference/cli/docker/container/exec/ (a second process in a running container)',
  },
  {
    finding: '23',
    line: 'docker run --entrypoint "" img sh',
    at: 'run',
    says: ['`--entrypoint ""` — 이미지의 엔트리포인트를 비워요'],
    never: [],
    source: 'https://docs.docker.com/reference/cli/docker/container/run/ (--entrypoint)',
  },
  {
    finding: '11',
    line: 'docker build -t app -',
    at: 'build',
    says: ['표준 입력에서 Dockerfile을 읽어요'],
    never: ['`-/Dockerfile`', '컨텍스트(build context) `-`'],
    source: 'https://docs.docker.com/build/concepts/context/#empty-context',
  },
  {
    finding: '11',
    line: 'docker build -f - .',
    at: 'build',
    says: ['`-f -`: Dockerfile은 표준 입력에서 읽고'],
    never: ['`-`을 읽고'],
    source: 'https://docs.docker.com/build/concepts/context/#empty-context',
  },
  {
    finding: '13',
    line: 'docker build -m 2g .',
    at: '-m',
    says: ['옛 빌더(legacy builder)의 옵션', '무시해요'],
    never: ['명령 전체가 실패해요', '옵션이 아니라'],
    source: 'docker/buildx commands/build.go at ac636fd2 ("hidden flags", MarkHidden("memory"))',
  },
  {
    finding: '13',
    line: 'docker build --squash --security-opt seccomp=unconfined .',
    at: '--security-opt',
    says: ['무시해요', 'RUN --security=insecure'],
    never: ['명령 전체가 실패해요'],
    source: 'docker/buildx commands/build.go at ac636fd2 (flag-warn annotations)',
  },
  {
    finding: '20',
    line: 'docker run --rm nginx -p 80:80',
    at: 'run',
    says: ['이미지에 엔트리포인트(ENTRYPOINT)가 있으면 그 인자로 넘어가요', '이미지 이름 앞으로 옮기세요'],
    never: ['`-p 80:80`이 실행돼요'],
    source: 'https://docs.docker.com/reference/cli/docker/container/run/ (COMMAND after the image)',
  },
  {
    finding: '21',
    line: 'docker run -p 8080:80 nginx',
    at: '-p',
    says: ['같은 호스트 주소·포트·프로토콜 조합은 컨테이너 하나만'],
    never: ['호스트 포트는 호스트에서 하나뿐이에요'],
    source: 'https://docs.docker.com/engine/network/port-publishing/',
  },
  {
    finding: '22',
    line: 'docker rm web',
    at: 'rm',
    says: ['`-v`를 주지 않으면 익명 볼륨도 남아요'],
    never: ['이미지와 이름 있는 볼륨은 남아요'],
    source: 'https://docs.docker.com/reference/cli/docker/container/rm/#volumes',
  },
  {
    finding: '23',
    line: 'docker run --entrypoint "" img sh',
    at: '--entrypoint',
    says: ['엔트리포인트를 비워요'],
    never: ['``'],
    source: 'https://docs.docker.com/reference/cli/docker/container/run/ (--entrypoint)',
  },
  {
    finding: '24',
    line: 'docker run --network container:db alpine',
    at: 'run',
    says: ['`db`의 네트워크 네임스페이스'],
    never: ['네트워크 `container:db`에 연결해요'],
    source: 'https://docs.docker.com/reference/cli/docker/container/run/#network',
  },
  {
    finding: '25',
    line: 'docker build -',
    at: '-',
    says: ['컨텍스트 tar 아카이브'],
    never: ['Dockerfile만 받아요'],
    source: 'https://docs.docker.com/build/concepts/context/#what-is-a-build-context',
  },
  {
    finding: '32',
    line: 'docker network connect appnet web',
    at: 'connect',
    says: ['멈춘 컨테이너도 연결할 수 있고'],
    never: ['실행 중인 컨테이너를'],
    source: 'https://docs.docker.com/reference/cli/docker/network/connect/ ("A container connects to its configured networks when it runs")',
  },
  {
    finding: '33',
    line: 'docker compose exec web sh',
    at: 'exec',
    says: ['Compose가 TTY를 스스로 꺼요'],
    never: ['터미널이 없는 곳에서는 `-T`로 TTY를 꺼요'],
    source: 'docker/compose cmd/compose/exec.go (`no-tty` defaults to !IsTerminal())',
  },
  {
    finding: '39',
    line: 'docker run --cpu-count 2 alpine',
    at: '--cpu-count',
    says: ['Windows 컨테이너에서만', '`2`'],
    never: ['없는 옵션'],
    source: 'https://docs.docker.com/reference/cli/docker/container/run/#options ("Windows only")',
  },
  {
    finding: '39',
    line: 'docker run --cpu-count 2 alpine',
    at: 'alpine',
    says: ['`alpine`'],
    never: ['이미지 `2`'],
    source: 'https://docs.docker.com/reference/cli/docker/container/run/#options',
  },
  {
    finding: 'K1',
    line: 'docker run -v usr/html:/x nginx',
    at: '-v',
    says: ['`./usr/html` 또는 `$(pwd)/usr/html`처럼 쓰세요'],
    never: ['`./usr/html`나'],
    source: 'review K1 (particle after a value)',
  },
  {
    finding: 'K6',
    line: 'docker run --cpus 1.5 nginx',
    at: '--cpus',
    says: ['CPU 1.5개 분량'],
    never: ['한 CPU와 반 개'],
    source: 'review K6',
  },
  {
    finding: 'K7',
    line: 'docker login',
    at: 'login',
    says: ['base64로 인코딩만 된 채'],
    never: ['base64로만 바뀌어'],
    source: 'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
  },
  {
    finding: 'K8',
    line: 'docker run --bogus nginx',
    at: '--bogus',
    says: ['철자를 확인하세요'],
    never: ['철자를 확인해요'],
    source: 'review K8 (advice in -세요)',
  },
  {
    finding: 'K9',
    line: 'docker run -p 80 nginx',
    at: '-p',
    says: ['Docker가 빈 호스트 포트를 골라요'],
    never: ['도커'],
    source: 'DESIGN.md vocabulary ("Docker", not "도커")',
  },
  {
    finding: 'K17',
    line: 'docker run --restart always nginx',
    at: '--restart',
    says: ['`docker stop`으로 직접 멈춘 컨테이너는 바로 다시 켜지지 않고'],
    never: ['데몬이 다시 켜질 때도 시작해요'],
    source: 'https://docs.docker.com/engine/containers/start-containers-automatically/#restart-policy-details',
  },
  {
    finding: 'K18',
    line: 'docker run -v data:/data nginx',
    at: '-v',
    says: ['마운트 설정을 그대로 가져와 같은 데이터를 함께 써요', 'Docker가 관리하는 스토리지'],
    never: ['마운트 복사예요', '관리하는 저장소'],
    source: 'review K18; DESIGN.md (저장소 = repository only)',
  },
  {
    finding: 'K19',
    line: 'docker run -p 127.0.0.1:8080:80 nginx',
    at: '-p',
    says: ['주소에 따라 다른 컴퓨터'],
    never: ['호스트 밖에서 컨테이너에 닿게'],
    source: 'https://docs.docker.com/engine/network/port-publishing/',
  },
  {
    finding: 'K22',
    line: 'docker run -u 1000 node',
    at: '-u',
    says: ['공격당해도'],
    never: ['뚫려도'],
    source: 'review K22',
  },
  {
    finding: '§4 firewall',
    line: 'docker run -p 8080:80 nginx',
    at: '-p',
    says: ['ufw 같은 호스트 방화벽 규칙을 거치지 않아요', '`127.0.0.1:`'],
    never: [],
    source: 'https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-and-ufw',
  },
  {
    finding: '§4 firewall',
    line: 'docker run -p 127.0.0.1:8080:80 nginx',
    at: '-p',
    says: ['루프백'],
    never: ['호스트 방화벽 규칙을 거치지 않아요'],
    source: 'https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-and-ufw',
  },
  {
    finding: '§4 bind hides',
    line: 'docker run -v /srv/html:/usr/share/nginx/html nginx',
    at: '-v',
    says: ['마운트하는 동안 가려져서 보이지 않아요'],
    never: [],
    source: 'https://docs.docker.com/engine/storage/bind-mounts/#bind-mounting-over-existing-data',
  },
  {
    finding: '§4 volume seed',
    line: 'docker run -v pgdata:/var/lib/postgresql/data postgres',
    at: '-v',
    says: ['볼륨이 비어 있으면 이미지의'],
    never: [],
    source: 'https://docs.docker.com/engine/storage/volumes/#mounting-a-volume-over-existing-data',
  },
  {
    finding: '§4 .dockerignore',
    line: 'docker build .',
    at: '.',
    says: ['`.dockerignore`에 적은 파일은 빌더에 가지 않아서 `COPY . .`에도 들어가지 않아요'],
    never: [],
    source: 'https://docs.docker.com/build/concepts/context/#dockerignore-files',
  },
  {
    finding: '§4 multi-platform',
    line: 'docker build --platform linux/amd64,linux/arm64 .',
    at: '--platform',
    says: ['`--push`', 'containerd 이미지 스토어'],
    never: [],
    source: 'https://docs.docker.com/build/building/multi-platform/#prerequisites',
  },
  // §4 "everyday commands with no topic": each now has one, with the flags the CLI accepts.
  {
    finding: '§4 kill',
    line: 'docker kill -s HUP web',
    at: 'kill',
    says: ['SIGKILL', '128 + 9 = 137', '`State.OOMKilled`'],
    never: ['이 확장이 아직 설명하지 못하는'],
    source: 'https://docs.docker.com/reference/cli/docker/container/kill/#description',
  },
  { finding: '§4 port', line: 'docker port web 80', at: 'port', says: ['`-P`나 `-p 80`'], never: ['아직 설명하지 못하는'], source: 'https://docs.docker.com/reference/cli/docker/container/port/#description' },
  { finding: '§4 cp', line: 'docker cp web:/etc/nginx/nginx.conf .', at: 'cp', says: ['실행 중이든 멈췄든', '쓰기 가능한 레이어에만'], never: ['아직 설명하지 못하는'], source: 'https://docs.docker.com/reference/cli/docker/container/cp/#description' },
  { finding: '§4 history', line: 'docker history --no-trunc node:20', at: 'history', says: ['`node:20`', 'RUN --mount=type=secret'], never: ['없는 옵션'], source: 'https://docs.docker.com/reference/cli/docker/image/history/#description' },
  { finding: '§4 commit', line: 'docker commit web myimg:debug', at: 'commit', says: ['`myimg:debug`', '볼륨에 있는 데이터는 들어가지 않아요'], never: [], source: 'https://docs.docker.com/reference/cli/docker/container/commit/#description' },
  { finding: '§4 cleanup', line: 'docker system df', at: 'df', says: ['빌드 캐시', 'RECLAIMABLE'], never: [], source: 'https://docs.docker.com/reference/cli/docker/system/df/#description' },
  { finding: '§4 cleanup', line: 'docker system prune -a --volumes', at: 'prune', says: ['dangling', '`--volumes`를 주면 익명 볼륨도'], never: ['없는 옵션'], source: 'https://docs.docker.com/reference/cli/docker/system/prune/#description' },
  { finding: '§4 cleanup', line: 'docker image prune -a', at: 'prune', says: ['`<none>`'], never: [], source: 'https://docs.docker.com/reference/cli/docker/image/prune/#description' },
  { finding: '§4 cleanup', line: 'docker builder prune -a', at: 'prune', says: ['빌드 캐시를 지워요'], never: [], source: 'https://docs.docker.com/reference/cli/docker/builder/prune/#description' },
  // §4 builders and outputs.
  { finding: '§4 builders', line: 'docker build --load -t app .', at: '--load', says: ['`docker-container`', '빌드 캐시에만 남아요'], never: [], source: 'https://docs.docker.com/build/builders/drivers/#loading-to-local-image-store' },
  { finding: '§4 builders', line: 'docker build -o type=local,dest=out .', at: '-o', says: ['`type=local,dest=out`', '`--push`는 `type=registry`'], never: [], source: 'https://docs.docker.com/reference/cli/docker/buildx/build/#output' },
  { finding: '§4 builders', line: 'docker build --builder ci .', at: '--builder', says: ['빌더 `ci`로 빌드해요', '`docker buildx ls`'], never: [], source: 'https://docs.docker.com/build/builders/#selected-builder' },
  // §4 hardening, logging and exit codes.
  { finding: '§4 hardening', line: 'docker run --read-only --tmpfs /tmp app', at: '--read-only', says: ['읽기 전용', '`--tmpfs /tmp`'], never: [], source: 'https://docs.docker.com/reference/cli/docker/container/run/#read-only' },
  { finding: '§4 hardening', line: 'docker run --cap-drop ALL --cap-add NET_BIND_SERVICE app', at: '--cap-drop', says: ['`ALL`을 컨테이너에서 빼요', '모두 뺀 뒤'], never: [], source: 'https://docs.docker.com/reference/cli/docker/container/run/#privileged' },
  { finding: '§4 hardening', line: 'docker run --security-opt no-new-privileges app', at: '--security-opt', says: ['setuid'], never: [], source: 'https://docs.docker.com/reference/cli/docker/container/run/#security-opt' },
  { finding: '§4 stop', line: 'docker run --stop-signal SIGINT --stop-timeout 30 app', at: '--stop-signal', says: ['`SIGINT`로 정해요', 'STOPSIGNAL'], never: [], source: 'https://docs.docker.com/reference/cli/docker/container/run/#stop-signal' },
  { finding: '§4 stop', line: 'docker run --stop-signal SIGINT --stop-timeout 30 app', at: '--stop-timeout', says: ['30초'], never: [], source: 'https://docs.docker.com/reference/cli/docker/container/run/#stop-timeout' },
  { finding: '§4 exit codes', line: 'docker stop web', at: 'stop', says: ['SIGTERM이면 143', 'SIGKILL이면 137'], never: [], source: 'https://docs.docker.com/reference/cli/docker/container/stop/#description' },
  { finding: '§4 logging', line: 'docker run --log-driver json-file --log-opt max-size=10m app', at: '--log-driver', says: ['돌려쓰지(rotate) 않아서', '`local` 드라이버'], never: [], source: 'https://docs.docker.com/engine/logging/configure/#configure-the-default-logging-driver' },
  { finding: '§4 logging', line: 'docker run --log-driver json-file --log-opt max-size=10m app', at: '--log-opt', says: ['`max-size=10m`', '`max-file`'], never: [], source: 'https://docs.docker.com/engine/logging/drivers/json-file/#options' },
  { finding: '§4 compose watch', line: 'docker compose watch', at: 'watch', says: ['`develop.watch`', '`.dockerignore`의 규칙을 따라서'], never: [], source: 'https://docs.docker.com/compose/how-tos/file-watch/#configuration' },
  // Issue 10 §2: `docker run` explanations take what runs, PID 1 and SIGTERM from the process model.
  {
    finding: 'process model: words after an image with no ENTRYPOINT are the command',
    line: 'docker run --rm alpine sh -c "sleep 100"',
    at: 'sleep',
    says: ['이미지 `alpine`에는 엔트리포인트(ENTRYPOINT)가 없어서', 'BusyBox ash', '`sleep`이 PID 1이 되어 SIGTERM을 받아요'],
    never: ['셸이 PID 1이 돼요'],
    source: 'https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact; busybox shell/ash.c ash_main (EV_EXIT)',
  },
  {
    finding: 'process model: Debian\'s dash keeps the shell as PID 1',
    line: 'docker run debian:bookworm sh -c "sleep 100"',
    at: 'run',
    says: ['이미지의 CMD 대신 `sh -c "sleep 100"`을 실행해요', 'dash', '자식 프로세스', '`exec`을 붙이세요'],
    never: ['`sleep`이 PID 1', 'JSON 배열'],
    source: 'probe: Debian 12 dash 0.5.12-2 keeps sh as the parent of sleep (Debian patch "Disable sh -c optimisation")',
  },
  {
    finding: 'process model: --entrypoint replaces the entrypoint and clears CMD; PID 1 is the new entrypoint',
    line: 'docker run --entrypoint /bin/bash nginx -c "nginx -g \'daemon off;\'"',
    at: '--entrypoint',
    says: ['컨테이너가 실행하는 명령: `/bin/bash -c', '`bash`는 명령이 하나뿐이면', '`nginx`가 PID 1'],
    never: ['알 수 없어요'],
    source: 'https://docs.docker.com/reference/cli/docker/container/run/#options; probe: bash 5.2.15 execs a lone command',
  },
  {
    finding: 'process model: an image that may have an ENTRYPOINT: said as a condition, never guessed',
    line: 'docker run node:20 npm start',
    at: 'npm',
    says: ['엔트리포인트의 인자로 붙어요', '이미지에 ENTRYPOINT가 없다면: PID 1은 `npm`'],
    never: ['이미지 `node:20`에는 엔트리포인트(ENTRYPOINT)가 없어서'],
    source: 'https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact',
  },
];

describe('facts review: docker command hovers say what Docker does', () => {
  for (const row of ROWS) {
    it(`finding ${row.finding}: ${row.line} @ ${row.at}`, () => {
      const text = hoverText(row.line, row.at);
      for (const s of row.says) assert.ok(text.includes(s), `finding ${row.finding}: missing "${s}" (source: ${row.source}) in:\n${text}`);
      for (const s of row.never) assert.ok(!text.includes(s), `finding ${row.finding}: still says "${s}" in:\n${text}`);
    });
  }

  it('the corrected texts have English too', () => {
    assert.ok(hoverText('docker build -m 2g .', '-m', 'en').includes('legacy builder'));
    assert.ok(hoverText('docker compose exec -it web sh', '-it', 'en').includes('default in Compose'));
  });
});
