import * as assert from 'assert';
import { noUndeclaredConfig } from '../../../src/core/lint/rules/no-undeclared-config';
import { check } from '../../helpers/ruleHarness';
import { checkInProject } from '../../helpers/projectHarness';

// compose-go v2.13.0 loader/validate.go: `service "web" refers to undefined config x`.
describe('no-undeclared-config', () => {
  const valid: [string, string][] = [
    ['short and long syntax, declared', 'services:\n  web:\n    image: nginx:1.27\n    configs:\n      - nginx_conf\n      - source: site\n        target: /etc/nginx/conf.d/site.conf\nconfigs:\n  nginx_conf:\n    file: ./nginx.conf\n  site:\n    content: "server {}"\n'],
    ['a variable name is not knowable', 'services:\n  web:\n    image: x:1\n    configs: ["${CONF}"]\n'],
    ['an override file alone', 'services:\n  web:\n    configs: [nginx_conf]\n'],
  ];
  for (const [name, text] of valid) it(`valid: ${name}`, () => assert.deepStrictEqual(check(noUndeclaredConfig, text), []));

  it('flags undeclared configs, short and long, with did you mean', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    configs:\n      - nginx_cnf\n      - source: missing\n        target: /x\nconfigs:\n  nginx_conf:\n    file: ./nginx.conf\n';
    const found = check(noUndeclaredConfig, text);
    assert.deepStrictEqual(found.map((f) => [f.id, f.text, f.at[0]]), [
      ['undeclaredSimilar', 'nginx_cnf', 4],
      ['undeclared', 'missing', 5],
    ]);
    assert.strictEqual(found[0].data.suggestion, 'nginx_conf');
  });

  it('project-aware across a base file and its override', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  web:\n    image: x:1\n    configs: [extra]\nconfigs:\n  base_conf:\n    file: ./a\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    configs: [base_conf]\nconfigs:\n  extra:\n    file: ./b\n',
    };
    const set = ['/p/compose.yaml', '/p/compose.override.yaml'];
    assert.deepStrictEqual(checkInProject(noUndeclaredConfig, files, set, '/p/compose.yaml'), []);
    assert.deepStrictEqual(checkInProject(noUndeclaredConfig, files, set, '/p/compose.override.yaml'), []);
  });
});
