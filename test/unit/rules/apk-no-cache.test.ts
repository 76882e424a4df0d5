import * as assert from 'assert';
import { apkNoCache as rule } from '../../../src/core/lint/rules/apk-no-cache';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('apk-no-cache', () => {
  it('reports apk add without --no-cache and inserts it', () => {
    const text = df('FROM alpine:3.20', 'RUN apk add curl');
    assert.deepStrictEqual(hits(rule, text), [['missing', 1, 4, 'apk add']]);
    assert.strictEqual(fixed(rule, text), df('FROM alpine:3.20', 'RUN apk add --no-cache curl'));
    assertMessagesFilled(rule, text);
  });

  it('finds apk add inside a heredoc script', () => {
    const text = df('FROM alpine:3.20', 'RUN <<EOF', 'apk update', 'apk add git', 'EOF');
    assert.deepStrictEqual(hits(rule, text), [['missing', 3, 0, 'apk add']]);
  });

  it('accepts --no-cache anywhere, a cache mount, or removing the cache in the same RUN', () => {
    assertClean(rule, df('FROM alpine', 'RUN apk add --no-cache curl'));
    assertClean(rule, df('FROM alpine', 'RUN apk --no-cache add curl'));
    assertClean(rule, df('FROM alpine', 'RUN apk add --virtual .build-deps --no-cache gcc'));
    assertClean(rule, df('FROM alpine', 'RUN --mount=type=cache,target=/var/cache/apk apk add curl'));
    assertClean(rule, df('FROM alpine', 'RUN apk update && apk add curl && rm -rf /var/cache/apk/*'));
  });

  it('ignores build stages that are not shipped, and apk subcommands other than add', () => {
    assertClean(rule, df('FROM alpine AS build', 'RUN apk add gcc', 'FROM alpine', 'COPY --from=build /a /a'));
    assertClean(rule, df('FROM alpine', 'RUN apk del curl && apk info'));
  });
});
