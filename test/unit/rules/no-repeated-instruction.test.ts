import * as assert from 'assert';
import { noRepeatedInstruction as rule } from '../../../src/core/lint/rules/no-repeated-instruction';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('no-repeated-instruction', () => {
  it('reports every CMD/ENTRYPOINT/HEALTHCHECK but the last of a stage', () => {
    const text = df('FROM node', 'CMD ["npm", "run", "migrate"]', 'HEALTHCHECK CMD curl -f http://localhost/', 'CMD ["npm", "start"]', 'HEALTHCHECK NONE');
    assert.deepStrictEqual(hits(rule, text), [
      ['overridden', 1, 0, 'CMD'],
      ['overridden', 2, 0, 'HEALTHCHECK'],
    ]);
    assert.strictEqual(reportsOf(rule, text)[0].data?.lastLine, 4);
    assertMessagesFilled(rule, text);
  });

  it('counts per stage', () => {
    assertClean(rule, df('FROM node AS build', 'CMD ["npm", "test"]', 'FROM build', 'CMD ["npm", "start"]'));
  });
});
