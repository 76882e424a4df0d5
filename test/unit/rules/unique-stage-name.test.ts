import * as assert from 'assert';
import { uniqueStageName as rule } from '../../../src/core/lint/rules/unique-stage-name';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('unique-stage-name', () => {
  it('reports the second stage with the same name, case-insensitively, naming the first line', () => {
    const text = df('FROM node AS build', 'RUN npm ci', 'FROM golang AS Build');
    assert.deepStrictEqual(hits(rule, text), [['duplicate', 2, 15, 'Build']]);
    assert.strictEqual(reportsOf(rule, text)[0].data?.firstLine, 1);
    assertMessagesFilled(rule, text);
  });

  it('accepts distinct names and unnamed stages', () => {
    assertClean(rule, df('FROM node AS build', 'FROM node', 'FROM node', 'FROM nginx AS web'));
  });
});
