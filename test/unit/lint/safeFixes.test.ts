import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { allRules } from '../../../src/core/lint/rules';

// Which fixes `--fix` and the editor's fix-all may apply without a person looking (Fix.safe).
// Safe: what Docker builds and runs stays the same and there is one way to apply it. A fix that
// changes the image (adding ‘--no-cache’, ‘-y’, ‘/’ after a COPY destination), its metadata
// (MAINTAINER → LABEL), how a process starts (exec form) or needs a choice (a new name or port)
// is a quick fix only.
const SAFE_RULES = [
  'consistent-instruction-casing',
  'expose-proto-casing',
  'from-as-casing',
  'legacy-env-format',
  'no-empty-continuation',
  'no-obsolete-version',
  'quote-port-mapping',
  'redundant-target-platform',
  'stage-name-casing',
];

/** [rule id, file kind, text, whether its fix is safe] */
const CASES: [string, 'dockerfile' | 'compose', string, boolean][] = [
  ['consistent-instruction-casing', 'dockerfile', 'FROM a\nRUN x\nrun y\n', true],
  ['expose-proto-casing', 'dockerfile', 'FROM a\nEXPOSE 80/TCP\n', true],
  ['from-as-casing', 'dockerfile', 'FROM a as b\n', true],
  ['legacy-env-format', 'dockerfile', 'FROM a\nENV A 1\n', true],
  ['no-empty-continuation', 'dockerfile', 'FROM a\nRUN a \\\n\n  b\n', true],
  ['redundant-target-platform', 'dockerfile', 'FROM --platform=$TARGETPLATFORM a\n', true],
  ['stage-name-casing', 'dockerfile', 'FROM a AS Build\n', true],
  ['no-obsolete-version', 'compose', 'version: "3"\nservices:\n  a:\n    image: x:1\n', true],
  ['quote-port-mapping', 'compose', 'services:\n  a:\n    image: x:1\n    ports:\n      - 22:22\n', true],
  ['prefer-exec-form', 'dockerfile', 'FROM a\nCMD node server.js\n', false],
  ['apt-get-assume-yes', 'dockerfile', 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends a && apt-get install b && rm -rf /var/lib/apt/lists/*\n', false],
  ['no-maintainer', 'dockerfile', 'FROM a\nMAINTAINER me\n', false],
  ['copy-dest-directory', 'dockerfile', 'FROM a\nCOPY a b /app\n', false],
];

describe('safe fixes (Fix.safe)', () => {
  for (const [rule, file, text, safe] of CASES) {
    it(`${rule}: its fix is ${safe ? 'safe' : 'a quick fix only'}`, () => {
      const doc = parseDocument(text, file);
      const found = lintDocument(doc).filter((d) => d.rule === rule && d.fixes.length > 0);
      assert.ok(found.length > 0, `${rule} gave no fix for ${JSON.stringify(text)}`);
      for (const d of found) for (const f of d.fixes) assert.strictEqual(f.safe === true, safe, `${rule}: ${f.title}`);
    });
  }

  it('only the listed rules mark fixes safe, and each of them is fixable', () => {
    const dir = path.join(__dirname, '../../../../src/core/lint/rules');
    const marking = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && /\bsafe: true\b/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    assert.deepStrictEqual(marking.map((f) => f.replace(/\.ts$/, '')).sort(), [...SAFE_RULES].sort());
    for (const id of SAFE_RULES) {
      const rule = allRules.find((r) => r.meta.id === id);
      assert.ok(rule?.meta.fixable, `${id} is not a fixable rule`);
      assert.ok(CASES.some(([r, , , s]) => r === id && s), `${id} has no case above`);
    }
  });
});
