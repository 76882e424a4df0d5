import * as assert from 'assert';
import { noDockerSocketMount } from '../../../src/core/lint/rules/no-docker-socket-mount';
import { check } from '../../helpers/ruleHarness';

describe('no-docker-socket-mount', () => {
  it('valid: other paths, a volume named docker.sock is not the socket', () => {
    assert.deepStrictEqual(check(noDockerSocketMount, 'services:\n  a:\n    volumes: ["./docker.sock:/x", "/var/run/other.sock:/y"]\n'), []);
  });
  it('flags the socket on the source, short (with :ro) and long syntax', () => {
    const text = `services:
  traefik:
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
  portainer:
    volumes:
      - type: bind
        source: /run/docker.sock
        target: /var/run/docker.sock
`;
    const found = check(noDockerSocketMount, text);
    assert.deepStrictEqual(found.map((f) => [f.at, f.text, f.data.service]), [
      [[3, 8, 3, 28], '/var/run/docker.sock', 'traefik'],
      [[7, 16, 7, 32], '/run/docker.sock', 'portainer'],
    ]);
  });

  it('shell scripts and Markdown: reaches the command-side check of the same rule', () => {
    const shell = check(noDockerSocketMount, 'docker run -v /var/run/docker.sock:/var/run/docker.sock portainer/portainer-ce:2.21.0\n', 'shell');
    assert.ok(shell.length >= 1, 'no report for the docker command');
    assert.ok(shell.every((f) => f.id.startsWith('command') && f.at[0] === 0));
    assert.ok(shell.some((f) => f.text.includes('/var/run/docker.sock')), shell.map((f) => f.text).join(', '));
    assert.strictEqual(check(noDockerSocketMount, '```sh\ndocker run -v /var/run/docker.sock:/var/run/docker.sock portainer/portainer-ce:2.21.0\n```\n', 'markdown').length, shell.length);
  });

  // R13: rootless and Desktop sockets, and use_api_socket (compose-spec schema: "Bind mount Docker API socket and required auth").
  it('R13: rootless/Desktop socket paths and `use_api_socket: true`', () => {
    const text = 'services:\n  a:\n    volumes:\n      - ${XDG_RUNTIME_DIR}/docker.sock:/var/run/docker.sock\n      - /run/user/1000/docker.sock:/var/run/docker.sock\n      - ~/.docker/run/docker.sock:/var/run/docker.sock\n  b:\n    use_api_socket: true\n';
    const found = check(noDockerSocketMount, text);
    assert.deepStrictEqual(found.map((f) => f.id), ['socket', 'socket', 'socket', 'apiSocket']);
  });

});
