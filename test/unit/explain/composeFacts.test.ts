import * as assert from 'assert';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import { explainCompose } from '../../../src/core/explain/explainCompose';
import type { Language } from '../../../src/core/types';

// One row per finding of shared/reviews/facts-compose-lint.md that a Compose hover states: a
// small file, the cursor, what the hover must say (and must no longer say), and the source
// that shows what `docker compose` v2 does.

interface FactRow {
  id: string;
  source: string;
  /** The cursor goes to the start of the first occurrence of this text (+ shift). */
  at: string;
  shift?: number;
  lang?: Language;
  says: (string | RegExp)[];
  never?: (string | RegExp)[];
  cite: string;
}

function hoverText(row: FactRow): string {
  const doc = parseCompose(row.source);
  const at = row.source.indexOf(row.at);
  assert.ok(at >= 0, `${row.id}: no "${row.at}" in the source`);
  const before = row.source.slice(0, at + (row.shift ?? 0));
  const line = before.split('\n').length - 1;
  const character = before.length - before.lastIndexOf('\n') - 1;
  return explainCompose(doc, { line, character }, { language: row.lang ?? 'ko', conceptLinks: false })?.markdown ?? '';
}

const svc = (body: string) => `services:\n  web:\n    image: nginx:1.27\n${body}`;

export const FACT_ROWS: FactRow[] = [
  {
    id: 'F8',
    source: svc('    ports:\n      - "localhost:8081:80"\n'),
    at: '"localhost',
    says: ['IP 주소가 아니라서', 'invalid IP address'],
    never: ['루프백', '이 호스트 안에서만'],
    cite: 'go-connections nat/nat.go ParsePortSpec: net.ParseIP(ip) == nil → "invalid IP address"',
  },
  {
    id: 'F14',
    source: svc('    ports:\n      - "8000-8010:80"\n'),
    at: '"8000',
    says: ['빈 포트 하나를 골라', '고른 한 포트만 차지해요', '`<호스트 IP>:<고른 포트>`로'],
    never: ['8000-8010/tcp를 차지', '<호스트 IP>:8000-8010'],
    cite: 'go-connections nat/nat.go: "use the host port range as the dynamic host port range to allocate into"',
  },
  {
    id: 'F15',
    source: svc('    ports:\n      - target: 80\n        host_ip: 127.0.0.1\n'),
    at: 'target: 80',
    says: ['루프백 `127.0.0.1`', '빈 호스트 포트를 골라'],
    never: ['모든 인터페이스'],
    cite: 'https://docs.docker.com/reference/compose-file/services/#ports (long syntax host_ip); nat IP::CONTAINER',
  },
  {
    id: 'F17',
    source: svc('    ports:\n      - "0:80"\n'),
    at: '"0:80"',
    says: ['호스트 포트 `0`은 비워 둔 것과 같아요'],
    never: ['읽을 수 없어요'],
    cite: 'go-connections nat/parse.go parsePortNumber accepts 0–65535; 0 = dynamic',
  },
  {
    id: 'F35',
    source: svc('    ports:\n      - 2222:22\n'),
    at: '2222:22',
    says: ['60진수 `133342`'],
    cite: 'https://yaml.org/type/int.html (base 60); Compose reference › ports ("xx:yy")',
  },
  {
    id: 'F4',
    source: svc('    network_mode: host\n    ports:\n      - "80:80"\n'),
    at: 'host\n',
    says: ['`ports`가 무시돼요', 'Published ports are discarded'],
    never: ['오류가 나요'],
    cite: 'docker/compose#8326 (the error came from docker-py in v1); engine warning "Published ports are discarded when using host network mode"',
  },
  {
    id: 'F4 (ports side)',
    source: svc('    network_mode: host\n    ports:\n      - "80:80"\n'),
    at: '"80:80"',
    says: ['`network_mode: host`라서 이 포트 게시는 무시돼요'],
    cite: 'same as F4',
  },
  {
    id: 'F30',
    source: svc('    ports:\n      - target: 80\n        host_ip: 127.0.0.1\n'),
    at: 'host_ip',
    says: ['모든 IPv4·IPv6 인터페이스(`0.0.0.0`, `::`)'],
    cite: 'https://docs.docker.com/engine/network/port-publishing/ (default binds 0.0.0.0 and [::])',
  },
  {
    id: 'K21',
    source: svc('    ports:\n      - "80"\n'),
    at: '"80"',
    says: ['빈 호스트 포트를 골라 모든 인터페이스(`0.0.0.0`, `::`)에 열어요'],
    never: ['골라요 (모든'],
    cite: 'review K21 (wording)',
  },
  {
    id: 'K2',
    source: svc('    ports:\n      - "8080:80"\n'),
    at: '    ports',
    shift: 4,
    says: ['접속할 수 있게 해요'],
    never: ['닿'],
    cite: 'review K2 (wording)',
  },
  {
    id: 'F2',
    source: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      cache:\n        condition: service_started\n        required: false\n  cache:\n    image: redis:7\n',
    at: 'required',
    says: ['프로필 때문에 꺼져 있거나', '정의되지 않은 서비스 이름은 여전히 오류'],
    never: ['없거나 시작하지 못해도'],
    cite: 'compose-go loader/validate.go checkConsistency (only ErrDisabled is skipped when required is false)',
  },
  {
    id: 'F5 (cpus)',
    source: svc('    deploy:\n      resources:\n        reservations:\n          cpus: "0.5"\n'),
    at: 'cpus',
    says: ['`docker compose`는 이 값을 쓰지 않아요'],
    never: ['보장받아요'],
    cite: 'docker/compose pkg/compose/create.go setReservations ("Cpu reservation is a swarm option")',
  },
  {
    id: 'F5/K17 (memory)',
    source: svc('    deploy:\n      resources:\n        reservations:\n          memory: 256m\n'),
    at: 'memory',
    says: ['소프트 한도 `256m`(256 MiB)', '보장은 아니에요'],
    never: ['보장받아요', '` = '],
    cite: 'docker/compose create.go setReservations → MemoryReservation; https://docs.docker.com/engine/containers/resource_constraints/#memory',
  },
  {
    id: 'F6/K20',
    source: 'services:\n  web:\n    image: nginx:1.27\n    secrets:\n      - source: db\n        mode: 0440\nsecrets:\n  db:\n    file: ./db.txt\n',
    at: 'mode',
    says: ['누구나 읽을 수 있는 `0444`', '호스트 파일의 권한을 그대로'],
    never: ['모두 읽기 가능한'],
    cite: 'https://docs.docker.com/reference/compose-file/services/#secrets (uid/gid/mode not implemented for file secrets)',
  },
  {
    id: 'F7',
    source: svc('    restart: always\n'),
    at: 'restart',
    says: ['100ms부터 두 배씩', '10초 이상 실행된 뒤에 끝나면 간격이 처음(100ms)으로'],
    never: ['10초 동안 실행된 뒤에야 효력'],
    cite: 'moby daemon restartmanager ShouldRestart; Engine API RestartPolicy ("An ever increasing delay … starting at 100ms")',
  },
  {
    id: 'F9',
    source: svc('    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost"]\n'),
    at: 'test:',
    says: ['alpine은 BusyBox `wget`만 있어요'],
    never: ['`curl`이나 `wget`이 없는 작은 이미지(alpine'],
    cite: 'alpine base image = musl + BusyBox (wget applet)',
  },
  {
    id: 'F10',
    source: svc('    pull_policy: missing\n'),
    at: 'missing',
    says: ['`docker compose pull`은 `latest` 태그를 있어도 다시 받아요', '`up`은 로컬에 있으면 그대로 써요'],
    never: ['`latest` 태그는 항상 받아요'],
    cite: 'docker/compose pkg/compose/pull.go (mustPull vs isLatestTag); https://docs.docker.com/reference/compose-file/services/#pull_policy',
  },
  {
    id: 'F29',
    source: svc('    pull_policy: refresh\n'),
    at: 'refresh',
    says: ['`pull_refresh_after`'],
    never: ['알려진 pull_policy 값이 아니에요'],
    cite: 'compose-go types PullPolicyRefresh; docker/compose pull.go mustPull',
  },
  {
    id: 'F11',
    source: 'include:\n  - other.yaml\nservices:\n  web:\n    image: nginx:1.27\n',
    at: 'include',
    says: ['예전 Compose(compose-go v2.10.0 이전을 쓰는 것)는 오류', 'Compose v5부터는'],
    never: ['덮어쓰기가 아니에요', 'Compose 2.40'],
    cite: 'compose-go loader/include.go importResource (error before commit 3d3411d; MergeYaml from v2.10.0, v2.13.0 in Compose v5)',
  },
  {
    id: 'F12',
    source: 'services:\n  web:\n    extends:\n      file: base.yaml\n      service: app\n',
    at: 'extends',
    says: ['최상위 `volumes:`/`networks:` 선언은 따라오지 않아서'],
    never: ['`depends_on`이나 볼륨 같은 참조 대상'],
    cite: 'compose-go loader/extends.go (only `extends` is removed; depends_on is copied); docker/compose#12360',
  },
  {
    id: 'F13',
    source: svc('    profiles: [debug]\n'),
    at: 'debug',
    says: ['명령줄에 이 서비스 이름을 적으면 시작해요'],
    cite: 'https://docs.docker.com/compose/how-tos/profiles/ ("unless the service is explicitly targeted")',
  },
  {
    id: 'F16',
    source: svc('    mem_limit: 1GiB\n'),
    at: '1GiB',
    says: ['1 GiB'],
    never: ['바이트 값 형식이 아니에요'],
    cite: 'compose-go types/bytes.go → docker/go-units size.go RAMInBytes',
  },
  {
    id: 'F16 (space, t)',
    source: svc('    shm_size: 512 MB\n    mem_limit: 2t\n'),
    at: '512 MB',
    says: ['512 MiB'],
    never: ['바이트 값 형식이 아니에요'],
    cite: 'docker/go-units size.go sizeRegex `(?i)^(\\d+(\\.\\d+)*) ?([kmgtp])?i?b?$`',
  },
  {
    id: 'F19',
    source: svc('    volumes:\n      - ./data:/data\n'),
    at: './data',
    says: ['Docker 엔진이 빈 폴더로 만들어요(root 소유)', '`bind.create_host_path: false`'],
    never: ['짧은 형식의 동작'],
    cite: 'compose-go transform/volume.go defaultVolumeBind; https://docs.docker.com/reference/compose-file/services/#volumes',
  },
  {
    id: 'F20',
    source: svc('    volumes_from:\n      - db\n  db:\n    image: postgres:16\n'),
    at: 'volumes_from',
    says: ['데이터를 복사하는 게 아니라 같은 볼륨을 함께 써요'],
    never: ['전부 복사해요'],
    cite: 'https://docs.docker.com/reference/cli/docker/container/run/#volumes-from',
  },
  {
    id: 'F21/K10',
    source: svc('    volumes_from:\n      - db:ro\n  db:\n    image: postgres:16\n'),
    at: 'db:ro',
    says: ['접근: 읽기 전용(`ro`)', '`:ro`를 적용하지 않아요'],
    never: ['붙여요, 읽기'],
    cite: 'docker/compose pkg/compose/convergence.go resolveVolumeFrom (entry replaced by the container ID, mode dropped)',
  },
  {
    id: 'F31',
    source: svc('    user: "1000"\n'),
    at: 'user',
    says: ['파일 권한에 따라 쓰기가 막힐 수 있어요'],
    never: ['쓰기 권한 오류가 나요'],
    cite: 'Linux file permissions (mode bits decide, not only the owner)',
  },
  {
    id: 'F32',
    source: 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n',
    at: 'service_healthy',
    says: ['이미지(`HEALTHCHECK`)에도', 'has no healthcheck configured'],
    cite: 'docker/compose pkg/compose/convergence.go (checks the container config’s Healthcheck)',
  },
  {
    id: 'F33',
    source: svc('    mem_limit: 1g\n'),
    at: '1g',
    says: ['먼저 회수·스왑을 시도하고'],
    cite: 'https://docs.docker.com/engine/containers/resource_constraints/#--memory-swap-details',
  },
  {
    id: 'F34',
    source: 'services:\n  web:\n    ports: ["80:80"]\n',
    at: 'web',
    says: ['`compose.override.yaml`, `-f`'],
    cite: 'https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/',
  },
  {
    id: 'K1',
    source: 'volumes:\n  data: {}\n',
    at: 'data',
    says: [],
    never: ['`docker compose up`이 없으면'],
    cite: 'review K1 (wording)',
  },
  {
    id: 'K3',
    source: svc('    cap_add: [NET_ADMIN]\n'),
    at: 'NET_ADMIN',
    says: ['케이퍼빌리티 `NET_ADMIN`'],
    never: ['능력', '권한(capability)'],
    cite: 'DESIGN vocabulary: one word for capability (glossary term "capability": 케이퍼빌리티, since 권한 already means file permissions)',
  },
  {
    id: 'K4',
    source: svc('    restart: unless-stopped\n'),
    at: 'unless-stopped',
    says: ['`docker stop` 등으로 직접 멈춘'],
    never: ['손으로'],
    cite: 'review K4 (wording)',
  },
  {
    id: 'K6',
    source: svc('    volumes:\n      - ./a:/a\n'),
    at: '    volumes',
    shift: 4,
    says: ['저장 공간을 연결해요'],
    never: ['저장소'],
    cite: 'DESIGN vocabulary: 저장소 = repository only',
  },
  {
    id: 'K7',
    source: svc('    stop_grace_period: 10x\n'),
    at: '10x',
    says: ['시간 길이(duration)'],
    never: ['기간'],
    cite: 'review K7 (wording)',
  },
  {
    id: 'K8',
    source: svc(''),
    at: 'nginx',
    says: ['레지스트리 주소 없이'],
    never: ['레지스트리를 쓰지 않은'],
    cite: 'review K8 (Docker Hub is a registry)',
  },
  {
    id: 'K9',
    source: svc('    environment:\n      A: ${B}\n'),
    at: 'A:',
    says: ['컨테이너 안의 셸이 아니라 Compose가 파일을 읽을 때 채워요', '`$` 글자를 그대로'],
    cite: 'https://docs.docker.com/reference/compose-file/interpolation/',
  },
  {
    id: 'K14',
    source: svc('    runtime: runc\n'),
    at: 'runtime',
    says: ['GPU를 쓰는 `nvidia` 같은 런타임'],
    cite: 'review K14 (wording)',
  },
  {
    id: 'K16',
    source: svc('    entrypoint: ["/bin/app", "--x"]\n'),
    at: '"/bin/app"',
    says: ['항목 2개 중 첫 항목이 실행 파일이에요'],
    cite: 'review K16 (one wording for command and entrypoint)',
  },
  {
    id: 'K19',
    source: 'include:\n  - other.yaml\n',
    at: 'include',
    says: ['이 프로젝트에 함께 들어와요'],
    never: ['올라와요'],
    cite: 'review K19 (wording)',
  },
  {
    id: 'F22 (link_local_ips)',
    source: 'services:\n  web:\n    image: nginx:1.27\n    networks:\n      back:\n        link_local_ips: ["169.254.8.8"]\nnetworks:\n  back: {}\n',
    at: 'link_local_ips',
    says: ['링크 로컬 IP'],
    never: ['서브넷 안이어야'],
    cite: 'https://docs.docker.com/reference/compose-file/services/#link_local_ips',
  },
  {
    id: 'F22 (domainname)',
    source: svc('    domainname: example.com\n'),
    at: 'domainname',
    says: ['도메인 이름', '`docker run --domainname`'],
    never: ['컨테이너 안에서 보이는 호스트 이름'],
    cite: 'https://docs.docker.com/reference/compose-file/services/#domainname',
  },
  {
    id: 'F22 (annotations)',
    source: svc('    annotations:\n      com.example.foo: bar\n'),
    at: 'annotations',
    says: ['OCI 주석(annotation)'],
    never: ['`com.docker.compose.`로 시작하는 라벨'],
    cite: 'https://docs.docker.com/reference/compose-file/services/#annotations',
  },
  // Issue 10 §2: `sh -c` in command/entrypoint says what the process model says, per shell.
  {
    id: 'process: sh -c on Alpine',
    source: 'services:\n  web:\n    image: alpine:3.20\n    command: ["sh", "-c", "sleep 100"]\n',
    at: '["sh"',
    shift: 1,
    says: ['BusyBox ash', '`sleep`이 PID 1이 되어 SIGTERM을 받아요'],
    never: ['셸이 PID 1이 돼요'],
    cite: 'busybox shell/ash.c ash_main: evalstring(minusc, EV_EXIT); model/containerProcess.ts',
  },
  {
    id: 'process: sh -c on Debian (dash)',
    source: 'services:\n  web:\n    image: debian:bookworm\n    command: sh -c "sleep 100"\n',
    at: 'sh -c',
    says: ['dash', '자식 프로세스'],
    never: ['`sleep`이 PID 1'],
    cite: 'probe: Debian 12 dash 0.5.12-2 keeps sh as the parent (Debian patch "Disable sh -c optimisation")',
  },
  {
    id: 'process: sh -c as the entrypoint of an image whose /bin/sh is unknown',
    source: 'services:\n  web:\n    image: example/app:1\n    entrypoint: ["sh", "-c", "exec-app --serve"]\n',
    at: '["sh"',
    shift: 1,
    says: ['어떤 셸인지에 달려 있어요'],
    never: ['셸이 PID 1이 돼요'],
    cite: 'model/containerProcess.ts pid1Of: unknown /bin/sh is said as such',
  },
  {
    id: 'process: command under an image that may have an ENTRYPOINT',
    source: 'services:\n  web:\n    image: nginx:1.27\n    command: ["sh", "-c", "nginx -g \'daemon off;\'"]\n',
    at: '["sh"',
    shift: 1,
    says: ['이미지에 ENTRYPOINT가 있으면 그 엔트리포인트가 PID 1이고', '이미지에 ENTRYPOINT가 없다면'],
    cite: 'https://docs.docker.com/reference/compose-file/services/#command',
  },
];

describe('Compose hover facts (review findings)', () => {
  for (const row of FACT_ROWS) {
    it(`${row.id} (${row.cite})`, () => {
      const md = hoverText(row);
      for (const s of row.says) {
        if (typeof s === 'string') assert.ok(md.includes(s), `${row.id}: missing "${s}" in\n${md}`);
        else assert.match(md, s);
      }
      for (const s of row.never ?? []) {
        if (typeof s === 'string') assert.ok(!md.includes(s), `${row.id}: still says "${s}" in\n${md}`);
        else assert.doesNotMatch(md, s);
      }
    });
  }
});
