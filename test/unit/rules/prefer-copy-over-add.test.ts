import * as assert from 'assert';
import { preferCopyOverAdd as rule } from '../../../src/core/lint/rules/prefer-copy-over-add';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('prefer-copy-over-add', () => {
  it('reports ADD of plain local files on the keyword and fixes it to COPY', () => {
    const text = df('FROM node', 'ADD --chown=node package.json src/ /app/');
    assert.deepStrictEqual(hits(rule, text), [['useCopy', 1, 0, 'ADD']]);
    assert.strictEqual(fixed(rule, text), df('FROM node', 'COPY --chown=node package.json src/ /app/'));
    assertMessagesFilled(rule, text);
  });

  it('reports the JSON form too', () => {
    assert.deepStrictEqual(hits(rule, df('FROM node', 'ADD ["my file.txt", "/app/"]')).map((h) => h[0]), ['useCopy']);
  });

  it('accepts what only ADD does: URLs, git, tar archives, ADD-only flags; and globs or variables that might be archives', () => {
    assertClean(rule, df(
      'FROM alpine',
      'ADD https://example.com/tool.tgz /opt/',
      'ADD git@github.com:moby/buildkit.git /src',
      'ADD rootfs.tar.xz /',
      'ADD app.tgz /app/',
      'ADD --checksum=sha256:abc https://example.com/a /a',
      'ADD *.tar.gz /opt/',
      'ADD $ARCHIVE /opt/',
    ));
  });
});
