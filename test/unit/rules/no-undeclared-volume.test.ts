import * as assert from 'assert';
import { noUndeclaredVolume } from '../../../src/core/lint/rules/no-undeclared-volume';
import { check } from '../../helpers/ruleHarness';

describe('no-undeclared-volume', () => {
  it('valid: declared names, host paths, anonymous volumes, variables, tmpfs', () => {
    const text = `services:
  db:
    volumes:
      - pgdata:/var/lib/postgresql/data
      - ./init:/docker-entrypoint-initdb.d:ro
      - ~/.cache:/root/.cache
      - /var/log
      - \${DATA}:/data
      - type: volume
        source: pgdata
        target: /backup
      - type: tmpfs
        target: /tmp
volumes:
  pgdata:
`;
    assert.deepStrictEqual(check(noUndeclaredVolume, text), []);
  });

  it('flags an undeclared name on the source, short and long syntax', () => {
    const text = `services:
  db:
    image: postgres:17
    volumes:
      - "pgdat:/var/lib/postgresql/data"
      - type: volume
        source: logs
        target: /logs
volumes:
  pgdata: {}
`;
    const found = check(noUndeclaredVolume, text);
    assert.deepStrictEqual(found.map((f) => [f.at, f.text, f.id]), [
      [[4, 9, 4, 14], 'pgdat', 'undeclaredSimilar'],
      [[6, 16, 6, 20], 'logs', 'undeclared'],
    ]);
    assert.strictEqual(found[0].data.suggestion, 'pgdata');
  });

  it('leaves invalid names to valid-volume-spec (one report per mistake)', () => {
    assert.deepStrictEqual(check(noUndeclaredVolume, 'services:\n  web:\n    volumes: ["usr/html:/usr/share/nginx/html"]\n'), []);
  });

  it('silent in an override fragment (a service without image, build or extends): the rest of the project is in another file', () => {
    const override = 'services:\n  web:\n    depends_on: [db]\n    volumes: ["data:/data"]\n    networks: [back]\n';
    assert.deepStrictEqual(check(noUndeclaredVolume, override), []);
  });
});
