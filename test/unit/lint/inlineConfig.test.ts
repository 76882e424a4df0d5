import * as assert from 'assert';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { lintDocument } from '../../../src/core/lint/engine';

// `inlineConfig: false` (CLI `--no-inline-config`, hadolint's `--disable-ignore-pragma`): a
// team that allows no in-file silencing gets every finding, whatever the file's comments say.
// BuildKit's `# check=error=true` still raises severities: it only makes the build stricter.

/** [what, Dockerfile text, rule id it hides] */
const CASES: [string, string, string][] = [
  ['our next-line comment', '# docker-explain-disable-next-line require-image-tag\nFROM node\n', 'require-image-tag'],
  ['our block comment', '# docker-explain-disable require-image-tag\nFROM node\n', 'require-image-tag'],
  ['hadolint ignore', '# hadolint ignore=DL3006\nFROM node\n', 'require-image-tag'],
  ['hadolint global ignore', '# hadolint global ignore=DL3006\nFROM node\n', 'require-image-tag'],
  ['BuildKit check=skip for the file', '# check=skip=FromAsCasing\nFROM node:20 as build\n', 'from-as-casing'],
];

describe('inline config off (--no-inline-config)', () => {
  for (const [what, text, rule] of CASES) {
    it(`${what}: obeyed by default, ignored when inline config is off`, () => {
      const doc = parseDocument(text, 'dockerfile');
      assert.deepStrictEqual(lintDocument(doc).filter((d) => d.rule === rule), [], 'the comment hides it by default');
      assert.strictEqual(lintDocument(doc, { inlineConfig: false }).filter((d) => d.rule === rule).length, 1);
    });
  }

  it('check=error=true still makes the finding an error', () => {
    const doc = parseDocument('# check=error=true\nFROM node:20 as build\n', 'dockerfile');
    assert.deepStrictEqual(lintDocument(doc, { inlineConfig: false }).filter((d) => d.rule === 'from-as-casing').map((d) => d.severity), ['error']);
  });
});
