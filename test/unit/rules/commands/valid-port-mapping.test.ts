import * as assert from 'assert';
import { check } from '../../../helpers/ruleHarness';
import { checkCommands, commandMessages } from '../../../../src/core/lint/rules/commands/valid-port-mapping';
import { commandRule } from './harness';

const rule = commandRule('valid-port-mapping', checkCommands, commandMessages);

describe('valid-port-mapping (docker commands)', () => {
  const valid = ['docker run -p 8080:80 nginx', 'docker run -p 127.0.0.1:5432:5432 pg', 'docker run -p 53:53/udp dns', 'docker run -p "${PORT}:80" x', 'docker run -p 8000-8010:8000-8010 x', 'docker build -p 80 .'];
  for (const text of valid) it(`accepts: ${text}`, () => assert.deepStrictEqual(check(rule, text, 'shell'), []));

  const invalid: [string, string, string][] = [
    ['docker run -p 70000:80 nginx', 'command-out-of-range', '70000:80'],
    ['docker run --publish=8080:80/http nginx', 'command-protocol', '8080:80/http'],
    ['docker run -p 8000-8010:80-81 nginx', 'command-range-length', '8000-8010:80-81'],
    ['docker run -p web:80 nginx', 'command-syntax', 'web:80'],
    // R10: the docker CLI reads -p with the same go-connections parser: a name is no IP.
    ['docker run -p localhost:8080:80 nginx', 'command-host-ip', 'localhost:8080:80'],
  ];
  for (const [text, id, under] of invalid) {
    it(`reports ${id}: ${text}`, () => {
      const found = check(rule, text, 'shell');
      assert.deepStrictEqual(found.map((f) => [f.id, f.text]), [[id, under]]);
    });
  }

  it('puts the report exactly on the value, across a continuation', () => {
    const found = check(rule, 'docker run -d \\\n  -p 80:0 nginx\n', 'shell');
    assert.deepStrictEqual(found.map((f) => f.at), [[1, 5, 1, 9]]);
  });
});
