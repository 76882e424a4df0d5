import * as assert from 'assert';
import { undefinedArgInFrom as rule } from '../../../src/core/lint/rules/undefined-arg-in-from';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('undefined-arg-in-from', () => {
  it('reports a variable of the image that no ARG above the first FROM declares, on the variable', () => {
    const text = df('FROM node:22${VARIANT} AS jsbuilder');
    assert.deepStrictEqual(hits(rule, text), [['undeclared', 0, 12, '${VARIANT}']]);
    assertMessagesFilled(rule, text);
  });

  it('reports an ARG declared only inside a stage or after the FROM that uses it', () => {
    assert.deepStrictEqual(hits(rule, df('FROM alpine AS a', 'ARG TAG=3.20', 'FROM alpine:$TAG')), [['undeclared', 2, 12, '$TAG']]);
    assert.deepStrictEqual(hits(rule, df('FROM node:$NODE_VERSION', 'ARG NODE_VERSION=20')), [['undeclared', 0, 10, '$NODE_VERSION']]);
  });

  it('suggests a declared or automatic name for a near miss, in the platform flag too', () => {
    const text = df('ARG ALPINE_VERSION=3.20', 'FROM --platform=$BUILDPLATFROM alpine:${ALPINE_VERSOIN}');
    assert.deepStrictEqual(hits(rule, text), [['typo', 1, 16, '$BUILDPLATFROM'], ['typo', 1, 38, '${ALPINE_VERSOIN}']]);
    assertMessagesFilled(rule, text);
  });

  it('reports an undeclared name even with a default, as BuildKit does', () => {
    assert.deepStrictEqual(hits(rule, 'FROM alpine:${TAG:-3.20}').map((h) => h[0]), ['undeclared']);
  });

  it('stays silent on declared ARGs (with or without a default) and the automatic platform ARGs', () => {
    assertClean(rule, df('ARG TAG', 'ARG BASE=alpine', 'FROM ${BASE}:${TAG:-3.20}', 'FROM --platform=$BUILDPLATFORM golang AS build', 'FROM scratch-${TARGETARCH}${TARGETVARIANT}'));
    assertClean(rule, df('ARG A=1', 'FROM alpine:$A', 'RUN echo $UNDEFINED_IN_RUN'));
  });
});
