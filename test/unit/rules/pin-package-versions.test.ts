import * as assert from 'assert';
import { pinPackageVersions as rule } from '../../../src/core/lint/rules/pin-package-versions';
import { allRules } from '../../../src/core/lint/rules';
import { presetRules } from '../../../src/core/lint/config/presets';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import type { Report } from '../../../src/core/lint/types';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

function withOptions(text: string, options: Record<string, unknown>): string[] {
  const out: Report[] = [];
  rule.check({ doc: parseDockerfile(text), options, report: (r) => out.push(r) });
  return out.map((r) => String(r.data?.name));
}

describe('pin-package-versions', () => {
  it('is off in recommended and learner, a warning in strict (per-preset severity from the rule meta)', () => {
    assert.strictEqual(presetRules('docker-explain:recommended', allRules)['pin-package-versions'].severity, 'off');
    assert.strictEqual(presetRules('docker-explain:strict', allRules)['pin-package-versions'].severity, 'warning');
    assert.strictEqual(presetRules('docker-explain:learner', allRules)['pin-package-versions'].severity, 'off');
    // Other rules keep the derived severities.
    assert.strictEqual(presetRules('docker-explain:strict', allRules)['no-sudo'].severity, 'error');
  });

  it('reports each unpinned package of apt, apk, pip, npm and gem, on the package word', () => {
    const text = df(
      'FROM debian:bookworm',
      'RUN apt-get install -y --no-install-recommends curl git=1:2.39.5-0+deb12u1',
      'RUN apk add --no-cache --virtual .deps gcc musl-dev=1.2.4-r2',
      'RUN pip install --no-cache-dir -r requirements.txt flask requests==2.32.3 "django>=4.2"',
      'RUN python3 -m pip install uvicorn',
      'RUN npm install -g typescript pnpm@9.1.0 @angular/cli @nestjs/cli@10.0.0',
      'RUN gem install bundler rails:7.1.3',
    );
    assert.deepStrictEqual(hits(rule, text), [
      ['unpinned', 1, 47, 'curl'],
      ['unpinned', 2, 39, 'gcc'],
      ['unpinned', 3, 51, 'flask'],
      ['unpinned', 4, 27, 'uvicorn'],
      ['unpinned', 5, 19, 'typescript'],
      ['unpinned', 5, 41, '@angular/cli'],
      ['unpinned', 6, 16, 'bundler'],
    ]);
    assertMessagesFilled(rule, text);
  });

  it('stays silent on local files, URLs, requirement and constraint files, -v for gem, bare npm install and $ words', () => {
    assertClean(rule, df('FROM python:3.12', 'RUN pip install -r requirements.txt . ./pkg.whl -e ./src git+https://example.com/x.git'));
    assertClean(rule, df('FROM python:3.12', 'RUN pip install -c constraints.txt flask'));
    assertClean(rule, df('FROM node:20', 'RUN npm install && npm ci && npm install ./local-pkg'));
    assertClean(rule, df('FROM ruby:3.3', 'RUN gem install bundler -v 2.5.6'));
    assertClean(rule, df('FROM debian:bookworm', 'RUN apt-get install -y $PACKAGES ./local.deb && apt-get update'));
  });

  it('checks only the managers named in the managers option', () => {
    const text = df('FROM debian:bookworm', 'RUN apt-get install -y curl && pip install flask');
    assert.deepStrictEqual(withOptions(text, { managers: ['pip'] }), ['flask']);
    assert.deepStrictEqual(withOptions(text, {}), ['curl', 'flask']);
  });
});

describe('pin-package-versions: yum, dnf, microdnf and zypper (hadolint DL3033, DL3041, DL3037)', () => {
  it('reports names with no version at all, naming the hadolint id per manager', () => {
    const text = df(
      'FROM rockylinux:9',
      'RUN yum install -y httpd && dnf install -y --setopt=install_weak_deps=False git gcc-c++',
      'RUN microdnf install -y tar',
      'RUN zypper -n install --from oss -t package curl && zypper -n in -l vim',
    );
    assert.deepStrictEqual(hits(rule, text).map((h) => h[3]), ['httpd', 'git', 'gcc-c++', 'tar', 'curl', 'vim']);
    assert.deepStrictEqual(reportsManagers(text), ['yum, hadolint DL3033', 'dnf, hadolint DL3041', 'dnf, hadolint DL3041', 'dnf, hadolint DL3041', 'zypper, hadolint DL3037', 'zypper, hadolint DL3037']);
    assertMessagesFilled(rule, text);
  });

  it('stays silent on name-version words (the version may be part of the name), =/>=/< versions, .rpm files, groups, modules, capabilities and patterns', () => {
    assertClean(rule, df('FROM rockylinux:9', 'RUN yum install -y httpd-2.4.57 java-17-openjdk python3-3.9.18-1.el9 ./local.rpm @development "perl(JSON::PP)"'));
    assertClean(rule, df('FROM rockylinux:9', 'RUN dnf module install -y nodejs:20 && dnf groupinstall -y "Development Tools" && dnf install -y $PKGS'));
    assertClean(rule, df('FROM opensuse/leap:15.6', "RUN zypper -n in curl=8.6.0 'vim>=9' libxml2-2-2.10.3 pattern:devel_basis && zypper -n in -t pattern devel_C_C++"));
  });

  it('the managers option takes yum, dnf and zypper', () => {
    const text = df('FROM rockylinux:9', 'RUN dnf install -y git && zypper -n in curl && yum install -y make');
    assert.deepStrictEqual(withOptions(text, { managers: ['zypper'] }), ['curl']);
    assert.deepStrictEqual(withOptions(text, { managers: ['dnf', 'yum'] }), ['git', 'make']);
  });

  it('reports go install/run/get with a moving query (@latest, @master …) on the module word, named without the query (DL3062)', () => {
    const text = df(
      'FROM golang:1.23',
      'RUN go install golang.org/x/tools/gopls@latest github.com/go-delve/delve/cmd/dlv@v1.23.1',
      'RUN go run github.com/swaggo/swag/cmd/swag@master init -g main.go',
    );
    assert.deepStrictEqual(hits(rule, text), [
      ['movingVersion', 1, 15, 'golang.org/x/tools/gopls@latest'],
      ['movingVersion', 2, 11, 'github.com/swaggo/swag/cmd/swag@master'],
    ]);
    assert.deepStrictEqual(withOptions(text, { managers: ['go'] }), ['golang.org/x/tools/gopls', 'github.com/swaggo/swag/cmd/swag']);
    assertMessagesFilled(rule, text);
  });

  it('says a Go query such as @latest is a moving version, not a missing one, and skips a word with no module (go install @latest)', () => {
    const text = df('FROM golang:1.23', 'RUN go install golang.org/x/tools/gopls@latest && go install @latest');
    const reports = reportsOf(rule, text);
    assert.deepStrictEqual(reports.map((r) => [r.messageId, r.data?.name, r.data?.query]), [['movingVersion', 'golang.org/x/tools/gopls', 'latest']]);
    assertMessagesFilled(rule, text);
  });

  it('stays silent on go install with no version (outside a module it fails; inside, go.mod pins it), local paths, versions and $ words', () => {
    assertClean(rule, df('FROM golang:1.23', 'WORKDIR /src', 'COPY . .', 'RUN go install ./cmd/... && go install . && go install github.com/a/b/cmd/tool'));
    assertClean(rule, df('FROM golang:1.23', 'RUN go install -ldflags "-s -w" github.com/a/b@v1.2.3 && go get example.com/m@v0.4.0'));
    assertClean(rule, df('FROM golang:1.23', 'ARG V=v1.0.0', 'RUN go install github.com/a/b@${V} && go run example.com/gen@v1.0.0 -out latest'));
  });
});

function reportsManagers(text: string): string[] {
  const out: Report[] = [];
  rule.check({ doc: parseDockerfile(text), options: {}, report: (r) => out.push(r) });
  return out.map((r) => String(r.data?.manager));
}
