import type { Localized } from '../../../types';
import type { RuleContext } from '../../types';
import { parsePortMapping } from '../../../model/portMapping';
import { containerCommands, knownFlags, spanRange } from './shared';

// `docker run -p` values that the docker CLI rejects before anything starts (go-connections
// nat.ParsePortSpec, as read by model/portMapping.ts). Values with shell variables are left
// alone: their value is not in the file.
export const commandMessages: Record<string, Localized> = {
  'command-syntax': {
    ko: '‘-p {value}’을/를 포트 매핑으로 읽을 수 없어요 (‘{detail}’ 부분). ‘[호스트 IP:][호스트 포트:]컨테이너 포트[/프로토콜]’ 형식으로 쓰세요. 예: ‘-p 8080:80’.',
    en: 'Cannot read ‘-p {value}’ as a port mapping (at ‘{detail}’). Use ‘[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]’, e.g. ‘-p 8080:80’.',
  },
  'command-protocol': {
    ko: '‘-p {value}’의 프로토콜 ‘{detail}’은/는 쓸 수 없어요. ‘tcp’(기본값), ‘udp’, ‘sctp’ 중 하나예요.',
    en: 'The protocol ‘{detail}’ in ‘-p {value}’ is not valid: use ‘tcp’ (default), ‘udp’ or ‘sctp’.',
  },
  'command-out-of-range': {
    ko: '‘-p {value}’의 포트 ‘{detail}’은/는 쓸 수 없어요. 포트는 65535까지이고, 범위는 작은 번호가 앞에 와요. 컨테이너 포트 0은 어떤 프로그램도 열 수 없는 번호라 매핑해도 쓸모가 없어요.',
    en: 'Port ‘{detail}’ in ‘-p {value}’ is not valid: ports go up to 65535, lower port first in a range; no program can listen on container port 0, so mapping it does nothing.',
  },
  'command-host-ip': {
    ko: '‘-p {value}’의 호스트 주소 ‘{detail}’은/는 IP 주소가 아니라서 Docker가 "invalid IP address" 오류를 내요. ‘127.0.0.1’처럼 IP로 쓰세요.',
    en: 'The host address ‘{detail}’ in ‘-p {value}’ is not an IP address: Docker fails with "invalid IP address". Write an IP such as ‘127.0.0.1’.',
  },
  'command-range-length': {
    ko: '‘-p {value}’에서 호스트 포트 범위와 컨테이너 포트 범위의 길이가 달라요. 범위끼리 매핑하려면 포트 개수가 같아야 해요.',
    en: 'In ‘-p {value}’ the host and container ranges differ in length.',
  },
};

export function checkCommands({ doc, report }: RuleContext): void {
  if (doc.kind !== 'commands') return;
  for (const command of containerCommands(doc)) {
    for (const flag of knownFlags(command, 'publish')) {
      if (flag.value === undefined || !flag.valueSpan) continue;
      const parsed = parsePortMapping(flag.value);
      if (parsed.ok || parsed.problem === 'variable') continue;
      const isProtocol = parsed.problem === 'syntax' && parsed.detail.startsWith('protocol ');
      report({
        range: spanRange(doc, flag.valueSpan),
        messageId: isProtocol ? 'command-protocol' : `command-${parsed.problem}`,
        data: { value: flag.value, detail: isProtocol ? parsed.detail.slice('protocol '.length) : parsed.detail },
      });
    }
  }
}
