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

  it('shell scripts and Markdown: reaches the command-side check of the same rule', () => {
    const shell = check(noPrivileged, 'docker run --privileged nginx:1.27\n', 'shell');
    assert.ok(shell.length >= 1, 'no report for the docker command');
    assert.ok(shell.every((f) => f.id.startsWith('command') && f.at[0] === 0));
    assert.ok(shell.some((f) => f.text.includes('--privileged')), shell.map((f) => f.text).join(', '));
    assert.strictEqual(check(noPrivileged, '```sh\ndocker run --privileged nginx:1.27\n```\n', 'markdown').length, shell.length);
  });
});
