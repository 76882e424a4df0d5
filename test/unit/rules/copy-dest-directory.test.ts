import * as assert from 'assert';
import { copyDestDirectory as rule } from '../../../src/core/lint/rules/copy-dest-directory';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('copy-dest-directory', () => {
  it('reports several sources copied to a destination without /, on the destination, and adds the /', () => {
    const text = df('FROM node:22', 'COPY package.json package-lock.json /app', 'ADD --chown=1000 a.txt b.txt ./out');
    assert.deepStrictEqual(hits(rule, text), [['notDirectory', 1, 36, '/app'], ['notDirectory', 2, 29, './out']]);
    assert.strictEqual(fixed(rule, text), df('FROM node:22', 'COPY package.json package-lock.json /app/', 'ADD --chown=1000 a.txt b.txt ./out/'));
    assertMessagesFilled(rule, text);
  });

  it('resolves the destination from ARG defaults', () => {
    assert.deepStrictEqual(hits(rule, df('FROM alpine', 'ARG DEST=/opt/app', 'COPY a b $DEST')).map((h) => h[3]), ['$DEST']);
  });

  it('stays silent on one source, a destination ending in / or ".", unknown variables, JSON form and heredocs', () => {
    assertClean(rule, df('FROM alpine', 'COPY a.txt /app', 'COPY a b /app/', 'COPY a b .', 'ARG D', 'COPY a b $D', 'COPY ["a", "b", "/app"]', 'COPY <<EOF <<EOT /x', 'a', 'EOF', 'b', 'EOT'));
    assertClean(rule, df('FROM alpine', 'ARG D=/opt/', 'COPY a b ${D}'));
  });
});
