import * as assert from 'assert';
import { exposeProtoCasing as rule } from '../../../src/core/lint/rules/expose-proto-casing';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('expose-proto-casing', () => {
  it('reports an upper-case protocol, on the protocol, and lower-cases it', () => {
    const text = df('FROM nginx', 'EXPOSE 80/TCP 53/Udp 443');
    assert.deepStrictEqual(hits(rule, text), [['upper', 1, 10, 'TCP'], ['upper', 1, 17, 'Udp']]);
    assert.strictEqual(fixed(rule, text), df('FROM nginx', 'EXPOSE 80/tcp 53/udp 443'));
    assertMessagesFilled(rule, text);
  });

  it('stays silent on lower-case protocols, bare ports and variables', () => {
    assertClean(rule, df('FROM nginx', 'EXPOSE 80 80/tcp 8000-8010/udp $PORT/$PROTO'));
  });
});
