import * as assert from 'assert';
import { reservedStageName as rule } from '../../../src/core/lint/rules/reserved-stage-name';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('reserved-stage-name', () => {
  it('reports scratch and context as stage names, in any case (BuildKit lower-cases names)', () => {
    const text = df('FROM alpine AS scratch', 'FROM alpine AS Context', 'FROM alpine AS build');
    assert.deepStrictEqual(hits(rule, text), [['reserved', 0, 15, 'scratch'], ['reserved', 1, 15, 'Context']]);
    assertMessagesFilled(rule, text);
  });

  it('stays silent on FROM scratch itself and on names that only contain the words', () => {
    assertClean(rule, df('FROM scratch', 'FROM scratch AS base', 'FROM alpine AS scratch-build', 'FROM alpine AS contexts'));
  });
});
