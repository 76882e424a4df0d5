import * as assert from 'assert';
import { check } from '../../../helpers/ruleHarness';
import { fixture } from '../../../helpers/paths';
import { checkCommands, commandMessages } from '../../../../src/core/lint/rules/commands/valid-volume-spec';
import { commandRule } from './harness';

const rule = commandRule('valid-volume-spec', checkCommands, commandMessages);

describe('valid-volume-spec (docker commands)', () => {
  const valid = [
    'docker run -v /srv/html:/usr/share/nginx/html:ro nginx',
    'docker run -v ./site:/site nginx',
    'docker run -v .:/project nginx',
    'docker run -v pgdata:/var/lib/postgresql/data pg',
    'docker run -v "$(pwd)/html:/usr/share/nginx/html" nginx',
    'docker run -v ~/.ssh:/root/.ssh:ro x',
    'docker run -v /data x',
    'docker compose down -v',
  ];
  for (const text of valid) it(`accepts: ${text}`, () => assert.deepStrictEqual(check(rule, text, 'shell'), []));

  it('seed 001: usr/html is read as a volume name, reported on the source only', () => {
    const text = fixture('commands', 'seed001.sh');
    const found = check(rule, text, 'shell');
    assert.deepStrictEqual(found.map((f) => [f.id, f.text, f.at]), [['command-invalid-volume-name', 'usr/html', [2, 40, 2, 48]]]);
    assert.strictEqual(found[0].data.source, 'usr/html');
  });

  it('reports a relative container path on the target', () => {
    const found = check(rule, 'docker run -v /a:data x', 'shell');
    assert.deepStrictEqual(found.map((f) => [f.id, f.text]), [['command-relative-target', 'data']]);
  });

  it('reports an unknown mode and too many colons on the value', () => {
    assert.deepStrictEqual(check(rule, 'docker run -v /a:/b:rx x', 'shell').map((f) => [f.id, f.text]), [['command-unknown-option', '/a:/b:rx']]);
    assert.deepStrictEqual(check(rule, 'docker run -v /a:/b:ro:z x', 'shell').map((f) => f.id), ['command-too-many-colons']);
  });

  it('falls back to the whole quoted value when offsets inside it are not exact', () => {
    const found = check(rule, 'docker run -v "usr/html:/x" nginx', 'shell');
    assert.deepStrictEqual(found.map((f) => f.text), ['"usr/html:/x"']);
  });
});
