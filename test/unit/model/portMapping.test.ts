import * as assert from 'assert';
import { addressesOverlap, describePublishing, hostPortsClash, isIpAddress, isLoopback, parsePortMapping } from '../../../src/core/model/portMapping';
import type { PortPublication } from '../../../src/core/model/portMapping';
import type { PortMapping } from '../../../src/core/model/portMapping';

function ok(spec: string): PortMapping {
  const r = parsePortMapping(spec);
  assert.ok(r.ok, `${spec} should parse: ${JSON.stringify(r)}`);
  return r.mapping;
}

describe('parsePortMapping', () => {
  const cases: [string, Partial<PortMapping>][] = [
    ['80', { host: undefined, container: { start: 80, end: 80 }, protocol: 'tcp' }],
    ['8080:80', { host: { start: 8080, end: 8080 }, container: { start: 80, end: 80 }, hostIp: undefined }],
    ['127.0.0.1:8080:80', { hostIp: '127.0.0.1', host: { start: 8080, end: 8080 } }],
    ['127.0.0.1::80', { hostIp: '127.0.0.1', host: undefined }],
    ['0.0.0.0:8080:80', { hostIp: '0.0.0.0' }],
    ['[::1]:6001:6001', { hostIp: '::1', host: { start: 6001, end: 6001 } }],
    ['::1:6000:6000', { hostIp: '::1', host: { start: 6000, end: 6000 } }],
    ['53:53/udp', { protocol: 'udp' }],
    ['8000-8010:8000-8010', { host: { start: 8000, end: 8010 }, container: { start: 8000, end: 8010 } }],
    ['8000-9000:80', { host: { start: 8000, end: 9000 }, container: { start: 80, end: 80 } }],
    ['3000-3005', { host: undefined, container: { start: 3000, end: 3005 } }],
  ];
  for (const [spec, expected] of cases) {
    it(spec, () => {
      const m = ok(spec);
      for (const [k, v] of Object.entries(expected)) assert.deepStrictEqual(m[k as keyof PortMapping], v, k);
    });
  }

  it('reports problems instead of guessing', () => {
    assert.deepStrictEqual(parsePortMapping('${WEB_PORT}:80'), { ok: false, problem: 'variable' });
    assert.deepStrictEqual(parsePortMapping('$PORT'), { ok: false, problem: 'variable' });
    assert.strictEqual((parsePortMapping('70000:80') as { problem: string }).problem, 'out-of-range');
    assert.strictEqual((parsePortMapping('80:0') as { problem: string }).problem, 'out-of-range', 'container port 0: nothing listens there');
    assert.strictEqual((parsePortMapping('8000-8010:80-81') as { problem: string }).problem, 'range-length');
    assert.strictEqual((parsePortMapping('http:80') as { problem: string }).problem, 'syntax');
    assert.strictEqual((parsePortMapping('80/icmp') as { problem: string }).problem, 'syntax');
  });
});

describe('hostPortsClash', () => {
  const clash = (a: string, b: string) => hostPortsClash(ok(a), ok(b));
  it('same host port on every interface', () => assert.ok(clash('8080:80', '8080:8080')));
  it('tcp and udp do not clash (dclint #91)', () => assert.ok(!clash('53:53/udp', '53:53/tcp')));
  it('two different loopback addresses do not clash', () => assert.ok(!clash('127.0.0.1:6379:6379', '127.0.0.2:6379:6379')));
  it('every interface clashes with a specific address', () => assert.ok(clash('6379:6379', '127.0.0.1:6379:6379')));
  it('0.0.0.0 and [::] are different families (dclint #305)', () => assert.ok(!clash('0.0.0.0:80:80', '[::]:80:80')));
  it('0.0.0.0 clashes with an IPv4 address but not with an IPv6 one', () => {
    assert.ok(clash('0.0.0.0:80:80', '10.0.0.5:80:80'));
    assert.ok(!clash('0.0.0.0:80:80', '[::1]:80:80'));
  });
  it('overlapping ranges clash', () => assert.ok(clash('8000-8010:8000-8010', '8010:80')));
  it('disjoint ranges do not', () => assert.ok(!clash('8000-8010:8000-8010', '8011:80')));
  it('a host range for one container port is flexible: no alarm', () => assert.ok(!clash('8000-9000:80', '8500:80')));
  it('unpublished ports never clash', () => assert.ok(!clash('80', '80')));
});

describe('address helpers', () => {
  it('isLoopback', () => {
    assert.ok(isLoopback('127.0.0.1'));
    assert.ok(isLoopback('::1'));
    assert.ok(!isLoopback('0.0.0.0'));
    assert.ok(!isLoopback(undefined));
  });
  it('addressesOverlap', () => {
    assert.ok(addressesOverlap(undefined, '::1'));
    assert.ok(!addressesOverlap('10.0.0.1', '10.0.0.2'));
  });
});

// Sources: NAT = docker/go-connections nat/nat.go ParsePortSpec + nat/parse.go (used by
// compose-go types.ParsePortConfig and `docker run -p`); PUB = https://docs.docker.com/engine/network/port-publishing/ ;
// PORTS = https://docs.docker.com/reference/compose-file/services/#ports
describe('port publishing model (describePublishing)', () => {
  const rows: [id: string, spec: string, expected: Partial<PortPublication> | { problem: string }, source: string][] = [
    ['fixed', '8080:80', { choice: 'fixed', holds: { start: 8080, end: 8080 }, reach: { kind: 'every' } }, 'PUB'],
    ['paired ranges', '8000-8002:9000-9002', { choice: 'paired', holds: { start: 8000, end: 8002 }, count: 3 }, 'NAT equal lengths'],
    ['F14: host range for one container port takes one free port', '8000-8010:80', { choice: 'pick-one', holds: undefined, count: 1 }, 'NAT "dynamic host port range to allocate into"'],
    ['no host port: ephemeral', '80', { choice: 'ephemeral', holds: undefined }, 'PUB'],
    ['F17: host port 0 is ephemeral', '0:80', { choice: 'ephemeral', holds: undefined }, 'NAT parsePortNumber 0–65535'],
    ['IP with empty host port', '127.0.0.1::80', { choice: 'ephemeral', reach: { kind: 'loopback', ip: '127.0.0.1' } }, 'NAT IP::CONTAINER'],
    ['0.0.0.0 is IPv4 only', '0.0.0.0:80:80', { reach: { kind: 'family', ip: '0.0.0.0', family: 'IPv4' } }, 'PUB'],
    ['[::] is IPv6 only', '[::]:80:80', { reach: { kind: 'family', ip: '::', family: 'IPv6' } }, 'PUB'],
    ['::1 is loopback', '[::1]:80:80', { reach: { kind: 'loopback', ip: '::1' } }, 'PUB'],
    ['specific address', '192.168.1.5:80:80', { reach: { kind: 'specific', ip: '192.168.1.5' } }, 'PUB'],
    ['F8/R10: localhost is not an IP', 'localhost:8081:80', { problem: 'host-ip' }, 'NAT "invalid IP address: localhost"'],
    ['R10: abc is not an IP', 'abc:8082:80', { problem: 'host-ip' }, 'NAT net.ParseIP'],
    ['IPv4 with a leading zero is rejected', '127.0.0.01:80:80', { problem: 'host-ip' }, 'Go net.ParseIP (1.17+)'],
    ['protocol in any case', '53:53/UDP', { choice: 'fixed' }, 'NAT strings.ToLower(proto)'],
    ['sctp', '9000:9000/sctp', { choice: 'fixed' }, 'NAT validateProto'],
    ['unequal ranges', '8000-8010:80-81', { problem: 'range-length' }, 'NAT "invalid ranges specified"'],
    ['above 65535', '70000:80', { problem: 'out-of-range' }, 'NAT parsePortNumber'],
  ];
  for (const [id, spec, expected, source] of rows) {
    it(`${id}: ${spec} (${source})`, () => {
      const parsed = parsePortMapping(spec);
      if ('problem' in expected) {
        assert.ok(!parsed.ok && parsed.problem === expected.problem, JSON.stringify(parsed));
        return;
      }
      assert.ok(parsed.ok, JSON.stringify(parsed));
      const pub = describePublishing(parsed.mapping);
      for (const [k, v] of Object.entries(expected)) assert.deepStrictEqual(pub[k as keyof PortPublication], v, k);
    });
  }
  it('F17: host port 0 is remembered for the hover', () => assert.strictEqual(ok('0:80').hostZero, true));
  it('F15: a loopback-only binding without host port clashes with nothing', () => assert.ok(!hostPortsClash(ok('127.0.0.1::80'), ok('127.0.0.1::80'))));
  it('isIpAddress follows net.ParseIP', () => {
    for (const ip of ['127.0.0.1', '::', '::1', '[::1]', 'fe80::1', '2001:db8::8a2e:370:7334', '::ffff:192.0.2.1', '1:2:3:4:5:6:7:8']) assert.ok(isIpAddress(ip), ip);
    for (const ip of ['localhost', 'abc', '1.2.3', '256.1.1.1', '1:2:3:4:5:6:7:8:9', '1::2::3', 'fe80::1%eth0', '']) assert.ok(!isIpAddress(ip), ip);
  });
  it('F8: localhost is not treated as loopback (it is no address at all)', () => assert.ok(!isLoopback('localhost')));
});
