import * as assert from 'assert';
import { aptMirrorAfterUpdate as rule } from '../../../src/core/lint/rules/apt-mirror-after-update';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');
const SED = "sed -i 's|archive.ubuntu.com|mirror.kakao.com|g' /etc/apt/sources.list";

describe('apt-mirror-after-update', () => {
  it('reports a mirror switch after apt-get update when an install follows with no update between, in one RUN', () => {
    const text = df('FROM ubuntu:22.04', `RUN apt-get update && ${SED} && apt-get install -y curl`);
    assert.deepStrictEqual(hits(rule, text), [['afterUpdate', 1, 22, SED]]);
    assertMessagesFilled(rule, text);
  });

  it('reports it across RUNs and through a parent stage (deb822 files too)', () => {
    const sed = "sed -i 's/deb.debian.org/mirror.kakao.com/g' /etc/apt/sources.list.d/debian.sources";
    const text = df('FROM debian:bookworm AS base', 'RUN apt-get update', 'FROM base', `RUN ${sed}`, 'RUN apt-get install -y curl');
    assert.deepStrictEqual(hits(rule, text), [['afterUpdate', 3, 4, sed]]);
  });

  it('stays silent when the mirror is switched first, when update runs again, or when nothing is installed after', () => {
    assertClean(rule, df('FROM ubuntu:22.04', `RUN ${SED} && apt-get update && apt-get install -y curl`));
    assertClean(rule, df('FROM ubuntu:22.04', 'RUN apt-get update', `RUN ${SED}`, 'RUN apt-get update && apt-get install -y curl'));
    assertClean(rule, df('FROM ubuntu:22.04', `RUN apt-get update && apt-get install -y curl && ${SED}`));
    assertClean(rule, df('FROM ubuntu:22.04', "RUN apt-get update && sed -i 's/a/b/' /etc/hosts && apt-get install -y curl"));
    assertClean(rule, df('FROM ubuntu:22.04', "RUN apt-get update && sed 's/a/b/' /etc/apt/sources.list > /tmp/x && apt-get install -y curl"));
  });

  it('counts only edits of the file the base image reads: /etc/apt/sources.list on Ubuntu 24.04 or Debian 12 switches nothing (apt-sources-file reports that)', () => {
    const listSed = "sed -i 's|archive.ubuntu.com|mirror.kakao.com|g' /etc/apt/sources.list";
    const deb822Sed = "sed -i 's|archive.ubuntu.com|mirror.kakao.com|g' /etc/apt/sources.list.d/ubuntu.sources";
    assertClean(rule, df('FROM ubuntu:24.04', `RUN apt-get update && ${listSed} && apt-get install -y curl`));
    assertClean(rule, df('FROM debian:bookworm', "RUN apt-get update && sed -i 's/deb.debian.org/ftp.kaist.ac.kr/' /etc/apt/sources.list && apt-get install -y curl"));
    assert.deepStrictEqual(hits(rule, df('FROM ubuntu:24.04', `RUN apt-get update && ${deb822Sed} && apt-get install -y curl`)).map((h) => h[3]), [deb822Sed]);
    // The old file still counts where it is the image's file, or when the Dockerfile wrote it.
    assert.strictEqual(hits(rule, df('FROM ubuntu:22.04', `RUN apt-get update && ${listSed} && apt-get install -y curl`)).length, 1);
    assert.strictEqual(hits(rule, df('FROM ubuntu:24.04', 'RUN echo "deb http://archive.ubuntu.com/ubuntu noble main" > /etc/apt/sources.list', `RUN apt-get update && ${listSed} && apt-get install -y curl`)).length, 1);
    // Unknown base image: counted as before.
    assert.strictEqual(hits(rule, df('FROM myorg/base:1', `RUN apt-get update && ${listSed} && apt-get install -y curl`)).length, 1);
  });
});
