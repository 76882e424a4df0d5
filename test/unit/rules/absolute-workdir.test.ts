import * as assert from 'assert';
import { absoluteWorkdir as rule } from '../../../src/core/lint/rules/absolute-workdir';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('absolute-workdir', () => {
  it('reports a relative WORKDIR with no absolute one before it in the stage, on the path', () => {
    const text = df('FROM node', 'WORKDIR app');
    assert.deepStrictEqual(hits(rule, text), [['relative', 1, 8, 'app']]);
    assertMessagesFilled(rule, text);
  });

  it('accepts a relative WORKDIR after an absolute one (documented use), also from the parent stage', () => {
    assertClean(rule, df('FROM node', 'WORKDIR /usr/src', 'WORKDIR app'));
    assertClean(rule, df('FROM node AS base', 'WORKDIR /app', 'FROM base', 'WORKDIR src'));
  });

  it('resolves ARG/ENV defaults, stays silent when unknowable, and accepts Windows paths', () => {
    assertClean(rule, df('FROM node', 'ARG DIR=/srv/app', 'WORKDIR $DIR'));
    assertClean(rule, df('FROM node', 'WORKDIR $HOME/app'));
    assertClean(rule, df('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'WORKDIR C:\\app'));
    assert.deepStrictEqual(hits(rule, df('FROM node', 'ENV DIR=app', 'WORKDIR ${DIR}')), [['relative', 2, 8, '${DIR}']]);
  });
});
