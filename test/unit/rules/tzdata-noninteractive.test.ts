import * as assert from 'assert';
import { tzdataNoninteractive as rule } from '../../../src/core/lint/rules/tzdata-noninteractive';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('tzdata-noninteractive', () => {
  it('reports installing tzdata on images whose debconf waits without a terminal, and prefixes the variable', () => {
    const text = df('FROM ubuntu:20.04', 'RUN apt-get update && apt-get install -y tzdata');
    assert.deepStrictEqual(hits(rule, text), [['prompts', 1, 22, 'apt-get install']]);
    assert.strictEqual(fixed(rule, text), df('FROM ubuntu:20.04', 'RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata'));
    assertMessagesFilled(rule, text);
    assert.deepStrictEqual(hits(rule, df('FROM debian:bullseye-slim AS base', 'FROM base', 'RUN apt-get install -y --no-install-recommends tzdata ca-certificates')).map((h) => h[0]), ['prompts']);
  });

  it('gives no text fix inside an exec-form RUN', () => {
    const text = df('FROM ubuntu:22.04', 'RUN ["apt-get", "install", "-y", "tzdata"]');
    assert.strictEqual(hits(rule, text).length, 1);
    assert.strictEqual(fixed(rule, text), text);
  });

  it('stays silent with DEBIAN_FRONTEND=noninteractive (prefix, export, ENV, ARG) or a time zone set before', () => {
    assertClean(rule, df('FROM ubuntu:20.04', 'RUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata'));
    assertClean(rule, df('FROM ubuntu:20.04', 'RUN export DEBIAN_FRONTEND=noninteractive && apt-get install -y tzdata'));
    assertClean(rule, df('FROM ubuntu:20.04', 'ARG DEBIAN_FRONTEND=noninteractive', 'RUN apt-get install -y tzdata'));
    assertClean(rule, df('FROM ubuntu:20.04 AS base', 'ENV DEBIAN_FRONTEND=noninteractive', 'FROM base', 'RUN apt-get install -y tzdata'));
    assertClean(rule, df('FROM ubuntu:20.04', 'ENV TZ=Asia/Seoul', 'RUN ln -snf /usr/share/zoneinfo/$TZ /etc/localtime && echo $TZ > /etc/timezone && apt-get install -y tzdata'));
  });

  it('stays silent where debconf no longer waits (Debian 12, Ubuntu 24.04) and on unknown images', () => {
    assertClean(rule, df('FROM debian:bookworm', 'RUN apt-get install -y tzdata'));
    assertClean(rule, df('FROM ubuntu:24.04', 'RUN apt-get install -y tzdata'));
    assertClean(rule, df('FROM ubuntu', 'RUN apt-get install -y tzdata'));
    assertClean(rule, df('FROM myorg/ubuntu:20.04', 'RUN apt-get install -y tzdata'));
    assertClean(rule, df('FROM ubuntu:20.04', 'RUN apt-get install -y curl'));
  });
});
