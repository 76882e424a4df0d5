import * as assert from 'assert';
import { copyRelativeDest as rule } from '../../../src/core/lint/rules/copy-relative-dest';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('copy-relative-dest', () => {
  it('reports a relative COPY/ADD destination before any WORKDIR, on the destination', () => {
    const text = df('FROM node:20', 'COPY package.json ./', 'ADD app.tar.gz app', 'WORKDIR /srv', 'COPY . .');
    assert.deepStrictEqual(hits(rule, text), [['relative', 1, 18, './'], ['relative', 2, 15, 'app']]);
    assertMessagesFilled(rule, text);
  });

  it('stays silent after a WORKDIR (also one of a parent stage), for absolute, variable, JSON and heredoc destinations', () => {
    assertClean(rule, df('FROM node:20', 'WORKDIR /app', 'COPY . .'));
    assertClean(rule, df('FROM node:20 AS base', 'WORKDIR /app', 'FROM base', 'COPY . .'));
    assertClean(rule, df('FROM node:20', 'COPY . /app/', 'COPY a $HOME/a', 'COPY ["a b", "/c/"]', 'COPY <<EOF x.txt', 'hi', 'EOF'));
    assertClean(rule, df('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'COPY app C:\\app'));
  });
});
