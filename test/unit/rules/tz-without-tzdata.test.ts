import * as assert from 'assert';
import { tzWithoutTzdata as rule } from '../../../src/core/lint/rules/tz-without-tzdata';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

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
});
