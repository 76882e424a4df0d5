import * as assert from 'assert';
import { mergeConsecutiveRun as rule } from '../../../src/core/lint/rules/merge-consecutive-run';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('merge-consecutive-run', () => {
  it('reports each RUN that directly follows another, on its keyword', () => {
    const text = df('FROM alpine', 'RUN adduser -D app', '# then the folder', 'RUN mkdir /data', 'RUN chown app /data');
    assert.deepStrictEqual(hits(rule, text), [
      ['merge', 3, 0, 'RUN'],
      ['merge', 4, 0, 'RUN'],
    ]);
    assert.strictEqual(reportsOf(rule, text)[0].data?.previousLine, 2);
    assertMessagesFilled(rule, text);
  });

  it('accepts RUNs separated by another instruction, with different mounts, or in exec form', () => {
    assertClean(rule, df('FROM alpine', 'RUN a', 'WORKDIR /x', 'RUN b'));
    assertClean(rule, df('FROM alpine', 'RUN --mount=type=cache,target=/root/.cache pip install x', 'RUN ls'));
    assertClean(rule, df('FROM alpine', 'RUN ["/bin/true"]', 'RUN ls'));
    assertClean(rule, df('FROM alpine AS a', 'RUN a', 'FROM alpine', 'RUN b'));
  });

  it('stays silent next to a RUN that already chains steps (its author groups layers on purpose)', () => {
    assertClean(rule, df('FROM debian', 'RUN apt-get update && apt-get install -y curl', 'RUN curl -fsSL https://x.test/i.sh -o /i.sh'));
    assertClean(rule, df('FROM debian', 'RUN make', 'RUN set -eux; make install; make clean'));
    assertClean(rule, df('FROM debian', 'RUN <<EOF', 'apt-get update', 'apt-get install -y git', 'EOF', 'RUN useradd app'));
  });

  it('still reports single steps: a pipe or an if-statement is one step', () => {
    assert.deepStrictEqual(hits(rule, df('FROM debian', 'RUN curl -fsSL https://x.test/k | gpg --dearmor -o /k.gpg', 'RUN mkdir /data')), [['merge', 2, 0, 'RUN']]);
    const proxies = df('FROM debian', 'RUN if [ -n "$HTTP_PROXY" ]; then echo a >> /etc/apt/apt.conf; fi', 'RUN if [ -n "$HTTPS_PROXY" ]; then echo b >> /etc/apt/apt.conf; fi');
    assert.deepStrictEqual(hits(rule, proxies), [['merge', 2, 0, 'RUN']]);
  });

  it('reports a RUN that only deletes files, even after a chained RUN: the earlier layer keeps them', () => {
    const text = df('FROM debian', 'RUN apt-get update && apt-get install -y curl', 'RUN rm -rf /var/lib/apt/lists/*');
    assert.deepStrictEqual(hits(rule, text), [['deleteOnly', 2, 0, 'RUN']]);
    assertMessagesFilled(rule, text);
    assertClean(rule, df('FROM debian', 'RUN apt-get update && apt-get install -y curl', 'RUN rm -f /etc/motd && echo hi > /etc/motd'));
  });
});
