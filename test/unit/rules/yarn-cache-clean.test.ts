import * as assert from 'assert';
import { yarnCacheClean as rule } from '../../../src/core/lint/rules/yarn-cache-clean';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('yarn-cache-clean', () => {
  it('reports a Yarn 1 install (an option Yarn 2+ refuses) whose RUN keeps the cache, on the command', () => {
    const text = df('FROM node:20-bookworm', 'WORKDIR /app', 'COPY package.json yarn.lock ./', 'RUN yarn install --frozen-lockfile --production');
    assert.deepStrictEqual(hits(rule, text), [['keepsCache', 3, 4, 'yarn install']]);
    assert.deepStrictEqual(reportsOf(rule, text)[0].data, { command: 'yarn install --frozen-lockfile --production', flag: '--production', dir: '/usr/local/share/.cache/yarn' });
    assertMessagesFilled(rule, text);
  });

  it('reads bare yarn, --prod, --ignore-engines, --prefer-offline, --non-interactive and --production=true', () => {
    for (const cmd of ['yarn --production', 'yarn install --prod', 'yarn --ignore-engines', 'yarn install --prefer-offline', 'yarn install --non-interactive', 'yarn install --production=true']) {
      assert.strictEqual(hits(rule, df('FROM node:18', `RUN ${cmd}`)).length, 1, cmd);
    }
  });

  it('names ~/.cache/yarn when another USER installs', () => {
    const [r] = reportsOf(rule, df('FROM node:20', 'USER node', 'RUN yarn install --production'));
    assert.strictEqual(r.data?.dir, '~/.cache/yarn');
  });

  it('reports a yarn cache clean that comes before the install or in a later RUN', () => {
    assert.strictEqual(hits(rule, df('FROM node:20', 'RUN yarn cache clean && yarn install --production')).length, 1);
    assert.strictEqual(hits(rule, df('FROM node:20', 'RUN yarn install --production', 'RUN yarn cache clean')).length, 1);
  });

  it('stays silent when the same RUN cleans or removes the cache, or a cache mount holds it', () => {
    assertClean(rule, df('FROM node:20', 'RUN yarn install --production && yarn cache clean'));
    assertClean(rule, df('FROM node:20', 'RUN yarn install --production --frozen-lockfile && yarn cache clean --force'));
    assertClean(rule, df('FROM node:20', 'RUN yarn install --production && rm -rf /usr/local/share/.cache/yarn'));
    assertClean(rule, df('FROM node:20', 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --production'));
    assertClean(rule, df('FROM node:20', 'USER node', 'RUN --mount=type=cache,target=/home/node/.cache/yarn,uid=1000 yarn install --production'));
  });

  it('stays silent when the file chooses the cache folder (--cache-folder, YARN_CACHE_FOLDER)', () => {
    assertClean(rule, df('FROM node:20', 'RUN yarn install --production --cache-folder /tmp/yc && rm -rf /tmp/yc'));
    assertClean(rule, df('FROM node:20', 'ENV YARN_CACHE_FOLDER=/cache', 'RUN yarn install --production'));
  });

  it('stays silent when the Yarn version is not known (Yarn 2+ with Plug\'n\'Play runs from its cache), on other commands, and in discarded stages', () => {
    assertClean(rule, df('FROM node:20', 'COPY . .', 'RUN yarn install --frozen-lockfile', 'RUN yarn install --immutable', 'RUN yarn'));
    assertClean(rule, df('FROM node:20', 'RUN yarn add --production left-pad && yarn build --production'));
    assertClean(rule, df('FROM node:20 AS build', 'RUN yarn install --production', 'FROM node:20-slim', 'COPY --from=build /app /app'));
  });
});
