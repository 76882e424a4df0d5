// A hostile repository against the files the analysis worker reads on the user's behalf for a
// Compose project: `include` (short and long form, `project_directory`, `env_file`), `extends`
// with another file, `.env`, `COMPOSE_FILE`, the team config's `compose.files`. The worker runs
// with the real bounded reader (src/node/readBounded.ts) on a real folder, as dist/worker.js and
// the Language Server do. Each attack checks: no throw, the lint answers, nothing outside the
// workspace folder was asked of the disk, and no outside text reached a diagnostic or a hover.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readConfigFile, realPathOf } from '../../../src/node/readBounded';
import { AnalysisService } from '../../../src/worker/service';
import type { LintOutcome } from '../../../src/worker/protocol';

const slash = (p: string) => p.replace(/\\/g, '/');

describe('security: the files a Compose project reads stay inside the workspace', function () {
  this.timeout(20_000);
  let base: string;
  let root: string;
  let outside: string;
  let n = 0;

  before(() => {
    base = slash(fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-reads-'))));
    outside = `${base}/outside`;
    fs.mkdirSync(outside);
    // What a hostile include wants to pull in: a service whose port clashes with the workspace's, and a secret in a .env.
    fs.writeFileSync(`${outside}/compose.yaml`, 'services:\n  stolen:\n    image: stolen-image:1\n    ports: ["8080:80"]\n');
    fs.writeFileSync(`${outside}/.env`, 'TAG=SECRET-FROM-OUTSIDE\nCOMPOSE_FILE=compose.yaml\n');
  });
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  /** A fresh workspace folder with these files; the value may be a function that makes the entry itself (a link, a pipe). */
  function workspace(files: Record<string, string | ((p: string) => void)>): string {
    root = `${base}/ws${n++}`;
    fs.mkdirSync(root);
    for (const [name, content] of Object.entries(files)) {
      const p = `${root}/${name}`;
      fs.mkdirSync(path.dirname(p), { recursive: true });
      if (typeof content === 'string') fs.writeFileSync(p, content);
      else content(p);
    }
    return root;
  }

  interface Run {
    outcome: LintOutcome;
    hover: string;
    /** Every path the worker asked the disk for. */
    reads: string[];
  }

  function lintAndHover(file = 'compose.yaml', hoverAt = { line: 0, character: 2 }): Run {
    const reads: string[] = [];
    const s = new AnalysisService((p) => {
      reads.push(p);
      return readConfigFile(p);
    }, realPathOf);
    const full = `${root}/${file}`;
    const doc = { uri: `file://${full}`, version: 1, kind: 'compose' as const, text: fs.readFileSync(full, 'utf8') };
    const outcome = s.handle('lint', { doc, target: { path: full, workspaceRoot: root, language: 'ko' } });
    const hover = s.handle('hover', { doc: { ...doc, text: undefined }, position: hoverAt, language: 'ko' })?.markdown ?? '';
    return { outcome, hover, reads };
  }

  function assertStayedInside(r: Run, what: string): void {
    const out = r.reads.filter((p) => !p.startsWith(`${root}/`));
    assert.deepStrictEqual(out, [], `${what}: the worker asked the disk for files outside the workspace`);
    const shown = JSON.stringify(r.outcome.diagnostics) + r.hover;
    assert.doesNotMatch(shown, /stolen-image|SECRET-FROM-OUTSIDE/, `${what}: outside text reached a diagnostic or a hover`);
  }

  const outsideRefs: [string, string][] = [
    ['include, short form, ../ up to the outside folder', `include:\n  - ../outside/compose.yaml\n`],
    ['include, ../ far past the root', `include:\n  - ../../../../../../../../etc/passwd\n`],
    ['include, absolute path', `include:\n  - OUTSIDE/compose.yaml\n`],
    ['include, long form with project_directory outside', `include:\n  - path: ../outside/compose.yaml\n    project_directory: ../outside\n`],
    ['include, env_file outside', `include:\n  - path: db.yaml\n    env_file: ../outside/.env\n`],
    ['include, env_file /proc/self/environ', `include:\n  - path: db.yaml\n    env_file: /proc/self/environ\n`],
    ['extends, file outside', `services:\n  web:\n    extends:\n      file: ../outside/compose.yaml\n      service: stolen\n`],
    ['extends, absolute file', `services:\n  web:\n    extends: { file: OUTSIDE/compose.yaml, service: stolen }\n`],
    ['include, ~ (not expanded: a folder named ~ in the workspace)', `include:\n  - ~/compose.yaml\n`],
    ['include, a Windows UNC path', `include:\n  - \\\\evil.example\\share\\compose.yaml\n`],
  ];
  for (const [what, head] of outsideRefs) {
    it(`${what}: not read`, () => {
      workspace({
        'compose.yaml': `${head.replace('OUTSIDE', outside)}${head.includes('services:') ? '' : 'services:\n  web:\n    image: "nginx:${TAG:-1.27}"\n'}    ports: ["8080:80"]\n`,
        'db.yaml': 'services:\n  db:\n    image: "postgres:${TAG:-16}"\n',
      });
      const r = lintAndHover('compose.yaml', { line: 0, character: 2 });
      assertStayedInside(r, what);
      assert.ok(!r.outcome.diagnostics.some((d) => d.rule === 'no-duplicate-host-port'), `${what}: the outside service was merged into the project`);
    });
  }

  it('a link inside the workspace that leads out (include: linked.yaml -> outside): not read', () => {
    workspace({
      'compose.yaml': 'include:\n  - linked.yaml\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
      'linked.yaml': (p) => fs.symlinkSync(`${outside}/compose.yaml`, p),
    });
    const r = lintAndHover();
    assert.ok(!r.outcome.diagnostics.some((d) => d.rule === 'no-duplicate-host-port'), 'the linked outside service was merged');
    assert.doesNotMatch(JSON.stringify(r.outcome.diagnostics) + r.hover, /stolen-image/);
  });

  it('a .env that is a link to an outside .env: its values are not used', () => {
    workspace({
      'compose.yaml': 'services:\n  web:\n    image: "nginx:${TAG}"\n',
      '.env': (p) => fs.symlinkSync(`${outside}/.env`, p),
    });
    const r = lintAndHover('compose.yaml', { line: 2, character: 14 });
    assert.doesNotMatch(JSON.stringify(r.outcome.diagnostics) + r.hover, /SECRET-FROM-OUTSIDE/);
  });

  it('a team config compose.files set that lists outside files: they are not read', () => {
    workspace({
      '.docker-explain.json': JSON.stringify({ compose: { files: [['compose.yaml', '../outside/compose.yaml']] } }),
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
    });
    const r = lintAndHover();
    assertStayedInside(r, 'compose.files');
    assert.ok(!r.outcome.diagnostics.some((d) => d.rule === 'no-duplicate-host-port'));
  });

  it('COMPOSE_FILE in .env naming outside files: they are not read', () => {
    workspace({
      '.env': `COMPOSE_FILE=compose.yaml:../outside/compose.yaml:${outside}/compose.yaml\n`,
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
    });
    const r = lintAndHover();
    assertStayedInside(r, 'COMPOSE_FILE');
  });

  // Files inside the workspace that are not files to read: each is refused by the bounded reader,
  // the lint answers, and the project is simply incomplete.
  const devices: [string, (p: string) => void][] = [
    ['a link to /dev/zero', (p) => fs.symlinkSync('/dev/zero', p)],
    ['a link to /dev/random', (p) => fs.symlinkSync('/dev/random', p)],
    ['a named pipe (FIFO)', (p) => spawnSync('mkfifo', [p])],
    ['a folder', (p) => fs.mkdirSync(p)],
    ['a 1 GB sparse file', (p) => {
      const fd = fs.openSync(p, 'w');
      fs.ftruncateSync(fd, 1024 * 1024 * 1024);
      fs.closeSync(fd);
    }],
    ['a link loop', (p) => {
      fs.symlinkSync(`${p}.b`, p);
      fs.symlinkSync(p, `${p}.b`);
    }],
    ['a link to /proc/self/status', (p) => fs.symlinkSync('/proc/self/status', p)],
  ];
  if (process.platform !== 'win32') {
    for (const [what, make] of devices) {
      for (const [slot, text] of [
        ['include', 'include:\n  - bad.yaml\nservices:\n  web:\n    image: nginx:1.27\n'],
        ['extends file', 'services:\n  web:\n    extends: { file: bad.yaml, service: base }\n'],
        ['include env_file', 'include:\n  - path: db.yaml\n    env_file: bad.yaml\nservices:\n  web:\n    image: nginx:1.27\n'],
        ['.env', 'services:\n  web:\n    image: "nginx:${TAG}"\n'],
      ] as const) {
        it(`${slot} -> ${what}: refused, the lint answers`, () => {
          workspace({ 'compose.yaml': text, 'db.yaml': 'services:\n  db:\n    image: postgres:16\n', [slot === '.env' ? '.env' : 'bad.yaml']: make });
          const r = lintAndHover();
          assert.ok(Array.isArray(r.outcome.diagnostics));
        });
      }
    }
  }

  it('include of a remote reference (oci://, git@…, https://…git): nothing is fetched or read', () => {
    workspace({
      'compose.yaml': 'include:\n  - oci://registry.example/app:1\n  - git@github.com:evil/repo.git\n  - https://github.com/evil/repo.git#main:compose.yaml\n  - path: git://evil.example/repo\nservices:\n  web:\n    image: nginx:1.27\n',
    });
    const r = lintAndHover();
    assert.deepStrictEqual(r.reads.filter((p) => /oci:|git@|https:|git:/.test(p)), []);
  });

  it('Windows device names (NUL, CON.yaml, com1.env): never asked of the disk', () => {
    workspace({
      'compose.yaml': 'include:\n  - NUL\n  - path: CON.yaml\n    env_file: com1.env\nservices:\n  web:\n    extends: { file: aux, service: x }\n',
    });
    const r = lintAndHover();
    assert.deepStrictEqual(r.reads.filter((p) => /\/(nul|con|com1|aux)(\.|$)/i.test(p)), []);
  });
  it('rename: a stage rename and a service rename change only files inside the workspace, never an included outside file', () => {
    fs.writeFileSync(`${outside}/build.yaml`, 'services:\n  app:\n    build:\n      context: WS\n      target: runtime\n  db:\n    image: postgres:16\n');
    workspace({
      Dockerfile: 'FROM alpine:3.20 AS runtime\nRUN true\n',
      'compose.yaml': 'include:\n  - ../outside/build.yaml\nservices:\n  app:\n    build:\n      context: .\n      target: runtime\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n',
    });
    const text = fs.readFileSync(`${outside}/build.yaml`, 'utf8').replace('WS', root);
    fs.writeFileSync(`${outside}/build.yaml`, text);
    const s = new AnalysisService(readConfigFile, realPathOf);
    const dockerfile = { uri: `file://${root}/Dockerfile`, version: 1, kind: 'dockerfile' as const, text: fs.readFileSync(`${root}/Dockerfile`, 'utf8'), file: { path: `${root}/Dockerfile`, workspaceRoot: root } };
    const stage = s.handle('rename', { doc: dockerfile, position: { line: 0, character: 22 }, newName: 'final' });
    assert.ok(!('error' in stage), JSON.stringify(stage));
    assert.deepStrictEqual(stage.changes.map((c) => c.path).sort(), [`${root}/Dockerfile`, `${root}/compose.yaml`]);
    const compose = { uri: `file://${root}/compose.yaml`, version: 1, kind: 'compose' as const, text: fs.readFileSync(`${root}/compose.yaml`, 'utf8'), file: { path: `${root}/compose.yaml`, workspaceRoot: root } };
    s.handle('lint', { doc: compose, target: { path: `${root}/compose.yaml`, workspaceRoot: root, language: 'ko' } });
    const service = s.handle('rename', { doc: { ...compose, text: undefined }, position: { line: 3, character: 3 }, newName: 'api' });
    if (!('error' in service)) assert.ok(service.changes.every((c) => c.path.startsWith(`${root}/`)), JSON.stringify(service.changes.map((c) => c.path)));
    assert.strictEqual(fs.readFileSync(`${outside}/build.yaml`, 'utf8'), text, 'the outside file is untouched');
  });
});

// The scope of a request is the root of the file it is about (its workspace folder; outside
// every folder, its own folder): a file opened earlier from elsewhere must not widen what later
// projects read. The worker once kept one scope that every file asked about widened for good, so
// opening a loose file whose folder is `/` let every later project read any path.
describe('security: a file opened elsewhere does not widen what a project reads', function () {
  this.timeout(20_000);
  let base: string;
  let ws: string;
  let other: string;

  before(() => {
    base = slash(fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-scope-'))));
    ws = `${base}/ws`;
    other = `${base}/other`;
    fs.mkdirSync(ws);
    fs.mkdirSync(other);
    // The secret a hostile include reaches for, as /etc/passwd would be: a service that clashes on a port, and a .env value.
    fs.writeFileSync(`${other}/compose.yaml`, 'services:\n  stolen:\n    image: stolen-image:1\n    ports: ["8080:80"]\n');
    fs.writeFileSync(`${other}/secret.env`, 'TAG=SECRET-FROM-OUTSIDE\n');
    fs.writeFileSync(`${ws}/db.yaml`, 'services:\n  db:\n    image: "postgres:${TAG:-16}"\n');
    fs.writeFileSync(
      `${ws}/compose.yaml`,
      `include:\n  - ${other}/compose.yaml\n  - path: db.yaml\n    env_file: ${other}/secret.env\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n`,
    );
  });
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  function service(reads: string[]): AnalysisService {
    return new AnalysisService((p) => {
      reads.push(p);
      return readConfigFile(p);
    }, realPathOf);
  }
  const wsDoc = () => ({ uri: `file://${ws}/compose.yaml`, version: 1, kind: 'compose' as const, text: fs.readFileSync(`${ws}/compose.yaml`, 'utf8'), file: { path: `${ws}/compose.yaml`, workspaceRoot: ws } });
  const dbDoc = () => ({ uri: `file://${ws}/db.yaml`, version: 1, kind: 'compose' as const, text: fs.readFileSync(`${ws}/db.yaml`, 'utf8'), file: { path: `${ws}/db.yaml`, workspaceRoot: ws } });

  /** The workspace project's lint, hovers (the included file's `${TAG}`) and a definition, after `before` ran on the same worker. */
  function projectAfter(before: (s: AnalysisService) => void): { shown: string; reads: string[]; rules: string[] } {
    const reads: string[] = [];
    const s = service(reads);
    before(s);
    reads.length = 0;
    const outcome = s.handle('lint', { doc: wsDoc(), target: { path: `${ws}/compose.yaml`, workspaceRoot: ws, language: 'ko' } });
    const hover = s.handle('hover', { doc: dbDoc(), position: { line: 2, character: 17 }, language: 'ko' })?.markdown ?? '';
    const view = s.handle('fileView', { doc: { ...wsDoc(), text: undefined }, fileName: 'compose.yaml', target: { path: `${ws}/compose.yaml`, workspaceRoot: ws, language: 'ko' } });
    const definition = s.handle('definition', { doc: { ...wsDoc(), text: undefined }, position: { line: 7, character: 4 } });
    return { shown: JSON.stringify([outcome.diagnostics, view, definition]) + hover, reads, rules: outcome.diagnostics.map((d) => d.rule) };
  }

  function assertRefused(r: { shown: string; reads: string[]; rules: string[] }, what: string): void {
    assert.deepStrictEqual(r.reads.filter((p) => !p.startsWith(`${ws}/`)), [], `${what}: the workspace project asked the disk for files outside its folder`);
    assert.doesNotMatch(r.shown, /stolen-image|SECRET-FROM-OUTSIDE/, `${what}: outside text reached a diagnostic, a hover or the panel`);
    assert.ok(!r.rules.includes('no-duplicate-host-port'), `${what}: the outside service was merged into the project`);
  }

  it('alone: the outside include and env_file are refused (the baseline)', () => {
    assertRefused(projectAfter(() => undefined), 'alone');
  });

  const loose = { uri: 'file:///compose.yaml', version: 1, kind: 'compose' as const, text: 'services:\n  x:\n    image: alpine:3.20\n', file: { path: '/compose.yaml' } };
  const openers: [string, (s: AnalysisService) => void][] = [
    ['a loose /compose.yaml linted first', (s) => s.handle('lint', { doc: loose, target: { path: '/compose.yaml', language: 'ko' } })],
    ['a loose /compose.yaml hovered first', (s) => s.handle('hover', { doc: loose, position: { line: 1, character: 2 }, language: 'ko' })],
    ['a loose /compose.yaml in the panel first', (s) => s.handle('fileView', { doc: loose, fileName: 'compose.yaml', target: { path: '/compose.yaml', language: 'ko' } })],
    ['a loose /compose.yaml only synced', (s) => s.handle('sync', { doc: loose })],
    ['a closed /compose.yaml linted by path', (s) => s.handle('lintPath', { path: '/compose.yaml', target: { path: '/compose.yaml', language: 'ko' } })],
    ['a file of another workspace folder opened first', (s) => s.handle('lint', { doc: { ...loose, uri: `file://${other}/compose.yaml`, file: { path: `${other}/compose.yaml`, workspaceRoot: other } }, target: { path: `${other}/compose.yaml`, workspaceRoot: other, language: 'ko' } })],
  ];
  for (const [what, opener] of openers) {
    it(`${what}: the workspace project still cannot read outside its folder`, () => {
      assertRefused(projectAfter(opener), what);
    });
  }

  it('a project kept from a wider root is not reused for a narrower one (nested workspace folders)', () => {
    // ws holds app/ as a workspace folder of its own: asked from ws the include of ../shared is read,
    // asked from app it is not, even for the same version of the same file.
    fs.mkdirSync(`${ws}/app`, { recursive: true });
    fs.mkdirSync(`${ws}/shared`, { recursive: true });
    fs.writeFileSync(`${ws}/shared/db.yaml`, 'services:\n  shared:\n    image: shared-image:1\n    ports: ["8080:80"]\n');
    const text = 'include:\n  - ../shared/db.yaml\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n';
    const reads: string[] = [];
    const s = service(reads);
    const path = `${ws}/app/compose.yaml`;
    const doc = { uri: `file://${path}`, version: 1, kind: 'compose' as const, text, file: { path, workspaceRoot: ws } };
    const clash = (root: string) => s.handle('lint', { doc, target: { path, workspaceRoot: root, language: 'ko' } }).diagnostics.some((d) => d.rule === 'no-duplicate-host-port');
    assert.ok(clash(ws), 'from ws the shared include is read');
    reads.length = 0;
    assert.ok(!clash(`${ws}/app`), 'from app the kept project of ws was reused');
    assert.deepStrictEqual(reads.filter((p) => p.startsWith(`${ws}/shared/`)), []);
  });

  it('a loose file reads its own folder, not the folder above', () => {
    const reads: string[] = [];
    const s = service(reads);
    const dir = `${other}/loose`;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(`${dir}/base.yaml`, 'services:\n  base:\n    image: base-image:1\n');
    const text = `include:\n  - base.yaml\n  - ../compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n`;
    const doc = { uri: `file://${dir}/compose.yaml`, version: 1, kind: 'compose' as const, text, file: { path: `${dir}/compose.yaml` } };
    const outcome = s.handle('lint', { doc, target: { path: `${dir}/compose.yaml`, language: 'ko' } });
    assert.ok(reads.includes(`${dir}/base.yaml`), 'its own folder is read');
    assert.ok(!reads.includes(`${other}/compose.yaml`), 'the folder above is not');
    assert.ok(!outcome.diagnostics.some((d) => d.rule === 'no-duplicate-host-port'));
  });
});
