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

  // BuildKit expands ADD's words with its shell lexer (instructions/commands.go SourcesAndDest.Expand):
  // quotes go, so a quoted URL is still downloaded.
  it('reads sources without their quotes: a quoted URL or archive is what ADD is for, and never becomes a COPY', () => {
    const text = df('FROM alpine', 'ADD "https://example.com/tool.tgz" /opt/', "ADD 'https://example.com/a' /a", 'ADD "rootfs.tar.xz" /', 'ADD h\\ttps://example.com/b /b');
    assertClean(rule, text);
    assert.strictEqual(fixed(rule, text), text);
  });

  it('still reports a quoted plain file, and names the source without quotes', () => {
    const text = df('FROM alpine', 'ADD "my file.txt" /app/');
    assert.deepStrictEqual(hits(rule, text), [['useCopy', 1, 0, 'ADD']]);
  });

  // solver/llbsolver/file/unpack.go isArchivePath: a local tar, plain or gzip/bzip2/xz/zstd, is unpacked.
  it('treats names compressed with gzip, bzip2, xz or zstd as possible archives, and others as plain files', () => {
    assertClean(rule, df('FROM alpine', 'ADD data.gz /opt/', 'ADD data.bz2 /opt/', 'ADD data.xz /opt/', 'ADD data.zst /opt/', 'ADD data.tb2 /opt/'));
    for (const name of ['notes.txt', 'app.zip', 'data.tar.lz']) {
      assert.deepStrictEqual(hits(rule, df('FROM alpine', `ADD ${name} /opt/`)).map((h) => h[0]), ['useCopy'], name);
    }
  });

  it('keeps backslashes of a Windows Dockerfile (escape=`) when reading sources', () => {
    assert.deepStrictEqual(hits(rule, df('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'ADD C:\\src\\app.gz C:\\app\\')), []);
  });
});
