import * as assert from 'assert';
import { noObsoleteVersion } from '../../../src/core/lint/rules/no-obsolete-version';
import { applyEdits, check } from '../../helpers/ruleHarness';

describe('no-obsolete-version', () => {
  it('valid: no top-level version (a service key named version is fine)', () => {
    assert.deepStrictEqual(check(noObsoleteVersion, 'services:\n  a:\n    image: x\n    labels:\n      version: "1"\n'), []);
  });
  it('flags the top-level version and its fix removes the whole line', () => {
    const text = 'version: "3.8"\nservices:\n  a:\n    image: nginx:1.27\n';
    const found = check(noObsoleteVersion, text);
    assert.deepStrictEqual(found.map((f) => [f.at, f.id, f.data.value]), [[[0, 0, 0, 14], 'obsolete', '3.8']]);
    const fix = found[0].report.fixes?.[0];
    assert.ok(fix);
    assert.strictEqual(applyEdits(text, fix.edits), 'services:\n  a:\n    image: nginx:1.27\n');
  });
  it('finds version after services too', () => {
    const found = check(noObsoleteVersion, 'services:\n  a:\n    image: x\nversion: \'2\'\n');
    assert.deepStrictEqual(found.map((f) => f.at), [[3, 0, 3, 12]]);
  });
});
