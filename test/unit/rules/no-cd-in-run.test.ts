import * as assert from 'assert';
import { noCdInRun as rule } from '../../../src/core/lint/rules/no-cd-in-run';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('no-cd-in-run', () => {
  it('reports a RUN that only changes directory, on `cd <dir>`', () => {
    const text = df('FROM node', 'RUN cd /app', 'RUN npm ci');
    assert.deepStrictEqual(hits(rule, text), [['noEffect', 1, 4, 'cd /app']]);
    assertMessagesFilled(rule, text);
  });

  it('reports a trailing cd after which nothing runs', () => {
    assert.deepStrictEqual(hits(rule, df('FROM node', 'RUN mkdir -p /app && cd /app')), [['noEffect', 1, 21, 'cd /app']]);
    assert.deepStrictEqual(hits(rule, df('FROM node', 'RUN <<EOF', 'mkdir -p /srv', 'cd /srv', 'EOF')), [['noEffect', 3, 0, 'cd /srv']]);
  });

  it('accepts cd followed by work in the same RUN (hadolint DL3003 reports it; it is fine shell)', () => {
    assertClean(rule, df('FROM debian', 'RUN cd /tmp && curl -fsSLO https://example.com/x.tgz && tar xzf x.tgz', 'RUN set -eux; cd /usr/src/python; make -j "$(nproc)"; make install'));
    assertClean(rule, df('FROM debian', 'RUN cd /src \\', '  && make \\', '  && make install'));
  });
});

describe('no-cd-in-run: habits that do no harm', () => {
  it('accepts a closing `cd -` or `cd ..` after real work, but not a RUN of only cds', () => {
    assertClean(rule, df('FROM debian', 'RUN cd /src && make install && cd -', 'RUN cd build && make && cd ..'));
    assert.deepStrictEqual(hits(rule, df('FROM debian', 'RUN cd ..')), [['noEffect', 1, 4, 'cd ..']]);
  });
});
