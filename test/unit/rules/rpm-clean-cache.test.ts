import * as assert from 'assert';
import { rpmCleanCache as rule } from '../../../src/core/lint/rules/rpm-clean-cache';
import { assertClean, assertMessagesFilled, fixed, hits, reportsOf } from './dockerfileRuleHarness';

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

  it('stays silent with clean all (yum and dnf count for each other), rm of the cache folder, a cache mount, in unshipped stages', () => {
    assertClean(rule, df('FROM rockylinux:9', 'RUN dnf install -y httpd && dnf clean all'));
    assertClean(rule, df('FROM rockylinux:8', 'RUN dnf install -y httpd && yum clean all'));
    assertClean(rule, df('FROM centos:7', 'RUN yum install -y git && rm -rf /var/cache/yum'));
    assertClean(rule, df('FROM fedora:41', 'RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y git'));
    assertClean(rule, df('FROM fedora:41 AS build', 'RUN dnf install -y gcc', 'FROM scratch', 'COPY --from=build /etc/os-release /'));
  });

  it('reports microdnf installs without microdnf clean all (DL3040), naming /var/cache/yum', () => {
    const text = df('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf install -y git && microdnf update -y');
    assert.deepStrictEqual(hits(rule, text), [['notCleaned', 1, 4, 'microdnf install'], ['notCleaned', 1, 31, 'microdnf update']]);
    assert.deepStrictEqual(reportsOf(rule, text).map((r) => [r.data?.dir, r.data?.clean]), [['/var/cache/yum', 'microdnf clean all'], ['/var/cache/yum', 'microdnf clean all']]);
    assertMessagesFilled(rule, text);
  });

  it('stays silent on microdnf with microdnf clean all, rm -rf /var/cache/yum or a cache mount there', () => {
    assertClean(rule, df('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf install -y git && microdnf clean all'));
    assertClean(rule, df('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf install -y git && rm -rf /var/cache/yum'));
    assertClean(rule, df('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN --mount=type=cache,target=/var/cache/yum microdnf install -y git'));
  });

  it('reports zypper installs with no clean (DL3036), and a plain zypper clean that leaves the metadata, adding -a', () => {
    const text = df('FROM opensuse/leap:15.6', 'RUN zypper -n install curl', 'RUN zypper -n dup && zypper clean', 'RUN zypper -n in git && zypper cc');
    assert.deepStrictEqual(hits(rule, text), [
      ['notCleaned', 1, 4, 'zypper -n install'], ['zypperCleanPackagesOnly', 2, 21, 'zypper clean'], ['zypperCleanPackagesOnly', 3, 24, 'zypper cc'],
    ]);
    assert.strictEqual(fixed(rule, text), df('FROM opensuse/leap:15.6', 'RUN zypper -n install curl', 'RUN zypper -n dup && zypper clean -a', 'RUN zypper -n in git && zypper cc -a'));
    assertMessagesFilled(rule, text);
  });

  it('stays silent on zypper with clean -a / --all / -mM, rm of /var/cache/zypp, a cache mount, and on commands that download nothing', () => {
    assertClean(rule, df('FROM opensuse/leap:15.6', 'RUN zypper -n in curl && zypper clean -a', 'RUN zypper -n in git && zypper --non-interactive cc --all'));
    assertClean(rule, df('FROM opensuse/leap:15.6', 'RUN zypper -n in curl && zypper clean -mM', 'RUN zypper -n in vim && rm -rf /var/cache/zypp/*'));
    assertClean(rule, df('FROM opensuse/leap:15.6', 'RUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl'));
    assertClean(rule, df('FROM opensuse/leap:15.6', 'RUN zypper lr && zypper addrepo https://x/y.repo && zypper -n rm vim'));
  });
});
