import * as assert from 'assert';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { pragmaIds } from '../../../src/core/lint/suppressions';

function rulesAt(text: string, kind: 'compose' | 'dockerfile') {
  return lintDocument(parseDocument(text, kind)).map((d) => `${d.range.start.line}:${d.rule}`);
}

describe('inline pragmas', () => {
  it('disable-next-line: named rules only, skipping comments and blank lines, reason after --', () => {
    const text = 'services:\n  a:\n    # docker-explain-disable-next-line no-privileged -- DinD runner\n\n    privileged: true\n    image: nginx\n  b:\n    privileged: true\n';
    assert.deepStrictEqual(rulesAt(text, 'compose'), ['5:require-image-tag', '7:no-privileged']);
  });

  it('disable-next-line without ids switches off every rule for that line', () => {
    assert.deepStrictEqual(rulesAt('services:\n  a:\n    # docker-explain-disable-next-line\n    image: nginx\n', 'compose'), []);
  });

  it('disable … enable: a block, per rule or for all', () => {
    const text = [
      'services:',
      '  # docker-explain-disable require-image-tag',
      '  a:',
      '    image: nginx', // 3: off
      '  # docker-explain-enable require-image-tag',
      '  b:',
      '    image: redis', // 6: on
      '  # docker-explain-disable',
      '  c:',
      '    image: mongo', // 9: off (all)
      '    privileged: true', // 10: off (all)
      '  # docker-explain-enable',
      '  d:',
      '    image: mysql', // 13: on
      '',
    ].join('\n');
    assert.deepStrictEqual(rulesAt(text, 'compose'), ['6:require-image-tag', '13:require-image-tag']);
  });

  it('disable-line: the pragma after code on the same line', () => {
    assert.deepStrictEqual(rulesAt('services:\n  a:\n    image: nginx # docker-explain-disable-line require-image-tag\n', 'compose'), []);
  });

  it('in a Dockerfile the next-line pragma covers the whole next instruction', () => {
    const text = 'ARG X=1\n# docker-explain-disable-next-line require-image-tag\nFROM \\\n  ubuntu\nFROM debian\n';
    assert.deepStrictEqual(rulesAt(text, 'dockerfile').filter((r) => r.endsWith('require-image-tag')), ['4:require-image-tag']);
  });

  it('hadolint ignore=DL3006 silences require-image-tag (its equivalent) on the next instruction; global ignore for the file', () => {
    assert.deepStrictEqual(rulesAt('# hadolint ignore=DL3006,DL3059\nFROM ubuntu\nFROM debian\n', 'dockerfile').filter((r) => r.endsWith('require-image-tag')), ['2:require-image-tag']);
    assert.deepStrictEqual(rulesAt('# hadolint global ignore=DL3006\nFROM ubuntu\nFROM debian\n', 'dockerfile').filter((r) => r.endsWith('require-image-tag')), []);
    // DL3006 and DL3007 are both require-image-tag: either code switches the rule off for that line.
    assert.deepStrictEqual(rulesAt('# hadolint ignore=DL3007\nFROM ubuntu\n', 'dockerfile').filter((r) => r.endsWith('require-image-tag')), []);
  });

  it('pragmaIds finds each rule id with its columns (for hovers and the grammar)', () => {
    assert.deepStrictEqual(pragmaIds('    # docker-explain-disable-next-line no-privileged, yaml-syntax -- why'), [
      { id: 'no-privileged', start: 39, end: 52, hadolint: false },
      { id: 'yaml-syntax', start: 54, end: 65, hadolint: false },
    ]);
    assert.deepStrictEqual(pragmaIds('# hadolint ignore=DL3006,DL3008'), [
      { id: 'DL3006', start: 18, end: 24, hadolint: true },
      { id: 'DL3008', start: 25, end: 31, hadolint: true },
    ]);
  });
});
