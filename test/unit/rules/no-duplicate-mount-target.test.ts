import { parseCompose } from '../../../src/core/documents/composeDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import * as assert from 'assert';
import { noDuplicateMountTarget } from '../../../src/core/lint/rules/no-duplicate-mount-target';
import { check } from '../../helpers/ruleHarness';

describe('no-duplicate-mount-target', () => {
  it('valid: different targets, same target in different services, variables', () => {
    const text = `services:
  a:
    volumes: ["./a:/data", "./b:/data/sub", "./x:\${T1}", "./y:\${T2}"]
  b:
    volumes: ["./c:/data"]
`;
    assert.deepStrictEqual(check(noDuplicateMountTarget, text), []);
  });

  it('flags the second mount at one path, on its target, across volumes, long syntax and tmpfs', () => {
    const text = `services:
  a:
    volumes:
      - ./config:/etc/app
      - app-config:/etc/app/
      - type: bind
        source: ./x
        target: /etc/app
    tmpfs:
      - /etc/app:size=1m
volumes:
  app-config:
`;
    const found = check(noDuplicateMountTarget, text);
    assert.deepStrictEqual(found.map((f) => [f.at, f.text, f.data.other, f.data.otherLine]), [
      [[4, 19, 4, 28], '/etc/app/', './config:/etc/app', 4],
      [[7, 16, 7, 24], '/etc/app', './config:/etc/app', 4],
      [[9, 8, 9, 24], '/etc/app:size=1m', './config:/etc/app', 4],
    ]);
  });

  // F3/R7: compose-go override/uncity.go keeps the later `volumes:` entry silently; tmpfs vs volumes is an error (loader/validate.go).
  it('F3/R7: says Compose silently drops the earlier entry; tmpfs vs volumes is Compose’s own error', () => {
    const found = check(noDuplicateMountTarget, 'services:\n  a:\n    volumes:\n      - ./config:/etc/app\n      - app-config:/etc/app\n    tmpfs:\n      - /etc/app\nvolumes:\n  app-config: {}\n');
    assert.deepStrictEqual(found.map((f) => f.id), ['duplicate', 'tmpfsClash']);
    const messages = lintDocument(parseCompose('services:\n  a:\n    volumes:\n      - ./config:/etc/app\n      - app-config:/etc/app\nvolumes:\n  app-config: {}\n'), { rules: [noDuplicateMountTarget] });
    assert.match(messages[0].message, /조용히 버려요/);
    assert.doesNotMatch(messages[0].message, /Duplicate mount point/);
  });

});
