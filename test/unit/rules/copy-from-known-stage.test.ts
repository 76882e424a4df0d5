import * as assert from 'assert';
import { copyFromKnownStage as rule } from '../../../src/core/lint/rules/copy-from-known-stage';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('copy-from-known-stage', () => {
  it('reports a stage copying from itself, by name or by index', () => {
    const text = df('FROM node AS build', 'COPY --from=build /a /b', 'FROM nginx', 'COPY --from=1 /x /y');
    assert.deepStrictEqual(hits(rule, text), [
      ['self', 1, 12, 'build'],
      ['self', 3, 12, '1'],
    ]);
    assertMessagesFilled(rule, text);
  });

  it('reports an index past the last stage', () => {
    assert.deepStrictEqual(hits(rule, df('FROM node', 'FROM nginx', 'COPY --from=5 /a /b')), [['indexMissing', 2, 12, '5']]);
  });

  it('reports a near-miss of a stage name as a typo', () => {
    const text = df('FROM node AS builder', 'RUN npm ci', 'FROM nginx', 'COPY --from=buidler /app/dist /usr/share/nginx/html');
    assert.deepStrictEqual(hits(rule, text), [['typo', 3, 12, 'buidler']]);
    assert.strictEqual(reportsOf(rule, text)[0].data?.suggestion, 'builder');
  });

  it('accepts earlier stages by name (any case) or index, images, and RUN --mount from a stage', () => {
    assertClean(rule, df('FROM node AS build', 'FROM nginx', 'COPY --from=BUILD /a /b', 'COPY --from=0 /a /b', 'COPY --from=gloursdocker/docker / /', 'COPY --from=nginx:1.27 /etc/nginx /etc/nginx', 'COPY --from=busybox /bin/sh /sh', 'RUN --mount=type=bind,from=build,target=/src ls /src'));
  });

  it('resolves --from=$STAGE from ARG defaults, and stays silent when it cannot', () => {
    assert.deepStrictEqual(hits(rule, df('FROM node AS build', 'ARG SRC=build', 'COPY --from=$SRC /a /b')), [['self', 2, 12, '$SRC']]);
    assertClean(rule, df('FROM node AS build', 'FROM nginx', 'ARG SRC', 'COPY --from=$SRC /a /b'));
    assertClean(rule, df('FROM node AS build', 'FROM nginx', 'ARG SRC=build', 'COPY --from=${SRC} /a /b'));
  });

  it('reports a typo in RUN --mount from=', () => {
    assert.deepStrictEqual(hits(rule, df('FROM golang AS builder', 'FROM alpine', 'RUN --mount=type=bind,from=bulder,target=/src ls')), [['typo', 2, 27, 'bulder']]);
  });
});
