import * as assert from 'assert';
import { noDuplicateContainerName } from '../../../src/core/lint/rules/no-duplicate-container-name';
import { check } from '../../helpers/ruleHarness';

describe('no-duplicate-container-name', () => {
  const valid = [
    'services:\n  a:\n    container_name: web\n  b:\n    container_name: api\n',
    'services:\n  a:\n    image: x\n  b:\n    image: x\n',
    'services:\n  a:\n    container_name: ""\n  b:\n    container_name: ""\n',
  ];
  for (const text of valid) it(`valid: ${JSON.stringify(text)}`, () => assert.deepStrictEqual(check(noDuplicateContainerName, text), []));

  it('flags the second service, on the name, naming the first', () => {
    const found = check(noDuplicateContainerName, 'services:\n  a:\n    container_name: web\n  b:\n    container_name: "web"\n  c:\n    container_name: ${P}_db\n  d:\n    container_name: ${P}_db\n');
    assert.deepStrictEqual(
      found.map((f) => [f.at, f.text, f.data.otherService, f.data.otherLine]),
      [
        [[4, 20, 4, 25], '"web"', 'a', 3],
        [[8, 20, 8, 27], '${P}_db', 'c', 7],
      ],
    );
  });
});
