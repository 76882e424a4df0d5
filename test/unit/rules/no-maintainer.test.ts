import * as assert from 'assert';
import { noMaintainer as rule } from '../../../src/core/lint/rules/no-maintainer';
import { assertMessagesFilled, fixed, hits, assertClean } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('no-maintainer', () => {
  it('reports MAINTAINER on its keyword and replaces it with the OCI authors label', () => {
    const text = df('FROM alpine', 'MAINTAINER Kim Minsu <minsu@example.com>');
    assert.deepStrictEqual(hits(rule, text), [['deprecated', 1, 0, 'MAINTAINER']]);
    assert.strictEqual(fixed(rule, text), df('FROM alpine', 'LABEL org.opencontainers.image.authors="Kim Minsu <minsu@example.com>"'));
    assertMessagesFilled(rule, text);
  });

  it('escapes quotes in the value', () => {
    assert.strictEqual(fixed(rule, 'FROM alpine\nMAINTAINER "Kim"'), 'FROM alpine\nLABEL org.opencontainers.image.authors="\\"Kim\\""');
  });

  it('accepts LABEL', () => {
    assertClean(rule, df('FROM alpine', 'LABEL org.opencontainers.image.authors="Kim"'));
  });
});
