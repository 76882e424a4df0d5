import type { Rule } from '../types';
import { getPair, scalarText } from '../../documents/composeDocument';
import { allServicePorts } from '../../model/composePorts';
import type { ServicePort } from '../../model/composePorts';
import { formatRange, overlap } from '../../model/portMapping';
import { HostPortIndex } from '../../model/hostPortIndex';
import { checkCommands, commandMessages } from './commands/no-duplicate-host-port';
import { projectViewOf } from '../compose/projectView';
import type { ProjectPort, ProjectView } from '../compose/projectView';
import type { Origin } from '../../compose/located';
import { fill } from '../../types';
import { hostPortFixes } from '../compose/composeFixes';
import { forEachIncludeClash } from '../compose/includeClashes';
import type { ClaimIndex } from '../compose/includeClashes';
import type { PortMapping } from '../../model/portMapping';

/** How many clashes of one file get quick fixes computed. */
const FIX_BUDGET = 200;

/** A claim of this file (a parsed entry) or of an earlier file of the Compose set. */
type Claim = { kind: 'here'; port: ServicePort; service: string } | { kind: 'earlier'; port: ProjectPort; service: string };

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
// - Profiles: two services that never run together (profiles that are never active at the same
//   time, compose-go PR #606, docker/compose #9398) cannot clash; the project view decides.
// - A Compose set (`compose.yaml` + `compose.override.yaml`, `-f` files, includes): the ports of
//   the earlier files are claimed first, and a clash is reported once, in the later file, at
//   the entry that must change, with the earlier entry as related information. The same entry
//   repeated by the override for the same service is merged by Compose (uncity.go) and ignored.
export const noDuplicateHostPort: Rule = {
  meta: {
    id: 'no-duplicate-host-port',
    // Compose files: an error. Shell scripts and Markdown: the `docker run -d` lines of one
    // file, reported as a warning at most (`maxSeverity` on the report), since a script may
    // run them at different times or hosts.
    kinds: ['compose', 'shell', 'markdown'],
    severity: 'error',
    fixable: true,
    title: {
      ko: '같은 호스트 주소·포트·프로토콜을 두 번 게시하지 않아요',
      en: 'Do not publish the same host address, port and protocol twice',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#ports',
      'https://docs.docker.com/reference/cli/docker/container/run/#publish',
      'https://github.com/moby/moby/blob/docker-v29.7.2/daemon/libnetwork/portallocator/portallocator.go',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/override/uncity.go',
      'https://docs.docker.com/compose/how-tos/multiple-compose-files/include/#include-and-overrides',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/include.go',
    ],
    messages: {
      clash: {
        ko: '서비스 ‘{otherService}’이/가 이미 호스트 포트 {port}/{protocol}{address}을/를 게시해요(줄 {otherLine}의 ‘{other}’). 먼저 시작한 컨테이너만 이 포트를 얻고, 나중 컨테이너는 "port is already allocated" 오류로 시작하지 못해요.',
        en: 'Host port {port}/{protocol}{address} is already published by ‘{other}’ of service ‘{otherService}’ (line {otherLine}). Only the first container gets it; the other fails with "port is already allocated".',
      },
      sameService: {
        ko: '이 서비스의 줄 {otherLine} ‘{other}’도 호스트 포트 {port}/{protocol}{address}을/를 게시해요. 컨테이너 하나가 같은 호스트 포트를 두 번 얻을 수는 없어서 "port is already allocated" 오류로 시작하지 못해요. 한 항목을 지우거나 다른 호스트 포트를 쓰세요.',
        en: 'Line {otherLine} of this service (‘{other}’) already publishes host port {port}/{protocol}{address}. One container cannot bind a host port twice: it fails with "port is already allocated". Remove one entry or use another host port.',
      },
      repeated: {
        ko: '줄 {otherLine}에 같은 항목 ‘{other}’이/가 이미 있어요. Compose는 같은 줄을 하나로 합쳐서 동작은 같지만, 하나는 지워도 돼요.',
        en: 'Line {otherLine} already has the same entry ‘{other}’. Compose merges identical entries, so nothing changes; one can go.',
      },
      clashOtherFile: {
        ko: '{otherFile} 줄 {otherLine}에서 서비스 ‘{otherService}’이/가 이미 호스트 포트 {port}/{protocol}{address}을/를 게시해요(‘{other}’). Compose는 두 파일을 합쳐 함께 실행해서, 나중 컨테이너는 "port is already allocated" 오류로 시작하지 못해요.',
        en: 'Service ‘{otherService}’ already publishes host port {port}/{protocol}{address} in {otherFile} line {otherLine} (‘{other}’). Compose runs both files together, so the later container fails with "port is already allocated".',
      },
      clashIncluded: {
        ko: '이 include로 읽는 {file} 줄 {line}의 서비스 ‘{service}’이/가 {otherFile} 줄 {otherLine}의 서비스 ‘{otherService}’과/와 같은 호스트 포트 {port}/{protocol}{address}을/를 게시해요(‘{text}’, ‘{other}’). Compose는 포함한 파일들을 합쳐 함께 실행해서, 나중 컨테이너는 "port is already allocated" 오류로 시작하지 못해요.',
        en: 'Service ‘{service}’ of {file} line {line}, which this include reads, publishes host port {port}/{protocol}{address} (‘{text}’), as service ‘{otherService}’ does in {otherFile} line {otherLine} (‘{other}’). Compose runs the included files together, so the later container fails with "port is already allocated".',
      },
      ...commandMessages,
    },
    equivalents: { dclint: 'no-duplicate-exported-ports' },
  },
  check(context) {
    const { doc, report } = context;
    if (doc.kind === 'commands') return checkCommands(context);
    if (doc.kind !== 'compose') return;
    const view = projectViewOf({ doc, project: context.project });
    const claimed = new HostPortIndex<Claim>();
    // The quick fixes look for a host port no other entry of the project holds: one index of
    // every entry, built at the first clash; at most FIX_BUDGET clashes get fixes (a file of
    // 3,000 clashing ports must still lint in linear time).
    let every: HostPortIndex<ServicePort | ProjectPort> | undefined;
    let budget = FIX_BUDGET;
    const fixesFor = (port: ServicePort) => {
      if (budget-- <= 0) return undefined;
      if (!every) {
        const index = new HostPortIndex<ServicePort | ProjectPort>();
        for (const p of [...allServicePorts(doc), ...view.portsFromOtherFiles()]) if (p.parsed.ok) index.add(p.parsed.mapping, p);
        every = index;
      }
      const all = every;
      return hostPortFixes(doc, port, (candidate: PortMapping) => !all.firstClash(candidate, (owner) => owner !== port));
    };
    for (const port of view.portsFromEarlierFiles()) {
      if (port.parsed.ok) claimed.add(port.parsed.mapping, { kind: 'earlier', port, service: port.service });
    }
    reportIncludeClashes(view, report);
    for (const port of allServicePorts(doc)) {
      if (!port.parsed.ok) continue;
      if (scalarText(getPair(port.service.map, 'network_mode')?.value) === 'host') continue;
      const name = port.service.name;
      const mapping = port.parsed.mapping;
      const clash = claimed.firstClash(
        mapping,
        (c) => view.canRunTogether(c.service, name) && !(c.kind === 'earlier' && c.service === name && c.port.text === port.text),
      );
      if (clash && clash.mapping.host && mapping.host) {
        const first = clash.value;
        const data = {
          port: formatRange(overlap(clash.mapping.host, mapping.host)),
          protocol: mapping.protocol,
          // F24: the address the *first* entry published, which the sentence is about.
          address: clash.mapping.hostIp ? ` (${clash.mapping.hostIp})` : '',
          other: first.port.text,
          otherService: first.service,
        };
        if (first.kind === 'earlier') {
          const at = first.port.origin;
          report({
            range: port.range,
            messageId: 'clashOtherFile',
            data: { ...data, otherFile: view.displayPath(at.file), otherLine: at.range.start.line + 1 },
            fixes: fixesFor(port),
            related: [
              {
                file: at.file,
                range: at.range,
                message: {
                  ko: fill('서비스 ‘{service}’이/가 여기서 호스트 포트 {port}을/를 먼저 게시해요.', { service: first.service, port: data.port }),
                  en: `Service ‘${first.service}’ publishes host port ${data.port} here first.`,
                },
              },
            ],
          });
        } else {
          const sameService = first.service === name;
          const identical = sameService && first.port.syntax === 'short' && port.syntax === 'short' && first.port.text === port.text;
          report({
            range: port.range,
            messageId: identical ? 'repeated' : sameService ? 'sameService' : 'clash',
            maxSeverity: identical ? 'info' : undefined,
            data: { ...data, otherLine: first.port.range.start.line + 1 },
            // The same entry twice is merged by Compose: nothing to move.
            fixes: identical ? undefined : fixesFor(port),
          });
        }
      }
      claimed.add(mapping, { kind: 'here', port, service: name });
    }
  },
};

/**
 * Two entries of this file's `include:` list (or one of them and an earlier file of the set)
 * publish the same host port (includeClashes.ts): reported at the entry of the later include,
 * with both entries as related information.
 */
function reportIncludeClashes(view: ProjectView, report: Parameters<Rule['check']>[0]['report']): void {
  const before = new HostPortIndex<ProjectPort>();
  const ports: ClaimIndex<ProjectPort, { first: ProjectPort; port: string; protocol: string; address: string }> = {
    add: (port) => {
      if (port.parsed.ok) before.add(port.parsed.mapping, port);
    },
    clash: (port) => {
      if (!port.parsed.ok) return undefined;
      const mapping = port.parsed.mapping;
      // The same entry of the same service (defined in both includes) is merged by Compose (uncity.go).
      const clash = before.firstClash(mapping, (c) => view.canRunTogether(c.service, port.service) && !(c.service === port.service && c.text === port.text));
      if (!clash || !clash.mapping.host || !mapping.host) return undefined;
      return { first: clash.value, port: formatRange(overlap(clash.mapping.host, mapping.host)), protocol: mapping.protocol, address: clash.mapping.hostIp ? ` (${clash.mapping.hostIp})` : '' };
    },
  };
  forEachIncludeClash(
    view,
    () => view.portsFromEarlierFiles(),
    (files) => view.portsIn(files),
    ports,
    (branch, port, { first, port: portText, protocol, address }) => {
      const where = (o: Origin) => ({ file: view.displayPath(o.file), line: o.range.start.line + 1 });
      report({
        range: branch.entry.range,
        messageId: 'clashIncluded',
        data: {
          port: portText,
          protocol,
          address,
          service: port.service,
          text: port.text,
          file: where(port.origin).file,
          line: where(port.origin).line,
          other: first.text,
          otherService: first.service,
          otherFile: where(first.origin).file,
          otherLine: where(first.origin).line,
        },
        related: [
          {
            file: port.origin.file,
            range: port.origin.range,
            message: { ko: fill('서비스 ‘{service}’이/가 여기서 호스트 포트 {port}을/를 게시해요.', { service: port.service, port: portText }), en: `Service ‘${port.service}’ publishes host port ${portText} here.` },
          },
          {
            file: first.origin.file,
            range: first.origin.range,
            message: { ko: fill('서비스 ‘{service}’이/가 여기서 호스트 포트 {port}을/를 먼저 게시해요.', { service: first.service, port: portText }), en: `Service ‘${first.service}’ publishes host port ${portText} here first.` },
          },
        ],
      });
    },
  );
}
