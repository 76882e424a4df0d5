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

  it('says "may" when the base image is not known, and names the releases that grow the file', () => {
    const text = df('FROM registry.example.com/base:1', 'RUN useradd --uid 200000 svc');
    assert.deepStrictEqual(hits(rule, text), [['mayGrowLogs', 1, 4, 'useradd']]);
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
    for (const image of ['debian:bookworm', 'debian:12-slim', 'ubuntu:24.04', 'ubuntu:noble', 'node:22-bookworm', 'python:3.13-slim-trixie']) {
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
    ['ubuntu:23.04', undefined], ['rockylinux:9', undefined], ['registry.access.redhat.com/ubi9/ubi', undefined], ['myorg/ubuntu:22.04', undefined], ['node:22', undefined],
  ];
  for (const [image, expected] of cases) {
    it(`${image} → ${String(expected)}`, () => assert.strictEqual(useraddGrowsLogs(parseImageReference(image)), expected));
  }
});
