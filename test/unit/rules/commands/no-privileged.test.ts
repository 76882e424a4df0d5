import * as assert from 'assert';
import { check } from '../../../helpers/ruleHarness';
import { checkCommands, commandMessages } from '../../../../src/core/lint/rules/commands/no-privileged';
import { commandRule } from './harness';

const rule = commandRule('no-privileged', checkCommands, commandMessages);

describe('no-privileged (docker commands)', () => {
  it('reports --privileged on docker run, on the flag', () => {
    const found = check(rule, 'docker run -d --privileged docker:dind', 'shell');
    assert.deepStrictEqual(found.map((f) => [f.id, f.text, f.at, f.data.command]), [['command-privileged', '--privileged', [0, 14, 0, 26], 'docker run']]);
  });
  it('reports docker exec --privileged', () => {
    assert.deepStrictEqual(check(rule, 'docker exec --privileged web sh', 'shell').map((f) => f.data.command), ['docker exec']);
  });
  it('accepts --privileged=false and commands without it', () => {
    assert.deepStrictEqual(check(rule, 'docker run --privileged=false x\ndocker run --cap-add NET_ADMIN x', 'shell'), []);
  });
  it('does not read --privileged in the container command after the image', () => {
    assert.deepStrictEqual(check(rule, 'docker run img mytool --privileged', 'shell'), []);
  });
});
