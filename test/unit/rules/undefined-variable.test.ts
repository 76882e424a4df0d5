import * as assert from 'assert';
import { undefinedVariable as rule } from '../../../src/core/lint/rules/undefined-variable';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('undefined-variable', () => {
  it('reports a global ARG used in a stage without being repeated there, on the $VAR', () => {
    const text = df('ARG VERSION=1.2', 'FROM alpine:$VERSION', 'COPY app-${VERSION}.tar /opt/');
    assert.deepStrictEqual(hits(rule, text), [['redeclare', 2, 9, '${VERSION}']]);
    assertMessagesFilled(rule, text);
  });

  it('knows the automatic platform ARGs: global on FROM lines, to be repeated inside a stage', () => {
    assertClean(rule, df('FROM --platform=$BUILDPLATFORM golang:1.22 AS build', 'ARG TARGETOS TARGETARCH', 'ENV GOOS=$TARGETOS GOARCH=$TARGETARCH'));
    assert.deepStrictEqual(hits(rule, df('FROM alpine', 'LABEL arch=$TARGETARCH')), [['redeclare', 1, 11, '$TARGETARCH']]);
  });

  it('leaves FROM lines to undefined-arg-in-from (BuildKit reports them as UndefinedArgInFrom, not UndefinedVar)', () => {
    assert.deepStrictEqual(hits(rule, df('FROM node:$NODE_VERSION', 'ARG NODE_VERSION=20')), []);
  });

  it('reports an ARG of another stage, and one-letter typos of names in scope', () => {
    const text = df('FROM alpine AS a', 'ARG APP_DIR=/app', 'FROM alpine AS b', 'WORKDIR $APP_DIR', 'ARG RELEASE=1', 'LABEL release=$RELEASEE');
    assert.deepStrictEqual(hits(rule, text), [
      ['otherScope', 3, 8, '$APP_DIR'],
      ['typo', 5, 14, '$RELEASEE'],
    ]);
    assert.strictEqual(reportsOf(rule, text)[1].data?.suggestion, 'RELEASE');
  });

  it('reports anything undefined in a stage built FROM scratch', () => {
    assert.deepStrictEqual(hits(rule, df('FROM scratch', 'COPY $BINARY /app')), [['undefined', 1, 5, '$BINARY']]);
  });

  it('stays silent where Docker does not expand, or the value may come from the base image', () => {
    assertClean(rule, df(
      'FROM python:3.12',
      'ENV PATH=/opt/venv/bin:$PATH',
      'WORKDIR $HOME/app',
      'RUN echo $UNDEFINED_IN_SHELL',
      'CMD echo $ALSO_SHELL',
      "LABEL note='$literal' other=\\$escaped",
      'COPY ${SRC:-.} /app',
      'ONBUILD COPY $CHILD_ARG /x',
      'ENV http_proxy=$HTTP_PROXY',
    ));
  });

  it('sees ENV inherited from a parent stage and ARG defaults', () => {
    assertClean(rule, df('FROM alpine AS base', 'ENV APP=/app', 'FROM base', 'WORKDIR $APP', 'ARG B=$APP'));
    assertClean(rule, df('ARG BASE=alpine', 'FROM ${BASE}', 'ARG BASE', 'LABEL base=$BASE'));
  });

  // convert.go dispatchArg sets each ARG name before expanding the next; the Dockerfile reference
  // (environment replacement: `ENV abc=bye def=$abc` gives def=hello) expands one ENV with the values before it.
  it('knows a name set earlier in the same ARG, and says an ENV value cannot see its own line', () => {
    assertClean(rule, df('FROM scratch', 'ARG A=1 B=$A', 'ARG C=x D=${C}-y'));
    assertClean(rule, df('FROM alpine AS base', 'ARG VERSION=1', 'FROM base AS child', 'RUN echo $VERSION'));
    const text = df('FROM alpine', 'ENV A=1 B=$A');
    assert.deepStrictEqual(hits(rule, text), [['sameEnv', 1, 10, '$A']]);
    assertMessagesFilled(rule, text);
    // Set before the ENV: B gets the earlier value, which the author can see; nothing to say.
    assertClean(rule, df('FROM alpine', 'ENV A=0', 'ENV A=1 B=$A'));
    // Used before its own declaration on the line: an ordinary undefined name.
    assert.deepStrictEqual(hits(rule, df('FROM scratch', 'ARG B=$A A=1')).map((h) => h[0]), ['otherScope']);
  });

  it('leaves ARG lines before the first FROM alone, as BuildKit does (buildMetaArgs expands them without reporting UndefinedVar)', () => {
    assertClean(rule, df('ARG BASE=${REGISTRY}/node', 'ARG TAG', 'FROM ${BASE}:${TAG:-20}', 'RUN echo ok'));
  });
});
