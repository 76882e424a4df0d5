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
    assert.deepStrictEqual(check(noUndefinedService, 'include:\n  - other.yaml\nservices:\n  a:\n    image: a:1\n    depends_on: [db]\n'), []);
    assert.deepStrictEqual(check(noUndefinedService, 'services:\n  a:\n    image: a:1\n    depends_on: ["${DB}"]\n'), []);
  });

  it('flags each kind of reference on the name itself', () => {
    const text = `services:
  database:
    image: postgres:17
  web:
    image: example/web:2
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
        [[5, 17, 5, 24], 'databse', 'undefinedSimilar', 'depends_on'],
        [[7, 20, 7, 24], 'data', 'undefined', 'volumes_from'],
        [[6, 13, 6, 18], 'redis', 'undefined', 'links'],
        [[10, 15, 10, 19], 'base', 'undefined', 'extends.service'],
        [[8, 27, 8, 30], 'vpn', 'undefined', 'network_mode'],
      ],
    );
    assert.strictEqual(found[0].data.suggestion, 'database');
  });

  it('silent in an override fragment (a service without image, build or extends): the rest of the project is in another file', () => {
    const override = 'services:\n  web:\n    depends_on: [db]\n    volumes: ["data:/data"]\n    networks: [back]\n';
    assert.deepStrictEqual(check(noUndefinedService, override), []);
  });
});
