import type { Rule } from '../types';
import { allServicePorts } from '../../model/composePorts';
import type { ServicePort } from '../../model/composePorts';
import { formatRange, overlap } from '../../model/portMapping';
import { HostPortIndex } from '../../model/hostPortIndex';
import { checkCommands, commandMessages } from './commands/no-duplicate-host-port';

// Like hadolint's unique-stage-name check: remember what has been claimed, report the repeat.
// Only the second claim is flagged, at the exact entry, naming the first one: the first
// container starts; the second fails with "port is already allocated".
export const noDuplicateHostPort: Rule = {
  meta: {
    id: 'no-duplicate-host-port',
    // Compose files: an error (Compose starts every service together). Shell scripts and
    // Markdown: the `docker run -d` lines of one file, reported as a warning at most
    // (`maxSeverity` on the report), since a script may run them at different times or hosts.
    kinds: ['compose', 'shell', 'markdown'],
    severity: 'error',
    title: {
      ko: '같은 호스트 주소·포트·프로토콜을 두 번 게시하지 않아요',
      en: 'Do not publish the same host address, port and protocol twice',
    },
    messages: {
      clash: {
        ko: '서비스 `{otherService}`이/가 이미 호스트 포트 {port}/{protocol}{address}을/를 게시해요(줄 {otherLine}의 `{other}`). 먼저 시작한 컨테이너만 이 포트를 얻고, 나중 컨테이너는 "port is already allocated" 오류로 시작하지 못해요.',
        en: 'Host port {port}/{protocol}{address} is already published by `{other}` of service `{otherService}` (line {otherLine}). Only the first container gets it; the other fails with "port is already allocated".',
      },
      ...commandMessages,
    },
    equivalents: { dclint: 'no-duplicate-exported-ports' },
  },
  check(context) {
    const { doc, report } = context;
    if (doc.kind === 'commands') return checkCommands(context);
    if (doc.kind !== 'compose') return;
    const claimed = new HostPortIndex<ServicePort>();
    for (const port of allServicePorts(doc)) {
      if (!port.parsed.ok) continue;
      const mapping = port.parsed.mapping;
      const clash = claimed.firstClash(mapping);
      const first = clash && { port: clash.value, mapping: clash.mapping };
      if (first && first.mapping.host && mapping.host) {
        report({
          range: port.range,
          messageId: 'clash',
          data: {
            port: formatRange(overlap(first.mapping.host, mapping.host)),
            protocol: mapping.protocol,
            address: mapping.hostIp ? ` (${mapping.hostIp})` : '',
            other: first.port.text,
            otherService: first.port.service.name,
            otherLine: first.port.range.start.line + 1,
          },
        });
      }
      claimed.add(mapping, port);
    }
  },
};
