import * as assert from 'assert';
import { aptGetCleanLists as rule } from '../../../src/core/lint/rules/apt-get-clean-lists';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('apt-get-clean-lists', () => {
  it('reports the update whose lists stay in the layer', () => {
    const text = df('FROM debian:bookworm', 'RUN apt-get update && apt-get install -y curl');
    assert.deepStrictEqual(hits(rule, text), [['keepLists', 1, 4, 'apt-get update']]);
    assertMessagesFilled(rule, text);
  });

  it('still reports when the lists are removed only in a later RUN', () => {
    const text = df('FROM debian', 'RUN apt-get update && apt-get install -y curl', 'RUN rm -rf /var/lib/apt/lists/*');
    assert.deepStrictEqual(hits(rule, text).map((h) => h[1]), [1]);
  });

  it('accepts rm of the lists, apt-get dist-clean, and heredoc scripts that clean', () => {
    assertClean(rule, df('FROM debian', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'));
    assertClean(rule, df('FROM debian', 'RUN apt-get update; apt-get install -y curl; rm -r /var/lib/apt/lists'));
    assertClean(rule, df('FROM debian', 'RUN apt-get update && apt-get install -y curl && apt-get dist-clean'));
    assertClean(rule, df('FROM debian', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'rm -rf /var/lib/apt/lists/*', 'EOF'));
  });

  it('stays silent under a BuildKit cache or tmpfs mount on the lists (removing them would defeat the cache)', () => {
    assertClean(rule, df('FROM debian', 'RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked \\', '    --mount=type=cache,target=/var/cache/apt \\', '    apt-get update && apt-get install -y curl'));
    assertClean(rule, df('FROM debian', 'RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y gcc'));
    assertClean(rule, df('FROM debian', 'RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y gcc'));
  });

  it('reports a cache mount on /var/cache/apt only: the lists still land in the layer', () => {
    const text = df('FROM debian', 'RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y gcc');
    assert.deepStrictEqual(hits(rule, text), [['keepLists', 1, 45, 'apt-get update']]);
  });

  it('ignores stages that do not end up in the final image', () => {
    assertClean(rule, df('FROM debian AS build', 'RUN apt-get update && apt-get install -y gcc', 'FROM scratch', 'COPY --from=build /out /out'));
    const text = df('FROM debian AS base', 'RUN apt-get update && apt-get install -y gcc', 'FROM base');
    assert.deepStrictEqual(hits(rule, text).map((h) => h[1]), [1]);
  });
});

describe('apt-get-clean-lists: other ways to delete the lists', () => {
  it('accepts find … -delete on the lists', () => {
    assertClean(rule, df('FROM debian', 'RUN apt-get update && apt-get install -y curl && find /var/lib/apt/lists -type f -delete'));
  });
});
