import type { Concept } from './types';
import { L } from './diagramKit';
import { group, node, note, row } from './flowKit';

export const containersVsVms: Concept = {
  id: 'containers-vs-vms',
  title: L('컨테이너와 가상 머신', 'Containers and virtual machines'),
  summary: L(
    '가상 머신은 하이퍼바이저 위에 게스트 OS를 통째로 올리고, 컨테이너는 호스트의 커널 하나를 나눠 쓰는 격리된 프로세스예요. 그래서 컨테이너가 훨씬 가볍고 빨리 시작해요.',
    'A VM runs a whole guest OS on a hypervisor; a container is an isolated process sharing the host kernel, so it is lighter and starts faster.',
  ),
  diagram: {
    description: L(
      '왼쪽은 하드웨어, 호스트 OS, 하이퍼바이저 위에 게스트 OS가 각각 있는 가상 머신 두 개, 오른쪽은 호스트 OS의 커널 하나 위에 컨테이너 세 개가 있는 그림이에요.',
      'Left: two VMs, each with its own guest OS on a hypervisor. Right: three containers on one shared host kernel.',
    ),
    items: [
      row(
        group('muted', L('가상 머신', 'Virtual machines'), [
          row(node('accent', L('앱 A', 'App A')), node('accent', L('앱 B', 'App B'))),
          row(node('muted', L('라이브러리', 'Libraries')), node('muted', L('라이브러리', 'Libraries'))),
          row(node('danger', L('게스트 OS', 'Guest OS'), { lines: [L('커널 포함', 'own kernel')] }), node('danger', L('게스트 OS', 'Guest OS'), { lines: [L('커널 포함', 'own kernel')] })),
          node('network', L('하이퍼바이저', 'Hypervisor')),
          node('host', L('호스트 OS', 'Host OS')),
          node('muted', L('하드웨어', 'Hardware')),
          note(L('GB 단위, OS가 부팅해야 시작', 'GBs, a whole OS boots first'), 'danger'),
        ]),
        group('container', L('컨테이너', 'Containers'), [
          row(node('accent', L('앱 A', 'App A')), node('accent', L('앱 B', 'App B')), node('accent', L('앱 C', 'App C'))),
          row(node('muted', L('라이브러리', 'Libs')), node('muted', L('라이브러리', 'Libs')), node('muted', L('라이브러리', 'Libs'))),
          // Finding 30: containers run on the kernel, not on the daemon; the daemon only sets them up.
          node('host', L('호스트 OS (커널 하나)', 'Host OS (one kernel)'), { lines: [L('Docker 데몬은 옆에서 관리만 해요', 'the Docker daemon only manages them')] }),
          node('muted', L('하드웨어', 'Hardware')),
          // Not "MBs": image sizes run from a few MB to GBs (seed 000's mistake); what differs is that no kernel boots.
          note(L('커널 부팅 없이 프로세스처럼 시작', 'no kernel to boot, starts like a process'), 'ok'),
        ]),
      ),
    ],
    arrows: [],
  },
  sections: [
    {
      heading: L('가상 머신(virtual machine)', 'Virtual machines'),
      body: L(
        '하이퍼바이저(hypervisor)가 하드웨어를 흉내 내고, 그 위에서 게스트 OS가 자기 커널로 부팅해요. 완전히 다른 OS(예: 리눅스 위의 Windows)도 돌릴 수 있지만, VM마다 OS 전체를 담아서 디스크는 보통 GB 단위이고 OS 전체가 부팅해야 해서 시작이 느려요.',
        'A hypervisor emulates hardware and each guest OS boots its own kernel. Any OS can run, but every VM carries a full OS: gigabytes on disk and a slow boot.',
      ),
    },
    {
      heading: L('컨테이너(container)', 'Containers'),
      body: L(
        '컨테이너는 호스트 커널 위에서 도는 보통 프로세스예요. Docker 데몬은 컨테이너를 만들고 관리할 뿐, 컨테이너가 데몬 위에서 도는 것은 아니에요. 커널의 네임스페이스(namespace)가 보이는 범위를, 컨트롤 그룹(cgroup)이 쓸 수 있는 자원을 제한해요. 부팅할 OS가 없으니 프로세스 하나 띄우는 시간에 시작해요.\n\n- 작은 이미지는 수십 MB예요(예: alpine 기반). 큰 이미지는 1GB를 넘기도 해요. 이건 이미지 크기이고, 실행 중인 컨테이너가 따로 차지하는 건 그 위 쓰기 레이어뿐이에요.\n- 커널을 나눠 쓰니 리눅스 컨테이너는 리눅스 커널에서만 돌아요.',
        'A container is an ordinary process on the host kernel; the Docker daemon creates and manages it, but the container does not run on top of the daemon. Namespaces limit what it sees and cgroups what it uses. With no OS to boot it starts as fast as a process.\n\n- Small images are tens of MB (alpine-based); large ones exceed 1 GB. That is the image; a running container adds only its writable layer.\n- Sharing the kernel means Linux containers need a Linux kernel.',
      ),
    },
    {
      heading: L('무엇을 고를까요?', 'Which one?'),
      body: L(
        '격리 경계가 더 강해야 하거나 다른 OS 커널이 필요하면 가상 머신, 앱을 빠르게 같은 환경으로 배포하려면 컨테이너가 맞아요. 둘을 함께 쓰는 경우도 많아요: 클라우드 VM 위에서 컨테이너를 돌리는 식이에요.',
        'Use a VM for a stronger isolation boundary or another kernel; use containers to ship apps quickly in one environment. Often both: containers on a cloud VM.',
      ),
    },
  ],
  example: {
    language: 'shell',
    code: '# 컨테이너 안에서 보이는 커널은 호스트의 커널이에요\nuname -r\ndocker run --rm alpine:3.20 uname -r',
    caption: L('두 명령이 같은 커널 버전을 출력해요(리눅스 호스트에서).', 'Both print the same kernel version (on a Linux host).'),
  },
  related: ['why-containers', 'isolation', 'images-containers'],
  docs: [{ url: 'https://docs.docker.com/get-started/docker-overview/', title: L('Docker overview', 'Docker overview') }],
  sources: [
    'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/#containers-versus-virtual-machines-vms',
    'https://docs.docker.com/engine/security/#kernel-namespaces',
  ],
  keywords: ['VM', 'virtual machine', '가상 머신', '하이퍼바이저', 'hypervisor', 'kernel', '커널', '게스트 OS'],
};
