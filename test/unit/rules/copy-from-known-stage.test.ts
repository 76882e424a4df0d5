import * as assert from 'assert';
import { copyFromKnownStage as rule } from '../../../src/core/lint/rules/copy-from-known-stage';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('copy-from-known-stage', () => {
  it('reports a stage copying from itself, by name or by index', () => {
    const text = df('FROM node AS build', 'COPY --from=build /a /b', 'FROM nginx', 'COPY --from=1 /x /y');
    assert.deepStrictEqual(hits(rule, text), [
      ['self', 1, 12, 'build'],
      ['self', 3, 12, '1'],
    ]);
    assertMessagesFilled(rule, text);
  });

  it('reports an index past the last stage', () => {
    assert.deepStrictEqual(hits(rule, df('FROM node', 'FROM nginx', 'COPY --from=5 /a /b')), [['indexMissing', 2, 12, '5']]);
  });

  it('reports a near-miss of a stage name as a typo', () => {
    const text = df('FROM node AS builder', 'RUN npm ci', 'FROM nginx', 'COPY --from=buidler /app/dist /usr/share/nginx/html');
    assert.deepStrictEqual(hits(rule, text), [['typo', 3, 12, 'buidler']]);
    assert.strictEqual(reportsOf(rule, text)[0].data?.suggestion, 'builder');
  });

  it('accepts earlier stages by name (any case) or index, images, and RUN --mount from a stage', () => {
    assertClean(rule, df('FROM node AS build', 'FROM nginx', 'COPY --from=BUILD /a /b', 'COPY --from=0 /a /b', 'COPY --from=gloursdocker/docker / /', 'COPY --from=nginx:1.27 /etc/nginx /etc/nginx', 'COPY --from=busybox /bin/sh /sh', 'RUN --mount=type=bind,from=build,target=/src ls /src'));
  });

  // BuildKit v0.32.2 dockerfile2llb/convert.go toCommand (since Dockerfile 1.18.0, commit 07f5b3a) and
  // instructions/commands_runmount.go: --from and a mount's from= are never expanded.
  it('reports a variable in --from or in a mount from=: BuildKit never expands it and the build stops', () => {
    const text = df('ARG SRC=build', 'FROM node AS build', 'FROM nginx', 'ARG SRC', 'COPY --from=$SRC /a /b', 'COPY --from=${SRC} /a /b', 'RUN --mount=type=bind,from=$SRC,target=/s ls');
    assert.deepStrictEqual(hits(rule, text), [
      ['variable', 4, 12, '$SRC'],
      ['variable', 5, 12, '${SRC}'],
      ['variableMount', 6, 27, '$SRC'],
    ]);
    assert.strictEqual(reportsOf(rule, text)[0].data?.name, 'SRC');
    // (The harness would take the file's own `${SRC}` for an unfilled placeholder.)
    assertMessagesFilled(rule, df('FROM node AS build', 'FROM nginx', 'ARG SRC', 'COPY --from=$SRC /a /b', 'RUN --mount=type=bind,from=$SRC,target=/s ls'));
  });

  // convert.go dispatch: "cannot copy from stage %q, it needs to be defined before current stage %q";
  // convert_runmount.go: "cannot mount from stage %q to %q, stage needs to be defined before current command"
  // (dockerfile_multistage_test.go testOutOfOrderStage).
  it('reports --from a stage defined later; a stage the final one does not need is at most a warning', () => {
    const text = df('FROM busybox AS target', 'COPY --from=build / /out', 'RUN --mount=type=bind,from=build,target=/b ls', 'FROM alpine AS build', 'FROM target');
    assert.deepStrictEqual(hits(rule, text), [['later', 1, 12, 'build'], ['later', 2, 27, 'build']]);
    const reports = reportsOf(rule, text);
    assert.strictEqual(reports[0].data?.line, 4);
    assert.strictEqual(reports[0].data?.error, 'cannot copy from stage "build", it needs to be defined before current stage "target"');
    assert.strictEqual(reports[0].maxSeverity, undefined, 'the final stage is built from target: every build fails');
    assertMessagesFilled(rule, text);
    const unused = reportsOf(rule, df('FROM busybox AS tools', 'COPY --from=2 / /out', 'FROM alpine AS app', 'FROM alpine AS build'));
    assert.deepStrictEqual(unused.map((r) => [r.messageId, r.maxSeverity]), [['later', 'warning']]);
  });

  // validations.go validateCircularDependency (convert_test.go TestDockerfileCircularDependencies).
  it('reports stages that copy from each other in a loop, on the reference that points forward', () => {
    const text = df('FROM busybox AS stage0', 'COPY --from=stage2 f1 /sub/', 'FROM busybox AS stage1', 'COPY --from=stage0 f2 /sub/', 'FROM busybox AS stage2', 'COPY --from=stage1 f2 /sub/');
    assert.deepStrictEqual(hits(rule, text), [['cycle', 1, 12, 'stage2']]);
    assert.strictEqual(reportsOf(rule, text)[0].data?.path, 'stage0 → stage2 → stage1 → stage0');
    assertMessagesFilled(rule, text);
  });

  it('reports a typo in RUN --mount from=', () => {
    assert.deepStrictEqual(hits(rule, df('FROM golang AS builder', 'FROM alpine', 'RUN --mount=type=bind,from=bulder,target=/src ls')), [['typo', 2, 27, 'bulder']]);
  });
});
