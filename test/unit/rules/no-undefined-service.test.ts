import * as assert from 'assert';
import { noUndefinedService } from '../../../src/core/lint/rules/no-undefined-service';
import { check } from '../../helpers/ruleHarness';

describe('no-undefined-service', () => {
  it('valid: every reference resolves', () => {
    const text = `services:
  db:
    image: postgres:17
  web:
    depends_on: [db]
    links: ["db:database"]
    volumes_from: ["db:ro", "container:other"]
    network_mode: "service:db"
    extends: db
  worker:
    depends_on:
      db:
        condition: service_healthy
      cache:
        condition: service_started
        required: false
    extends:
      file: common.yaml
      service: base
`;
    assert.deepStrictEqual(check(noUndefinedService, text), []);
  });

  it('silent when the file includes other Compose files, or with ${VARS}', () => {
    assert.deepStrictEqual(check(noUndefinedService, 'include:\n  - other.yaml\nservices:\n  a:\n    depends_on: [db]\n'), []);
    assert.deepStrictEqual(check(noUndefinedService, 'services:\n  a:\n    depends_on: ["${DB}"]\n'), []);
  });

  it('flags each kind of reference on the name itself', () => {
    const text = `services:
  database:
    image: postgres:17
  web:
    depends_on: [databse]
    links: ["redis:cache"]
    volumes_from: ["data:ro"]
    network_mode: "service:vpn"
    extends:
      service: base
`;
    const found = check(noUndefinedService, text);
    assert.deepStrictEqual(
      found.map((f) => [f.at, f.text, f.id, f.data.key]),
      [
        [[4, 17, 4, 24], 'databse', 'undefinedSimilar', 'depends_on'],
        [[6, 20, 6, 24], 'data', 'undefined', 'volumes_from'],
        [[5, 13, 5, 18], 'redis', 'undefined', 'links'],
        [[9, 15, 9, 19], 'base', 'undefined', 'extends.service'],
        [[7, 27, 7, 30], 'vpn', 'undefined', 'network_mode'],
      ],
    );
    assert.strictEqual(found[0].data.suggestion, 'database');
  });
});
