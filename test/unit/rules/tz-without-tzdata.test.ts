import * as assert from 'assert';
import { tzWithoutTzdata as rule } from '../../../src/core/lint/rules/tz-without-tzdata';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('tz-without-tzdata', () => {
  it('reports TZ=Asia/Seoul on Ubuntu and Alpine images that never install tzdata, on the TZ pair', () => {
    const ubuntu = df('FROM ubuntu:24.04', 'ENV TZ=Asia/Seoul', 'CMD ["date"]');
    assert.deepStrictEqual(hits(rule, ubuntu), [['missing', 1, 4, 'TZ=Asia/Seoul']]);
    assertMessagesFilled(rule, ubuntu);
    const alpine = df('FROM alpine:3.20', 'ENV LANG=C.UTF-8 TZ="Asia/Seoul"');
    assert.deepStrictEqual(hits(rule, alpine), [['missing', 1, 17, 'TZ="Asia/Seoul"']]);
  });

  it('follows the base through a stage and reads the value through ARG', () => {
    assert.deepStrictEqual(hits(rule, df('FROM ubuntu:22.04 AS base', 'ARG ZONE=Asia/Seoul', 'FROM base', 'ARG ZONE=Asia/Seoul', 'ENV TZ=$ZONE')), [['missing', 4, 4, 'TZ=$ZONE']]);
  });

  it('stays silent when tzdata is installed anywhere in what the final image is built from, even after the ENV', () => {
    assertClean(rule, df('FROM ubuntu:24.04', 'ENV TZ=Asia/Seoul', 'RUN apt-get update && apt-get install -y --no-install-recommends tzdata'));
    assertClean(rule, df('FROM alpine:3.20', 'RUN apk add --no-cache tzdata=2024a-r0', 'ENV TZ=Asia/Seoul'));
    assertClean(rule, df('FROM alpine:3.20', 'COPY --from=golang:1.22 /usr/local/go/lib/time/zoneinfo.zip /', 'ENV TZ=Asia/Seoul ZONEINFO=/zoneinfo.zip'));
  });

  it('stays silent for images that ship tzdata or are not known, for UTC and for POSIX TZ strings', () => {
    assertClean(rule, df('FROM debian:bookworm-slim', 'ENV TZ=Asia/Seoul'));
    assertClean(rule, df('FROM python:3.12-slim', 'ENV TZ=Asia/Seoul'));
    assertClean(rule, df('FROM mycompany/base:1', 'ENV TZ=Asia/Seoul'));
    assertClean(rule, df('FROM gcr.io/distroless/base-debian12', 'ENV TZ=Asia/Seoul'));
    assertClean(rule, df('FROM ubuntu:24.04', 'ENV TZ=Etc/UTC', 'ENV TZ=UTC', 'ENV TZ=KST-9'));
    assertClean(rule, df('ARG BASE', 'FROM $BASE', 'ENV TZ=Asia/Seoul'));
  });

  // Brief rulefacts item 3. tzdata-legacy_2026f-0+deb13u1_all.deb (trixie): Priority optional, holds
  // usr/share/zoneinfo/ROK -> Asia/Seoul, US/Eastern -> ../America/New_York …; tzdata_2026f-0+deb13u1
  // holds Asia/Seoul but not ROK (dpkg-deb -f / -c). python 3.13/slim-trixie/Dockerfile installs tzdata only.
  it('reports an old zone name on Debian 13 (moved to tzdata-legacy), with the current name', () => {
    const text = df('FROM debian:trixie-slim', 'ENV TZ=ROK');
    assert.deepStrictEqual(hits(rule, text), [['legacyName', 1, 4, 'TZ=ROK']]);
    assertMessagesFilled(rule, text);
    const rows: [string, string, string][] = [
      ['debian:13', 'US/Eastern', 'America/New_York'],
      ['debian:trixie', 'Asia/Calcutta', 'Asia/Kolkata'],
      ['python:3.13-slim-trixie', 'Japan', 'Asia/Tokyo'],
      ['debian:13.2-slim', 'Europe/Kiev', 'Europe/Kyiv'],
      ['debian:trixie', 'CET', 'Europe/Brussels'],
    ];
    for (const [image, zone, current] of rows) {
      const found = reportsOfZone(df(`FROM ${image}`, `ENV TZ=${zone}`));
      assert.deepStrictEqual(found, [['legacyName', current]], `${image} ${zone}`);
    }
  });

  it('stays silent on Debian 13 for current names, UTC aliases, POSIX strings, and when tzdata-legacy or zoneinfo files come in', () => {
    for (const zone of ['Asia/Seoul', 'America/New_York', 'UTC', 'Etc/UTC', 'Universal', 'Zulu', 'UCT', 'GMT0', 'EST5EDT', 'KST-9']) {
      assertClean(rule, df('FROM debian:trixie', `ENV TZ=${zone}`));
    }
    assertClean(rule, df('FROM debian:trixie', 'ENV TZ=ROK', 'RUN apt-get update && apt-get install -y --no-install-recommends tzdata-legacy'));
    assertClean(rule, df('FROM debian:trixie', 'COPY --from=other /usr/share/zoneinfo/ROK /usr/share/zoneinfo/ROK', 'ENV TZ=ROK'));
  });

  it('stays silent on old names where the release is not Debian 13 or not known', () => {
    // bookworm's tzdata still has them; python:3.13 (buildpack-deps) and node:*-trixie were not checked; a tag with no release is not guessed.
    for (const image of ['debian:bookworm', 'debian:12-slim', 'debian:latest', 'python:3.13-trixie', 'python:3.13-slim', 'node:22-trixie-slim', 'python:3.12-slim-bookworm']) {
      assertClean(rule, df(`FROM ${image}`, 'ENV TZ=ROK'));
    }
  });
});

function reportsOfZone(text: string): [string, string][] {
  return reportsOf(rule, text).map((r) => [r.messageId, String(r.data?.current)]);
}
