import { REF, table } from './table';

// Service keys about start order, restarts, health, resources (cgroup limits), privileges and
// logging. Facts checked against https://docs.docker.com/reference/compose-file/services/,
// .../deploy/, the `docker run` reference (--restart, --cpus, --memory, --privileged, --init)
// and the Dockerfile HEALTHCHECK reference (defaults).
const S = `${REF}services/#`;
const D = `${REF}deploy/#`;

const conditionTemplates = {
  service_started: {
    ko: '`{name}`의 컨테이너가 시작(started)된 다음에 이 서비스를 시작해요.',
    en: 'Starts after `{name}`’s container has started.',
  },
  service_healthy: {
    ko: '`{name}`의 헬스체크(healthcheck)가 healthy가 될 때까지 기다렸다가 이 서비스를 시작해요. `{name}`에 헬스체크가 없으면 Compose가 오류를 내요.',
    en: 'Waits until `{name}`’s healthcheck reports healthy; `{name}` needs a healthcheck.',
  },
  service_completed_successfully: {
    ko: '`{name}`이/가 끝까지 실행되어 종료 코드 0으로 끝난 다음에 이 서비스를 시작해요 (예: DB 마이그레이션).',
    en: 'Starts after `{name}` has run to completion with exit code 0 (e.g. migrations).',
  },
  notReady: {
    ko: '"시작됨"은 "준비됨"이 아니에요. `{name}`의 프로세스가 아직 연결을 받지 못할 수 있어요. 기다려야 하면 `condition: service_healthy`와 헬스체크를 써요.',
    en: '"Started" is not "ready": `{name}` may not accept connections yet. Use `condition: service_healthy` with a healthcheck.',
  },
  unknown: { ko: '`{condition}`은/는 조건 값이 아니에요. `service_started`, `service_healthy`, `service_completed_successfully` 중 하나예요.', en: '`{condition}` is not a condition.' },
  exists: { ko: '서비스 `{name}`은/는 이 파일 줄 {line}에 있어요.', en: 'Service `{name}` is on line {line}.' },
  missing: { ko: '이 파일에 서비스 `{name}`이/가 없어요. Compose가 오류를 내요 (`include`나 다른 `-f` 파일에 있다면 괜찮아요).', en: 'No service `{name}` in this file (fine if another file defines it).' },
  restartTrue: { ko: '`restart: true`: Compose가 `{name}`을/를 다시 만들거나 재시작하면 이 서비스도 재시작해요.', en: '`restart: true`: restarted when Compose restarts `{name}`.' },
  requiredFalse: { ko: '`required: false`: `{name}`이/가 없거나 시작하지 못해도 경고만 하고 계속해요.', en: '`required: false`: only a warning when `{name}` is missing.' },
};

export const composeLifecycleTopics = table({
  'compose.service.depends_on': {
    title: { ko: 'depends_on', en: 'depends_on' },
    summary: {
      ko: '시작 순서를 정해요. 여기 적은 서비스를 먼저 만들고 시작하고, 멈출 때는 이 서비스를 먼저 멈춰요.',
      en: 'Sets start order: the listed services start first, and this one stops first.',
    },
    templates: conditionTemplates,
    why: {
      ko: '짧은 형식은 "시작됨"까지만 기다려요. DB가 연결을 받을 준비가 되기 전에 앱이 붙으려다 실패하는 흔한 문제가 여기서 생겨요.',
      en: 'The short form only waits for "started": apps often fail connecting to a database that is not ready yet.',
    },
    concept: 'compose',
    docs: `${S}depends_on`,
  },
  'compose.service.depends_on.service': {
    title: { ko: '의존 서비스', en: 'dependency' },
    summary: { ko: '이 서비스보다 먼저 시작할 서비스예요.', en: 'A service to start before this one.' },
    templates: conditionTemplates,
    concept: 'compose',
    docs: `${S}depends_on`,
  },
  'compose.service.depends_on.condition': {
    title: { ko: 'condition', en: 'condition' },
    summary: { ko: '의존 서비스가 어떤 상태가 되면 이 서비스를 시작할지 정해요.', en: 'When the dependency counts as satisfied.' },
    templates: conditionTemplates,
    concept: 'compose',
    docs: `${S}depends_on`,
  },
  'compose.service.depends_on.restart': {
    title: { ko: 'restart', en: 'restart' },
    summary: { ko: '`true`면 Compose가 의존 서비스를 갱신할 때 이 서비스도 재시작해요.', en: '`true`: restart this service when Compose updates the dependency.' },
    templates: {
      ...conditionTemplates,
      true: { ko: '의존 서비스를 Compose가 재시작하면 이 서비스도 재시작해요. 컨테이너가 스스로 죽고 재시작 정책으로 살아난 경우는 아니에요.', en: 'Restarted with the dependency when Compose restarts it (not after a crash restart).' },
      false: { ko: '의존 서비스가 재시작돼도 이 서비스는 그대로예요.', en: 'Not restarted with the dependency.' },
    },
    concept: 'compose',
    docs: `${S}depends_on`,
  },
  'compose.service.depends_on.required': {
    title: { ko: 'required', en: 'required' },
    summary: { ko: '`false`면 의존 서비스가 없어도 경고만 해요. 기본값은 `true`예요.', en: '`false`: only warn when the dependency is missing; default `true`.' },
    templates: {
      ...conditionTemplates,
      true: { ko: '의존 서비스가 꼭 있어야 해요 (기본값).', en: 'The dependency is required (default).' },
      false: { ko: '의존 서비스가 없거나 시작하지 못해도 경고만 해요.', en: 'Only a warning if the dependency is missing.' },
    },
    concept: 'compose',
    docs: `${S}depends_on`,
  },
  'compose.service.restart': {
    title: { ko: 'restart', en: 'restart' },
    summary: {
      ko: '재시작 정책(restart policy)이에요. 컨테이너가 멈췄을 때 Docker 데몬이 다시 시작할지 정해요.',
      en: 'The restart policy: whether the Docker daemon restarts the container when it stops.',
    },
    templates: {
      no: { ko: '`no`: 다시 시작하지 않아요 (기본값).', en: '`no`: never restarts (default).' },
      always: {
        ko: '`always`: 어떤 이유로 멈춰도 다시 시작해요. 손으로 멈춘 경우에는 Docker 데몬이 재시작될 때 다시 시작해요.',
        en: '`always`: restarts whatever the exit; a manually stopped one comes back when the daemon restarts.',
      },
      unless_stopped: {
        ko: '`unless-stopped`: `always`와 같지만, 손으로 멈춘 컨테이너는 Docker 데몬이 재시작돼도 멈춘 채로 둬요.',
        en: '`unless-stopped`: like `always`, but a manually stopped container stays stopped after a daemon restart.',
      },
      on_failure: { ko: '`on-failure`: 종료 코드가 0이 아닐 때(오류로 끝났을 때)만 다시 시작해요.', en: '`on-failure`: restarts only on a non-zero exit code.' },
      on_failure_max: { ko: '`on-failure:{max}`: 오류로 끝나면 다시 시작하되, 최대 {max}번까지만 시도해요.', en: '`on-failure:{max}`: restarts on error, at most {max} times.' },
      unknown: { ko: '`{value}`은/는 재시작 정책 값이 아니에요. `no`, `always`, `on-failure[:N]`, `unless-stopped` 중 하나예요.', en: '`{value}` is not a restart policy.' },
      boolean: { ko: '`{value}`은/는 따옴표가 없어서 YAML에서 참/거짓(boolean)으로 읽혀요. `"no"`처럼 따옴표로 감싸요.', en: '`{value}` unquoted is a YAML boolean: write `"no"`.' },
      quoteNo: { ko: 'YAML 1.1에서 따옴표 없는 `no`는 거짓(false)이에요. `"no"`로 쓰는 게 안전해요.', en: 'In YAML 1.1 a bare `no` is false; quote it.' },
    },
    why: {
      ko: '재시작 정책은 컨테이너가 적어도 10초 동안 실행된 뒤에야 효력이 생겨요. `unhealthy` 헬스체크만으로는 재시작하지 않아요.',
      en: 'A policy applies only after the container ran at least 10 seconds; an unhealthy status alone does not restart it.',
    },
    concept: 'images-containers',
    docs: `${S}restart`,
  },
  'compose.service.healthcheck': {
    title: { ko: 'healthcheck', en: 'healthcheck' },
    summary: {
      ko: '헬스체크예요. Docker가 주기적으로 명령을 실행해서 컨테이너 상태를 starting → healthy / unhealthy로 표시해요.',
      en: 'A healthcheck: Docker runs a command periodically and marks the container starting → healthy / unhealthy.',
    },
    why: {
      ko: '다른 서비스의 `depends_on: condition: service_healthy`가 이 상태를 기다려요. Docker 엔진은 unhealthy 컨테이너를 스스로 재시작하지 않아요.',
      en: '`condition: service_healthy` waits for it; the engine does not restart unhealthy containers by itself.',
    },
    concept: 'images-containers',
    docs: `${S}healthcheck`,
  },
  'compose.service.healthcheck.test': {
    title: { ko: 'test', en: 'test' },
    summary: { ko: '상태를 확인할 명령이에요. 종료 코드 0이면 healthy, 1이면 unhealthy예요.', en: 'The check command: exit 0 healthy, 1 unhealthy.' },
    templates: {
      cmd: { ko: '`CMD`: 셸 없이 `{command}`을/를 실행해요. 이 실행 파일이 이미지 안에 있어야 해요.', en: '`CMD`: runs `{command}` without a shell; it must exist in the image.' },
      cmdShell: { ko: '`CMD-SHELL`: 컨테이너의 기본 셸(`/bin/sh -c`)로 `{command}`을/를 실행해요.', en: '`CMD-SHELL`: runs `{command}` with `/bin/sh -c`.' },
      string: { ko: '문자열은 `CMD-SHELL`과 같아요: `/bin/sh -c`로 `{command}`을/를 실행해요.', en: 'A string means `CMD-SHELL`: runs `{command}` with `/bin/sh -c`.' },
      none: { ko: '`NONE`: 헬스체크를 꺼요 (이미지의 `HEALTHCHECK`도 꺼져요).', en: '`NONE`: disables the healthcheck, including the image’s.' },
      badHead: { ko: '목록의 첫 항목은 `CMD`, `CMD-SHELL`, `NONE` 중 하나여야 해요 (지금: `{head}`).', en: 'The first item must be `CMD`, `CMD-SHELL` or `NONE` (got `{head}`).' },
    },
    why: {
      ko: '`curl`이나 `wget`이 없는 작은 이미지(alpine, distroless)에서는 명령이 없어서 항상 unhealthy가 돼요.',
      en: 'Small images (alpine, distroless) may lack `curl`/`wget`, making the check always fail.',
    },
    concept: 'images-containers',
    docs: `${S}healthcheck`,
  },
  'compose.service.healthcheck.interval': {
    title: { ko: 'interval', en: 'interval' },
    summary: { ko: '검사 사이의 간격이에요. 기본값은 30초예요.', en: 'Time between checks; default 30s.' },
    concept: 'images-containers',
    docs: `${S}healthcheck`,
  },
  'compose.service.healthcheck.timeout': {
    title: { ko: 'timeout', en: 'timeout' },
    summary: { ko: '검사 한 번을 기다리는 최대 시간이에요. 넘으면 실패로 쳐요. 기본값은 30초예요.', en: 'Maximum time for one check; longer counts as failure. Default 30s.' },
    concept: 'images-containers',
    docs: `${S}healthcheck`,
  },
  'compose.service.healthcheck.retries': {
    title: { ko: 'retries', en: 'retries' },
    summary: { ko: '연속으로 이만큼 실패하면 unhealthy가 돼요. 기본값은 3이에요.', en: 'Consecutive failures before unhealthy; default 3.' },
    concept: 'images-containers',
    docs: `${S}healthcheck`,
  },
  'compose.service.healthcheck.start_period': {
    title: { ko: 'start_period', en: 'start_period' },
    summary: {
      ko: '시작 직후 준비 시간이에요. 이 동안의 실패는 retries에 세지 않아요 (성공하면 바로 healthy). 기본값은 0초예요.',
      en: 'Start-up grace: failures in it do not count toward retries (a success counts). Default 0s.',
    },
    concept: 'images-containers',
    docs: `${S}healthcheck`,
  },
  'compose.service.healthcheck.start_interval': {
    title: { ko: 'start_interval', en: 'start_interval' },
    summary: { ko: '준비 시간(start_period) 동안의 검사 간격이에요. 기본값은 5초예요.', en: 'Check interval during the start period; default 5s.' },
    concept: 'images-containers',
    docs: `${S}healthcheck`,
  },
  'compose.service.healthcheck.disable': {
    title: { ko: 'disable', en: 'disable' },
    summary: { ko: '`true`면 이미지에 정의된 헬스체크까지 꺼요.', en: '`true` disables the healthcheck, including the image’s.' },
    templates: {
      true: { ko: '헬스체크가 꺼져요. 이 서비스를 `service_healthy`로 기다리는 서비스는 시작하지 못해요.', en: 'Off: services waiting with `service_healthy` cannot start.' },
      false: { ko: '헬스체크를 켜 둬요.', en: 'Healthcheck stays on.' },
    },
    concept: 'images-containers',
    docs: `${S}healthcheck`,
  },
  'compose.service.deploy': {
    title: { ko: 'deploy', en: 'deploy' },
    summary: {
      ko: '배포 설정이에요: 자원 제한(`resources`), 복제 수(`replicas`), 재시작 정책 등. `docker compose`도 `resources`와 `replicas`를 적용해요.',
      en: 'Deployment settings: `resources`, `replicas`, restart policy… `docker compose` applies `resources` and `replicas` too.',
    },
    concept: 'isolation',
    docs: `${REF}deploy/`,
  },
  'compose.service.deploy.resources': {
    title: { ko: 'resources', en: 'resources' },
    summary: {
      ko: '컨테이너가 쓸 CPU·메모리·프로세스 수의 한도(`limits`)와 예약(`reservations`)이에요. 리눅스에서는 컨트롤 그룹(cgroup)으로 적용돼요.',
      en: 'CPU, memory and PID `limits` and `reservations`, enforced on Linux with control groups (cgroups).',
    },
    why: {
      ko: '컨테이너는 VM이 아니에요. 한도를 주지 않으면 호스트의 CPU와 메모리를 다른 프로세스와 그대로 나눠 써요.',
      en: 'Containers are not VMs: without limits they share the host’s CPU and memory freely.',
    },
    concept: 'isolation',
    docs: `${D}resources`,
  },
  'compose.service.deploy.resources.limits': {
    title: { ko: 'limits', en: 'limits' },
    summary: {
      ko: '넘을 수 없는 상한이에요. 커널의 컨트롤 그룹(cgroup)이 강제해요.',
      en: 'Hard ceilings, enforced by the kernel’s control groups (cgroups).',
    },
    concept: 'isolation',
    docs: `${D}resources`,
  },
  'compose.service.deploy.resources.reservations': {
    title: { ko: 'reservations', en: 'reservations' },
    summary: {
      ko: '최소 보장량이에요. 상한이 아니라서 이보다 더 쓸 수 있어요.',
      en: 'Guaranteed minimums, not ceilings: the container may use more.',
    },
    concept: 'isolation',
    docs: `${D}resources`,
  },
  'compose.service.deploy.resources.limits.cpus': {
    title: { ko: 'cpus (limits)', en: 'cpus (limits)' },
    summary: { ko: '쓸 수 있는 CPU 코어 수의 상한이에요 (cgroup CPU 할당량).', en: 'Ceiling on CPU cores (cgroup CPU quota).' },
    templates: {
      value: { ko: '최대 CPU {cpus}개만큼(코어 하나의 {percent}%) 쓸 수 있어요. 넘으면 느려지지만 죽지는 않아요.', en: 'At most {cpus} CPUs ({percent}% of one core); excess is throttled, not killed.' },
    },
    concept: 'isolation',
    docs: `${D}cpus`,
  },
  'compose.service.deploy.resources.reservations.cpus': {
    title: { ko: 'cpus (reservations)', en: 'cpus (reservations)' },
    summary: { ko: '보장받을 CPU 코어 수예요.', en: 'CPU cores to reserve.' },
    templates: { value: { ko: 'CPU {cpus}개만큼을 보장받아요.', en: 'Reserves {cpus} CPUs.' } },
    concept: 'isolation',
    docs: `${D}cpus`,
  },
  'compose.service.deploy.resources.limits.memory': {
    title: { ko: 'memory (limits)', en: 'memory (limits)' },
    summary: { ko: '쓸 수 있는 메모리의 상한이에요 (cgroup 메모리 한도).', en: 'Memory ceiling (cgroup memory limit).' },
    templates: {
      value: { ko: '`{value}` = {human}. 이보다 더 쓰면 커널이 컨테이너의 프로세스를 OOM으로 종료해요.', en: '`{value}` = {human}; beyond it the kernel OOM-kills the container’s processes.' },
    },
    concept: 'isolation',
    docs: `${D}memory`,
  },
  'compose.service.deploy.resources.reservations.memory': {
    title: { ko: 'memory (reservations)', en: 'memory (reservations)' },
    summary: { ko: '보장받을 메모리예요.', en: 'Memory to reserve.' },
    templates: { value: { ko: '`{value}` = {human}을/를 보장받아요.', en: 'Reserves `{value}` = {human}.' } },
    concept: 'isolation',
    docs: `${D}memory`,
  },
  'compose.service.deploy.resources.limits.pids': {
    title: { ko: 'pids', en: 'pids' },
    summary: { ko: '컨테이너 안에서 동시에 있을 수 있는 프로세스 수의 상한이에요 (cgroup). 포크 폭탄을 막아요.', en: 'Ceiling on processes in the container (cgroup); stops fork bombs.' },
    concept: 'isolation',
    docs: `${D}pids`,
  },
  'compose.service.deploy.resources.reservations.devices': {
    title: { ko: 'devices', en: 'devices' },
    summary: { ko: 'GPU 같은 장치를 예약해요 (`capabilities: [gpu]`).', en: 'Reserves devices such as GPUs (`capabilities: [gpu]`).' },
    concept: 'isolation',
    docs: `${D}devices`,
  },
  'compose.service.deploy.replicas': {
    title: { ko: 'replicas', en: 'replicas' },
    summary: { ko: '이 서비스로 실행할 컨테이너 수예요.', en: 'How many containers to run for the service.' },
    templates: { value: { ko: '컨테이너 {count}개를 실행해요. 고정 호스트 포트나 `container_name`이 있으면 둘째부터 충돌해요.', en: 'Runs {count} containers; a fixed host port or `container_name` clashes from the second one.' } },
    concept: 'compose',
    docs: `${D}replicas`,
  },
  'compose.service.deploy.mode': {
    title: { ko: 'mode', en: 'mode' },
    summary: { ko: '복제 방식이에요: `replicated`(기본) 또는 `global`(노드마다 하나, Swarm).', en: 'Replication: `replicated` (default) or `global` (one per node, Swarm).' },
    concept: 'compose',
    docs: `${D}mode`,
  },
  'compose.service.deploy.restart_policy': {
    title: { ko: 'restart_policy', en: 'restart_policy' },
    summary: { ko: '배포용 재시작 정책(`condition`, `delay`, `max_attempts`, `window`)이에요. 없으면 서비스의 `restart`를 써요.', en: 'Deploy restart policy; falls back to the service’s `restart`.' },
    concept: 'compose',
    docs: `${D}restart_policy`,
  },
  'compose.service.deploy.placement': {
    title: { ko: 'placement', en: 'placement' },
    summary: { ko: 'Swarm에서 컨테이너를 어느 노드에 둘지 정하는 제약과 선호예요.', en: 'Swarm node placement constraints and preferences.' },
    concept: 'compose',
    docs: `${D}placement`,
  },
  'compose.service.deploy.labels': {
    title: { ko: 'labels (deploy)', en: 'labels (deploy)' },
    summary: { ko: '컨테이너가 아니라 서비스(Swarm)에 붙는 라벨이에요.', en: 'Labels on the service (Swarm), not on containers.' },
    concept: 'compose',
    docs: `${D}labels`,
  },
  'compose.service.deploy.update_config': {
    title: { ko: 'update_config / rollback_config', en: 'update_config / rollback_config' },
    summary: { ko: 'Swarm에서 서비스를 갱신하거나 되돌릴 때의 방식(한 번에 몇 개, 간격, 순서)이에요.', en: 'How Swarm rolls updates and rollbacks.' },
    concept: 'compose',
    docs: `${D}update_config`,
  },
  'compose.service.deploy.endpoint_mode': {
    title: { ko: 'endpoint_mode', en: 'endpoint_mode' },
    summary: { ko: 'Swarm의 서비스 찾기 방식이에요: `vip` 또는 `dnsrr`.', en: 'Swarm service discovery: `vip` or `dnsrr`.' },
    concept: 'networks',
    docs: `${D}endpoint_mode`,
  },
  'compose.service.cpus': {
    title: { ko: 'cpus', en: 'cpus' },
    summary: { ko: '컨테이너가 쓸 수 있는 CPU 수의 상한이에요. 컨트롤 그룹(cgroup)으로 적용돼요. `docker run --cpus`와 같아요.', en: 'CPU ceiling, applied with cgroups, like `docker run --cpus`.' },
    templates: {
      value: { ko: '최대 CPU {cpus}개만큼(코어 하나의 {percent}%) 쓸 수 있어요. 넘으면 느려지지만 죽지는 않아요.', en: 'At most {cpus} CPUs ({percent}% of one core); excess is throttled.' },
    },
    concept: 'isolation',
    docs: `${S}cpus`,
  },
  'compose.service.cpu_shares': {
    title: { ko: 'cpu_shares', en: 'cpu_shares' },
    summary: { ko: 'CPU가 모자랄 때 다른 컨테이너와 비교한 상대 가중치예요 (기본 1024, cgroup).', en: 'Relative CPU weight under contention (default 1024, cgroup).' },
    concept: 'isolation',
    docs: `${S}cpu_shares`,
  },
  'compose.service.cpuset': {
    title: { ko: 'cpuset', en: 'cpuset' },
    summary: { ko: '이 컨테이너가 실행될 수 있는 CPU 번호예요 (예: `0-3`, `0,1`).', en: 'Which CPUs the container may run on (`0-3`, `0,1`).' },
    concept: 'isolation',
    docs: `${S}cpuset`,
  },
  'compose.service.mem_limit': {
    title: { ko: 'mem_limit', en: 'mem_limit' },
    summary: { ko: '메모리 상한이에요. 컨트롤 그룹(cgroup)으로 적용돼요. `docker run -m`과 같아요.', en: 'Memory ceiling, applied with cgroups, like `docker run -m`.' },
    templates: {
      value: { ko: '`{value}` = {human}. 이보다 더 쓰면 커널이 컨테이너의 프로세스를 OOM으로 종료해요.', en: '`{value}` = {human}; beyond it the kernel OOM-kills processes.' },
    },
    concept: 'isolation',
    docs: `${S}mem_limit`,
  },
  'compose.service.mem_reservation': {
    title: { ko: 'mem_reservation', en: 'mem_reservation' },
    summary: { ko: '메모리가 모자랄 때 보장하려는 양(소프트 한도)이에요.', en: 'Memory soft reservation under pressure.' },
    templates: { value: { ko: '`{value}` = {human}', en: '`{value}` = {human}' } },
    concept: 'isolation',
    docs: `${S}mem_reservation`,
  },
  'compose.service.memswap_limit': {
    title: { ko: 'memswap_limit', en: 'memswap_limit' },
    summary: { ko: '메모리와 스왑을 합친 상한이에요. 메모리 한도와 같으면 스왑을 못 써요.', en: 'Memory + swap ceiling; equal to the memory limit means no swap.' },
    concept: 'isolation',
    docs: `${S}memswap_limit`,
  },
  'compose.service.pids_limit': {
    title: { ko: 'pids_limit', en: 'pids_limit' },
    summary: { ko: '컨테이너 안 프로세스 수의 상한이에요 (cgroup). `-1`은 무제한이에요.', en: 'Process count ceiling (cgroup); `-1` is unlimited.' },
    concept: 'isolation',
    docs: `${S}pids_limit`,
  },
  'compose.service.shm_size': {
    title: { ko: 'shm_size', en: 'shm_size' },
    summary: { ko: '공유 메모리(`/dev/shm`)의 크기예요. Docker 기본값은 64MB예요.', en: 'Size of shared memory (`/dev/shm`); Docker’s default is 64 MB.' },
    templates: { value: { ko: '`{value}` = {human}', en: '`{value}` = {human}' } },
    why: { ko: '브라우저(Chrome)나 PostgreSQL의 병렬 쿼리처럼 공유 메모리를 많이 쓰는 프로그램은 64MB로 모자랄 수 있어요.', en: 'Browsers or PostgreSQL parallel queries may need more than 64 MB.' },
    concept: 'isolation',
    docs: `${S}shm_size`,
  },
  'compose.service.ulimits': {
    title: { ko: 'ulimits', en: 'ulimits' },
    summary: { ko: '컨테이너 프로세스의 ulimit(열 수 있는 파일 수 등)을 바꿔요.', en: 'Overrides the container’s ulimits (open files, …).' },
    concept: 'isolation',
    docs: `${S}ulimits`,
  },
  'compose.service.ulimits.name': {
    title: { ko: 'ulimit', en: 'ulimit' },
    summary: { ko: 'ulimit 하나예요. 숫자 하나(soft=hard) 또는 `soft`/`hard`로 써요. `nofile`은 열 수 있는 파일 수예요.', en: 'One ulimit: a number or `soft`/`hard`; `nofile` is open files.' },
    concept: 'isolation',
    docs: `${S}ulimits`,
  },
  'compose.service.sysctls': {
    title: { ko: 'sysctls', en: 'sysctls' },
    summary: { ko: '컨테이너 안의 커널 매개변수를 바꿔요. 네임스페이스로 나뉜 값만 바꿀 수 있어요.', en: 'Kernel parameters inside the container; only namespaced ones.' },
    concept: 'isolation',
    docs: `${S}sysctls`,
  },
  'compose.service.logging': {
    title: { ko: 'logging', en: 'logging' },
    summary: { ko: '컨테이너 로그를 어디로 보낼지(로깅 드라이버)와 그 옵션이에요.', en: 'Where container logs go (logging driver) and its options.' },
    concept: 'images-containers',
    docs: `${S}logging`,
  },
  'compose.service.logging.driver': {
    title: { ko: 'driver', en: 'driver' },
    summary: { ko: '로깅 드라이버예요. 기본값은 Docker 데몬 설정(보통 `json-file`)이에요.', en: 'The logging driver; the daemon default (usually `json-file`) when absent.' },
    templates: {
      json_file: { ko: '`json-file`: 로그를 호스트의 JSON 파일에 써요. `max-size` 옵션이 없으면 로그 파일이 끝없이 커질 수 있어요.', en: '`json-file`: JSON files on the host; without `max-size` they grow without bound.' },
      local: { ko: '`local`: 호스트에 압축해서 쓰고, 기본으로 오래된 로그를 돌려 지워요(rotation).', en: '`local`: compressed files with rotation by default.' },
      none: { ko: '`none`: 로그를 남기지 않아요. `docker compose logs`에 아무것도 안 보여요.', en: '`none`: no logs; `docker compose logs` shows nothing.' },
      remote: { ko: '`{driver}`: 로그를 외부 시스템으로 보내요.', en: '`{driver}`: ships logs to an external system.' },
      other: { ko: '`{driver}`: 플러그인 로깅 드라이버예요.', en: '`{driver}`: a plugin logging driver.' },
    },
    concept: 'images-containers',
    docs: `${S}logging`,
  },
  'compose.service.logging.options': {
    title: { ko: 'options', en: 'options' },
    summary: { ko: '로깅 드라이버의 옵션이에요 (예: `json-file`의 `max-size`, `max-file`).', en: 'Logging driver options (e.g. `max-size`, `max-file`).' },
    concept: 'images-containers',
    docs: `${S}logging`,
  },
  'compose.service.privileged': {
    title: { ko: 'privileged', en: 'privileged' },
    summary: {
      ko: '특권 모드예요. 컨테이너에 모든 리눅스 능력(capability)과 호스트의 모든 장치 접근을 줘요.',
      en: 'Privileged mode: all Linux capabilities and access to every host device.',
    },
    templates: {
      true: { ko: '격리가 크게 약해져요. 이 컨테이너의 root는 호스트를 거의 마음대로 다룰 수 있어요. 필요한 능력만 `cap_add`로 주는 게 안전해요.', en: 'Isolation mostly gone: root here can nearly control the host; prefer `cap_add`.' },
      false: { ko: '특권 모드가 아니에요 (기본값).', en: 'Not privileged (default).' },
    },
    concept: 'isolation',
    docs: `${S}privileged`,
  },
  'compose.service.cap_add': {
    title: { ko: 'cap_add', en: 'cap_add' },
    summary: { ko: '컨테이너 프로세스에 리눅스 능력(capability)을 더해요.', en: 'Adds Linux capabilities to the container’s processes.' },
    templates: {
      value: { ko: '능력 `{cap}`을/를 더해요. root가 할 수 있는 일 중 이 부분만 허락해요.', en: 'Adds capability `{cap}`: just this part of root’s powers.' },
      all: { ko: '`ALL`: 모든 능력을 줘요. `privileged`에 가까워져요.', en: '`ALL`: every capability, close to `privileged`.' },
    },
    concept: 'isolation',
    docs: `${S}cap_add`,
  },
  'compose.service.cap_drop': {
    title: { ko: 'cap_drop', en: 'cap_drop' },
    summary: { ko: '컨테이너 프로세스에서 리눅스 능력을 빼요. `ALL`을 빼고 필요한 것만 더하는 방식이 안전해요.', en: 'Drops Linux capabilities; drop `ALL` and add back what is needed.' },
    templates: {
      value: { ko: '능력 `{cap}`을/를 빼요.', en: 'Drops capability `{cap}`.' },
      all: { ko: '`ALL`: 모든 능력을 빼요.', en: '`ALL`: drops every capability.' },
    },
    concept: 'isolation',
    docs: `${S}cap_drop`,
  },
  'compose.service.security_opt': {
    title: { ko: 'security_opt', en: 'security_opt' },
    summary: { ko: 'SELinux/AppArmor/seccomp 같은 보안 설정을 바꿔요. `unconfined`는 보호를 꺼요.', en: 'Security options (SELinux, AppArmor, seccomp); `unconfined` turns protection off.' },
    concept: 'isolation',
    docs: `${S}security_opt`,
  },
  'compose.service.devices': {
    title: { ko: 'devices', en: 'devices' },
    summary: { ko: '호스트 장치(`/dev/…`)를 컨테이너에 연결해요.', en: 'Maps host devices (`/dev/…`) into the container.' },
    concept: 'isolation',
    docs: `${S}devices`,
  },
  'compose.service.init': {
    title: { ko: 'init', en: 'init' },
    summary: {
      ko: '컨테이너 안에 작은 init 프로세스를 PID 1로 두고, 앱은 그 아래에서 실행해요. `docker run --init`과 같아요.',
      en: 'Runs a small init as PID 1 with the app below it, like `docker run --init`.',
    },
    templates: {
      true: { ko: 'init이 신호(SIGTERM)를 앱에 전달하고 좀비 프로세스를 거둬요.', en: 'The init forwards signals and reaps zombie processes.' },
      false: { ko: '앱(또는 엔트리포인트)이 직접 PID 1이에요.', en: 'The app (or entrypoint) itself is PID 1.' },
    },
    why: {
      ko: 'PID 1은 신호를 특별하게 다뤄요. 신호를 처리하지 않는 앱은 `docker compose stop`에 반응하지 않아 10초 뒤 강제 종료(SIGKILL)돼요.',
      en: 'PID 1 treats signals specially: an app that ignores SIGTERM is killed after the grace period.',
    },
    concept: 'cmd-entrypoint',
    docs: `${S}init`,
  },
  'compose.service.stop_signal': {
    title: { ko: 'stop_signal', en: 'stop_signal' },
    summary: { ko: '컨테이너를 멈출 때 보낼 신호예요. 기본값은 SIGTERM이에요.', en: 'The signal sent to stop the container; default SIGTERM.' },
    templates: {
      value: { ko: '`docker compose stop`은 PID 1에 `{signal}`을/를 보내고, `stop_grace_period`(기본 10초) 뒤에도 살아 있으면 SIGKILL로 끝내요.', en: '`stop` sends `{signal}` to PID 1, then SIGKILL after `stop_grace_period` (10s default).' },
    },
    concept: 'cmd-entrypoint',
    docs: `${S}stop_signal`,
  },
  'compose.service.stop_grace_period': {
    title: { ko: 'stop_grace_period', en: 'stop_grace_period' },
    summary: { ko: '멈춤 신호를 보낸 뒤 SIGKILL까지 기다리는 시간이에요. 기본값은 10초예요.', en: 'Wait between the stop signal and SIGKILL; default 10s.' },
    concept: 'cmd-entrypoint',
    docs: `${S}stop_grace_period`,
  },
  'compose.service.runtime': {
    title: { ko: 'runtime', en: 'runtime' },
    summary: { ko: '컨테이너를 실행할 OCI 런타임이에요. 기본값은 `runc`예요 (예: `nvidia`).', en: 'The OCI runtime; default `runc` (e.g. `nvidia`).' },
    concept: 'isolation',
    docs: `${S}runtime`,
  },
  'compose.service.stdin_open': {
    title: { ko: 'stdin_open', en: 'stdin_open' },
    summary: { ko: '표준 입력을 열어 둬요. `docker run -i`와 같아요.', en: 'Keeps stdin open, like `docker run -i`.' },
    templates: { true: { ko: '표준 입력이 열려 있어요 (`docker compose attach`로 입력할 수 있어요).', en: 'stdin stays open.' }, false: { ko: '표준 입력을 열지 않아요.', en: 'stdin closed.' } },
    concept: 'images-containers',
    docs: `${S}stdin_open`,
  },
  'compose.service.tty': {
    title: { ko: 'tty', en: 'tty' },
    summary: { ko: '가상 터미널(TTY)을 붙여요. `docker run -t`와 같아요.', en: 'Allocates a TTY, like `docker run -t`.' },
    templates: { true: { ko: 'TTY를 붙여요.', en: 'A TTY is allocated.' }, false: { ko: 'TTY 없이 실행해요.', en: 'No TTY.' } },
    concept: 'images-containers',
    docs: `${S}tty`,
  },
  'compose.service.read_only': {
    title: { ko: 'read_only', en: 'read_only' },
    summary: { ko: '컨테이너의 루트 파일 시스템을 읽기 전용으로 만들어요. 쓰기는 볼륨과 tmpfs에만 돼요.', en: 'Makes the root file system read-only; writes go to volumes and tmpfs only.' },
    templates: {
      true: { ko: '쓰기 가능한 컨테이너 레이어를 쓸 수 없어요. 임시 파일 경로(`/tmp` 등)는 `tmpfs`로 열어 줘야 해요.', en: 'No writable layer: open `/tmp` etc. with `tmpfs`.' },
      false: { ko: '보통처럼 쓰기 가능한 레이어가 있어요 (기본값).', en: 'Writable layer as usual (default).' },
    },
    concept: 'layers',
    docs: `${S}read_only`,
  },
  'compose.service.scale': {
    title: { ko: 'scale', en: 'scale' },
    summary: { ko: '이 서비스로 실행할 컨테이너 수의 기본값이에요.', en: 'Default number of containers for the service.' },
    templates: { value: { ko: '컨테이너 {count}개를 실행해요. 고정 호스트 포트나 `container_name`이 있으면 둘째부터 충돌해요.', en: 'Runs {count} containers; fixed host ports or `container_name` clash.' } },
    concept: 'compose',
    docs: `${S}scale`,
  },
  'compose.service.pid': {
    title: { ko: 'pid / ipc / userns_mode', en: 'pid / ipc / userns_mode' },
    summary: { ko: '프로세스(PID)·IPC·사용자 네임스페이스를 다른 것과 함께 쓰게 해요. `host`면 호스트와 격리가 풀려요.', en: 'Shares PID/IPC/user namespaces; `host` removes that isolation.' },
    concept: 'isolation',
    docs: `${S}pid`,
  },
  'compose.service.group_add': {
    title: { ko: 'group_add', en: 'group_add' },
    summary: { ko: '컨테이너 사용자를 추가 그룹에 넣어요.', en: 'Adds the container user to extra groups.' },
    concept: 'isolation',
    docs: `${S}group_add`,
  },
  'compose.service.oom_score_adj': {
    title: { ko: 'oom_score_adj', en: 'oom_score_adj' },
    summary: { ko: '메모리가 모자랄 때 이 컨테이너가 먼저 종료될 가능성을 조정해요 (-1000~1000).', en: 'Adjusts how likely the container is OOM-killed (-1000..1000).' },
    concept: 'isolation',
    docs: `${S}oom_score_adj`,
  },
  'compose.service.develop': {
    title: { ko: 'develop', en: 'develop' },
    summary: { ko: '`docker compose watch`로 소스 변경을 컨테이너에 동기화하거나 다시 빌드하는 설정이에요.', en: 'Settings for `docker compose watch` (sync or rebuild on changes).' },
    concept: 'compose',
    docs: `${S}develop`,
  },
  'compose.service.post_start': {
    title: { ko: 'post_start / pre_stop', en: 'post_start / pre_stop' },
    summary: { ko: '컨테이너가 시작한 뒤, 또는 멈추기 전에 실행할 명령(라이프사이클 훅)이에요.', en: 'Lifecycle hooks run after start or before stop.' },
    concept: 'compose',
    docs: `${S}post_start`,
  },
  'compose.service.gpus': {
    title: { ko: 'gpus', en: 'gpus' },
    summary: { ko: '컨테이너에 GPU를 할당해요. `all`이면 모든 GPU예요.', en: 'Allocates GPUs; `all` for every GPU.' },
    concept: 'isolation',
    docs: `${S}gpus`,
  },
  'compose.service.attach': {
    title: { ko: 'attach', en: 'attach' },
    summary: { ko: '`false`면 `docker compose up`이 이 서비스의 로그를 모으지 않아요.', en: '`false`: `up` does not collect this service’s logs.' },
    templates: { true: { ko: '로그를 모아요 (기본값).', en: 'Logs collected (default).' }, false: { ko: '`up` 화면에 이 서비스 로그가 안 나와요.', en: 'Logs not shown by `up`.' } },
    concept: 'compose',
    docs: `${S}attach`,
  },
});
