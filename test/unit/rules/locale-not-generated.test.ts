import * as assert from 'assert';
import { localeNotGenerated as rule } from '../../../src/core/lint/rules/locale-not-generated';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('locale-not-generated', () => {
  it('reports LANG and LC_ALL naming a locale the Debian/Ubuntu image does not have', () => {
    const text = df('FROM debian:bookworm-slim', 'ENV LANG=ko_KR.UTF-8 LC_ALL=ko_KR.UTF-8');
    assert.deepStrictEqual(hits(rule, text), [['missing', 1, 4, 'LANG=ko_KR.UTF-8'], ['missing', 1, 21, 'LC_ALL=ko_KR.UTF-8']]);
    assertMessagesFilled(rule, text);
    assert.deepStrictEqual(hits(rule, df('FROM python:3.12-slim', 'ENV LANG ko_KR.UTF-8')).map((h) => h[0]), ['missing']);
  });

  it('on Debian, reports locale-gen given names without /etc/locale.gen being edited', () => {
    const text = df('FROM debian:bookworm', 'RUN apt-get update && apt-get install -y locales && locale-gen ko_KR.UTF-8', 'ENV LANG=ko_KR.UTF-8');
    assert.deepStrictEqual(hits(rule, text), [['debianArguments', 2, 4, 'LANG=ko_KR.UTF-8']]);
    assertMessagesFilled(rule, text);
  });

  it('stays silent when the locale is generated (locale.gen edit, localedef, locales-all, Ubuntu locale-gen, language packs)', () => {
    assertClean(rule, df('FROM debian:bookworm', "RUN apt-get install -y locales && sed -i 's/# ko_KR.UTF-8/ko_KR.UTF-8/' /etc/locale.gen && locale-gen", 'ENV LANG=ko_KR.UTF-8'));
    assertClean(rule, df('FROM debian:bookworm', 'RUN apt-get install -y locales && localedef -i ko_KR -f UTF-8 ko_KR.UTF-8', 'ENV LANG=ko_KR.UTF-8'));
    assertClean(rule, df('FROM debian:bookworm', 'RUN apt-get install -y locales-all', 'ENV LANG=ko_KR.UTF-8'));
    assertClean(rule, df('FROM ubuntu:24.04', 'RUN apt-get install -y locales && locale-gen ko_KR.UTF-8', 'ENV LANG=ko_KR.UTF-8'));
    assertClean(rule, df('FROM ubuntu:22.04', 'RUN apt-get install -y language-pack-ko', 'ENV LANG=ko_KR.UTF-8'));
  });

  it('stays silent for C.UTF-8, for Alpine (musl needs no locale files) and for unknown images', () => {
    assertClean(rule, df('FROM debian:bookworm', 'ENV LANG=C.UTF-8 LC_ALL=C.UTF-8'));
    assertClean(rule, df('FROM alpine:3.20', 'ENV LANG=ko_KR.UTF-8'));
    assertClean(rule, df('FROM mycompany/base:1', 'ENV LANG=ko_KR.UTF-8'));
  });
});
