// The Compose project loader (src/core/compose/loadProject.ts) against repositories built to
// make it read without end: include fan-outs and chains, the same file named thousands of times
// through YAML anchors, cycles across files, long `extends` chains, remote references, and
// `.env` interpolation that grows a thousandfold per line. compose-go (the reference) follows
// every one of them; the loader stops at the bounds the README names, marks the project
// incomplete, and never throws. No timing here (scripts/bench.mjs times): each case counts the
// work (files asked for) or would have run for minutes or thrown before the bounds.
import * as assert from 'assert';
import { MAX_EXTENDS_DEPTH, MAX_FILE_LOADS, MAX_INCLUDE_DEPTH, isRemoteReference, loadProject } from '../../../src/core/compose/loadProject';
import type { ComposeProject } from '../../../src/core/compose/loadProject';
import { MAX_INTERPOLATED_LENGTH, interpolate } from '../../../src/core/compose/interpolate';
import { parseDotEnv } from '../../../src/core/compose/dotEnv';
import { lget, ltext } from '../../../src/core/compose/located';
import { isWindowsDeviceName } from '../../../src/core/compose/readScope';

function load(files: Record<string, string>, main = '/w/compose.yaml'): { project: ComposeProject; asked: string[] } {
  const asked: string[] = [];
  const project = loadProject({
    files: [main],
    readFile: (p) => {
      asked.push(p);
      return files[p];
    },
  });
  return { project, asked };
}

const codes = (p: ComposeProject) => [...new Set(p.problems.map((x) => x.code))].sort();

describe('robustness: the Compose project loader on hostile repositories', function () {
  this.timeout(20_000);

  it('include fan-out (each of 6 files includes the next ten times: a million loads) stops at the file budget', () => {
    const files: Record<string, string> = {};
    for (let d = 0; d < 6; d++) files[`/w/f${d}.yaml`] = 'include:\n' + Array.from({ length: 10 }, () => `  - f${d + 1}.yaml\n`).join('') + `services:\n  s${d}:\n    image: a\n`;
    files['/w/f6.yaml'] = 'services:\n  leaf:\n    image: a\n';
    const { project, asked } = load(files, '/w/f0.yaml');
    assert.ok(asked.length <= MAX_FILE_LOADS + 1, `${asked.length} reads`);
    assert.strictEqual(project.complete, false);
    assert.deepStrictEqual(codes(project), ['too-many-files']);
    assert.ok(project.services.some((s) => s.name === 'leaf'), 'what was read is still merged');
  });

  it('the same file included 10,000 times through anchors: bounded, incomplete, no throw', () => {
    const ten = Array.from({ length: 10 }, () => 'b.yaml').join(', ');
    const files = { '/w/compose.yaml': `x-list: &a [${ten}]\ninclude: [${Array.from({ length: 1000 }, () => '*a').join(', ')}]\n`, '/w/b.yaml': 'services:\n  b:\n    image: a\n' };
    const { project, asked } = load(files);
    assert.ok(asked.length <= MAX_FILE_LOADS + 1, `${asked.length} reads`);
    assert.deepStrictEqual(project.services.map((s) => s.name), ['b']);
  });

  it('5,000 distinct includes: the first are read, the rest are not, the project says it is incomplete', () => {
    const files: Record<string, string> = { '/w/compose.yaml': 'include:\n' + Array.from({ length: 5000 }, (_, i) => `  - f${i}.yaml\n`).join('') };
    for (let i = 0; i < 5000; i++) files[`/w/f${i}.yaml`] = `services:\n  s${i}:\n    image: a\n`;
    const { project, asked } = load(files);
    assert.ok(asked.length <= MAX_FILE_LOADS + 1);
    assert.strictEqual(project.complete, false);
    assert.ok(project.services.length > 100);
  });

  it('an include chain 10,000 files deep: stops at the depth bound (it used to recurse once per file)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) files[`/w/f${i}.yaml`] = `include: [f${i + 1}.yaml]\nservices:\n  s${i}:\n    image: a\n`;
    const { project, asked } = load(files, '/w/f0.yaml');
    assert.ok(asked.length <= 2 * (MAX_INCLUDE_DEPTH + 2), `${asked.length} reads`);
    assert.deepStrictEqual(codes(project), ['too-deep']);
    assert.strictEqual(project.complete, false);
  });

  it('include cycles (a → b → a, and a file including itself) are cut and reported', () => {
    const { project } = load({ '/w/compose.yaml': 'include: [b.yaml]\nservices:\n  a:\n    image: a\n', '/w/b.yaml': 'include: [compose.yaml, b.yaml]\nservices:\n  b:\n    image: b\n' });
    assert.deepStrictEqual(codes(project), ['include-cycle']);
    assert.deepStrictEqual(project.services.map((s) => s.name).sort(), ['a', 'b']);
  });

  it('extends cycles across files (a.yaml x → b.yaml y → a.yaml x) are cut and reported', () => {
    const { project } = load({
      '/w/compose.yaml': 'services:\n  x:\n    image: a\n    extends: { file: b.yaml, service: y }\n',
      '/w/b.yaml': 'services:\n  y:\n    extends: { file: compose.yaml, service: x }\n',
    });
    assert.ok(codes(project).includes('extends-cycle'), codes(project).join());
    assert.strictEqual(ltext(lget(project.services[0].value, 'image')), 'a');
  });

  it('an extends chain of 3,000 services in one file: each service is extended once (it took 7 minutes at 2,000)', () => {
    let text = 'services:\n';
    for (let i = 0; i < 3000; i++) text += `  s${i}:\n    extends: s${i + 1}\n    environment: [A${i}=1]\n`;
    text += '  s3000:\n    image: base:1\n';
    const { project } = load({ '/w/compose.yaml': text });
    assert.strictEqual(project.services.length, 3001);
    assert.strictEqual(project.complete, false, 'a chain past the bound is not followed to its end');
    assert.deepStrictEqual(codes(project), ['too-deep']);
    // Within the bound the chain is whole: the last services get the base image.
    assert.ok(MAX_EXTENDS_DEPTH < 3000);
    assert.strictEqual(ltext(lget(project.services[2500].value, 'image')), 'base:1');
  });

  it('extends with another file, from 2,000 services: the other file is read once', () => {
    let text = 'services:\n';
    for (let i = 0; i < 2000; i++) text += `  s${i}:\n    extends: { file: common.yaml, service: base }\n`;
    const { project, asked } = load({ '/w/compose.yaml': text, '/w/common.yaml': 'services:\n  base:\n    image: base:1\n' });
    assert.strictEqual(asked.filter((p) => p === '/w/common.yaml').length, 1);
    assert.strictEqual(ltext(lget(project.services[1999].value, 'image')), 'base:1');
  });

  it('remote references are recognised (oci://, git@host:, https://…, github.com/…) and local paths are not', () => {
    for (const remote of ['oci://registry.example/app:1', 'git@github.com:a/b.git', 'https://github.com/a/b.git#main', 'git://example.com/r', 'ssh://git@example.com/r.git', 'github.com/a/b']) assert.ok(isRemoteReference(remote), remote);
    for (const local of ['compose.yaml', '../lib/compose.yaml', '/abs/compose.yaml', 'C:/x/compose.yaml', 'dir:with:colons/x.yaml', 'user@host.yaml']) assert.ok(!isRemoteReference(local), local);
  });

  it('a remote include or extends file is never asked of the reader; the project is incomplete', () => {
    const { project, asked } = load({
      '/w/compose.yaml': 'include:\n  - oci://registry.example/app:1\n  - path: [git@github.com:a/b.git]\nservices:\n  web:\n    extends: { file: "https://example.com/c.yaml", service: x }\n',
    });
    assert.deepStrictEqual(asked, ['/w/.env', '/w/compose.yaml']);
    assert.strictEqual(project.complete, false);
    assert.deepStrictEqual(codes(project), ['remote']);
  });

  it('Windows device names are recognised in any case, with any extension', () => {
    for (const name of ['NUL', 'nul', 'CON.yaml', '/w/com1.env', 'C:\\w\\LPT9', 'aux.tar.gz', 'CONIN$']) assert.ok(isWindowsDeviceName(name), name);
    for (const name of ['null.yaml', 'console.yaml', 'com10', '/w/con/compose.yaml', 'auxiliary']) assert.ok(!isWindowsDeviceName(name), name);
  });
});

describe('robustness: interpolation bombs', () => {
  it('.env lines that each repeat the one before ten times: every value stays bounded, no throw (threw "Invalid string length")', () => {
    let env = 'A0=xxxxxxxxxx\n';
    for (let i = 1; i < 14; i++) env += `A${i}=${`\${A${i - 1}}`.repeat(10)}\n`;
    const vars = parseDotEnv(env);
    for (const v of vars.values()) assert.ok(v.length <= MAX_INTERPOLATED_LENGTH, String(v.length));
  });

  it('a value past the bound is cut and unknown; a `}` after it still closes its default', () => {
    const big = 'x'.repeat(MAX_INTERPOLATED_LENGTH);
    const r = interpolate('${A}${A}${B:-${A}${A}}tail', (n) => (n === 'A' ? big : undefined));
    assert.strictEqual(r.unknown, true);
    assert.ok(r.value.length <= MAX_INTERPOLATED_LENGTH);
    assert.strictEqual(r.error, undefined);
  });

  it('a Compose file with 20,000 `${A}` of a 64 K value: the project loads, each value bounded', () => {
    const files = { '/w/.env': `A=${'y'.repeat(MAX_INTERPOLATED_LENGTH)}\n`, '/w/compose.yaml': `services:\n  web:\n    image: "${'${A}'.repeat(20_000)}"\n` };
    const { project } = load(files);
    const image = lget(project.services[0].value, 'image');
    assert.ok((ltext(image) ?? '').length <= MAX_INTERPOLATED_LENGTH);
    assert.strictEqual(image?.kind === 'scalar' && image.unknown, true);
  });

  it('`$$` runs and deeply nested defaults stay literal or unknown, never thrown', () => {
    const dollars = interpolate('$$'.repeat(30_000), () => undefined);
    assert.ok(dollars.value === '$'.repeat(30_000) && !dollars.unknown, 'a $$ run is literal');
    const longRun = interpolate('$$'.repeat(100_000), () => undefined);
    assert.ok(longRun.value.length <= MAX_INTERPOLATED_LENGTH + 1 && longRun.unknown, 'past the bound it is cut and unknown');
    const nested = '${A:-'.repeat(50_000) + 'x' + '}'.repeat(50_000);
    assert.strictEqual(interpolate(nested, () => undefined).unknown, true);
  });

  it('a 1 MB .env line: read once, no throw', () => {
    const vars = parseDotEnv(`BIG=${'z'.repeat(1024 * 1024)}\nNEXT=1\n`);
    assert.strictEqual(vars.get('NEXT'), '1');
  });
});
