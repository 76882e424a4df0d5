import type { Rule } from '../types';
import { checkCommands, commandMessages } from './commands/valid-port-mapping';
import { allServicePorts } from '../../model/composePorts';

// Only what Compose itself would reject (compose-go types.ParsePortConfig → go-connections
// nat.ParsePortSpec, read by the port model in model/portMapping.ts): a mapping it cannot read, a
// host address that is not an IP (`localhost`), a port above 65535 or a reversed range, host
// and container ranges of different lengths, and container port 0 (nothing listens there).
// Host port 0 is valid: Docker picks a free port. `${VARS}` are left alone (dclint #8, #261):
// their value is not in the file.
export const validPortMapping: Rule = {
  meta: {
    id: 'valid-port-mapping',
    kinds: ['compose', 'shell', 'markdown'],
    severity: 'error',
    title: {
      ko: '포트 매핑은 Compose가 읽을 수 있는 형식이어야 해요',
      en: 'Port mappings must be readable by Compose',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#ports',
      'https://docs.docker.com/reference/cli/docker/container/run/#publish',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/types/types.go',
    ],
    messages: {
      syntax: {
        ko: '포트 매핑 ‘{text}’을/를 읽을 수 없어요 (‘{detail}’ 부분). ‘[호스트 IP:][호스트 포트:]컨테이너 포트[/프로토콜]’ 형식으로 쓰세요. 예: "8080:80", "127.0.0.1:5432:5432".',
        en: 'Cannot read the port mapping ‘{text}’ (at ‘{detail}’). Use ‘[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]’, e.g. "8080:80".',
      },
      protocol: {
        ko: '포트 매핑 ‘{text}’의 프로토콜 ‘{detail}’은/는 쓸 수 없어요. ‘tcp’(기본값), ‘udp’, ‘sctp’ 중 하나예요.',
        en: 'The protocol ‘{detail}’ in ‘{text}’ is not valid: use ‘tcp’ (default), ‘udp’ or ‘sctp’.',
      },
      'out-of-range': {
        ko: '포트 매핑 ‘{text}’의 포트 ‘{detail}’은/는 쓸 수 없어요. 포트는 65535까지이고, 범위는 작은 번호가 앞에 와요. 컨테이너 포트 0은 어떤 프로그램도 열 수 없는 번호라 매핑해도 쓸모가 없어요.',
        en: 'Port ‘{detail}’ in ‘{text}’ is not valid: ports go up to 65535 and a range starts with the lower port; container port 0 is a port no program can listen on, so mapping it does nothing.',
      },
      'host-ip': {
        ko: '포트 매핑 ‘{text}’의 호스트 주소 ‘{detail}’은/는 IP 주소가 아니라서 Compose가 "invalid IP address" 오류를 내요. ‘127.0.0.1’이나 ‘[::1]’처럼 IP로 쓰세요.',
        en: 'The host address ‘{detail}’ in ‘{text}’ is not an IP address: Compose fails with "invalid IP address". Write an IP such as ‘127.0.0.1’ or ‘[::1]’.',
      },
      'range-length': {
        ko: '포트 매핑 ‘{text}’에서 호스트 포트 범위와 컨테이너 포트 범위의 길이가 달라요. 범위끼리 매핑하려면 두 범위의 포트 개수가 같아야 해요.',
        en: 'In ‘{text}’ the host and container port ranges differ in length; mapped ranges must have the same number of ports.',
      },
      ...commandMessages,
    },
  },
  check(context) {
    const { doc, report } = context;
    // docker run / create in shell scripts and Markdown: the command-side check of the same rule.
    if (doc.kind === 'commands') return checkCommands(context);
    if (doc.kind !== 'compose') return;
    for (const port of allServicePorts(doc)) {
      const parsed = port.parsed;
      if (parsed.ok || parsed.problem === 'variable') continue;
      const isProtocol = parsed.problem === 'syntax' && parsed.detail.startsWith('protocol ');
      report({
        range: port.range,
        messageId: isProtocol ? 'protocol' : parsed.problem,
        data: { text: port.text, detail: isProtocol ? parsed.detail.slice('protocol '.length) : parsed.detail },
      });
    }
  },
};
