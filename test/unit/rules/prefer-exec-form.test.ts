import * as assert from 'assert';
import { preferExecForm as rule } from '../../../src/core/lint/rules/prefer-exec-form';
import { assertClean, assertMessagesFilled, fixed, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('prefer-exec-form', () => {
  it('reports shell-form CMD on its command and converts it exactly', () => {
    const text = df('FROM eclipse-temurin:21', 'CMD java -jar /app.jar');
    assert.deepStrictEqual(hits(rule, text), [['cmdDepends', 1, 4, 'java -jar /app.jar']]);
    assert.strictEqual(fixed(rule, text), df('FROM eclipse-temurin:21', 'CMD ["java", "-jar", "/app.jar"]'));
    assertMessagesFilled(rule, text);
  });

  it('keeps quoted words as one argument', () => {
    assert.strictEqual(fixed(rule, df('FROM nginx', "CMD nginx -g 'daemon off;'")), df('FROM nginx', 'CMD ["nginx", "-g", "daemon off;"]'));
  });

  it('reports but does not convert what JSON cannot express: operators, variables, globs, builtins', () => {
    for (const cmd of ['python manage.py migrate && gunicorn app', 'node $ENTRY', 'ls *.txt', 'cd /app', 'echo hi > /tmp/x', 'source env.sh']) {
      const reports = reportsOf(rule, df('FROM node', `CMD ${cmd}`));
      assert.strictEqual(reports.length, 1, cmd);
      assert.deepStrictEqual(reports[0].fixes, [], cmd);
    }
  });

  it('does not convert a shell-form ENTRYPOINT when the stage has a CMD (the CMD would become its arguments)', () => {
    const reports = reportsOf(rule, df('FROM node', 'ENTRYPOINT node server.js', 'CMD ["--port", "80"]'));
    assert.deepStrictEqual(reports.map((r) => [r.messageId, r.fixes?.length]), [['entrypoint', 0]]);
    assert.strictEqual(fixed(rule, df('FROM node', 'ENTRYPOINT node server.js')), df('FROM node', 'ENTRYPOINT ["node", "server.js"]'));
  });

  it('says what the model says about PID 1: Debian dash stays, Alpine ash execs, unknown images depend', () => {
    const debian = reportsOf(rule, df('FROM debian:bookworm', 'CMD myapp --serve'));
    assert.deepStrictEqual(debian.map((r) => r.messageId), ['cmd']);
    const alpine = reportsOf(rule, df('FROM alpine:3.20', 'CMD myapp --serve'));
    assert.deepStrictEqual(alpine.map((r) => r.messageId), ['cmdExecs']);
    const unknown = reportsOf(rule, df('FROM example.com/base:1', 'ENTRYPOINT myapp'));
    assert.deepStrictEqual(unknown.map((r) => r.messageId), ['entrypointDepends']);
    for (const text of [df('FROM debian:bookworm', 'CMD myapp --serve'), df('FROM alpine:3.20', 'CMD myapp'), df('FROM example.com/base:1', 'ENTRYPOINT myapp')]) assertMessagesFilled(rule, text);
  });

  it('finding 6: no report on a CMD that a shell-form ENTRYPOINT ignores (the ENTRYPOINT is reported)', () => {
    const reports = reportsOf(rule, df('FROM debian', 'ENTRYPOINT top -b', 'CMD echo hi'));
    assert.deepStrictEqual(reports.map((r) => r.messageId), ['entrypoint']);
  });

  it('finding 7: `ENTRYPOINT exec myapp` is the fix, not a problem', () => {
    assertClean(rule, df('FROM debian', 'ENTRYPOINT exec myapp --serve'));
  });

  it('accepts exec form, `exec …`, and stages that chose a SHELL', () => {
    assertClean(rule, df('FROM node', 'CMD ["node", "server.js"]', 'ENTRYPOINT ["docker-entrypoint.sh"]'));
    assertClean(rule, df('FROM node', 'CMD exec node server.js'));
    assertClean(rule, df('FROM mcr.microsoft.com/powershell', 'SHELL ["pwsh", "-Command"]', 'CMD Write-Host hello'));
  });

  it('says nothing about a shell-form HEALTHCHECK (not PID 1; BuildKit checks only CMD and ENTRYPOINT)', () => {
    assertClean(rule, df('FROM nginx:1.27', 'HEALTHCHECK --interval=30s CMD curl -fs http://localhost/ || exit 1', 'CMD ["nginx", "-g", "daemon off;"]'));
  });
});
