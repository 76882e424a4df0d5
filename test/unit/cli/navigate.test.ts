import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/run';

// `docker-explain symbols` and `docker-explain definition`: the editor's outline and go to
// definition for scripts and other editors, 1-based like the lint output, with absolute paths
// for files outside the current folder.

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, isTTY: false });
  return { code, out, err };
}

describe('CLI symbols and definition', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-navigate-')).replace(/\\/g, '/');
    fs.writeFileSync(`${dir}/Dockerfile`, 'ARG BASE=alpine:3.20\nFROM ${BASE} AS build\nRUN echo hi\nFROM scratch\nCOPY --from=build / /\n');
    fs.writeFileSync(`${dir}/compose.yaml`, 'services:\n  web:\n    image: nginx\n  db:\n    image: postgres\n');
    fs.writeFileSync(`${dir}/compose.override.yaml`, 'services:\n  web:\n    depends_on: [db]\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('symbols --format json: stages with their instructions, 1-based', async () => {
    const { code, out } = await cli(['symbols', `${dir}/Dockerfile`, '--format', 'json']);
    assert.strictEqual(code, 0);
    const { symbols } = JSON.parse(out) as { symbols: { name: string; kind: string; line: number; column: number; children: { name: string }[] }[] };
    assert.deepStrictEqual(symbols.map((s) => [s.kind, s.name, s.line, s.column]), [['argument', 'BASE', 1, 5], ['stage', 'build', 2, 17], ['stage', 'scratch', 4, 6]]);
    assert.deepStrictEqual(symbols[1].children.map((c) => c.name), ['RUN']);
  });

  it('symbols as text', async () => {
    const { code, out } = await cli(['symbols', `${dir}/compose.yaml`]);
    assert.strictEqual(code, 0);
    assert.match(out, /^1:1 section services\n {2}2:3 service web\n/);
  });

  it('definition --format json: a stage in the Dockerfile', async () => {
    const { code, out } = await cli(['definition', `${dir}/Dockerfile`, '--line', '5', '--column', '14', '--format', 'json']);
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(JSON.parse(out), { locations: [{ file: `${dir}/Dockerfile`, line: 2, column: 17 }] });
  });

  it('definition across a Compose project: the override names the main file’s service', async () => {
    const { code, out } = await cli(['definition', `${dir}/compose.override.yaml`, '--line', '3', '--column', '19', '--format', 'json']);
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(JSON.parse(out), { locations: [{ file: `${dir}/compose.yaml`, line: 4, column: 3 }] });
  });

  it('nothing at the position: an empty list, exit 0; a missing --line is a usage error', async () => {
    assert.deepStrictEqual(JSON.parse((await cli(['definition', `${dir}/Dockerfile`, '--line', '3', '--column', '2', '--format', 'json'])).out), { locations: [] });
    const bad = await cli(['definition', `${dir}/Dockerfile`]);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /--line/);
  });
});
