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
      [[3, 9, 3, 14], 'pgdat', 'undeclaredSimilar'],
      [[5, 16, 5, 20], 'logs', 'undeclared'],
    ]);
    assert.strictEqual(found[0].data.suggestion, 'pgdata');
  });

  it('leaves invalid names to valid-volume-spec (one report per mistake)', () => {
    assert.deepStrictEqual(check(noUndeclaredVolume, 'services:\n  web:\n    volumes: ["usr/html:/usr/share/nginx/html"]\n'), []);
  });
});
