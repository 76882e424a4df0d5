import * as assert from 'assert';
import { noUndeclaredNetwork } from '../../../src/core/lint/rules/no-undeclared-network';
import { check } from '../../helpers/ruleHarness';

describe('no-undeclared-network', () => {
  it('valid: default, declared (list and map), external', () => {
    const text = `services:
  a:
    networks: [default, front]
  b:
    networks:
      back:
        aliases: [db]
networks:
  front:
  back:
    external: true
`;
    assert.deepStrictEqual(check(noUndeclaredNetwork, text), []);
  });

  it('flags undeclared networks on the name', () => {
    const text = 'services:\n  a:\n    networks: [frontend]\n  b:\n    networks:\n      backend: {}\nnetworks:\n  front: {}\n';
    const found = check(noUndeclaredNetwork, text);
    assert.deepStrictEqual(found.map((f) => [f.at, f.text, f.id]), [
      [[2, 15, 2, 23], 'frontend', 'undeclared'],
      [[5, 6, 5, 13], 'backend', 'undeclared'],
    ]);
  });

  it('suggests a close declared name', () => {
    const found = check(noUndeclaredNetwork, 'services:\n  a:\n    networks: [fronte]\nnetworks:\n  front: {}\n');
    assert.deepStrictEqual(found.map((f) => [f.id, f.data.suggestion]), [['undeclaredSimilar', 'front']]);
  });
});
