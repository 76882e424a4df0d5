import * as assert from 'assert';
import { noPrivileged } from '../../../src/core/lint/rules/no-privileged';
import { check } from '../../helpers/ruleHarness';

describe('no-privileged', () => {
  it('valid: false, absent, or outside a service', () => {
    assert.deepStrictEqual(check(noPrivileged, 'services:\n  a:\n    privileged: false\n  b:\n    image: x\nx-privileged: true\n'), []);
  });
  it('flags `privileged: true` on the key and value', () => {
    const found = check(noPrivileged, 'services:\n  dind:\n    image: docker:27-dind\n    privileged: true\n');
    assert.deepStrictEqual(found.map((f) => [f.at, f.id, f.text, f.data.service]), [[[3, 4, 3, 20], 'privileged', 'privileged: true', 'dind']]);
  });
});
