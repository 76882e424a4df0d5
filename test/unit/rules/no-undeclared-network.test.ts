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
    const text = 'services:\n  a:\n    networks: [frontend]\n    image: a:1\n  b:\n    build: .\n    networks:\n      backend: {}\nnetworks:\n  front: {}\n';
    const found = check(noUndeclaredNetwork, text);
    assert.deepStrictEqual(found.map((f) => [f.at, f.text, f.id]), [
      [[2, 15, 2, 23], 'frontend', 'undeclared'],
      [[7, 6, 7, 13], 'backend', 'undeclared'],
    ]);
  });

  it('suggests a close declared name', () => {
    const found = check(noUndeclaredNetwork, 'services:\n  a:\n    image: a:1\n    networks: [fronte]\nnetworks:\n  front: {}\n');
    assert.deepStrictEqual(found.map((f) => [f.id, f.data.suggestion]), [['undeclaredSimilar', 'front']]);
  });

  it('silent in an override fragment (a service without image, build or extends): the rest of the project is in another file', () => {
    const override = 'services:\n  web:\n    depends_on: [db]\n    volumes: ["data:/data"]\n    networks: [back]\n';
    assert.deepStrictEqual(check(noUndeclaredNetwork, override), []);
  });
});
