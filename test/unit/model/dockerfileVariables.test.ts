import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { isInScope, resolveFromImage, resolveVariable, variableValue, variablesInScope } from '../../../src/core/model/dockerfileVariables';
import { lineage, parentStage } from '../../../src/core/model/dockerfileStages';
import { undefinedVariable } from '../../../src/core/lint/rules/undefined-variable';
import { hits } from '../rules/dockerfileRuleHarness';

// One scope model for every surface. Each row: a Dockerfile, a line (0-based) where `$name` is
// used, and what Docker (BuildKit) expands it to there: a string, null (set, but the value is
// not in the file: --build-arg, BuildKit or the base image decides), or 'unset' (empty string).
// `source` is where the behaviour is written down.

const REF = 'https://docs.docker.com/reference/dockerfile/';
const VARS = 'https://docs.docker.com/build/building/variables/';
const CONVERT = 'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert.go';
const PLATFORM = 'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/platform.go';

interface Row {
  name: string;
  lines: string[];
  line: number;
  variable: string;
  value: string | null | 'unset';
  /** Whether `undefined-variable` may call it declared (the file declares it for that line). */
  declared: boolean;
  source: string;
}

const rows: Row[] = [
  {
    name: 'a global ARG on a FROM line',
    lines: ['ARG VERSION=3.20', 'FROM alpine:${VERSION}'],
    line: 1, variable: 'VERSION', value: '3.20', declared: true,
    source: `${REF}#understand-how-arg-and-from-interact`,
  },
  {
    name: 'a global ARG inside a stage without `ARG NAME`',
    lines: ['ARG VERSION=3.20', 'FROM scratch', 'LABEL v=$VERSION'],
    line: 2, variable: 'VERSION', value: 'unset', declared: false,
    source: `${VARS}#scoping`,
  },
  {
    name: 'a global ARG repeated without a value in the stage takes the global default',
    lines: ['ARG VERSION=3.20', 'FROM alpine', 'ARG VERSION', 'RUN echo $VERSION'],
    line: 3, variable: 'VERSION', value: '3.20', declared: true,
    source: `${REF}#understand-how-arg-and-from-interact`,
  },
  {
    name: 'an ARG is in effect only from its own line',
    lines: ['FROM scratch', 'USER ${username:-some_user}', 'ARG username=app', 'USER $username'],
    line: 1, variable: 'username', value: 'unset', declared: false,
    source: `${REF}#scope`,
  },
  {
    name: 'an ARG of a stage is inherited by a stage built FROM it',
    lines: ['FROM alpine AS base', 'ARG NAME=joe', 'FROM base AS build', 'RUN echo "hello $NAME!"'],
    line: 3, variable: 'NAME', value: 'joe', declared: true,
    source: `${VARS}#scoping`,
  },
  {
    name: 'an ENV of a stage is inherited by a stage built FROM it',
    lines: ['FROM alpine AS base', 'ENV APP=/app', 'FROM base', 'WORKDIR $APP'],
    line: 3, variable: 'APP', value: '/app', declared: true,
    source: `${VARS}#scoping`,
  },
  {
    name: 'an unrelated stage does not see another stage’s ARG',
    lines: ['FROM alpine AS a', 'ARG APP_DIR=/app', 'FROM alpine AS b', 'WORKDIR $APP_DIR'],
    line: 3, variable: 'APP_DIR', value: null, declared: false, // b is built on alpine: its env is not in the file
    source: `${REF}#scope`,
  },
  {
    name: 'the same in a stage FROM scratch: Docker leaves it unset',
    lines: ['FROM alpine AS a', 'ARG APP_DIR=/app', 'FROM scratch AS b', 'WORKDIR $APP_DIR'],
    line: 3, variable: 'APP_DIR', value: 'unset', declared: false,
    source: `${REF}#scope`,
  },
  {
    name: 'a platform ARG on a FROM line is set by BuildKit',
    lines: ['FROM --platform=$BUILDPLATFORM golang:1.22'],
    line: 0, variable: 'BUILDPLATFORM', value: null, declared: true,
    source: `${REF}#automatic-platform-args-in-the-global-scope`,
  },
  {
    name: 'a platform ARG inside a stage needs `ARG TARGETARCH`',
    lines: ['FROM scratch', 'COPY app-$TARGETARCH /app'],
    line: 1, variable: 'TARGETARCH', value: 'unset', declared: false,
    source: `${REF}#automatic-platform-args-in-the-global-scope`,
  },
  {
    name: '`ARG TARGETARCH` brings the platform value into the stage',
    lines: ['FROM scratch', 'ARG TARGETARCH', 'COPY app-$TARGETARCH /app'],
    line: 2, variable: 'TARGETARCH', value: null, declared: true,
    source: `${REF}#automatic-platform-args-in-the-global-scope`,
  },
  {
    name: 'TARGETSTAGE is set by BuildKit too (not in the reference)',
    lines: ['ARG IMG=alpine', 'FROM $IMG', 'ARG TARGETSTAGE', 'LABEL stage=$TARGETSTAGE'],
    line: 3, variable: 'TARGETSTAGE', value: null, declared: true,
    source: PLATFORM,
  },
  {
    name: 'a proxy ARG is not expanded by Docker without an ARG line',
    lines: ['FROM scratch', 'ENV http_proxy=$HTTP_PROXY'],
    line: 1, variable: 'HTTP_PROXY', value: 'unset', declared: false,
    source: `${REF}#predefined-args`,
  },
  {
    name: 'an ENV does not see a variable set earlier on its own line',
    lines: ['FROM scratch', 'ENV abc=hello', 'ENV abc=bye def=$abc', 'ENV ghi=$abc'],
    line: 2, variable: 'abc', value: 'hello', declared: true,
    source: `${REF}#environment-replacement`,
  },
  {
    name: '… and the next instruction sees the new value',
    lines: ['FROM scratch', 'ENV abc=hello', 'ENV abc=bye def=$abc', 'ENV ghi=$abc'],
    line: 3, variable: 'abc', value: 'bye', declared: true,
    source: `${REF}#environment-replacement`,
  },
  {
    name: 'a value set on the same ENV line is not seen, on a continuation line either',
    lines: ['FROM scratch', 'ENV A=1 \\', '    B=$A'],
    line: 2, variable: 'A', value: 'unset', declared: false,
    source: `${REF}#environment-replacement`,
  },
  {
    name: 'the value of def, expanded when its ENV ran',
    lines: ['FROM scratch', 'ENV abc=hello', 'ENV abc=bye def=$abc', 'WORKDIR /$def'],
    line: 3, variable: 'def', value: 'hello', declared: true,
    source: `${REF}#environment-replacement`,
  },
  {
    name: 'ARG reads its names one by one: a later default sees an earlier one',
    lines: ['FROM scratch', 'ARG A=1 B=$A', 'WORKDIR /$B'],
    line: 2, variable: 'B', value: '1', declared: true,
    source: `${CONVERT} (dispatchArg)`,
  },
  {
    name: 'ENV after an ARG of the same name wins',
    lines: ['FROM ubuntu', 'ARG CONT_IMG_VER', 'ENV CONT_IMG_VER=v1.0.0', 'RUN echo $CONT_IMG_VER'],
    line: 3, variable: 'CONT_IMG_VER', value: 'v1.0.0', declared: true,
    source: `${REF}#using-arg-variables`,
  },
  {
    name: '`ENV X=${X:-default}` keeps a default when the ARG has none',
    lines: ['FROM ubuntu', 'ARG CONT_IMG_VER', 'ENV CONT_IMG_VER=${CONT_IMG_VER:-v1.0.0}', 'RUN echo $CONT_IMG_VER'],
    line: 3, variable: 'CONT_IMG_VER', value: null, declared: true, // --build-arg may set it
    source: `${REF}#using-arg-variables`,
  },
  {
    name: '`${VAR:-x}` of an unset name in a FROM line takes the word',
    lines: ['ARG TAG', 'FROM alpine:${TAG:-3.20}'],
    line: 1, variable: 'TAG', value: null, declared: true,
    source: `${REF}#environment-replacement`,
  },
  {
    name: 'quotes of an ARG default are removed, spaces kept',
    lines: ['FROM scratch', 'ARG GREETING="hello world"', 'LABEL g=$GREETING'],
    line: 2, variable: 'GREETING', value: 'hello world', declared: true,
    source: `${REF}#arg`,
  },
  {
    name: 'a single-quoted default is not expanded',
    lines: ['FROM scratch', "ARG LITERAL='$HOME'", 'LABEL l=$LITERAL'],
    line: 2, variable: 'LITERAL', value: '$HOME', declared: true,
    source: `${REF}#environment-replacement`,
  },
];

describe('model: Dockerfile variable scope (one model for hovers and rules)', () => {
  for (const row of rows) {
    it(`${row.name} (${row.source})`, () => {
      const doc = parseDockerfile(row.lines.join('\n'));
      const value = variableValue(doc, row.variable, row.line);
      assert.strictEqual(value === undefined ? 'unset' : value, row.value);
      assert.strictEqual(isInScope(doc, row.line, row.variable), row.declared);
      assert.strictEqual(variablesInScope(doc, row.line).has(row.variable), row.declared);
      const resolution = resolveVariable(doc, row.variable, row.line);
      assert.strictEqual(resolution.definition !== undefined || (row.declared && resolution.predefined), row.declared);
    });
  }

  it('resolves `${VAR:-x}` forms on FROM lines from the global ARGs', () => {
    const doc = parseDockerfile(['ARG TAG', 'ARG SET=3.19', 'FROM alpine:${TAG:-3.20}', 'FROM alpine:${SET:-3.20}', 'FROM alpine:${NONE:-edge}'].join('\n'));
    assert.strictEqual(resolveFromImage(doc, 'alpine:${TAG:-3.20}', 2), undefined, 'TAG has no default: --build-arg decides');
    assert.strictEqual(resolveFromImage(doc, 'alpine:${SET:-3.20}', 3), 'alpine:3.19');
    assert.strictEqual(resolveFromImage(doc, 'alpine:${NONE:-edge}', 4), 'alpine:edge');
  });

  it('finds the parent stage as BuildKit does: the last earlier stage of that name, after ARG expansion', () => {
    const doc = parseDockerfile([
      'ARG BASE=build',
      'FROM alpine AS build', // 0
      'ENV WHO=first',
      'FROM alpine AS build', // 1: a duplicate name (a warning in BuildKit); later FROMs use this one
      'ENV WHO=second',
      'FROM build AS test', // 2
      'LABEL who=$WHO',
      'FROM ${BASE} AS viaArg', // 3
      'FROM Build AS upper', // 4: compared as written: not the stage
      'FROM later AS early', // 5: a stage defined after it is not a parent
      'FROM alpine AS later', // 6
    ].join('\n'));
    assert.strictEqual(parentStage(doc, doc.stages[2])?.index, 1, CONVERT);
    assert.strictEqual(variableValue(doc, 'WHO', 6), 'second');
    assert.strictEqual(variableValue(doc, 'BASE', 6), null, 'a global ARG is not seen in the stage (the base image may set it)');
    assert.strictEqual(parentStage(doc, doc.stages[3])?.index, 1);
    assert.strictEqual(parentStage(doc, doc.stages[4]), undefined);
    assert.strictEqual(parentStage(doc, doc.stages[5]), undefined);
    assert.deepStrictEqual(lineage(doc, doc.stages[3]).map((s) => s.index), [3, 1]);
  });

  it('undefined-variable agrees with the model on the inherited ARG and the same-line ENV', () => {
    const rule = undefinedVariable;
    assert.deepStrictEqual(hits(rule, ['FROM scratch AS base', 'ARG NAME=joe', 'FROM base', 'LABEL who=$NAME'].join('\n')), []);
    assert.deepStrictEqual(hits(rule, ['FROM scratch', 'ENV A=1 B=$A'].join('\n')).map((h) => h[0]), ['sameEnv'], 'reported, with the message that says why: one ENV is expanded with the values before it');
  });
});
