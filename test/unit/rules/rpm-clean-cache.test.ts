import * as assert from 'assert';
import { rpmCleanCache as rule } from '../../../src/core/lint/rules/rpm-clean-cache';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('rpm-clean-cache', () => {
  it('reports yum/dnf installs whose RUN does not clean the cache, on the call', () => {
    const text = df('FROM rockylinux:9', 'RUN dnf install -y httpd', 'RUN yum -y update && yum install -y git');
    assert.deepStrictEqual(hits(rule, text), [['notCleaned', 1, 4, 'dnf install'], ['notCleaned', 2, 4, 'yum -y update'], ['notCleaned', 2, 21, 'yum install']]);
    assertMessagesFilled(rule, text);
  });

  it('reports a clean that comes in a later RUN (the layer already holds the cache)', () => {
    assert.strictEqual(hits(rule, df('FROM fedora:41', 'RUN dnf install -y git', 'RUN dnf clean all')).length, 1);
  });

  it('stays silent with clean all, rm of the cache folder, a cache mount, in unshipped stages, and for microdnf', () => {
    assertClean(rule, df('FROM rockylinux:9', 'RUN dnf install -y httpd && dnf clean all'));
    assertClean(rule, df('FROM centos:7', 'RUN yum install -y git && rm -rf /var/cache/yum'));
    assertClean(rule, df('FROM fedora:41', 'RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y git'));
    assertClean(rule, df('FROM fedora:41 AS build', 'RUN dnf install -y gcc', 'FROM scratch', 'COPY --from=build /etc/os-release /'));
    assertClean(rule, df('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf install -y git'));
  });
});
