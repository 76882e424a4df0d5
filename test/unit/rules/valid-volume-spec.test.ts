import * as assert from 'assert';
import { validVolumeSpec } from '../../../src/core/lint/rules/valid-volume-spec';
import { check } from '../../helpers/ruleHarness';

const compose = (volumes: string) => `services:\n  web:\n    volumes:\n${volumes}volumes:\n  data:\n`;

describe('valid-volume-spec', () => {
  const valid = ['./html:/usr/share/nginx/html:ro', 'data:/data', '/data', '~/x:/x:rw,z', '../a:/a', '.env:/app/.env', 'C:\\Users\\me:/data', '${SRC}:/src', './a:/a:cached', 'data:/data:nocopy'];
  for (const v of valid) it(`valid: ${v}`, () => assert.deepStrictEqual(check(validVolumeSpec, compose(`      - "${v.replace(/\\/g, '\\\\')}"\n`)), []));

  it('flags `usr/html` (seed 001) on the source, as a volume name that cannot be', () => {
    const found = check(validVolumeSpec, compose('      - usr/html:/usr/share/nginx/html\n'));
    assert.deepStrictEqual(found.map((f) => [f.at, f.id, f.text]), [[[3, 8, 3, 16], 'invalid-volume-name', 'usr/html']]);
    assert.match(found[0].report.messageId, /invalid-volume-name/);
  });

  it('flags a relative container path on the target', () => {
    const found = check(validVolumeSpec, compose('      - ./src:app\n'));
    assert.deepStrictEqual(found.map((f) => [f.at, f.id, f.text]), [[[3, 14, 3, 17], 'relative-target', 'app']]);
  });

  it('flags a bad mode and too many colons on the entry', () => {
    const found = check(validVolumeSpec, compose('      - ./a:/a:rx\n      - ./a:/b:ro:z\n'));
    assert.deepStrictEqual(found.map((f) => [f.at, f.id, f.data.detail]), [
      [[3, 8, 3, 17], 'unknown-option', 'rx'],
      [[4, 8, 4, 19], 'too-many-colons', 'z'],
    ]);
  });

  it('long syntax: unknown type, missing target, source on tmpfs', () => {
    const found = check(validVolumeSpec, compose('      - type: bnd\n        source: ./a\n        target: /a\n      - type: volume\n        source: data\n      - type: tmpfs\n        source: x\n        target: /t\n'));
    assert.deepStrictEqual(found.map((f) => [f.at[0], f.id]), [[3, 'unknown-type'], [6, 'missing-target'], [8, 'source-on-tmpfs']]);
  });

  it('volumes_from: bad mode and the v1 `service:` prefix', () => {
    const found = check(validVolumeSpec, 'services:\n  a:\n    image: x\n  b:\n    volumes_from: ["a:rx", "service:a"]\n');
    assert.deepStrictEqual(found.map((f) => [f.at, f.id]), [
      [[4, 19, 4, 25], 'bad-access'],
      [[4, 27, 4, 38], 'service-prefix'],
    ]);
  });

  it('shell scripts and Markdown: reaches the command-side check of the same rule', () => {
    const shell = check(validVolumeSpec, 'docker run -v usr/html:/usr/share/nginx/html nginx:1.27\n', 'shell');
    assert.ok(shell.length >= 1, 'no report for the docker command');
    assert.ok(shell.every((f) => f.id.startsWith('command') && f.at[0] === 0));
    assert.ok(shell.some((f) => f.text.includes('usr/html')), shell.map((f) => f.text).join(', '));
    assert.strictEqual(check(validVolumeSpec, '```sh\ndocker run -v usr/html:/usr/share/nginx/html nginx:1.27\n```\n', 'markdown').length, shell.length);
  });

  // R11: compose-go format/volume.go ignores unknown options; the danger is that `ro` is not applied.
  it('R11: an unknown option (`r0`) is a warning that says the mount is read-write', () => {
    const found = check(validVolumeSpec, compose('      - ./y:/y:r0\n'));
    assert.deepStrictEqual(found.map((f) => [f.id, f.report.maxSeverity]), [['unknown-option', 'warning']]);
  });

  // R12: compose-spec schema: top-level volume keys match ^[a-zA-Z0-9._-]+$ (the engine sees <project>__data).
  it('R12: a declared volume key may start with `_`', () => {
    assert.deepStrictEqual(check(validVolumeSpec, 'services:\n  web:\n    volumes:\n      - _data:/data\nvolumes:\n  _data: {}\n'), []);
  });

});
