import * as assert from 'assert';
import { mergeConsecutiveRun as rule } from '../../../src/core/lint/rules/merge-consecutive-run';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('merge-consecutive-run', () => {
  it('reports each RUN that directly follows another, on its keyword', () => {
    const text = df('FROM alpine', 'RUN adduser -D app', '# then the folder', 'RUN mkdir /data', 'RUN chown app /data');
    assert.deepStrictEqual(hits(rule, text), [
      ['merge', 3, 0, 'RUN'],
      ['merge', 4, 0, 'RUN'],
    ]);
    assert.strictEqual(reportsOf(rule, text)[0].data?.previousLine, 2);
    assertMessagesFilled(rule, text);
  });

  it('accepts RUNs separated by another instruction, with different mounts, or in exec form', () => {
    assertClean(rule, df('FROM alpine', 'RUN a', 'WORKDIR /x', 'RUN b'));
    assertClean(rule, df('FROM alpine', 'RUN --mount=type=cache,target=/root/.cache pip install x', 'RUN ls'));
    assertClean(rule, df('FROM alpine', 'RUN ["/bin/true"]', 'RUN ls'));
    assertClean(rule, df('FROM alpine AS a', 'RUN a', 'FROM alpine', 'RUN b'));
  });
});
