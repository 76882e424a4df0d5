import type { Rule } from '../types';
import { checkCommands, commandMessages } from './commands/valid-port-mapping';
import { allServicePorts } from '../../model/composePorts';

// Only what Compose itself would reject: a mapping it cannot read, a port outside 1–65535,
// host and container ranges of different lengths. `${VARS}` are left alone (dclint #8, #261):
// their value is not in the file.
export const validPortMapping: Rule = {
  meta: {
    id: 'valid-port-mapping',
    kinds: ['compose', 'shell', 'markdown'],
    severity: 'error',
    title: {
      ko: '포트 매핑은 읽을 수 있고, 포트는 1–65535 범위여야 해요',
      en: 'Port mappings must parse and ports must be within 1–65535',
    },
    messages: {
      syntax: {
        ko: '포트 매핑 `{text}`을/를 읽을 수 없어요 (`{detail}` 부분). `[호스트 IP:][호스트 포트:]컨테이너 포트[/프로토콜]` 형식으로 써 주세요. 예: `"8080:80"`, `"127.0.0.1:5432:5432"`.',
        en: 'Cannot read the port mapping `{text}` (at `{detail}`). Use `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`, e.g. `"8080:80"`.',
      },
      protocol: {
        ko: '포트 매핑 `{text}`의 프로토콜 `{detail}`은/는 쓸 수 없어요. `tcp`(기본값), `udp`, `sctp` 중 하나예요.',
        en: 'The protocol `{detail}` in `{text}` is not valid: use `tcp` (default), `udp` or `sctp`.',
      },
      'out-of-range': {
        ko: '포트 매핑 `{text}`의 포트 `{detail}`은/는 쓸 수 없어요. 포트는 1부터 65535까지이고, 범위는 작은 번호가 앞에 와요.',
        en: 'Port `{detail}` in `{text}` is not valid: ports run from 1 to 65535, and a range starts with the lower port.',
      },
      'range-length': {
        ko: '포트 매핑 `{text}`에서 호스트 포트 범위와 컨테이너 포트 범위의 길이가 달라요. 범위끼리 매핑하려면 두 범위의 포트 개수가 같아야 해요.',
        en: 'In `{text}` the host and container port ranges differ in length; mapped ranges must have the same number of ports.',
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
