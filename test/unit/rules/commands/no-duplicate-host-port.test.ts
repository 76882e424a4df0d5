import * as assert from 'assert';
import { check } from '../../../helpers/ruleHarness';
import { fixture } from '../../../helpers/paths';
import { noDuplicateHostPort } from '../../../../src/core/lint/rules/no-duplicate-host-port';
import { lintDocument } from '../../../../src/core/lint/engine';
import { parseDocument } from '../../../../src/core/documents/parsedDocument';

describe('no-duplicate-host-port (docker commands)', () => {
  it('seed 001: the second docker run -d -p 8080:80 is reported, naming the first', () => {
    const found = check(noDuplicateHostPort, fixture('commands', 'seed001.sh'), 'shell');
    assert.deepStrictEqual(found.map((f) => [f.id, f.text, f.at]), [['command-clash', '-p 8080:80', [3, 46, 3, 56]]]);
    assert.strictEqual(found[0].data.otherLine, 3);
    assert.strictEqual(found[0].data.port, '8080');
    assert.strictEqual(found[0].report.maxSeverity, 'warning');
  });

  it('is a warning in a shell script and an error in a Compose file', () => {
    const shell = lintDocument(parseDocument(fixture('commands', 'seed001.sh'), 'shell'), { rules: [noDuplicateHostPort] });
    assert.deepStrictEqual(shell.map((d) => [d.rule, d.severity]), [['no-duplicate-host-port', 'warning']]);
    const compose = 'services:\n  a:\n    ports: ["8080:80"]\n  b:\n    ports: ["8080:80"]\n';
    const diags = lintDocument(parseDocument(compose, 'compose'), { rules: [noDuplicateHostPort] });
    assert.deepStrictEqual(diags.map((d) => d.severity), ['error']);
  });

  it('a config may lower it further, never raise it above warning for commands', () => {
    const text = fixture('commands', 'seed001.sh');
    const info = lintDocument(parseDocument(text, 'shell'), { rules: [noDuplicateHostPort], config: { rules: { 'no-duplicate-host-port': { severity: 'info', options: {} } } } });
    assert.deepStrictEqual(info.map((d) => d.severity), ['info']);
  });

  const silent: [string, string][] = [
    ['foreground runs end before the next one starts', 'docker run --rm -p 8080:80 a\ndocker run --rm -p 8080:80 b\n'],
    ['the first container is stopped in between', 'docker run -d --name a -p 8080:80 a\ndocker stop a\ndocker run -d --name b -p 8080:80 b\n'],
    ['the first container is removed with rm -f', 'docker run -d --name a -p 8080:80 a\ndocker rm -f a\ndocker run -d -p 8080:80 b\n'],
    ['tcp and udp', 'docker run -d -p 53:53 a\ndocker run -d -p 53:53/udp b\n'],
    ['two loopback addresses', 'docker run -d -p 127.0.0.1:80:80 a\ndocker run -d -p 127.0.0.2:80:80 b\n'],
    ['different host ports', 'docker run -d -p 8080:80 a\ndocker run -d -p 8081:80 b\n'],
    ['variables', 'docker run -d -p "$PORT:80" a\ndocker run -d -p "$PORT:80" b\n'],
  ];
  for (const [why, text] of silent) it(`stays silent: ${why}`, () => assert.deepStrictEqual(check(noDuplicateHostPort, text, 'shell'), []));

  it('every interface overlaps a specific address', () => {
    const found = check(noDuplicateHostPort, 'docker run -d -p 80:80 a\ndocker run -d -p 127.0.0.1:80:80 b\n', 'shell');
    assert.deepStrictEqual(found.map((f) => f.text), ['-p 127.0.0.1:80:80']);
  });

  it('two -p of one command for the same host port', () => {
    const found = check(noDuplicateHostPort, 'docker run -p 80:80 -p 80:8080 a\n', 'shell');
    assert.deepStrictEqual(found.map((f) => f.text), ['-p 80:8080']);
  });

  it('reads Markdown fences of one file together', () => {
    const md = '```sh\ndocker run -d -p 3000:3000 a\n```\n\ntext\n\n```bash\ndocker run -d -p 3000:3000 b\n```\n';
    assert.deepStrictEqual(check(noDuplicateHostPort, md, 'markdown').map((f) => f.at), [[7, 14, 7, 26]]);
  });
});
