import { isMap, isScalar } from '../documents/yamlNodes';
import { perDocument } from '../documents/derived';
import type { Node } from 'yaml';
import type { Range } from '../types';
import type { ComposeDocument, ComposeService } from '../documents/composeDocument';
import { getPair, nodeRange, pairRange, scalarText, seqItems } from '../documents/composeDocument';
import { parsePortMapping } from './portMapping';
import type { PortParseResult } from './portMapping';

/** One entry of a service's `ports:` list, short or long syntax, with where it is written. */
export interface ServicePort {
  service: ComposeService;
  node: Node;
  range: Range;
  /** The entry as written (short syntax), or a short-syntax rendering of the long form. */
  text: string;
  syntax: 'short' | 'long';
  parsed: PortParseResult;
}

export function servicePorts(doc: ComposeDocument, service: ComposeService): ServicePort[] {
  const pair = getPair(service.map, 'ports');
  const result: ServicePort[] = [];
  for (const item of seqItems(pair?.value)) {
    const range = nodeRange(item, doc.lines);
    if (!range) continue;
    if (isScalar(item)) {
      const text = scalarText(item) ?? '';
      result.push({ service, node: item, range, text, syntax: 'short', parsed: parsePortMapping(text) });
    } else if (isMap(item)) {
      const text = longSyntaxAsShort(item);
      // In the long syntax the host side is `published`: point there, not at the whole map.
      const published = getPair(item, 'published');
      const at = (published && pairRange(published, doc.lines)) ?? range;
      result.push({ service, node: item, range: at, text, syntax: 'long', parsed: parsePortMapping(text) });
    }
  }
  return result;
}

// Three rules, the hover and the panel read every port: build the list once per parsed document (read-only).
export const allServicePorts: (doc: ComposeDocument) => readonly ServicePort[] = perDocument((doc: ComposeDocument) =>
  doc.services.flatMap((s) => servicePorts(doc, s)),
);

/**
 * `{target: 80, published: "8080", host_ip: 127.0.0.1, protocol: udp}` → `127.0.0.1:8080:80/udp`;
 * without `published`, `host_ip` still counts: `{target: 80, host_ip: 127.0.0.1}` → `127.0.0.1::80`
 * (the engine binds a free port on that address only). Compose reference › ports › long syntax.
 */
export function longSyntaxAsShort(map: import('yaml').YAMLMap): string {
  const get = (key: string) => scalarText(getPair(map, key)?.value);
  const target = get('target') ?? '';
  const published = get('published');
  const hostIp = get('host_ip');
  const protocol = get('protocol');
  const ip = hostIp ? (hostIp.includes(':') && !hostIp.startsWith('[') ? `[${hostIp}]:` : `${hostIp}:`) : '';
  const host = published ?? '';
  const text = ip || host ? `${ip}${host}:${target}` : target;
  return protocol ? `${text}/${protocol}` : text;
}
