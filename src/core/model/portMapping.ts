// Port mappings as Compose `ports:` and `docker run -p` write them:
//   [[HOST_IP:][HOST_PORT[-END]]:]CONTAINER_PORT[-END][/PROTOCOL]
// HOST_IP may be IPv4, a bracketed IPv6 address ("[::1]") or a bare IPv6 address ("::1").
// Values that still hold `${VAR}` are reported as unknown rather than guessed: we compare and
// explain only what the file itself fixes.

export interface PortRange {
  start: number;
  end: number;
}

export interface PortMapping {
  /** undefined: every interface of the host (0.0.0.0 and ::). */
  hostIp?: string;
  /** undefined: no fixed host port (Docker picks a free one). */
  host?: PortRange;
  container: PortRange;
  protocol: string;
}

export type PortParseResult =
  | { ok: true; mapping: PortMapping }
  | { ok: false; problem: 'variable' }
  | { ok: false; problem: 'syntax' | 'out-of-range' | 'range-length'; detail: string };

const RANGE = /^(\d+)(?:-(\d+))?$/;

function parseRange(text: string): PortRange | 'syntax' | 'out-of-range' {
  const m = RANGE.exec(text);
  if (!m) return 'syntax';
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  // Port 0 is not a port anyone can publish or reach; 65535 is the highest TCP/UDP port.
  if (start < 1 || end > 65535 || end < start) return 'out-of-range';
  return { start, end };
}

export function hasInterpolation(text: string): boolean {
  return /\$(?:\{|[A-Za-z_])/.test(text);
}

/** Parses the short syntax (`"127.0.0.1:8080:80/tcp"`). */
export function parsePortMapping(spec: string): PortParseResult {
  const text = spec.trim();
  if (hasInterpolation(text)) return { ok: false, problem: 'variable' };
  let rest = text;
  let protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    protocol = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
    if (!/^(tcp|udp|sctp)$/.test(protocol)) return { ok: false, problem: 'syntax', detail: `protocol ${protocol}` };
  }
  let hostIp: string | undefined;
  const bracketed = /^\[([^\]]*)\]:(.*)$/.exec(rest);
  if (bracketed) {
    hostIp = bracketed[1];
    rest = bracketed[2];
  }
  const parts = rest.split(':');
  let hostPart: string | undefined;
  let containerPart: string;
  if (parts.length === 1) {
    containerPart = parts[0];
  } else if (parts.length === 2) {
    [hostPart, containerPart] = parts;
  } else if (hostIp === undefined) {
    // IP:HOST:CONTAINER, where the IP itself may be a bare IPv6 address full of colons.
    containerPart = parts[parts.length - 1];
    hostPart = parts[parts.length - 2];
    hostIp = parts.slice(0, -2).join(':');
  } else {
    return { ok: false, problem: 'syntax', detail: rest };
  }
  if (hostIp !== undefined && hostIp === '') hostIp = undefined;
  const container = parseRange(containerPart);
  if (container === 'syntax') return { ok: false, problem: 'syntax', detail: containerPart };
  if (container === 'out-of-range') return { ok: false, problem: 'out-of-range', detail: containerPart };
  let host: PortRange | undefined;
  if (hostPart !== undefined && hostPart !== '') {
    const h = parseRange(hostPart);
    if (h === 'syntax') return { ok: false, problem: 'syntax', detail: hostPart };
    if (h === 'out-of-range') return { ok: false, problem: 'out-of-range', detail: hostPart };
    host = h;
    const hostLen = h.end - h.start;
    const ctrLen = container.end - container.start;
    // A host range may serve a single container port (Docker takes one free port of the range);
    // otherwise both ranges must have the same length.
    if (ctrLen !== 0 && hostLen !== ctrLen) return { ok: false, problem: 'range-length', detail: `${hostPart}:${containerPart}` };
  }
  return { ok: true, mapping: { hostIp: normalizeIp(hostIp), host, container, protocol } };
}

function normalizeIp(ip: string | undefined): string | undefined {
  if (ip === undefined) return undefined;
  return ip.replace(/^\[(.*)\]$/, '$1');
}

/** True when the address is loopback-only, so other machines cannot reach the port. */
export function isLoopback(ip: string | undefined): boolean {
  return ip !== undefined && (/^127\./.test(ip) || ip === '::1' || ip === 'localhost');
}

/**
 * Whether two published ports compete for the same host socket: same protocol, overlapping
 * host port ranges, and addresses that overlap (equal, or one of them every interface).
 * Docker picks one port out of a host range when the container side is a single port, so such
 * a range only clashes when every port of it is taken; we stay silent there (no false alarm).
 */
export function hostPortsClash(a: PortMapping, b: PortMapping): boolean {
  if (!a.host || !b.host || a.protocol !== b.protocol) return false;
  if (isFlexibleRange(a) || isFlexibleRange(b)) return false;
  if (a.host.end < b.host.start || b.host.end < a.host.start) return false;
  return addressesOverlap(a.hostIp, b.hostIp);
}

function isFlexibleRange(m: PortMapping): boolean {
  return m.host !== undefined && m.host.end > m.host.start && m.container.end === m.container.start;
}

/**
 * No address binds every interface of both families. `0.0.0.0` is every IPv4 address and `::`
 * every IPv6 one, so they overlap their own family only (dclint #305). Two different specific
 * addresses never overlap.
 */
export function addressesOverlap(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return true;
  const wildcard = (ip: string) => ip === '0.0.0.0' || ip === '::';
  const family = (ip: string) => (ip.includes(':') ? 6 : 4);
  if (wildcard(a) || wildcard(b)) return family(a) === family(b);
  return false;
}

/** The overlapping host ports of two clashing mappings, for the message. */
export function overlap(a: PortRange, b: PortRange): PortRange {
  return { start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) };
}

export function formatRange(r: PortRange): string {
  return r.start === r.end ? String(r.start) : `${r.start}-${r.end}`;
}
