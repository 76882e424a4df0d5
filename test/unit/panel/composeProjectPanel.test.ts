import * as assert from 'assert';
import { loadProject } from '../../../src/core/compose/loadProject';
import { projectPanelView } from '../../../src/core/model/composeProjectPanel';
import { AnalysisService } from '../../../src/worker/service';

// The panel's effective project: services after the set is merged (Compose merges `ports` and
// `volumes` of an override into the base service, https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/),
// which of them run with the active profiles (https://docs.docker.com/compose/how-tos/profiles/),
// where each value was written, and the host-port clashes among the services that run together.

const disk: Record<string, string> = {
  '/p/compose.yaml': [
    'services:',
    '  web:',
    '    image: nginx:1.27',
    '    restart: always',
    '    ports:',
    '      - "8080:80"',
    '  db:',
    '    image: postgres:16',
    '    ports:',
    '      - "127.0.0.1:5432:5432"',
    '',
  ].join('\n'),
  '/p/compose.override.yaml': [
    'services:',
    '  web:',
    '    restart: "no"',
    '    ports:',
    '      - "9090:80"',
    '    volumes:',
    '      - ./site:/usr/share/nginx/html',
    '  mail-dev:',
    '    image: axllent/mailpit:v1.21',
    '    profiles: [dev]',
    '    ports: ["8025:8025"]',
    '  mail-test:',
    '    image: axllent/mailpit:v1.21',
    '    profiles: [test]',
    '    ports: ["8025:8025"]',
    '  pgadmin:',
    '    image: dpage/pgadmin4:8.12',
    '    profiles: [debug]',
    '    ports: ["5432:80"]',
    '',
  ].join('\n'),
};

const project = () => loadProject({ files: ['/p/compose.yaml', '/p/compose.override.yaml'], readFile: (p) => disk[p] });

describe('panel: the effective Compose project', () => {
  it('lists the files, the profiles, and which services run with none active', () => {
    const view = projectPanelView(project(), []);
    assert.deepStrictEqual(view.files, [
      { file: 'compose.yaml', role: 'main' },
      { file: 'compose.override.yaml', role: 'override' },
    ]);
    assert.deepStrictEqual(view.profiles, ['debug', 'dev', 'test']);
    assert.deepStrictEqual(view.services.map((s) => [s.name, s.runs]), [['web', true], ['db', true], ['mail-dev', false], ['mail-test', false], ['pgadmin', false]]);
  });

  it('merges the override\'s ports into the base service and marks them with their origin', () => {
    const web = projectPanelView(project(), []).services[0];
    assert.deepStrictEqual(web.ports.map((p) => [p.text, p.origin.file, p.origin.line, p.fromOtherFile]), [
      ['8080:80', 'compose.yaml', 6, false],
      ['9090:80', 'compose.override.yaml', 5, true],
    ]);
    assert.deepStrictEqual(web.volumes.map((v) => [v.text, v.origin.file, v.origin.line]), [['./site:/usr/share/nginx/html', 'compose.override.yaml', 7]]);
    // `restart` is replaced by the override: shown as a value another file set, with its line.
    assert.deepStrictEqual(web.overridden.map((o) => [o.key, o.text, o.origin.file, o.origin.line]), [['restart', 'no', 'compose.override.yaml', 3]]);
    assert.deepStrictEqual(web.origin, { file: 'compose.yaml', path: '/p/compose.yaml', line: 2, character: 2 });
    // …and the value it replaced, with its line (compose-go override/merge.go: a later scalar replaces the earlier one).
    assert.deepStrictEqual(web.overridden.map((o) => [o.replaces?.text, o.replaces?.origin.file, o.replaces?.origin.line]), [['always', 'compose.yaml', 4]]);
    // Values no other file replaced carry nothing.
    assert.deepStrictEqual(web.ports.map((p) => p.replaces), [undefined, undefined]);
  });

  it("an override's image names the base image it replaces; a volume with the same container path names the base's mount (uncity.go volumeIndexer)", () => {
    const files: Record<string, string> = {
      '/r/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - ./data:/var/lib/postgresql/data\n',
      '/r/compose.override.yaml': 'services:\n  db:\n    image: postgres:17\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n',
    };
    const db = projectPanelView(loadProject({ files: ['/r/compose.yaml', '/r/compose.override.yaml'], readFile: (p) => files[p] }), []).services[0];
    assert.deepStrictEqual([db.image?.text, db.image?.fromOtherFile, db.image?.replaces?.text, db.image?.replaces?.origin.file, db.image?.replaces?.origin.line], ['postgres:17', true, 'postgres:16', 'compose.yaml', 3]);
    assert.deepStrictEqual(
      db.volumes.map((v) => [v.text, v.replaces?.text, v.replaces?.origin.line]),
      [['pgdata:/var/lib/postgresql/data', './data:/var/lib/postgresql/data', 5]],
    );
  });

  it('an override that writes the same value again names nothing it replaced; one that replaces an empty value says so (empty: true)', () => {
    const files: Record<string, string> = {
      '/r/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    restart:\n',
      '/r/compose.override.yaml': 'services:\n  web:\n    image: nginx:1.27\n    restart: always\n',
    };
    const web = projectPanelView(loadProject({ files: ['/r/compose.yaml', '/r/compose.override.yaml'], readFile: (p) => files[p] }), []).services[0];
    assert.strictEqual(web.image?.text, 'nginx:1.27');
    assert.strictEqual(web.image?.replaces, undefined);
    const restart = web.overridden.find((o) => o.key === 'restart');
    assert.deepStrictEqual([restart?.text, restart?.replaces?.empty, restart?.replaces?.origin.line], ['always', true, 4]);
  });

  it('dev alone: mail-dev runs and clashes with nothing', () => {
    const view = projectPanelView(project(), ['dev']);
    const mail = view.services.find((s) => s.name === 'mail-dev');
    assert.strictEqual(mail?.runs, true);
    assert.deepStrictEqual(mail.ports[0].conflicts, []);
  });

  it('dev and test together: the two mail services clash on host port 8025, each naming the other', () => {
    const view = projectPanelView(project(), ['dev', 'test']);
    const dev = view.services.find((s) => s.name === 'mail-dev');
    const test = view.services.find((s) => s.name === 'mail-test');
    assert.deepStrictEqual(test?.ports[0].conflicts, [{ service: 'mail-dev', port: '8025', text: '8025:8025' }]);
    assert.deepStrictEqual(dev?.ports[0].conflicts, [{ service: 'mail-test', port: '8025', text: '8025:8025' }]);
  });

  it('debug: pgadmin on every interface meets db on 127.0.0.1:5432', () => {
    const view = projectPanelView(project(), ['debug']);
    const pgadmin = view.services.find((s) => s.name === 'pgadmin');
    assert.deepStrictEqual(pgadmin?.ports[0].conflicts.map((c) => c.service), ['db']);
  });

  it('"*" turns every profile on', () => {
    assert.ok(projectPanelView(project(), ['*']).services.every((s) => s.runs));
  });

  it('the worker\'s file view carries the project with the profiles the panel chose', () => {
    const s = new AnalysisService((p) => disk[p]);
    const doc = { uri: 'file:///p/compose.yaml', version: 1, kind: 'compose' as const, text: disk['/p/compose.yaml'] };
    const target = { path: '/p/compose.yaml', workspaceRoot: '/p', language: 'ko' as const };
    const plain = s.handle('fileView', { doc, fileName: 'compose.yaml', target });
    assert.ok(plain.kind === 'compose' && plain.project);
    assert.deepStrictEqual(plain.project.active, []);
    const debug = s.handle('fileView', { doc: { ...doc, text: undefined }, fileName: 'compose.yaml', target, profiles: ['debug'] });
    assert.ok(debug.kind === 'compose' && debug.project);
    assert.strictEqual(debug.project.services.find((x) => x.name === 'pgadmin')?.runs, true);
  });

  it('COMPOSE_PROFILES in .env is the default, as for docker compose up', () => {
    const s = new AnalysisService((p) => ({ ...disk, '/p/.env': 'COMPOSE_PROFILES=test\n' })[p]);
    const view = s.handle('fileView', { doc: { uri: 'file:///p/compose.yaml', version: 1, kind: 'compose', text: disk['/p/compose.yaml'] }, fileName: 'compose.yaml', target: { path: '/p/compose.yaml', language: 'ko' } });
    assert.ok(view.kind === 'compose' && view.project);
    assert.deepStrictEqual(view.project.active, ['test']);
    assert.strictEqual(view.project.activeFrom, 'env');
  });

  it('the team config\'s compose.profiles come first and say so; the reader\'s choice wins over both', () => {
    const files: Record<string, string> = { ...disk, '/p/.env': 'COMPOSE_PROFILES=test\n', '/p/.docker-explain.json': '{ "compose": { "profiles": ["debug"] } }\n' };
    const s = new AnalysisService((p) => files[p]);
    const doc = { uri: 'file:///p/compose.yaml', version: 1, kind: 'compose' as const, text: disk['/p/compose.yaml'] };
    const target = { path: '/p/compose.yaml', workspaceRoot: '/p', language: 'ko' as const };
    const first = s.handle('fileView', { doc, fileName: 'compose.yaml', target });
    assert.ok(first.kind === 'compose' && first.project);
    assert.deepStrictEqual([first.project.active, first.project.activeFrom], [['debug'], 'config']);
    assert.strictEqual(first.project.services.find((x) => x.name === 'pgadmin')?.runs, true);
    const chosen = s.handle('fileView', { doc: { ...doc, text: undefined }, fileName: 'compose.yaml', target, profiles: [] });
    assert.ok(chosen.kind === 'compose' && chosen.project);
    assert.deepStrictEqual([chosen.project.active, chosen.project.activeFrom], [[], undefined]);
  });
});
