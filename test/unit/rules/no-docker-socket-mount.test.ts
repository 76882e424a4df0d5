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
});
