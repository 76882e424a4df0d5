import type { Rule } from '../types';
import { getPair, scalarText } from '../../documents/composeDocument';
import { allServicePorts } from '../../model/composePorts';
import type { ServicePort } from '../../model/composePorts';
import { formatRange, overlap } from '../../model/portMapping';
import { HostPortIndex } from '../../model/hostPortIndex';
import { checkCommands, commandMessages } from './commands/no-duplicate-host-port';

// Like hadolint's unique-stage-name check: remember what has been claimed, report the repeat.
// Only the second claim is flagged, at the exact entry, naming the first one. Which mappings
// hold a host port, and which overlap, is the port model's answer (model/portMapping.ts
// describePublishing / hostPortsClash): a host range for one container port holds no fixed port.
// - Two services: the first container started gets the port; the other fails with
//   "port is already allocated".
// - One service, the same entry twice: compose-go merges identical `ports` strings
//   (override/uncity.go, portIndexer on the raw string), so nothing fails: info at most (R8).
// - One service, two different entries on one host port: its one container cannot bind it twice.
// - A service under `network_mode: host`: the engine discards its `ports`
//   ("Published ports are discarded when using host network mode"), so they claim nothing (R14).
// Services that never run together because of profiles are the project model's concern (issue 12).
export const noDuplicateHostPort: Rule = {
  meta: {
    id: 'no-duplicate-host-port',
    // Compose files: an error. Shell scripts and Markdown: the `docker run -d` lines of one
    // file, reported as a warning at most (`maxSeverity` on the report), since a script may
    // run them at different times or hosts.
    kinds: ['compose', 'shell', 'markdown'],
    severity: 'error',
    title: {
      ko: '같은 호스트 주소·포트·프로토콜을 두 번 게시하지 않아요',
      en: 'Do not publish the same host address, port and protocol twice',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#ports',
      'https://docs.docker.com/reference/cli/docker/container/run/#publish',
      'https://github.com/moby/moby/blob/docker-v29.7.2/daemon/libnetwork/portallocator/portallocator.go',
    ],
    messages: {
      clash: {
        ko: '서비스 `{otherService}`이/가 이미 호스트 포트 {port}/{protocol}{address}을/를 게시해요(줄 {otherLine}의 `{other}`). 먼저 시작한 컨테이너만 이 포트를 얻고, 나중 컨테이너는 "port is already allocated" 오류로 시작하지 못해요.',
        en: 'Host port {port}/{protocol}{address} is already published by `{other}` of service `{otherService}` (line {otherLine}). Only the first container gets it; the other fails with "port is already allocated".',
      },
      sameService: {
        ko: '이 서비스의 줄 {otherLine} `{other}`도 호스트 포트 {port}/{protocol}{address}을/를 게시해요. 컨테이너 하나가 같은 호스트 포트를 두 번 얻을 수는 없어서 "port is already allocated" 오류로 시작하지 못해요. 한 항목을 지우거나 다른 호스트 포트를 쓰세요.',
        en: 'Line {otherLine} of this service (`{other}`) already publishes host port {port}/{protocol}{address}. One container cannot bind a host port twice: it fails with "port is already allocated". Remove one entry or use another host port.',
      },
      repeated: {
        ko: '줄 {otherLine}에 같은 항목 `{other}`이/가 이미 있어요. Compose는 같은 줄을 하나로 합쳐서 동작은 같지만, 하나는 지워도 돼요.',
        en: 'Line {otherLine} already has the same entry `{other}`. Compose merges identical entries, so nothing changes; one can go.',
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
      if (scalarText(getPair(port.service.map, 'network_mode')?.value) === 'host') continue;
      const mapping = port.parsed.mapping;
      const clash = claimed.firstClash(mapping);
      const first = clash && { port: clash.value, mapping: clash.mapping };
      if (first && first.mapping.host && mapping.host) {
        const sameService = first.port.service === port.service;
        const identical = sameService && first.port.syntax === 'short' && port.syntax === 'short' && first.port.text === port.text;
        report({
          range: port.range,
          messageId: identical ? 'repeated' : sameService ? 'sameService' : 'clash',
          maxSeverity: identical ? 'info' : undefined,
          data: {
            port: formatRange(overlap(first.mapping.host, mapping.host)),
            protocol: mapping.protocol,
            // F24: the address the *first* entry published, which the sentence is about.
            address: first.mapping.hostIp ? ` (${first.mapping.hostIp})` : '',
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
