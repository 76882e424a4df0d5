import * as assert from 'assert';
import { stageNameCasing as rule } from '../../../src/core/lint/rules/stage-name-casing';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('stage-name-casing', () => {
  it('reports a stage name with capitals, on the name, and lower-cases it', () => {
    const text = df('FROM node:20 AS Builder', 'FROM nginx', 'COPY --from=Builder /app /app');
    assert.deepStrictEqual(hits(rule, text), [['upper', 0, 16, 'Builder']]);
    assert.strictEqual(fixed(rule, text), df('FROM node:20 AS builder', 'FROM nginx', 'COPY --from=Builder /app /app'));
    assertMessagesFilled(rule, text);
  });

  it('reports every stage that has capitals, in either keyword case', () => {
    assert.deepStrictEqual(hits(rule, df('from a as BUILD', 'FROM b AS x_Y')), [['upper', 0, 10, 'BUILD'], ['upper', 1, 10, 'x_Y']]);
  });

  it('stays silent on lower-case names, digits and symbols, and stages without a name', () => {
    assertClean(rule, df('FROM node AS build-1.2_x', 'FROM build', 'FROM scratch'));
  });
});
