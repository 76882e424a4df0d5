import type { Concept } from './types';
import { L } from './diagramKit';
import { group, node, note, row } from './flowKit';

export const isolation: Concept = {
  id: 'isolation',
  title: L('격리: 네임스페이스와 cgroup', 'Isolation: namespaces and cgroups'),
  summary: L(
    '네임스페이스는 컨테이너가 무엇을 볼 수 있는지(프로세스, 네트워크, 파일 시스템…)를 나누고, 컨트롤 그룹(cgroup)은 얼마나 쓸 수 있는지(CPU, 메모리)를 제한해요.',
    'Namespaces limit what a container sees (processes, network, filesystem…); cgroups limit how much it uses (CPU, memory).',
  ),
  diagram: {
    description: L(
      '컨테이너 하나를 pid, net, mnt, uts, ipc 네임스페이스가 둘러싸고(user 네임스페이스는 켰을 때만), cgroup이 CPU와 메모리 한도를 정하며, 모두 호스트 커널 하나 위에 있는 그림이에요.',
      'A container surrounded by pid, net, mnt, uts and ipc namespaces (a user namespace only when turned on), with cgroup limits on CPU and memory, on one host kernel.',
    ),
    items: [
      group('container', L('컨테이너', 'Container'), [
        note(L('네임스페이스: 보이는 범위', 'namespaces: what it sees'), 'muted'),
        row(
          node('network', L('pid', 'pid'), { lines: [L('프로세스', 'processes')] }),
          node('network', L('net', 'net'), { lines: [L('네트워크', 'network')] }),
          node('network', L('mnt', 'mnt'), { lines: [L('파일 시스템', 'filesystem')] }),
          node('network', L('uts', 'uts'), { lines: [L('호스트 이름', 'hostname')] }),
          node('network', L('ipc', 'ipc'), { lines: [L('공유 메모리', 'shared mem')] }),
          // Docker does not give containers a user namespace unless the daemon runs with userns-remap
          // (https://docs.docker.com/engine/security/userns-remap/#about-remapping-and-subordinate-user-and-group-ids;
          // it is turned on in the daemon's configuration: https://docs.docker.com/engine/security/userns-remap/#enable-userns-remap-on-the-daemon).
          node('network', L('user', 'user'), { dashed: true, lines: [L('사용자 ID', 'user IDs'), L('기본은 꺼짐', 'off by default')] }),
        ),
        note(L('cgroup: 쓸 수 있는 양', 'cgroups: how much it may use'), 'muted'),
        row(node('volume', L('cgroup CPU', 'cgroup CPU'), { lines: [L('--cpus 1.5', '--cpus 1.5')] }), node('volume', L('cgroup 메모리', 'cgroup memory'), { lines: [L('-m 512m', '-m 512m')] })),
      ]),
      node('host', L('호스트 커널 하나 (모든 컨테이너가 함께 써요)', 'One host kernel (shared by all containers)')),
    ],
    arrows: [],
  },
  sections: [
    {
      heading: L('네임스페이스(namespace)', 'Namespaces'),
      body: L(
        '리눅스 커널 기능이에요. 컨테이너마다 새 네임스페이스를 만들어서 서로 안 보이게 해요.\n\n- `pid`: 자기 프로세스만 보여요. 첫 프로세스가 PID 1이에요.\n- `net`: 자기 `eth0`, 라우팅 표, 포트 공간.\n- `mnt`: 자기 파일 시스템 트리(이미지 + 쓰기 레이어 + 마운트).\n- `uts`: 자기 호스트 이름.\n- `ipc`: 자기 공유 메모리, 세마포어.\n- `user`: 컨테이너의 root를 호스트의 일반 사용자로 바꿔요. 기본으로는 꺼져 있어서 설정(`userns-remap`)이 필요해요.',
        'A Linux kernel feature; each container gets new ones.\n\n- `pid`: only its processes; the first is PID 1.\n- `net`: its own `eth0`, routes, ports.\n- `mnt`: its own filesystem tree.\n- `uts`: its own hostname.\n- `ipc`: its own shared memory.\n- `user`: maps container root to an unprivileged host user; off by default (`userns-remap`).',
      ),
    },
    {
      heading: L('컨트롤 그룹(cgroup)', 'Control groups'),
      body: L(
        '컨테이너가 쓰는 자원에 한도를 둬요. 한도가 없으면 컨테이너 하나가 호스트의 CPU와 메모리를 다 쓸 수도 있어요.\n\n- `docker run --cpus 1.5`: CPU 1.5개만큼.\n- `docker run -m 512m`: 메모리 512MB. 넘으면 커널이 컨테이너의 프로세스를 종료해요(OOM).\n- Compose: `deploy.resources.limits`의 `cpus`, `memory`.',
        'Limits on resources; without them one container can take the whole host.\n\n- `--cpus 1.5`, `-m 512m` (beyond it the kernel OOM-kills).\n- Compose: `deploy.resources.limits.cpus` / `memory`.',
      ),
    },
  ],
  example: {
    language: 'yaml',
    code: 'services:\n  worker:\n    image: python:3.12-slim\n    command: ["python", "-c", "import time; time.sleep(3600)"]\n    deploy:\n      resources:\n        limits:\n          cpus: "1.5"\n          memory: 512M',
    caption: L('`docker run --cpus 1.5 -m 512m`과 같은 한도예요.', 'Same limits as `docker run --cpus 1.5 -m 512m`.'),
  },
  related: ['containers-vs-vms', 'networks', 'cmd-entrypoint'],
  docs: [
    { url: 'https://docs.docker.com/engine/containers/resource_constraints/', title: L('Resource constraints', 'Resource constraints') },
    { url: 'https://docs.docker.com/engine/security/', title: L('Docker security', 'Docker security') },
  ],
  sources: [
    'https://docs.docker.com/engine/security/#kernel-namespaces',
    'https://docs.docker.com/engine/security/#control-groups',
    'https://docs.docker.com/engine/security/#linux-kernel-capabilities',
    'https://docs.docker.com/engine/containers/resource_constraints/#cpu',
    'https://docs.docker.com/engine/security/userns-remap/#enable-userns-remap-on-the-daemon',
  ],
  keywords: ['namespace', '네임스페이스', 'cgroup', '컨트롤 그룹', 'pid', 'net', 'mnt', 'uts', 'ipc', 'user', '--cpus', '-m', 'memory', '메모리', 'deploy.resources', '격리', 'isolation'],
};
