import * as assert from 'assert';
import { requiredVariable } from '../../../src/core/lint/rules/required-variable';
import { requiredVariables } from '../../../src/core/compose/interpolate';
import { check } from '../../helpers/ruleHarness';
import { checkInProject } from '../../helpers/projectHarness';

// compose-go v2.13.0 template/template.go: `${VAR:?reason}` fails when VAR is unset or empty,
// `${VAR?reason}` only when unset, with "required variable VAR is missing a value: reason".
// https://docs.docker.com/reference/compose-file/interpolation/#interpolation
describe('required-variable', () => {
  const SET = ['/p/compose.yaml'];
  const run = (compose: string, env?: string) => checkInProject(requiredVariable, { '/p/compose.yaml': compose, ...(env === undefined ? {} : { '/p/.env': env }) }, SET);

  describe('requiredVariables (the scan)', () => {
    const cases: [string, [string, boolean, string][]][] = [
      ['${DB_PASSWORD:?set it in .env}', [['DB_PASSWORD', true, 'set it in .env']]],
      ['${TOKEN?missing}', [['TOKEN', false, 'missing']]],
      ['postgres://${USER:-app}:${PASS:?no password}@db', [['PASS', true, 'no password']]],
      ['$${NOT:?a variable}', []],
      ['${A:-${B:?inner}}', []],
      ['${A:?${B} is needed}', [['A', true, '${B} is needed']]],
      ['${PLAIN} ${WITH:-default}', []],
      ['${UNCLOSED:?x', []],
    ];
    for (const [text, expected] of cases) {
      it(text, () => assert.deepStrictEqual(requiredVariables(text).map((r) => [r.name, r.colon, r.reason]), expected));
    }
  });

  it('an unset required variable is reported on the expression, with the reason Compose prints', () => {
    const found = run('services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}\n', 'OTHER=1\n');
    assert.deepStrictEqual(found.map((f) => [f.id, f.line, f.text]), [['unset', 4, '${DB_PASSWORD:?set DB_PASSWORD in .env}']]);
    assert.strictEqual(found[0].data.reason, 'set DB_PASSWORD in .env');
  });

  it('no .env at all: still unset (Compose reads the shell and .env only)', () => {
    assert.deepStrictEqual(run('services:\n  web:\n    image: "nginx:${TAG:?pick a tag}"\n').map((f) => [f.id, f.text]), [['unset', '${TAG:?pick a tag}']]);
  });

  it('empty in .env: reported for :? and not for ?', () => {
    const text = 'services:\n  web:\n    image: x:1\n    environment:\n      A: ${EMPTY:?must not be empty}\n      B: ${EMPTY?only unset fails}\n';
    assert.deepStrictEqual(run(text, 'EMPTY=\n').map((f) => [f.id, f.line]), [['empty', 4]]);
  });

  it('set in .env: nothing', () => {
    assert.deepStrictEqual(run('services:\n  db:\n    image: postgres:17\n    environment:\n      P: ${DB_PASSWORD:?x}\n', 'DB_PASSWORD=secret\n'), []);
  });

  it('a file linted alone (its .env not read) gives nothing', () => {
    assert.deepStrictEqual(check(requiredVariable, 'services:\n  web:\n    image: x:${TAG:?x}\n'), []);
  });

  it('two expressions in one value are each reported', () => {
    const found = run('services:\n  web:\n    image: x:1\n    command: echo ${A:?a} ${B:?b}\n');
    assert.deepStrictEqual(found.map((f) => f.text), ['${A:?a}', '${B:?b}']);
  });
});
