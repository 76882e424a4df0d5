import * as assert from 'assert';
import fc from 'fast-check';
import { HostPortIndex } from '../../../src/core/model/hostPortIndex';
import { hostPortsClash, parsePortMapping } from '../../../src/core/model/portMapping';
import type { PortMapping } from '../../../src/core/model/portMapping';

function mapping(text: string): PortMapping {
  const parsed = parsePortMapping(text);
  if (!parsed.ok) throw new Error(`${text}: ${JSON.stringify(parsed)}`);
  return parsed.mapping;
}

describe('HostPortIndex', () => {
  it('finds the earliest clashing claim, across protocols, addresses and ranges', () => {
    const index = new HostPortIndex<string>();
    for (const text of ['8080:80', '127.0.0.1:9000:90', '9000:90/udp', '7000-7005:7000-7005', '80']) index.add(mapping(text), text);
    assert.strictEqual(index.firstClash(mapping('8080:81'))?.value, '8080:80');
    assert.strictEqual(index.firstClash(mapping('9000:91'))?.value, '127.0.0.1:9000:90', 'every interface includes 127.0.0.1');
    assert.strictEqual(index.firstClash(mapping('9000:91/udp'))?.value, '9000:90/udp');
    assert.strictEqual(index.firstClash(mapping('127.0.0.2:9000:91')), undefined, 'two specific addresses never overlap');
    assert.strictEqual(index.firstClash(mapping('7003:1'))?.value, '7000-7005:7000-7005');
    assert.strictEqual(index.firstClash(mapping('81')), undefined, 'no host port, no clash');
    assert.strictEqual(index.firstClash(mapping('[::]:8080:80'))?.value, '8080:80');
  });

  it('answers exactly as a linear search over every earlier claim (property)', () => {
    const port = fc.integer({ min: 1, max: 40 });
    const range = fc.tuple(port, fc.integer({ min: 0, max: 300 })).map(([start, width]) => (width > 3 && width < 290 ? `${start}` : `${start}-${start + width}`));
    const text = fc
      .tuple(fc.constantFrom('', '127.0.0.1:', '0.0.0.0:', '[::]:', '10.0.0.1:'), fc.option(range, { nil: undefined }), fc.constantFrom('80', '80-81', '1-301'), fc.constantFrom('', '/udp', '/tcp'))
      .map(([ip, host, container, protocol]) => (host === undefined ? `${container}${protocol}` : `${ip}${host}:${container}${protocol}`));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), (texts) => {
        const parsed = texts.map((t) => parsePortMapping(t)).filter((p): p is { ok: true; mapping: PortMapping } => p.ok).map((p) => p.mapping);
        const index = new HostPortIndex<number>();
        parsed.forEach((m, i) => {
          const expected = parsed.slice(0, i).findIndex((earlier) => hostPortsClash(earlier, m));
          const found = index.firstClash(m);
          assert.strictEqual(found ? found.value : -1, expected, JSON.stringify({ m, earlier: parsed.slice(0, i) }));
          index.add(m, i);
        });
      }),
      { numRuns: 300 },
    );
  });
});
