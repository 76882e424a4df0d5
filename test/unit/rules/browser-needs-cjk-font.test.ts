import * as assert from 'assert';
import { browserNeedsCjkFont as rule } from '../../../src/core/lint/rules/browser-needs-cjk-font';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('browser-needs-cjk-font', () => {
  it('reports chromium, google-chrome-stable and wkhtmltopdf installed without a CJK font, on the package name', () => {
    const text = df('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends chromium wkhtmltopdf');
    assert.deepStrictEqual(hits(rule, text), [['noFont', 1, 65, 'chromium'], ['noFont', 1, 74, 'wkhtmltopdf']]);
    assertMessagesFilled(rule, text);
    assert.deepStrictEqual(hits(rule, df('FROM alpine:3.20', 'RUN apk add --no-cache chromium')), [['noFont', 1, 23, 'chromium']]);
    assert.deepStrictEqual(hits(rule, df('FROM ubuntu:22.04', 'RUN apt-get install -y google-chrome-stable')).map((h) => h[3]), ['google-chrome-stable']);
  });

  it('stays silent with a Hangul font (nanum, noto-cjk, wqy, fonts copied in) anywhere in the file', () => {
    assertClean(rule, df('FROM debian:bookworm', 'RUN apt-get install -y chromium fonts-nanum'));
    assertClean(rule, df('FROM debian:bookworm', 'RUN apt-get install -y chromium fonts-noto-cjk'));
    assertClean(rule, df('FROM alpine:3.20', 'RUN apk add --no-cache chromium font-noto-cjk'));
    assertClean(rule, df('FROM debian:bookworm', 'RUN apt-get install -y chromium', 'COPY fonts/ /usr/share/fonts/truetype/custom/'));
    assertClean(rule, df('FROM debian:bookworm', 'RUN apt-get install -y chromium fonts-wqy-zenhei'));
  });

  it('stays silent for stages that are not shipped, unknown base images and other packages', () => {
    assertClean(rule, df('FROM debian:bookworm AS render', 'RUN apt-get install -y chromium', 'FROM debian:bookworm', 'RUN echo done'));
    assertClean(rule, df('FROM mcr.microsoft.com/playwright:v1.45.0', 'RUN apt-get install -y chromium'));
    assertClean(rule, df('FROM debian:bookworm', 'RUN apt-get install -y curl chromium-sandbox-not-a-browser'));
  });
});
