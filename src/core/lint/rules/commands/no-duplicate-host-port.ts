import type { Localized } from '../../../types';
import type { RuleContext } from '../../types';
import type { DockerCommand } from '../../../documents/commandsDocument';
import type { ParsedFlag } from '../../../model/dockerCommand';
import { formatRange, overlap, parsePortMapping } from '../../../model/portMapping';
import { HostPortIndex } from '../../../model/hostPortIndex';
import type { PortMapping } from '../../../model/portMapping';
import { containerCommands, knownFlags, shortCommand, spanRange } from './shared';

// Seed 001: two `docker run -d -p 8080:80` in one script: the second container fails with
// "port is already allocated". Only a detached run (`-d`) keeps its port while the script goes
// on; a foreground `docker run` returns when its container has stopped. A later
// `docker stop|rm|kill NAME` of the first container frees its ports again. Reported as a
// warning at most (the engine caps it): a script may run on different hosts or branches.
export const commandMessages: Record<string, Localized> = {
  'command-clash': {
    ko: '호스트 포트 {port}/{protocol}{address}은/는 이미 줄 {otherLine}의 ‘{other}’이/가 게시했어요. 앞 컨테이너가 아직 돌고 있으면 이 컨테이너는 "port is already allocated" 오류로 시작하지 못해요. 앞 컨테이너를 먼저 멈추거나(‘docker stop’), 다른 호스트 포트를 써요.',
    en: 'Host port {port}/{protocol}{address} is already published by ‘{other}’ (line {otherLine}). While that container runs, this one fails with "port is already allocated". Stop it first or use another host port.',
  },
};

interface Claim {
  command: DockerCommand;
  name?: string;
  mapping: PortMapping;
}

const RELEASING = new Set(['stop', 'rm', 'kill']);

export function checkCommands({ doc, report }: RuleContext): void {
  if (doc.kind !== 'commands') return;
  const creators = new Set(containerCommands(doc));
  let claims: Claim[] = [];
  // The claims by host port (the Compose rule's index): each `-p` is compared with the claims on
  // its own ports, not with every earlier one (review F9: 11,000 `-p 80:80` took 11 s).
  let index = new HostPortIndex<Claim>();
  for (const command of doc.commands) {
    const key = command.parsed.key;
    if (RELEASING.has(key)) {
      const names = new Set(command.parsed.positionals.map((p) => p.word.value));
      const kept = claims.filter((c) => c.name === undefined || !names.has(c.name));
      if (kept.length !== claims.length) {
        claims = kept;
        index = new HostPortIndex<Claim>();
        for (const c of claims) index.add(c.mapping, c);
      }
      continue;
    }
    if (!creators.has(command) || key !== 'run') continue;
    const detached = knownFlags(command, 'detach').length > 0;
    const name = knownFlags(command, 'name')[0]?.value;
    const mine: Claim[] = [];
    const mineIndex = new HostPortIndex<Claim>();
    for (const flag of knownFlags(command, 'publish')) {
      const mapping = mappingOf(flag);
      if (!mapping || !flag.valueSpan) continue;
      // Two `-p` of one command for the same host port clash as well; earlier commands' claims come first.
      const first = (index.firstClash(mapping) ?? mineIndex.firstClash(mapping))?.value;
      if (first && first.mapping.host && mapping.host) {
        report({
          range: spanRange(doc, { start: flag.span.start, end: flag.valueSpan.end }),
          messageId: 'command-clash',
          maxSeverity: 'warning',
          data: {
            port: formatRange(overlap(first.mapping.host, mapping.host)),
            protocol: mapping.protocol,
            address: first.mapping.hostIp ? ` (${first.mapping.hostIp})` : '',
            other: shortCommand(first.command),
            otherLine: first.command.range.start.line + 1,
          },
        });
      }
      const claim = { command, name, mapping };
      mine.push(claim);
      mineIndex.add(mapping, claim);
    }
    if (detached) {
      for (const c of mine) {
        claims.push(c);
        index.add(c.mapping, c);
      }
    }
  }
}

function mappingOf(flag: ParsedFlag): PortMapping | undefined {
  if (flag.value === undefined) return undefined;
  const parsed = parsePortMapping(flag.value);
  return parsed.ok ? parsed.mapping : undefined;
}
