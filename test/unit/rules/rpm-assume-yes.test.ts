import * as assert from 'assert';
import { rpmAssumeYes as rule } from '../../../src/core/lint/rules/rpm-assume-yes';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('rpm-assume-yes', () => {
  it('reports yum and dnf calls that would prompt, on the call, and adds -y', () => {
    const text = df('FROM rockylinux:9', 'RUN yum install httpd && dnf --refresh upgrade && yum clean all');
    assert.deepStrictEqual(hits(rule, text), [['missingYes', 1, 4, 'yum install'], ['missingYes', 1, 25, 'dnf --refresh upgrade']]);
    assert.strictEqual(fixed(rule, text), df('FROM rockylinux:9', 'RUN yum install -y httpd && dnf --refresh upgrade -y && yum clean all'));
    assertMessagesFilled(rule, text);
  });

  it('accepts -y, --assumeyes, a bundle with y, --setopt=assumeyes=1, yes |, and assumeyes in the config', () => {
    assertClean(rule, df('FROM fedora:41', 'RUN dnf install -y git && yum -qy install make && dnf install --assumeyes gcc', 'RUN dnf --setopt=assumeyes=1 install x && yes | yum install y'));
    assertClean(rule, df('FROM centos:7', "RUN echo 'assumeyes=1' >> /etc/yum.conf", 'RUN yum install httpd'));
  });

  it('treats defaultyes in dnf.conf as an answer for yum and dnf (dnf/cli/output.py userconfirm: end of input is an empty answer, the default), not for microdnf', () => {
    assertClean(rule, df('FROM fedora:41', "RUN echo 'defaultyes=True' >> /etc/dnf/dnf.conf", 'RUN dnf install git && yum install make'));
    const micro = df('FROM registry.access.redhat.com/ubi9/ubi-minimal', "RUN echo 'defaultyes=True' >> /etc/dnf/dnf.conf && microdnf install git");
    assert.deepStrictEqual(hits(rule, micro).map((h) => h[0]), ['microdnfHangs']);
    assertClean(rule, df('FROM fedora:41', 'RUN dnf --setopt=defaultyes=True install git'));
    const microSetopt = df('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf --setopt=defaultyes=1 install git');
    assert.deepStrictEqual(hits(rule, microSetopt).map((h) => h[0]), ['microdnfHangs']);
  });

  it('stays silent on commands that never ask (clean, makecache, list, info)', () => {
    assertClean(rule, df('FROM fedora:41', 'RUN dnf clean all && yum makecache && dnf list installed && microdnf clean all && microdnf repolist'));
  });

  it('reports microdnf without -y (it waits forever at end of input, DL3038), for install, update and remove', () => {
    const text = df('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf update && microdnf install --nodocs git && microdnf remove vim');
    assert.deepStrictEqual(hits(rule, text).map((h) => [h[0], h[3]]), [
      ['microdnfHangs', 'microdnf update'], ['microdnfHangs', 'microdnf install'], ['microdnfHangs', 'microdnf remove'],
    ]);
    assert.strictEqual(fixed(rule, text), df('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf update -y && microdnf install -y --nodocs git && microdnf remove -y vim'));
    assertMessagesFilled(rule, text);
  });

  it('stays silent on microdnf with -y, --assumeyes or assumeyes in dnf.conf', () => {
    assertClean(rule, df('FROM registry.access.redhat.com/ubi8/ubi-minimal', 'RUN microdnf install -y git && microdnf --assumeyes update && microdnf -y --nodocs install tar'));
    assertClean(rule, df('FROM registry.access.redhat.com/ubi8/ubi-minimal', "RUN echo 'assumeyes=True' >> /etc/dnf/dnf.conf && microdnf install git"));
  });

  it('reports zypper without a non-interactive switch (DL3034), also when yes is piped in (zypper reads /dev/tty), and adds --non-interactive', () => {
    const text = df('FROM opensuse/leap:15.6', 'RUN zypper refresh && zypper install curl && yes | zypper dup', 'RUN zypper in -n git');
    assert.deepStrictEqual(hits(rule, text), [
      ['zypperNoTerminal', 1, 22, 'zypper install'], ['zypperNoTerminal', 1, 51, 'zypper dup'], ['zypperNoTerminal', 2, 4, 'zypper in'],
    ]);
    assert.strictEqual(fixed(rule, text), df('FROM opensuse/leap:15.6', 'RUN zypper refresh && zypper --non-interactive install curl && yes | zypper --non-interactive dup', 'RUN zypper --non-interactive in -n git'));
    assertMessagesFilled(rule, text);
  });

  it('stays silent on zypper with -n / --non-interactive before the command, -y / --no-confirm after it, and on commands that never ask', () => {
    assertClean(rule, df('FROM opensuse/tumbleweed', 'RUN zypper -n install curl && zypper --non-interactive dup && zypper -nq in git && zypper --root /x -n in y'));
    assertClean(rule, df('FROM opensuse/tumbleweed', 'RUN zypper install -y curl && zypper rm --no-confirm vim && zypper in -ly gcc'));
    assertClean(rule, df('FROM opensuse/tumbleweed', 'RUN zypper refresh && zypper clean -a && zypper lr && zypper search vim && zypper addrepo https://x/y.repo'));
  });
});
