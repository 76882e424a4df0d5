import * as assert from 'assert';
import { check } from '../../../helpers/ruleHarness';
import { checkCommands, commandMessages } from '../../../../src/core/lint/rules/commands/no-docker-socket-mount';
import { commandRule } from './harness';

const rule = commandRule('no-docker-socket-mount', checkCommands, commandMessages);

describe('no-docker-socket-mount (docker commands)', () => {
  it('reports -v /var/run/docker.sock on the host path', () => {
    const found = check(rule, 'docker run -d -v /var/run/docker.sock:/var/run/docker.sock:ro portainer', 'shell');
    assert.deepStrictEqual(found.map((f) => [f.id, f.text, f.at]), [['command-socket', '/var/run/docker.sock', [0, 17, 0, 37]]]);
  });
  it('reports --mount type=bind,source=/run/docker.sock', () => {
    const found = check(rule, 'docker run --mount type=bind,source=/run/docker.sock,target=/var/run/docker.sock x', 'shell');
    assert.deepStrictEqual(found.map((f) => f.data.source), ['/run/docker.sock']);
  });
  it('leaves other mounts alone', () => {
    assert.deepStrictEqual(check(rule, 'docker run -v /var/run:/host-run -v sock:/var/run/docker.sock x', 'shell'), []);
  });
  it('reads Markdown bash fences', () => {
    const found = check(rule, '```bash\ndocker run -v /var/run/docker.sock:/var/run/docker.sock x\n```\n', 'markdown');
    assert.deepStrictEqual(found.map((f) => f.at), [[1, 14, 1, 34]]);
  });
});
