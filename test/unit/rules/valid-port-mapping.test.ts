import * as assert from 'assert';
import { validPortMapping } from '../../../src/core/lint/rules/valid-port-mapping';
import { check } from '../../helpers/ruleHarness';

const compose = (ports: string) => `services:\n  a:\n    ports:\n${ports}`;

describe('valid-port-mapping', () => {
  const valid = ['"80"', '"8080:80"', '"127.0.0.1:8080:80"', '"[::1]:8080:80"', '"53:53/udp"', '"8000-8010:8000-8010"', '"9090-9091:8080"', '"${PORT}:80"', '"${PORT:-80}:80"', '3000', '"0.0.0.0::80"', '"0:80"' /* F17, R10: host port 0 = any free port (go-connections nat/parse.go 0–65535) */];
  for (const p of valid) it(`valid: ${p}`, () => assert.deepStrictEqual(check(validPortMapping, compose(`      - ${p}\n`)), []));

  const invalid: [string, string, string][] = [
    ['"80800:80"', 'out-of-range', '80800'],
    ['"80:0"', 'out-of-range', '0'],
    // F8, R10: go-connections nat.ParsePortSpec: `net.ParseIP(ip) == nil` → "invalid IP address: localhost".
    ['"localhost:8081:80"', 'host-ip', 'localhost'],
    ['"abc:8082:80"', 'host-ip', 'abc'],
    ['"8080:80/tcpp"', 'protocol', 'tcpp'],
    ['"80a:80"', 'syntax', '80a'],
    ['"8000-8002:80-81"', 'range-length', '8000-8002:80-81'],
    ['"90-80:80"', 'out-of-range', '90-80'],
  ];
  for (const [p, id, detail] of invalid) {
    it(`invalid: ${p} → ${id}`, () => {
      const found = check(validPortMapping, compose(`      - ${p}\n`));
      assert.deepStrictEqual(found.map((f) => [f.at, f.id, f.data.detail, f.text]), [[[3, 8, 3, 8 + p.length], id, detail, p]]);
    });
  }

  it('long syntax: points at `published`', () => {
    const found = check(validPortMapping, compose('      - target: 80\n        published: "70000"\n'));
    assert.deepStrictEqual(found.map((f) => [f.at, f.id, f.text]), [[[4, 8, 4, 26], 'out-of-range', 'published: "70000"']]);
  });

  it('shell scripts and Markdown: reaches the command-side check of the same rule', () => {
    const shell = check(validPortMapping, 'docker run -p 80800:80 nginx:1.27\n', 'shell');
    assert.ok(shell.length >= 1, 'no report for the docker command');
    assert.ok(shell.every((f) => f.id.startsWith('command') && f.at[0] === 0));
    assert.ok(shell.some((f) => f.text.includes('80800:80')), shell.map((f) => f.text).join(', '));
    assert.strictEqual(check(validPortMapping, '```sh\ndocker run -p 80800:80 nginx:1.27\n```\n', 'markdown').length, shell.length);
  });
});
