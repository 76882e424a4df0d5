import * as assert from 'assert';
import { invalidDefaultArgInFrom as rule } from '../../../src/core/lint/rules/invalid-default-arg-in-from';
import { isValidImageReference } from '../../../src/core/lint/rules/dockerfile/referenceGrammar';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('invalid-default-arg-in-from', () => {
  it('reports a tag that is empty without --build-arg (BuildKit docs example)', () => {
    const text = df('ARG TAG', 'FROM busybox:${TAG}');
    assert.deepStrictEqual(hits(rule, text), [['invalid', 1, 5, 'busybox:${TAG}']]);
    assertMessagesFilled(rule, df('ARG TAG', 'FROM busybox:$TAG'));
  });

  it('reports an image that is empty without --build-arg', () => {
    const text = df('ARG BASE', 'FROM $BASE AS app');
    assert.deepStrictEqual(hits(rule, text), [['empty', 1, 5, '$BASE']]);
    assertMessagesFilled(rule, text);
  });

  it('reports a default that makes an invalid name (capitals), and defaults built from earlier ARGs', () => {
    assert.deepStrictEqual(hits(rule, df('ARG IMAGE=MyImage', 'FROM $IMAGE')).map((h) => h[0]), ['invalid']);
    assert.deepStrictEqual(hits(rule, df('ARG V', 'ARG IMAGE=node:$V', 'FROM $IMAGE')).map((h) => h[0]), ['invalid']);
  });

  it('stays silent on the BuildKit docs good examples and on variables it cannot know', () => {
    assertClean(rule, df('ARG TAG=latest', 'FROM busybox:${TAG}'));
    assertClean(rule, df('ARG VARIANT', 'FROM busybox:stable${VARIANT}'));
    assertClean(rule, df('ARG TAG', 'FROM alpine:${TAG:-3.14}'));
    assertClean(rule, df('FROM golang AS build-amd64', 'FROM build-${TARGETARCH}')); // the builder's platform decides
    assertClean(rule, df('ARG V', 'FROM alpine:${V#v}')); // a substitution we do not read
    assertClean(rule, 'FROM alpine:3.20');
  });
});

describe('image reference grammar (distribution/reference ParseNormalizedNamed)', () => {
  const rows: [string, boolean][] = [
    ['alpine', true],
    ['alpine:3.20', true],
    ['library/alpine:3.20', true],
    ['ghcr.io/owner/app:1.0', true],
    ['localhost:5000/app', true],
    ['[::1]:5000/app:dev', true],
    ['alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', true],
    ['my_app__x.y-z', true],
    ['', false],
    ['busybox:', false],
    ['Alpine', false],
    ['alpine:-x', false],
    ['alpine:3.20:x', false],
    ['0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', false],
    ['a/-b', false],
    [`a/${'b'.repeat(260)}`, false],
  ];
  for (const [ref, ok] of rows) it(`${ok ? 'accepts' : 'rejects'} '${ref.slice(0, 40)}'`, () => assert.strictEqual(isValidImageReference(ref), ok));
});
