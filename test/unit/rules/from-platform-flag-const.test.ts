import * as assert from 'assert';
import { fromPlatformFlagConst as rule } from '../../../src/core/lint/rules/from-platform-flag-const';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('from-platform-flag-const', () => {
  it('reports a constant platform on its value', () => {
    const text = 'FROM --platform=linux/amd64 alpine AS base';
    assert.deepStrictEqual(hits(rule, text), [['constant', 0, 16, 'linux/amd64']]);
    assertMessagesFilled(rule, text);
  });

  it('reports a constant platform on a stage without a name, and with a variant', () => {
    assert.deepStrictEqual(hits(rule, 'FROM --platform=linux/arm/v7 alpine'), [['constant', 0, 16, 'linux/arm/v7']]);
  });

  it('stays silent when the stage name holds the OS or the (normalised) architecture', () => {
    assertClean(rule, df('FROM --platform=linux/amd64 alpine AS build_amd64', 'FROM --platform=linux/arm64 alpine AS build-arm64'));
    assertClean(rule, 'FROM --platform=linux/x86_64 alpine AS amd64-tools');
    assertClean(rule, 'FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver AS windows-base');
  });

  it('stays silent on variables, single words (the builder fills the rest) and values that are not platforms', () => {
    assertClean(rule, 'FROM --platform=$BUILDPLATFORM golang AS build');
    assertClean(rule, 'FROM --platform=${TARGETOS}/amd64 golang');
    assertClean(rule, 'FROM --platform=arm64 alpine');
    assertClean(rule, 'FROM --platform=linux/* alpine');
    assertClean(rule, 'FROM alpine');
  });
});
