// The Compose file as a picture for the panel's "이 파일" view: services with their published
// ports, mounts, networks, depends_on and volumes_from edges, plus the top-level volumes and
// networks. Plain JSON (no YAML nodes), so the extension can post it to the webview as is.
// Reading is delegated to the shared Compose models (composePorts, composeVolumes,
// composeServices); this module only arranges what they find.

import { isMap } from '../documents/yamlNodes';
import type { Range } from '../types';
import type { ComposeDocument, ComposeService } from '../documents/composeDocument';
import { getPair, nodeRange, scalarText } from '../documents/composeDocument';
import { servicePorts } from './composePorts';
import { formatRange } from './portMapping';
import { declaredVolumes, serviceTmpfs, serviceVolumes, serviceVolumesFrom } from './composeVolumes';
import { declaredNetworks, serviceDependsOn, serviceNetworkMode, serviceNetworks } from './composeServices';

export interface TopologyPort {
  /** As written (long syntax rendered short). */
  text: string;
  range: Range;
  /** undefined: every interface of the host. */
  hostIp?: string;
  /** `8080`, `8000-8010`; undefined when Docker picks the host port or the entry holds a variable. */
  hostPort?: string;
  containerPort?: string;
  protocol?: string;
  /** Loopback-only binding (127.0.0.1, ::1): unreachable from other machines. */
  loopback: boolean;
  /** The entry holds `${VAR}`: shown as written, never compared. */
  variable: boolean;
}

export interface TopologyMount {
  text: string;
  range: Range;
  type: 'bind' | 'volume' | 'anonymous' | 'tmpfs' | 'other' | 'unknown';
  source?: string;
  target?: string;
  readOnly: boolean;
}

export interface TopologyEdge {
  /** The service that declares the edge. */
  from: string;
  to: string;
  range: Range;
  /** depends_on: `service_started`, `service_healthy`, …; volumes_from: `ro`/`rw`. */
  detail?: string;
  /** The target is not a service of this file (a typo, a `container:` reference…). */
  external: boolean;
}

export interface TopologyService {
  name: string;
  keyRange: Range;
  /** The whole service (key to end of its mapping), for "is this diagnostic about this service". */
  range: Range;
  image?: string;
  /** `build:` context, or `.` when written as a map without context. */
  build?: string;
  ports: TopologyPort[];
  mounts: TopologyMount[];
  /** Networks joined; `default` when none is written and no network_mode is set. */
  networks: string[];
  /** `host`, `none`, `service:x` … when set. */
  networkMode?: string;
}

export interface TopologyVolume {
  name: string;
  declared: boolean;
  external: boolean;
  range?: Range;
  /** Services that mount it, in file order. Two or more: they share its data. */
  usedBy: string[];
}

export interface TopologyNetwork {
  name: string;
  declared: boolean;
  external: boolean;
  /** `default` created implicitly by Compose for the project. */
  implicit: boolean;
  range?: Range;
  services: string[];
}

export interface ComposeTopology {
  services: TopologyService[];
  volumes: TopologyVolume[];
  networks: TopologyNetwork[];
  dependsOn: TopologyEdge[];
  volumesFrom: TopologyEdge[];
}

/** Never throws; a service written as something other than a mapping still appears (empty). */
export function composeTopology(doc: ComposeDocument): ComposeTopology {
  const names = new Set(doc.services.map((s) => s.name));
  const services = doc.services.map((s) => serviceView(doc, s));
  const dependsOn: TopologyEdge[] = [];
  const volumesFrom: TopologyEdge[] = [];
  for (const service of doc.services) {
    for (const dep of serviceDependsOn(doc, service)) {
      dependsOn.push({ from: service.name, to: dep.name, range: dep.range, detail: dep.condition, external: !names.has(dep.name) });
    }
    for (const vf of serviceVolumesFrom(doc, service)) {
      volumesFrom.push({
        from: service.name,
        to: vf.kind === 'container' ? `container:${vf.name}` : vf.name,
        range: vf.range,
        detail: vf.access,
        external: vf.kind === 'container' || !names.has(vf.name),
      });
    }
  }
  return { services, volumes: volumesOf(doc, services), networks: networksOf(doc, services), dependsOn, volumesFrom };
}

function serviceView(doc: ComposeDocument, service: ComposeService): TopologyService {
  const mapRange = nodeRange(service.map, doc.lines);
  const build = getPair(service.map, 'build')?.value;
  const buildText = isMap(build) ? (scalarText(getPair(build, 'context')?.value) ?? '.') : scalarText(build);
  const mode = serviceNetworkMode(service);
  const joined = serviceNetworks(doc, service).map((n) => n.name);
  return {
    name: service.name,
    keyRange: service.keyRange,
    range: { start: service.keyRange.start, end: mapRange?.end ?? service.keyRange.end },
    image: scalarText(getPair(service.map, 'image')?.value),
    build: buildText,
    ports: servicePorts(doc, service).map((p) => {
      const m = p.parsed.ok ? p.parsed.mapping : undefined;
      return {
        text: p.text,
        range: p.range,
        hostIp: m?.hostIp,
        hostPort: m?.host ? formatRange(m.host) : undefined,
        containerPort: m ? formatRange(m.container) : undefined,
        protocol: m?.protocol,
        loopback: m?.hostIp !== undefined && (/^127\./.test(m.hostIp) || m.hostIp === '::1' || m.hostIp === 'localhost'),
        variable: !p.parsed.ok && p.parsed.problem === 'variable',
      };
    }),
    mounts: [...serviceVolumes(doc, service), ...serviceTmpfs(doc, service)].map((m) => ({
      text: m.text,
      range: m.range,
      type: m.type === undefined ? 'unknown' : m.type === 'volume' && m.anonymous ? 'anonymous' : m.type === 'bind' || m.type === 'volume' || m.type === 'tmpfs' ? m.type : 'other',
      source: m.source,
      target: m.target,
      readOnly: m.readOnly,
    })),
    networks: mode ? joined : joined.length > 0 ? joined : ['default'],
    networkMode: mode?.text,
  };
}

function volumesOf(doc: ComposeDocument, services: TopologyService[]): TopologyVolume[] {
  const result = new Map<string, TopologyVolume>();
  for (const [key, v] of declaredVolumes(doc)) result.set(key, { name: key, declared: true, external: v.external, range: v.keyRange, usedBy: [] });
  for (const s of services) {
    for (const m of s.mounts) {
      if (m.type !== 'volume' || !m.source) continue;
      let entry = result.get(m.source);
      if (!entry) {
        entry = { name: m.source, declared: false, external: false, usedBy: [] };
        result.set(m.source, entry);
      }
      if (!entry.usedBy.includes(s.name)) entry.usedBy.push(s.name);
    }
  }
  return [...result.values()];
}

function networksOf(doc: ComposeDocument, services: TopologyService[]): TopologyNetwork[] {
  const result = new Map<string, TopologyNetwork>();
  for (const [key, n] of declaredNetworks(doc)) result.set(key, { name: key, declared: true, external: n.external, implicit: false, range: n.keyRange, services: [] });
  for (const s of services) {
    for (const name of s.networks) {
      let entry = result.get(name);
      if (!entry) {
        entry = { name, declared: false, external: false, implicit: name === 'default', services: [] };
        result.set(name, entry);
      }
      if (!entry.services.includes(s.name)) entry.services.push(s.name);
    }
  }
  return [...result.values()];
}
