import * as assert from 'assert';
import { validExpose as rule } from '../../../src/core/lint/rules/valid-expose';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('valid-expose', () => {
  it('reports a host:container mapping on that argument', () => {
    const text = df('FROM nginx', 'EXPOSE 443 8080:80');
    assert.deepStrictEqual(hits(rule, text), [['mapping', 1, 11, '8080:80']]);
    assert.deepStrictEqual(reportsOf(rule, text)[0].data, { value: '8080:80', host: '8080', container: '80' });
    assert.strictEqual(reportsOf(rule, text)[0].maxSeverity, 'warning', 'it builds (the host part is dropped), so a warning at most');
    assertMessagesFilled(rule, text);
  });

  it('reports ports out of range, reversed ranges, bad protocols and words', () => {
    const text = df('FROM nginx', 'EXPOSE 70000 90-80 53/icmp http');
    assert.deepStrictEqual(hits(rule, text).map((h) => [h[0], h[3]]), [
      ['outOfRange', '70000'],
      ['badRange', '90-80'],
      ['protocol', '53/icmp'],
      ['notAPort', 'http'],
    ]);
  });

  it('accepts ports, ranges, protocols, and variables (resolved when known)', () => {
    assertClean(rule, df('FROM nginx', 'ARG PORT=8080', 'EXPOSE 80 443/TCP 53/udp 9000-9010 $PORT ${OTHER}'));
    assert.deepStrictEqual(hits(rule, df('FROM nginx', 'ENV PORT=99999', 'EXPOSE $PORT')), [['outOfRange', 2, 7, '$PORT']]);
  });
});
