import * as assert from 'assert';
import { noUndeclaredSecret } from '../../../src/core/lint/rules/no-undeclared-secret';
import { check } from '../../helpers/ruleHarness';
import { checkInProject } from '../../helpers/projectHarness';

// compose-go v2.13.0 loader/validate.go: `service "web" refers to undefined secret x` and
// `… undefined build secret x`; declarations count from every file of the project.
describe('no-undeclared-secret', () => {
  const valid: [string, string][] = [
    ['short and long syntax, declared', 'services:\n  web:\n    image: x:1\n    secrets:\n      - db_password\n      - source: api_key\n        target: key\nsecrets:\n  db_password:\n    file: ./db.txt\n  api_key:\n    environment: API_KEY\n'],
    ['a build secret, declared', 'services:\n  web:\n    build:\n      context: .\n      secrets: [npmrc]\nsecrets:\n  npmrc:\n    file: ~/.npmrc\n'],
    ['a variable name is not knowable', 'services:\n  web:\n    image: x:1\n    secrets: ["${SECRET_NAME}"]\n'],
    ['an override file alone: the base file may declare it', 'services:\n  web:\n    secrets: [db_password]\n'],
  ];
  for (const [name, text] of valid) it(`valid: ${name}`, () => assert.deepStrictEqual(check(noUndeclaredSecret, text), []));

  it('flags an undeclared service secret and an undeclared build secret, with did you mean', () => {
    const text = 'services:\n  web:\n    image: x:1\n    secrets:\n      - db_pasword\n      - source: token\n    build:\n      context: .\n      secrets: [npmrc]\nsecrets:\n  db_password:\n    file: ./db.txt\n';
    const found = check(noUndeclaredSecret, text);
    assert.deepStrictEqual(
      found.map((f) => [f.id, f.text, f.at[0]]),
      [
        ['undeclaredSimilar', 'db_pasword', 4],
        ['undeclared', 'token', 5],
        ['undeclaredBuild', 'npmrc', 8],
      ],
    );
    assert.strictEqual(found[0].data.suggestion, 'db_password');
    assert.strictEqual(found[1].data.service, 'web');
  });

  it('project-aware: an override file uses the base file declaration; a name declared nowhere is reported in the override', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  web:\n    image: x:1\nsecrets:\n  db_password:\n    file: ./db.txt\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    secrets: [db_password, other]\n',
    };
    const found = checkInProject(noUndeclaredSecret, files, ['/p/compose.yaml', '/p/compose.override.yaml'], '/p/compose.override.yaml');
    assert.deepStrictEqual(found.map((f) => [f.id, f.text]), [['undeclared', 'other']]);
  });

  it('project-aware: a secret declared in an included file counts', () => {
    const files = {
      '/p/compose.yaml': 'include: [db/compose.yaml]\nservices:\n  web:\n    image: x:1\n    secrets: [db_password]\n',
      '/p/db/compose.yaml': 'services:\n  db:\n    image: postgres:17\nsecrets:\n  db_password:\n    file: ./db.txt\n',
    };
    assert.deepStrictEqual(checkInProject(noUndeclaredSecret, files, ['/p/compose.yaml']), []);
  });
});
