import * as assert from 'assert';
import { fromAsCasing as rule } from '../../../src/core/lint/rules/from-as-casing';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('from-as-casing', () => {
  it('reports `as` after an upper-case FROM, on the `as` word, and fixes it', () => {
    const text = df('FROM node:20 as build', 'FROM build AS dev');
    assert.deepStrictEqual(hits(rule, text), [['mismatch', 0, 13, 'as']]);
    assert.strictEqual(fixed(rule, text), df('FROM node:20 AS build', 'FROM build AS dev'));
    assertMessagesFilled(rule, text);
  });

  it('reports `AS` after a lower-case from', () => {
    const text = 'from node:20 AS build';
    assert.deepStrictEqual(hits(rule, text), [['mismatch', 0, 13, 'AS']]);
    assert.strictEqual(fixed(rule, text), 'from node:20 as build');
  });

  it('accepts matching case, mixed-case keywords, and FROM without a name', () => {
    assertClean(rule, df('FROM node AS build', 'from node as b2', 'From node as b3', 'FROM --platform=$BUILDPLATFORM golang'));
  });
});
