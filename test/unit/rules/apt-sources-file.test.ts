import * as assert from 'assert';
import { aptSourcesFile as rule } from '../../../src/core/lint/rules/apt-sources-file';
import { aptSourcesLayout } from '../../../src/core/knowledge/baseImages';
import { parseImageReference } from '../../../src/core/model/imageReference';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');
const UBUNTU_SED = "sed -i 's|archive.ubuntu.com|mirror.kakao.com|g' /etc/apt/sources.list";
const DEBIAN_SED = "sed -i 's|deb.debian.org|ftp.kaist.ac.kr|g' /etc/apt/sources.list";

describe('apt-sources-file', () => {
  it('reports a sed of /etc/apt/sources.list on Ubuntu 24.04 (comment only: the mirror stays) and on Debian 12 (no such file), on the file word, and offers the deb822 file', () => {
    const text = df('FROM ubuntu:24.04', `RUN ${UBUNTU_SED} && apt-get update`, 'FROM debian:bookworm-slim', `RUN ${DEBIAN_SED}; apt-get update`);
    assert.deepStrictEqual(hits(rule, text), [
      ['ubuntuCommentOnly', 1, 53, '/etc/apt/sources.list'],
      ['debianNoList', 3, 48, '/etc/apt/sources.list'],
    ]);
    assert.strictEqual(fixed(rule, text), df(
      'FROM ubuntu:24.04', `RUN ${UBUNTU_SED.replace('/etc/apt/sources.list', '/etc/apt/sources.list.d/ubuntu.sources')} && apt-get update`,
      'FROM debian:bookworm-slim', `RUN ${DEBIAN_SED.replace('/etc/apt/sources.list', '/etc/apt/sources.list.d/debian.sources')}; apt-get update`,
    ));
    assertMessagesFilled(rule, text);
  });

  it('reports the reverse: debian.sources / ubuntu.sources on an image older than Debian 12 / Ubuntu 24.04', () => {
    const text = df('FROM ubuntu:22.04', "RUN sed -i 's/archive.ubuntu.com/mirror.kakao.com/' /etc/apt/sources.list.d/ubuntu.sources");
    assert.deepStrictEqual(hits(rule, text).map((h) => [h[0], h[3]]), [['noDeb822File', '/etc/apt/sources.list.d/ubuntu.sources']]);
    assert.strictEqual(hits(rule, df('FROM python:3.11-slim-bullseye', "RUN sed -i 's/deb.debian.org/ftp.kaist.ac.kr/' /etc/apt/sources.list.d/debian.sources")).length, 1);
    assertMessagesFilled(rule, text);
  });

  it('follows the stage lineage and official images whose tag names the release', () => {
    assert.strictEqual(hits(rule, df('FROM node:20-bookworm-slim AS base', 'FROM base', `RUN ${DEBIAN_SED}`)).length, 1);
    assert.strictEqual(hits(rule, df('ARG UBUNTU=24.04', 'FROM ubuntu:${UBUNTU}', `RUN ${UBUNTU_SED}`)).length, 1);
  });

  it('stays silent on the file the image uses, when the Dockerfile wrote that file first, when the right file is edited too, and under a file check', () => {
    assertClean(rule, df('FROM ubuntu:22.04', `RUN ${UBUNTU_SED} && apt-get update`));
    assertClean(rule, df('FROM debian:11', `RUN ${DEBIAN_SED}`));
    assertClean(rule, df('FROM ubuntu:24.04', "RUN sed -i 's|archive.ubuntu.com|mirror.kakao.com|g' /etc/apt/sources.list.d/ubuntu.sources"));
    assertClean(rule, df('FROM debian:bookworm', "RUN sed -i 's/deb.debian.org/ftp.kaist.ac.kr/' /etc/apt/sources.list.d/debian.sources"));
    assertClean(rule, df('FROM ubuntu:24.04', `RUN sed -i 's/a/b/' /etc/apt/sources.list /etc/apt/sources.list.d/ubuntu.sources`));
    assertClean(rule, df('FROM debian:bookworm', 'RUN echo "deb http://ftp.kaist.ac.kr/debian bookworm main" > /etc/apt/sources.list', `RUN ${DEBIAN_SED}`));
    assertClean(rule, df('FROM debian:bookworm', 'COPY sources.list /etc/apt/sources.list', `RUN ${DEBIAN_SED}`));
    assertClean(rule, df('FROM debian:bookworm', `RUN [ -f /etc/apt/sources.list ] && ${DEBIAN_SED} || true`));
  });

  it('stays silent when the base image is not one we know (its layout is unknown)', () => {
    assertClean(rule, df('FROM myorg/ubuntu:24.04', `RUN ${UBUNTU_SED}`));
    assertClean(rule, df('FROM python:3.12-slim', `RUN ${DEBIAN_SED}`));
    assertClean(rule, df('FROM ubuntu:23.10', `RUN ${UBUNTU_SED}`));
  });
});

describe('aptSourcesLayout (base image facts)', () => {
  const layout = (image: string) => {
    const l = aptSourcesLayout(parseImageReference(image));
    return l ? `${l.distro} ${l.deb822 ? 'deb822' : 'list'}` : 'unknown';
  };
  it('knows the official Debian and Ubuntu releases and codenames in other official tags', () => {
    assert.deepStrictEqual(
      ['debian:bookworm', 'debian:12.5-slim', 'debian:trixie', 'debian:11', 'debian:bullseye-slim', 'ubuntu:24.04', 'ubuntu:noble', 'ubuntu:22.04', 'ubuntu:jammy-20240101', 'ubuntu', 'node:20-bookworm', 'eclipse-temurin:21-jammy', 'python:3.12-slim', 'myorg/debian:12', 'ghcr.io/x/ubuntu:24.04'].map(layout),
      ['debian deb822', 'debian deb822', 'debian deb822', 'debian list', 'debian list', 'ubuntu deb822', 'ubuntu deb822', 'ubuntu list', 'ubuntu list', 'ubuntu deb822', 'debian deb822', 'ubuntu list', 'unknown', 'unknown', 'unknown'],
    );
  });
});
