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

  it('stays silent on commands that never ask (clean, makecache, list, info) and on other package managers', () => {
    assertClean(rule, df('FROM fedora:41', 'RUN dnf clean all && yum makecache && dnf list installed && microdnf install git'));
  });
});
