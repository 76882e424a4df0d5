import * as assert from 'assert';
import { useraddLargeUid as rule } from '../../../src/core/lint/rules/useradd-large-uid';
import { useraddGrowsLogs } from '../../../src/core/knowledge/baseImages';
import { parseImageReference } from '../../../src/core/model/imageReference';
import { assertClean, assertMessagesFilled, fixed, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('useradd-large-uid', () => {
  it('reports useradd with a UID from 100000 up and no -l, on the useradd word, with the lastlog size', () => {
    const text = df('FROM ubuntu:22.04', 'RUN groupadd -g 1000 app && useradd -u 1000000 -g app -m app');
    assert.deepStrictEqual(hits(rule, text), [['growsLogs', 1, 28, 'useradd']]);
    const [r] = reportsOf(rule, text);
    assert.deepStrictEqual(r.data, { uid: '1000000', size: '292MB', image: 'ubuntu:22.04' });
    assertMessagesFilled(rule, text);
  });

  it('reads every way of writing the UID: --uid N, --uid=N, -uN, a bundle ending in u', () => {
    for (const args of ['--uid 123456', '--uid=123456', '-u123456', '-mu 123456', '-m -s /bin/bash --uid 123456']) {
      assert.strictEqual(hits(rule, df('FROM debian:bullseye', `RUN useradd ${args} app`)).length, 1, args);
    }
  });

  it('shows gigabytes for directory-service UIDs', () => {
    const [r] = reportsOf(rule, df('FROM debian:11', 'RUN useradd -u 1553201121 dev'));
    assert.strictEqual(r.data?.size, '453.5GB');
  });

  it('stays silent when the base image\'s release is not known: no guessed "may grow" (brief rulefacts item 1)', () => {
    for (const image of ['registry.example.com/base:1', 'rockylinux:9', 'node:20.1.0', 'myorg/node:16', 'node:16@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef']) {
      assertClean(rule, df(`FROM ${image}`, 'RUN useradd --uid 200000 svc'));
    }
  });

  it('reports on an end-of-life official tag whose last build is on an old release (node:16 → buster)', () => {
    const text = df('FROM node:16', 'RUN useradd -u 1000000 app');
    assert.deepStrictEqual(hits(rule, text), [['growsLogs', 1, 4, 'useradd']]);
    assertMessagesFilled(rule, text);
  });

  it('adds -l after useradd (a quick fix, not applied on its own)', () => {
    const text = df('FROM ubuntu:20.04', 'RUN useradd -u 300000 -m app');
    assert.strictEqual(fixed(rule, text), df('FROM ubuntu:20.04', 'RUN useradd -l -u 300000 -m app'));
    assert.notStrictEqual(reportsOf(rule, text)[0].fixes?.[0].safe, true);
  });

  it('adds "-l" as its own JSON string in the exec form, so the array stays JSON', () => {
    const text = df('FROM ubuntu:20.04', 'RUN ["useradd","-u","150000","h"]');
    assert.strictEqual(fixed(rule, text), df('FROM ubuntu:20.04', 'RUN ["useradd", "-l","-u","150000","h"]'));
    const spaced = df('FROM ubuntu:20.04', 'RUN [ "useradd" , "-u", "150000", "h" ]');
    assert.strictEqual(fixed(rule, spaced), df('FROM ubuntu:20.04', 'RUN [ "useradd", "-l" , "-u", "150000", "h" ]'));
  });

  it('takes a prefix of --no-log-init that getopt_long accepts (--no-log, --no-l) as -l', () => {
    assertClean(rule, df('FROM ubuntu:22.04', 'RUN useradd --no-log -u 1000000 a && useradd --no-l -u 1000000 b && useradd --no-log-i -u 1000000 c'));
    assert.strictEqual(hits(rule, df('FROM ubuntu:22.04', 'RUN useradd --no -u 1000000 a')).length, 1);
  });

  it('stays silent on a UID useradd refuses (above 2^32 − 2), and reports the largest it takes', () => {
    assertClean(rule, df('FROM ubuntu:22.04', 'RUN useradd -u 4294967295 a && useradd -u 99999999999 b'));
    assert.strictEqual(hits(rule, df('FROM ubuntu:22.04', 'RUN useradd -u 4294967294 a')).length, 1);
  });

  it('stays silent with -l / --no-log-init / l in a bundle, small or unknown UIDs, and no UID', () => {
    assertClean(rule, df('FROM ubuntu:22.04', 'RUN useradd -l -u 1000000 app', 'RUN useradd --no-log-init --uid 1000001 b', 'RUN useradd -lmu 1000002 c', 'RUN useradd -ml -u 1000003 d'));
    assertClean(rule, df('FROM ubuntu:22.04', 'RUN useradd -u 1000 app && useradd --uid 99999 b'));
    assertClean(rule, df('FROM ubuntu:22.04', 'ARG UID', 'RUN useradd -u "$UID" app && useradd --uid=${UID} b'));
    assertClean(rule, df('FROM ubuntu:22.04', 'RUN useradd -m app && useradd -g 1000000 c'));
  });

  it('does not take another option\'s value for the UID (-g 1000000, -c 123456)', () => {
    assertClean(rule, df('FROM ubuntu:22.04', 'RUN useradd -g 1000000 -c 123456 --shell /bin/sh app'));
  });

  it('stays silent on images whose useradd writes nothing past the end of lastlog (shadow 4.13+)', () => {
    for (const image of ['debian:bookworm', 'debian:12-slim', 'ubuntu:24.04', 'ubuntu:noble', 'node:22-bookworm', 'python:3.13-slim-trixie', 'node:20', 'python:3.12', 'docker.io/library/ubuntu:24.04']) {
      assertClean(rule, df(`FROM ${image}`, 'RUN useradd -u 1000000 app'));
    }
  });

  it('stays silent in a stage that does not end up in the image', () => {
    assertClean(rule, df('FROM ubuntu:22.04 AS build', 'RUN useradd -u 1000000 b', 'FROM scratch', 'COPY --from=build /etc/passwd /etc/passwd'));
  });
});

describe('useraddGrowsLogs (knowledge)', () => {
  const cases: [string, boolean | undefined][] = [
    ['ubuntu:22.04', true], ['ubuntu:jammy', true], ['ubuntu:20.04', true], ['debian:bullseye-slim', true], ['debian:11.9', true], ['node:18-bullseye', true],
    ['ubuntu:24.04', false], ['ubuntu', false], ['debian:bookworm', false], ['debian:13', false], ['python:3.12-bookworm', false],
    ['ubuntu:23.04', undefined], ['rockylinux:9', undefined], ['registry.access.redhat.com/ubi9/ubi', undefined], ['myorg/ubuntu:22.04', undefined],
    // Docker Hub's spellings of an official image: docker.io/library/x, docker.io/x, index.docker.io/library/x.
    ['docker.io/library/ubuntu:24.04', false], ['docker.io/library/ubuntu:22.04', true], ['docker.io/ubuntu:20.04', true], ['index.docker.io/library/debian:11', true],
    ['ghcr.io/library/node:20', undefined],
  ];
  for (const [image, expected] of cases) {
    it(`${image} → ${String(expected)}`, () => assert.strictEqual(useraddGrowsLogs(parseImageReference(image)), expected));
  }
});

// Tags that name no release: the release docker-library builds them on, from
// github.com/docker-library/official-images/blob/37079fb336f572a88700cf32e5e1f6be54a04e8f/library/<image>
// (entries' Tags/SharedTags → Directory), or for a tag gone from that commit its last entry there
// (node 16: commit 972aa11199^, Directory 16/buster; python 3.6: 045ef8272d^, 3.6/bullseye;
// golang 1.18: ef0fb959c2^, 1.18/bullseye; eclipse-temurin 20: 2a176a2535^, 20/jdk/ubuntu/jammy;
// node 20: 72eb59dfa9^, 20/bookworm).
describe('useraddGrowsLogs (official images\' tags without a release name)', () => {
  const cases: [string, boolean | undefined, string][] = [
    ['node:20', false, 'bookworm (last node 20 entry)'], ['node:20-slim', false, 'bookworm-slim'], ['node:22', false, 'bookworm'],
    ['node', false, 'latest: trixie'], ['node:lts', false, 'bookworm'], ['node:iron', false, 'bookworm'],
    ['node:16', true, 'buster'], ['node:14', true, 'buster'],
    ['python:3.12', false, 'trixie'], ['python:3.12-slim', false, 'slim-trixie'], ['python:3.10-slim', false, 'slim-trixie'], ['python:3.7', false, 'bookworm'], ['python:3.6', true, 'bullseye'],
    ['ruby:3.1', false, 'bookworm'], ['ruby:2.7', true, 'bullseye'],
    ['golang:1.22', false, 'bookworm'], ['golang:1.18', true, 'bullseye'],
    ['php:8.3-fpm', false, 'trixie/fpm'], ['php:7.4-apache', true, 'bullseye/apache'],
    ['eclipse-temurin:21', false, 'ubuntu/resolute (26.04)'], ['eclipse-temurin:17-jre', false, 'ubuntu/resolute'], ['eclipse-temurin:20', true, 'ubuntu/jammy'],
    ['rust:1.70', true, 'bullseye'],
    // Not known: an old full version (built before the default moved), a digest (any build), another namespace.
    ['node:20.1.0', undefined, 'full version gone from the file'], ['node:16@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', undefined, 'digest'],
    ['myorg/node:20', undefined, 'not official'], ['mysql:8', undefined, 'image not in the table'],
  ];
  for (const [image, expected, why] of cases) {
    it(`${image} → ${String(expected)} (${why})`, () => assert.strictEqual(useraddGrowsLogs(parseImageReference(image)), expected));
  }
});

