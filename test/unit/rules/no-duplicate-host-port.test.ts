import * as assert from 'assert';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { noDuplicateHostPort } from '../../../src/core/lint/rules/no-duplicate-host-port';
import { fixture } from '../../helpers/paths';

function lint(text: string) {
  return lintDocument(parseCompose(text), { rules: [noDuplicateHostPort] });
}

describe('no-duplicate-host-port (Compose)', () => {
  it('flags the second claim of a host port, on the entry itself, naming the first', () => {
    const found = lint(fixture('foundation', 'compose.yaml'));
    assert.deepStrictEqual(
      found.map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]),
      [
        [10, 8, 10, 19], // admin "8080:8080" vs web "8080:80"
        [15, 8, 15, 25], // db's long syntax `published: "9000"` on 127.0.0.1 vs web "127.0.0.1:9000:9000"
        [27, 8, 27, 17], // dns-tcp "8010:80" vs dns "8000-8010:8000-8010"
      ],
    );
    assert.ok(found.every((d) => d.rule === 'no-duplicate-host-port' && d.severity === 'error'));
    assert.match(found[0].message, /8080\/tcp/);
    assert.match(found[0].message, /‘web’/);
    assert.match(found[0].message, /줄 5/);
    assert.match(found[1].message, /9000\/tcp \(127\.0\.0\.1\)/);
    assert.match(found[2].message, /8010\/tcp/);
  });

  it('does not flag tcp vs udp, two loopback addresses, or variables', () => {
    const text = `services:
  a:
    ports: ["53:53/udp", "127.0.0.1:6379:6379", "\${PORT}:80"]
  b:
    ports: ["53:53/tcp", "127.0.0.2:6379:6379", "\${PORT}:80"]
`;
    assert.deepStrictEqual(lint(text), []);
  });

  it('flags a clash inside one service as well, without talking about two containers (R8)', () => {
    const found = lint('services:\n  a:\n    ports:\n      - "80:80"\n      - "80:8080"\n');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].range.start.line, 4);
    assert.strictEqual(found[0].severity, 'error');
    assert.match(found[0].message, /이 서비스의 줄 4/);
    assert.doesNotMatch(found[0].message, /먼저 시작한/);
  });

  // R8: compose-go override/uncity.go (portIndexer on the raw string) merges identical entries.
  it('R8: the same entry twice in one service is info only: Compose merges them', () => {
    const found = lint('services:\n  a:\n    ports: ["8080:80", "8080:80"]\n');
    assert.deepStrictEqual(found.map((d) => [d.severity, d.message.includes('하나로 합쳐서')]), [['info', true]]);
  });

  it('R9/F24: the address named is the first entry’s', () => {
    const found = lint('services:\n  a:\n    ports: ["127.0.0.1:8085:80/udp"]\n  b:\n    ports: ["0.0.0.0:8085:80/udp"]\n');
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /8085\/udp \(127\.0\.0\.1\)/);
  });

  // R14: docker/compose v2 + engine: "Published ports are discarded when using host network mode".
  it('R14: ports of a network_mode: host service claim nothing', () => {
    assert.deepStrictEqual(lint('services:\n  a:\n    network_mode: host\n    ports: ["80:80"]\n  b:\n    ports: ["80:80"]\n'), []);
  });

  it('F14: a host range for one container port holds no fixed port', () => {
    assert.deepStrictEqual(lint('services:\n  a:\n    ports: ["8000-8010:80"]\n  b:\n    ports: ["8005:80"]\n'), []);
  });

  it('speaks English when asked', () => {
    const found = lintDocument(parseCompose('services:\n  a:\n    ports: ["80:80"]\n  b:\n    ports: ["80:81"]\n'), { rules: [noDuplicateHostPort], language: 'en' });
    assert.match(found[0].message, /^Host port 80\/tcp is already published/);
  });
});
