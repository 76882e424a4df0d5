import * as assert from 'assert';
import { validExecForm as rule } from '../../../src/core/lint/rules/valid-exec-form';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('valid-exec-form', () => {
  it('reports single quotes, on the whole array, and fixes them', () => {
    const text = df('FROM node', "CMD ['node', 'server.js']");
    assert.deepStrictEqual(hits(rule, text), [['singleQuotes', 1, 4, "['node', 'server.js']"]]);
    assert.strictEqual(fixed(rule, text), df('FROM node', 'CMD ["node", "server.js"]'));
    assertMessagesFilled(rule, text);
  });

  it('reports typographic quotes and a trailing comma', () => {
    assert.deepStrictEqual(hits(rule, df('FROM node', 'ENTRYPOINT [\u201cnode\u201d, \u201cserver.js\u201d]')).map((h) => h[0]), ['smartQuotes']);
    const trailing = df('FROM node', 'CMD ["node", "server.js",]');
    assert.deepStrictEqual(hits(rule, trailing), [['notJson', 1, 4, '["node", "server.js",]']]);
    assert.strictEqual(fixed(rule, trailing), df('FROM node', 'CMD ["node", "server.js"]'));
  });

  it('reports a missing comma without offering a guess', () => {
    assert.deepStrictEqual(hits(rule, df('FROM node', 'HEALTHCHECK CMD ["curl" "-f" "http://localhost/"]')).map((h) => h.slice(0, 3)), [['notJson', 1, 16]]);
    assert.strictEqual(fixed(rule, df('FROM node', 'CMD ["a" "b"]')), df('FROM node', 'CMD ["a" "b"]'));
  });

  it('accepts valid JSON and shell tests that start with [', () => {
    assertClean(rule, df('FROM node', 'CMD [ "npm", "start" ]', 'RUN [ -f /etc/os-release ] && cat /etc/os-release', 'RUN [ "$(uname -m)" = "x86_64" ] || echo other', 'HEALTHCHECK CMD [ -f /tmp/healthy ]', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]'));
  });
});
