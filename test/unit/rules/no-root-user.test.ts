import * as assert from 'assert';
import { noRootUser as rule } from '../../../src/core/lint/rules/no-root-user';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('no-root-user', () => {
  it('reports the final stage left on USER root, on the user', () => {
    const text = df('FROM node', 'USER node', 'RUN npm ci', 'USER root', 'RUN apt-get update', 'CMD ["node", "server.js"]');
    assert.deepStrictEqual(hits(rule, text), [['root', 3, 5, 'root']]);
    assertMessagesFilled(rule, text);
  });

  it('recognises uid 0 and root:group, also inherited from a parent stage', () => {
    assert.deepStrictEqual(hits(rule, df('FROM debian', 'USER 0:0')), [['root', 1, 5, '0:0']]);
    assert.deepStrictEqual(hits(rule, df('FROM debian AS base', 'USER root', 'FROM base', 'RUN ls')), [['root', 1, 5, 'root']]);
  });

  it('does not report files without USER (the base image decides), earlier stages, or a switch back', () => {
    assertClean(rule, df('FROM nginx', 'COPY site /usr/share/nginx/html'));
    assertClean(rule, df('FROM golang AS build', 'USER root', 'FROM gcr.io/distroless/static:nonroot', 'COPY --from=build /app /app'));
    assertClean(rule, df('FROM node', 'USER root', 'RUN apt-get update', 'USER node'));
  });

  it('says nothing about USER root in a build stage the final image does not come from (hadolint DL3002 does, hadolint#405)', () => {
    assertClean(rule, df('FROM node:20 AS build', 'USER root', 'RUN npm ci', 'FROM node:20-slim', 'COPY --from=build /app /app', 'USER node'));
  });
});
