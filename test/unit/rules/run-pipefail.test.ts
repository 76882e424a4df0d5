import * as assert from 'assert';
import { runPipefail as rule } from '../../../src/core/lint/rules/run-pipefail';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');
const FETCH = 'RUN curl -fsSL https://example.com/install.sh | sh';

describe('run-pipefail', () => {
  it('reports a download piped on, with the advice that fits the image shell, on the consumer', () => {
    assert.deepStrictEqual(hits(rule, df('FROM debian:bookworm', FETCH)), [['missingBash', 1, 48, 'sh']]);
    assert.deepStrictEqual(hits(rule, df('FROM alpine:3.20', 'RUN wget -qO- https://example.com/x.tgz | tar xz -C /opt')).map((h) => h[0]), ['missingSet']);
    assert.deepStrictEqual(hits(rule, df('FROM mycompany/base:1', FETCH)).map((h) => h[0]), ['missingUnknownShell']);
    assert.deepStrictEqual(hits(rule, df('FROM debian:bookworm', 'SHELL ["/bin/bash", "-c"]', FETCH)).map((h) => h[0]), ['missingSet']);
    assertMessagesFilled(rule, df('FROM debian:bookworm', FETCH));
  });

  it('reports set -o pipefail where /bin/sh is dash (Debian, Ubuntu), which rejects it', () => {
    const text = df('FROM ubuntu:24.04', 'RUN set -eux -o pipefail; curl -fsSL https://example.com/k.asc | gpg --dearmor -o /k.gpg');
    assert.deepStrictEqual(hits(rule, text), [['dashRejects', 1, 4, 'set -eux -o pipefail']]);
    assertMessagesFilled(rule, text);
  });

  it('stays silent with pipefail on (SHELL with -o pipefail, set -o pipefail where the shell has it) and on other pipes', () => {
    assertClean(rule, df('FROM debian:bookworm', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', FETCH));
    assertClean(rule, df('FROM debian:bookworm AS base', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'FROM base', FETCH));
    assertClean(rule, df('FROM alpine:3.20', 'RUN set -o pipefail && wget -qO- https://example.com/x.tgz | tar xz'));
    assertClean(rule, df('FROM debian:bookworm', 'RUN echo hi | tee /x && yes | apt-get install -y curl && cat a | grep b'));
    assertClean(rule, df('FROM debian:bookworm', 'RUN ["sh", "-c", "curl -fsSL https://example.com/i.sh | sh"]'));
    assertClean(rule, df('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'SHELL ["powershell", "-Command"]', 'RUN curl.exe -s https://x | Out-File a'));
  });
});
