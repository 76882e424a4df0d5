import * as assert from 'assert';
import { addressesOverlap, hostPortsClash, isLoopback, parsePortMapping } from '../../../src/core/model/portMapping';
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
    assert.strictEqual((parsePortMapping('0:80') as { problem: string }).problem, 'out-of-range');
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
