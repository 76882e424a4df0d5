import * as assert from 'assert';
import { quotePortMapping } from '../../../src/core/lint/rules/quote-port-mapping';
import { applyEdits, check } from '../../helpers/ruleHarness';

const compose = (ports: string) => `services:\n  a:\n    ports:\n${ports}`;

describe('quote-port-mapping', () => {
  // 8080:80 has a part above 59: a string in every YAML version, so no warning there.
  const valid = ['"22:22"', "'22:22'", '8080:80', '80', '127.0.0.1:22:22', '53:53/udp', '3000:3000', '"${P}:22"'];
  for (const p of valid) it(`valid: ${p}`, () => assert.deepStrictEqual(check(quotePortMapping, compose(`      - ${p}\n`)), []));

  it('flags 22:22 (YAML 1.1: 1342) and quotes it', () => {
    const text = compose('      - 22:22\n      - 2222:22\n');
    const found = check(quotePortMapping, text);
    assert.deepStrictEqual(found.map((f) => [f.at, f.text, f.data.value]), [
      [[3, 8, 3, 13], '22:22', 1342],
      [[4, 8, 4, 15], '2222:22', 133342],
    ]);
    const fixed = applyEdits(text, found.flatMap((f) => f.report.fixes?.[0].edits ?? []));
    assert.strictEqual(fixed, compose('      - "22:22"\n      - "2222:22"\n'));
  });

  it('flags flow sequences too', () => {
    const found = check(quotePortMapping, 'services:\n  a:\n    ports: [21:21, "22:22"]\n');
    assert.deepStrictEqual(found.map((f) => [f.at, f.text]), [[[2, 12, 2, 17], '21:21']]);
  });
});
