import * as assert from 'assert';
import { preferExecForm as rule } from '../../../src/core/lint/rules/prefer-exec-form';
import { assertClean, assertMessagesFilled, fixed, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('prefer-exec-form', () => {
  it('reports shell-form CMD on its command and converts it exactly', () => {
    const text = df('FROM eclipse-temurin:21', 'CMD java -jar /app.jar');
    assert.deepStrictEqual(hits(rule, text), [['cmd', 1, 4, 'java -jar /app.jar']]);
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

  it('accepts exec form, `exec …`, and stages that chose a SHELL', () => {
    assertClean(rule, df('FROM node', 'CMD ["node", "server.js"]', 'ENTRYPOINT ["docker-entrypoint.sh"]'));
    assertClean(rule, df('FROM node', 'CMD exec node server.js'));
    assertClean(rule, df('FROM mcr.microsoft.com/powershell', 'SHELL ["pwsh", "-Command"]', 'CMD Write-Host hello'));
  });
});
