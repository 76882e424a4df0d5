// Port publishing, the one model every surface reads (the Compose `ports` hover, the
// `docker run -p` explanation, valid-port-mapping, no-duplicate-host-port).
// Syntax, as Compose `ports:` (compose-go types.ParsePortConfig) and `docker run -p` both read it
// through docker/go-connections nat.ParsePortSpec:
//   [[HOST_IP:][HOST_PORT[-END]]:]CONTAINER_PORT[-END][/PROTOCOL]
// - HOST_IP must be an IP address (net.ParseIP): IPv4, a bracketed IPv6 address ("[::1]") or a
//   bare one ("::1"). A host name such as `localhost` is rejected: "invalid IP address: localhost".
// - Ports are 0–65535 (nat parsePortNumber). Host port 0, like an empty host port, lets Docker
//   pick a free port.
// - A host range for one container port (`8000-8010:80`) is "the dynamic host port range to
//   allocate into": Docker takes one free port of it. Otherwise both ranges have one length.
// - Protocols: tcp (default), udp, sctp, any case.
// Source: https://github.com/docker/go-connections/blob/v0.5.0/nat/nat.go (ParsePortSpec) and
// https://docs.docker.com/engine/network/port-publishing/ ; long syntax:
// https://docs.docker.com/reference/compose-file/services/#ports
// Values that still hold `${VAR}` are reported as unknown rather than guessed: we compare and
// explain only what the file itself fixes.

export interface PortRange {
  start: number;
  end: number;
}

export interface PortMapping {
  /** undefined: every interface of the host (0.0.0.0 and ::). */
  hostIp?: string;
  /** undefined: no fixed host port (Docker picks a free one); also for a written host port 0. */
  host?: PortRange;
  /** The host port was written as `0` (same as leaving it out). */
  hostZero?: boolean;
  container: PortRange;
  protocol: string;
}

export type PortParseResult =
  | { ok: true; mapping: PortMapping }
  | { ok: false; problem: 'variable' }
  | { ok: false; problem: 'syntax' | 'host-ip' | 'out-of-range' | 'range-length'; detail: string };

const RANGE = /^(\d+)(?:-(\d+))?$/;

function parseRange(text: string, lowest: number): PortRange | 'syntax' | 'out-of-range' {
  const m = RANGE.exec(text);
  if (!m) return 'syntax';
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  // 65535 is the highest TCP/UDP port. The parser takes 0 on both sides, but only a host port 0
  // means something (any free port); nothing can listen on container port 0.
  if (start < lowest || end > 65535 || end < start) return 'out-of-range';
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
  if (hostIp !== undefined && !isIpAddress(hostIp)) return { ok: false, problem: 'host-ip', detail: hostIp };
  const container = parseRange(containerPart, 1);
  if (container === 'syntax') return { ok: false, problem: 'syntax', detail: containerPart };
  if (container === 'out-of-range') return { ok: false, problem: 'out-of-range', detail: containerPart };
  let host: PortRange | undefined;
  let hostZero = false;
  if (hostPart !== undefined && hostPart !== '') {
    const h = parseRange(hostPart, 0);
    if (h === 'syntax') return { ok: false, problem: 'syntax', detail: hostPart };
    if (h === 'out-of-range') return { ok: false, problem: 'out-of-range', detail: hostPart };
    if (h.start === 0 && h.end === 0) hostZero = true;
    else if (h.start === 0) return { ok: false, problem: 'out-of-range', detail: hostPart };
    else host = h;
  }
  if (host) {
    const h = host;
    const hostLen = h.end - h.start;
    const ctrLen = container.end - container.start;
    // A host range may serve a single container port (Docker takes one free port of the range);
    // otherwise both ranges must have the same length.
    if (ctrLen !== 0 && hostLen !== ctrLen) return { ok: false, problem: 'range-length', detail: `${hostPart}:${containerPart}` };
  }
  const mapping: PortMapping = { hostIp: normalizeIp(hostIp), host, container, protocol };
  if (hostZero) mapping.hostZero = true;
  return { ok: true, mapping };
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * Whether Go's net.ParseIP accepts the text (after brackets are removed): dotted IPv4 without
 * leading zeros, or IPv6 with at most one `::` and an optional dotted IPv4 tail. No zones, no
 * host names: `localhost` is not an IP address.
 */
export function isIpAddress(text: string): boolean {
  const ip = text.replace(/^\[(.*)\]$/, '$1');
  if (IPV4.test(ip)) return true;
  if (!ip.includes(':')) return false;
  let groups = ip;
  let extra = 0;
  const v4Tail = /:((?:\d+\.){3}\d+)$/.exec(ip);
  if (v4Tail) {
    if (!IPV4.test(v4Tail[1])) return false;
    groups = ip.slice(0, ip.length - v4Tail[1].length) + '0';
    extra = 1; // the IPv4 tail fills two 16-bit groups, counted as one here plus this one
  }
  const halves = groups.split('::');
  if (halves.length > 2) return false;
  const group = /^[0-9A-Fa-f]{1,4}$/;
  const count = (half: string) => (half === '' ? 0 : half.split(':').length);
  for (const half of halves) if (half !== '' && !half.split(':').every((g) => group.test(g))) return false;
  const total = halves.reduce((n, h) => n + count(h), 0) + extra;
  return halves.length === 2 ? total <= 7 : total === 8;
}

function normalizeIp(ip: string | undefined): string | undefined {
  if (ip === undefined) return undefined;
  return ip.replace(/^\[(.*)\]$/, '$1');
}

/** True when the address is loopback-only, so other machines cannot reach the port. */
export function isLoopback(ip: string | undefined): boolean {
  return ip !== undefined && (/^127\./.test(ip) || ip === '::1');
}

/** Who can connect to a published port, decided by its host address. */
export type PortReach =
  | { kind: 'every' }
  | { kind: 'family'; ip: string; family: 'IPv4' | 'IPv6' }
  | { kind: 'loopback'; ip: string }
  | { kind: 'specific'; ip: string };

/**
 * How the host port is chosen:
 * - `ephemeral`: no host port (or `0`): Docker picks a free one; see `docker port`.
 * - `fixed`: one host port for one container port; `paired`: equal ranges, one to one.
 * - `pick-one`: a host range for one container port: Docker takes one free port of the range.
 */
export type HostPortChoice = 'ephemeral' | 'fixed' | 'paired' | 'pick-one';

export interface PortPublication {
  reach: PortReach;
  choice: HostPortChoice;
  /**
   * The host ports this mapping holds while its container runs, known before it starts: for
   * `fixed` and `paired` only. A `pick-one` range holds a port Docker chooses, so a busy port of
   * the range does not stop the container.
   */
  holds?: PortRange;
  /** How many container ports are published. */
  count: number;
}

/** What a parsed mapping does when the container starts: the one description every surface renders. */
export function describePublishing(m: PortMapping): PortPublication {
  const ip = m.hostIp;
  const reach: PortReach =
    ip === undefined
      ? { kind: 'every' }
      : ip === '0.0.0.0' || ip === '::'
        ? { kind: 'family', ip, family: ip === '::' ? 'IPv6' : 'IPv4' }
        : isLoopback(ip)
          ? { kind: 'loopback', ip }
          : { kind: 'specific', ip };
  const count = m.container.end - m.container.start + 1;
  if (!m.host) return { reach, choice: 'ephemeral', count };
  const hostCount = m.host.end - m.host.start + 1;
  if (hostCount > 1 && count === 1) return { reach, choice: 'pick-one', count };
  return { reach, choice: count > 1 ? 'paired' : 'fixed', holds: m.host, count };
}

/**
 * Whether two published ports compete for the same host socket: same protocol, overlapping
 * host port ranges, and addresses that overlap (equal, or one of them every interface).
 * Docker picks one port out of a host range when the container side is a single port, so such
 * a range only clashes when every port of it is taken; we stay silent there (no false alarm).
 */
export function hostPortsClash(a: PortMapping, b: PortMapping): boolean {
  if (a.protocol !== b.protocol) return false;
  const ha = describePublishing(a).holds;
  const hb = describePublishing(b).holds;
  if (!ha || !hb) return false;
  if (ha.end < hb.start || hb.end < ha.start) return false;
  return addressesOverlap(a.hostIp, b.hostIp);
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

/**
 * YAML 1.1 (PyYAML, hence docker-compose v1 and many tools around Compose files) reads an
 * unquoted `a:b` as a base-60 integer when every part after the first is 0–59: `22:22` → 1342,
 * `2222:22` → 133342. https://yaml.org/type/int.html ; Compose reference › ports ("xx:yy").
 */
export const SEXAGESIMAL = /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/;

/** The number YAML 1.1 makes of a base-60 text. */
export function sexagesimalValue(text: string): number {
  return text
    .replace(/_/g, '')
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}
