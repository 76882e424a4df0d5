import * as assert from 'assert';
import { legacyEnvFormat as rule } from '../../../src/core/lint/rules/legacy-env-format';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('legacy-env-format', () => {
  it('reports `ENV key value` on key and value, and inserts `=` for a plain value', () => {
    const text = df('FROM python', 'ENV PATH /usr/local/bin:$PATH');
    assert.deepStrictEqual(hits(rule, text), [['legacy', 1, 4, 'PATH /usr/local/bin:$PATH']]);
    assert.strictEqual(fixed(rule, text), df('FROM python', 'ENV PATH=/usr/local/bin:$PATH'));
    assertMessagesFilled(rule, text);
  });

  it('reports a value with spaces without guessing a fix', () => {
    const text = df('FROM python', 'ENV GREETING hello world');
    assert.deepStrictEqual(hits(rule, text), [['legacy', 1, 4, 'GREETING hello world']]);
    assert.strictEqual(fixed(rule, text), text);
  });

  it('accepts key=value forms', () => {
    assertClean(rule, df('FROM python', 'ENV A=1 B="two words"', 'LABEL org.opencontainers.image.title="x"'));
  });
});
