import * as assert from 'assert';
import { aptGetNoInstallRecommends as rule } from '../../../src/core/lint/rules/apt-get-no-install-recommends';
import { lintDocument } from '../../../src/core/lint/engine';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('apt-get-no-install-recommends', () => {
  it('reports apt-get install without --no-install-recommends and inserts it', () => {
    const text = df('FROM ubuntu:24.04', 'RUN apt-get update && apt-get install -y curl');
    assert.deepStrictEqual(hits(rule, text), [['missing', 1, 22, 'apt-get install']]);
    assert.strictEqual(fixed(rule, text), df('FROM ubuntu:24.04', 'RUN apt-get update && apt-get install --no-install-recommends -y curl'));
    assertMessagesFilled(rule, text);
  });

  it('accepts the flag anywhere and the apt option', () => {
    assertClean(rule, df('FROM ubuntu', 'RUN apt-get install -y --no-install-recommends curl'));
    assertClean(rule, df('FROM ubuntu', 'RUN apt-get --no-install-recommends install -y curl'));
    assertClean(rule, df('FROM ubuntu', 'RUN apt-get install -y -o APT::Install-Recommends=false curl'));
  });

  it('stays silent when apt.conf turns recommends off, and for `install -f` without packages', () => {
    assertClean(rule, df('FROM ubuntu', `RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norec`, 'RUN apt-get install -y curl'));
    assertClean(rule, df('FROM ubuntu', 'RUN apt-get install -y -f'));
  });
});

describe('apt-get-no-install-recommends through the engine', () => {
  it('is switched off by hadolint comments (DL3015), also for a command on a continuation line', () => {
    const lint = (text: string) => lintDocument(parseDockerfile(text), { rules: [rule] }).map((d) => d.range.start.line);
    assert.deepStrictEqual(lint(df('FROM debian', 'RUN apt-get update \\', ' && apt-get install -y curl')), [2]);
    assert.deepStrictEqual(lint(df('FROM debian', '# hadolint ignore=DL3015', 'RUN apt-get update \\', ' && apt-get install -y curl')), []);
  });
});
