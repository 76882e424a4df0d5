import type { Language, Position } from '../types';
import { fill, pick, rangeContains } from '../types';
import type { ComposeDocument } from '../documents/composeDocument';
import { getTopic } from '../knowledge';
import type { Topic } from '../knowledge/types';
import { allServicePorts } from '../model/composePorts';
import { formatRange, isLoopback } from '../model/portMapping';
import type { PortParseResult } from '../model/portMapping';
import type { HoverResult, RenderOptions } from './hover';
import { code, renderHover } from './hover';

export function explainCompose(doc: ComposeDocument, pos: Position, options: RenderOptions): HoverResult | null {
  for (const port of allServicePorts(doc)) {
    if (!rangeContains(port.range, pos)) continue;
    const topic = getTopic('compose.service.ports');
    if (!topic) return null;
    return renderHover({ topic, heading: port.text, facts: [describePort(topic, port.parsed, options.language)] }, port.range, options);
  }
  return null;
}

/** "호스트 8080 → 컨테이너 80 (tcp), 호스트의 모든 네트워크 인터페이스에서 …" for one mapping. */
export function describePort(topic: Topic, parsed: PortParseResult, lang: Language): string {
  const t = (name: string, values: Record<string, string | number> = {}) => {
    const template = topic.templates?.[name];
    return template ? fill(pick(template, lang), values) : '';
  };
  if (!parsed.ok) return parsed.problem === 'variable' ? t('variable') : code(parsed.detail);
  const m = parsed.mapping;
  const reach = m.hostIp === undefined ? t('everyInterface') : isLoopback(m.hostIp) ? t('loopback', { ip: m.hostIp }) : t('specific', { ip: m.hostIp });
  if (!m.host) return t('ephemeral', { containerPort: formatRange(m.container), protocol: m.protocol, reach });
  return t('mapping', { hostPort: formatRange(m.host), containerPort: formatRange(m.container), protocol: m.protocol, reach });
}
