import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { fileKindOf } from '../../../src/core/documents/fileKind';
import { lintDocument } from '../../../src/core/lint/engine';
import { buildFileView } from '../../../src/core/model/panelModel';
import type { FileView } from '../../../src/core/model/panelModel';
import { composeTopology } from '../../../src/core/model/composeTopology';
import { parseCompose } from '../../../src/core/documents/composeDocument';

const ROOT = path.resolve(__dirname, '../../../..');
const FILE = { fileName: 'x', uri: 'file:///x', version: 1 };

function view(text: string, kind: 'dockerfile' | 'compose'): FileView {
  const doc = parseDocument(text, kind);
  return buildFileView(doc, lintDocument(doc), FILE);
}

describe('panel model: Dockerfile layer stacks', () => {
  const v = view(fs.readFileSync(path.join(ROOT, 'examples', 'Dockerfile'), 'utf8'), 'dockerfile');

  it('shows each stage with its base at the bottom and the steps in file order', () => {
    assert.strictEqual(v.kind, 'dockerfile');
    if (v.kind !== 'dockerfile') return;
    assert.deepStrictEqual(v.stages.map((s) => s.label), ['build', 'web']);
    const build = v.stages[0];
    assert.deepStrictEqual(build.base, { kind: 'image', text: 'node:20-bookworm-slim', stageLabel: undefined });
    assert.deepStrictEqual(
      build.steps.map((s) => [s.keyword, s.effect, s.layerNumber ?? null, s.line]),
      [
        ['FROM', 'base', null, 3],
        ['WORKDIR', 'layer', 1, 4],
        ['ADD', 'layer', 2, 6],
        ['RUN', 'layer', 3, 8],
        ['COPY', 'layer', 4, 9],
        ['RUN', 'layer', 5, 11],
      ],
    );
    assert.strictEqual(build.layerCount, 5);
    assert.strictEqual(build.final, false);
  });

  it('marks only the last stage as the final image (where the writable layer is drawn)', () => {
    if (v.kind !== 'dockerfile') return assert.fail();
    const web = v.stages[1];
    assert.strictEqual(web.final, true);
    assert.deepStrictEqual(web.steps.map((s) => s.effect), ['base', 'layer', 'metadata', 'metadata', 'metadata']);
    const copy = web.steps[1];
    assert.strictEqual(copy.copyFrom, 'build');
    assert.strictEqual(copy.text, 'COPY --from=build /app/dist /usr/share/nginx/html');
    assert.deepStrictEqual(copy.range.start, { line: 18, character: 0 });
  });

  it('attaches diagnostics to the step they are on', () => {
    const w = view('FROM ubuntu\nRUN apt-get install -y curl\n', 'dockerfile');
    if (w.kind !== 'dockerfile') return assert.fail();
    const all = w.stages.flatMap((s) => s.steps.flatMap((st) => st.diagnostics.map((d) => [st.line, d.range.start.line])));
    for (const [stepLine, diagLine] of all) assert.strictEqual(stepLine, diagLine);
    assert.strictEqual(w.counts.error + w.counts.warning + w.counts.info, w.stages.flatMap((s) => s.steps.flatMap((st) => st.diagnostics)).length);
  });

  it('inherits layers through FROM <stage> and clips very long lines', () => {
    const long = `RUN echo ${'x'.repeat(400)}`;
    const w = view(`FROM alpine AS a\nRUN one\nFROM a AS b\n${long}\n`, 'dockerfile');
    if (w.kind !== 'dockerfile') return assert.fail();
    assert.deepStrictEqual(w.stages[1].base, { kind: 'stage', text: 'a', stageLabel: 'a' });
    assert.strictEqual(w.stages[1].inheritedLayers, 1);
    assert.strictEqual(w.stages[1].steps[1].text.length, 160);
    assert.ok(w.stages[1].steps[1].text.endsWith('…'));
  });
});

describe('panel model: Compose topology', () => {
  const text = fs.readFileSync(path.join(ROOT, 'examples', 'compose.yaml'), 'utf8');
  const v = view(text, 'compose');

  it('lists services with published ports as host → container', () => {
    if (v.kind !== 'compose') return assert.fail();
    assert.deepStrictEqual(v.services.map((s) => s.name), ['web', 'admin', 'db']);
    const web = v.services[0];
    assert.strictEqual(web.build, '.');
    assert.deepStrictEqual(
      web.ports.map((p) => [p.hostIp, p.hostPort, p.containerPort, p.protocol, p.loopback]),
      [[undefined, '8080', '80', 'tcp', false]],
    );
    const db = v.services[2];
    assert.deepStrictEqual(
      db.ports.map((p) => [p.hostIp, p.hostPort, p.containerPort, p.loopback]),
      [['127.0.0.1', '5432', '5432', true]],
    );
  });

  it('marks the duplicate host port found by lint on the second claimant only', () => {
    if (v.kind !== 'compose') return assert.fail();
    const [web, admin, db] = v.services;
    assert.deepStrictEqual(web.ports[0].conflicts, []);
    assert.strictEqual(admin.ports[0].conflicts.length, 1);
    assert.match(admin.ports[0].conflicts[0], /호스트 포트 8080\/tcp/);
    assert.match(admin.ports[0].conflicts[0], /‘web’/);
    assert.deepStrictEqual(db.ports[0].conflicts, []);
    assert.ok(v.counts.error >= 1);
  });

  it('shows mounts by type, named volumes with their users, depends_on and the default network', () => {
    if (v.kind !== 'compose') return assert.fail();
    const [web, , db] = v.services;
    assert.deepStrictEqual(web.mounts.map((m) => [m.type, m.source, m.target, m.readOnly]), [['bind', './site', '/usr/share/nginx/html', true]]);
    assert.deepStrictEqual(db.mounts.map((m) => [m.type, m.source]), [['volume', 'db-data']]);
    assert.deepStrictEqual(v.volumes, [{ name: 'db-data', declared: true, external: false, range: v.volumes[0].range, usedBy: ['db'] }]);
    assert.deepStrictEqual(v.dependsOn.map((e) => [e.from, e.to, e.detail, e.external]), [['web', 'db', 'service_started', false]]);
    assert.deepStrictEqual(v.networks.map((n) => [n.name, n.implicit, n.services]), [['default', true, ['web', 'admin', 'db']]]);
  });

  it('finds shared volumes, volumes_from edges, custom networks and network_mode', () => {
    const doc = parseCompose(
      [
        'services:',
        '  a:',
        '    image: x',
        '    volumes: [shared:/data, /anon]',
        '    networks: [front, back]',
        '  b:',
        '    image: y',
        '    volumes:',
        '      - type: volume',
        '        source: shared',
        '        target: /d',
        '    volumes_from: [a:ro, container:legacy]',
        '    depends_on:',
        '      a: {condition: service_healthy}',
        '      ghost: {condition: service_started}',
        '  c:',
        '    image: z',
        '    network_mode: host',
        '    tmpfs: /run',
        'volumes: {shared: {}, spare: {external: true}}',
        'networks: {front: {}, back: {}}',
      ].join('\n'),
    );
    const t = composeTopology(doc);
    assert.deepStrictEqual(t.volumes.map((v) => [v.name, v.usedBy, v.external]), [['shared', ['a', 'b'], false], ['spare', [], true]]);
    assert.deepStrictEqual(t.services[0].mounts.map((m) => m.type), ['volume', 'anonymous']);
    assert.deepStrictEqual(t.services[2].mounts.map((m) => [m.type, m.target]), [['tmpfs', '/run']]);
    assert.deepStrictEqual(t.volumesFrom.map((e) => [e.from, e.to, e.detail, e.external]), [['b', 'a', 'ro', false], ['b', 'container:legacy', undefined, true]]);
    assert.deepStrictEqual(t.dependsOn.map((e) => [e.to, e.detail, e.external]), [['a', 'service_healthy', false], ['ghost', 'service_started', true]]);
    assert.deepStrictEqual(t.services.map((s) => [s.networks, s.networkMode]), [[['front', 'back'], undefined], [['default'], undefined], [[], 'host']]);
    assert.deepStrictEqual(t.networks.map((n) => [n.name, n.services]), [['front', ['a']], ['back', ['a']], ['default', ['b']]]);
  });

  it('keeps a hostile service name as plain data (the webview renders it as text)', () => {
    const w = view('services:\n  "<img src=x onerror=alert(1)>":\n    image: nginx\n', 'compose');
    if (w.kind !== 'compose') return assert.fail();
    assert.strictEqual(w.services[0].name, '<img src=x onerror=alert(1)>');
  });

  it('does not guess ports that hold variables', () => {
    const w = view('services:\n  a:\n    image: x\n    ports: ["${PORT}:80", "80"]\n', 'compose');
    if (w.kind !== 'compose') return assert.fail();
    assert.deepStrictEqual(w.services[0].ports.map((p) => [p.variable, p.hostPort, p.containerPort]), [[true, undefined, undefined], [false, undefined, '80']]);
  });

  it('survives broken YAML and non-map services', () => {
    const w = view('services:\n  a: null\n  b: [1, 2\n', 'compose');
    assert.strictEqual(w.kind, 'compose');
    if (w.kind !== 'compose') return;
    assert.ok(w.yamlErrors > 0);
  });
});

describe('panel model: corpus', () => {
  const corpus = path.join(ROOT, '..', 'shared', 'corpus');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (fileKindOf(entry.name) === 'dockerfile' || fileKindOf(entry.name) === 'compose') files.push(p);
    }
  };
  if (fs.existsSync(corpus)) walk(corpus);

  it('draws every corpus file without throwing, with every step on a real line', () => {
    assert.ok(files.length > 100, `corpus has ${files.length} files`);
    let stages = 0;
    let services = 0;
    for (const file of files) {
      const kind = fileKindOf(path.basename(file)) as 'dockerfile' | 'compose';
      const text = fs.readFileSync(file, 'utf8');
      const v = view(text, kind);
      const lines = text.split(/\r?\n/).length;
      if (v.kind === 'dockerfile') {
        stages += v.stages.length;
        for (const s of v.stages) for (const st of s.steps) assert.ok(st.line < lines, `${file}: line ${st.line}`);
      } else if (v.kind === 'compose') {
        services += v.services.length;
        for (const s of v.services) assert.ok(s.keyRange.start.line < lines);
        // JSON-safe: the host posts it to the webview as is.
        assert.doesNotThrow(() => JSON.stringify(v));
      }
    }
    assert.ok(stages > 50 && services > 50, `stages ${stages}, services ${services}`);
  });
});
