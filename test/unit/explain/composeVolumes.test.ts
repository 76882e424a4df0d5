import * as assert from 'assert';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import {
  allServiceMounts,
  declaredVolumes,
  parseTmpfsEntry,
  parseVolumeShort,
  parseVolumesFrom,
  resolveHostPath,
  serviceVolumes,
  serviceVolumesFrom,
} from '../../../src/core/model/composeVolumes';
import { parseNetworkMode, serviceDependsOn, serviceNetworks, declaredNetworks } from '../../../src/core/model/composeServices';

// The Compose volume model that hovers, lint rules and the panel share.
describe('compose volume model', () => {
  const short: [string, Partial<ReturnType<typeof parseVolumeShort>>][] = [
    ['./data:/var/lib/data', { type: 'bind', source: './data', target: '/var/lib/data', readOnly: false, anonymous: false, createHostPath: true }],
    ['../conf:/etc/app:ro', { type: 'bind', source: '../conf', readOnly: true, options: ['ro'] }],
    ['/srv/www:/usr/share/nginx/html:ro,z', { type: 'bind', readOnly: true, selinux: 'z' }],
    ['~/cache:/cache:Z', { type: 'bind', selinux: 'Z', readOnly: false }],
    ['C:\\data:/data', { type: 'bind', source: 'C:\\data', target: '/data' }],
    ['db-data:/var/lib/postgresql/data', { type: 'volume', source: 'db-data', anonymous: false }],
    ['/var/lib/mysql', { type: 'volume', anonymous: true, target: '/var/lib/mysql', source: undefined }],
    ['vol:/data:nocopy', { type: 'volume', nocopy: true }],
    ['./x:/y:rshared', { propagation: 'rshared' }],
    ['${DATA_DIR:-./data}:/data', { type: undefined, source: '${DATA_DIR:-./data}', target: '/data', hasVariable: true }],
  ];
  for (const [spec, expected] of short) {
    it(`short syntax ${spec}`, () => {
      const parsed = parseVolumeShort(spec);
      for (const [key, value] of Object.entries(expected)) assert.deepStrictEqual((parsed as unknown as Record<string, unknown>)[key], value, key);
      assert.deepStrictEqual(parsed.problems, []);
    });
  }

  it('reports what Compose would reject or misread', () => {
    assert.deepStrictEqual(parseVolumeShort('usr/html:/usr/share/nginx/html').problems, [{ code: 'invalid-volume-name', detail: 'usr/html' }]);
    assert.deepStrictEqual(parseVolumeShort('./a:data').problems, [{ code: 'relative-target', detail: 'data' }]);
    assert.deepStrictEqual(parseVolumeShort('./a:/b:ro:z').problems.map((p) => p.code), ['too-many-colons']);
    assert.deepStrictEqual(parseVolumeShort('./a::/b').problems.map((p) => p.code), ['empty-section']);
    assert.deepStrictEqual(parseVolumeShort('./a:/b:rx').problems, [{ code: 'unknown-option', detail: 'rx' }]);
    assert.deepStrictEqual(parseVolumeShort('./a:/b:cached').problems, []);
    assert.deepStrictEqual(parseVolumeShort('').problems.map((p) => p.code), ['empty']);
  });

  it('reads long syntax, tmpfs and declarations from a document, with ranges', () => {
    const doc = parseCompose(
      [
        'services:',
        '  db:',
        '    image: postgres:16',
        '    volumes:',
        '      - "db-data:/var/lib/postgresql/data"',
        '      - type: bind',
        '        source: ./init',
        '        target: /docker-entrypoint-initdb.d',
        '        read_only: true',
        '        bind:',
        '          create_host_path: false',
        '      - type: tmpfs',
        '        target: /tmp',
        '        tmpfs:',
        '          size: 100m',
        '    tmpfs:',
        '      - /run:size=64m,mode=1777',
        '  backup:',
        '    image: alpine',
        '    volumes_from:',
        '      - db:ro',
        '      - container:legacy',
        'volumes:',
        '  db-data:',
        '  old:',
        '    external: true',
        '',
      ].join('\n'),
    );
    const db = doc.services[0];
    const mounts = serviceVolumes(doc, db);
    assert.deepStrictEqual(
      mounts.map((m) => [m.syntax, m.type, m.source, m.target, m.readOnly, m.text]),
      [
        ['short', 'volume', 'db-data', '/var/lib/postgresql/data', false, 'db-data:/var/lib/postgresql/data'],
        ['long', 'bind', './init', '/docker-entrypoint-initdb.d', true, './init:/docker-entrypoint-initdb.d:ro'],
        ['long', 'tmpfs', undefined, '/tmp', false, 'tmpfs:/tmp'],
      ],
    );
    // Inside the quoted scalar: `db-data` starts after the quote on line 4.
    assert.deepStrictEqual(mounts[0].sourceRange, { start: { line: 4, character: 9 }, end: { line: 4, character: 16 } });
    assert.deepStrictEqual(mounts[0].targetRange?.start, { line: 4, character: 17 });
    assert.strictEqual(mounts[1].createHostPath, false);
    assert.deepStrictEqual(mounts[2].tmpfs, { size: '100m', mode: undefined });
    assert.deepStrictEqual(allServiceMounts(doc).map((m) => `${m.origin}:${m.target}`), ['volumes:/var/lib/postgresql/data', 'volumes:/docker-entrypoint-initdb.d', 'volumes:/tmp', 'tmpfs:/run']);
    const declared = declaredVolumes(doc);
    assert.deepStrictEqual([...declared.keys()], ['db-data', 'old']);
    assert.strictEqual(declared.get('old')?.external, true);
    assert.strictEqual(declared.get('db-data')?.external, false);
    const from = serviceVolumesFrom(doc, doc.services[1]);
    assert.deepStrictEqual(from.map((f) => [f.kind, f.name, f.access]), [
      ['service', 'db', 'ro'],
      ['container', 'legacy', undefined],
    ]);
  });

  it('volumes_from forms', () => {
    assert.deepStrictEqual(parseVolumesFrom('container:c:rw'), { kind: 'container', name: 'c', access: 'rw', problems: [] });
    assert.deepStrictEqual(parseVolumesFrom('web'), { kind: 'service', name: 'web', access: undefined, problems: [] });
    assert.deepStrictEqual(parseVolumesFrom('service:web').problems.map((p) => p.code), ['service-prefix']);
    assert.strictEqual(parseVolumesFrom('service:web').name, 'web');
    assert.deepStrictEqual(parseVolumesFrom('web:rx').problems, [{ code: 'bad-access', detail: 'rx' }]);
  });

  it('tmpfs key entries and host path resolution', () => {
    assert.deepStrictEqual(parseTmpfsEntry('/data:mode=755,uid=1009').tmpfs, { size: undefined, mode: '755' });
    assert.strictEqual(resolveHostPath('./data', '/home/me/app'), '/home/me/app/data');
    assert.strictEqual(resolveHostPath('../shared/x', '/home/me/app/'), '/home/me/shared/x');
    assert.strictEqual(resolveHostPath('/abs', '/home/me/app'), '/abs');
    assert.strictEqual(resolveHostPath('~/x', '/home/me/app'), '~/x');
  });
});

describe('compose services model', () => {
  const doc = parseCompose(
    [
      'services:',
      '  web:',
      '    depends_on:',
      '      db:',
      '        condition: service_healthy',
      '        restart: true',
      '      cache:',
      '        required: false',
      '    networks:',
      '      front:',
      '        aliases: [www]',
      '      back:',
      '  worker:',
      '    depends_on: [db]',
      '    networks: [back]',
      '    network_mode: service:web',
      'networks:',
      '  front:',
      '  back:',
      '    internal: true',
      '',
    ].join('\n'),
  );

  it('depends_on short and long', () => {
    assert.deepStrictEqual(
      serviceDependsOn(doc, doc.services[0]).map((d) => [d.name, d.syntax, d.condition, d.conditionWritten, d.restart, d.required, d.range.start.line]),
      [
        ['db', 'long', 'service_healthy', true, true, true, 3],
        ['cache', 'long', 'service_started', false, undefined, false, 6],
      ],
    );
    assert.deepStrictEqual(serviceDependsOn(doc, doc.services[1]).map((d) => [d.name, d.syntax, d.condition]), [['db', 'short', 'service_started']]);
  });

  it('networks, network_mode and declarations', () => {
    assert.deepStrictEqual(serviceNetworks(doc, doc.services[0]).map((n) => [n.name, n.aliases]), [
      ['front', ['www']],
      ['back', []],
    ]);
    assert.deepStrictEqual(serviceNetworks(doc, doc.services[1]).map((n) => n.name), ['back']);
    assert.deepStrictEqual(parseNetworkMode('service:web'), { text: 'service:web', kind: 'service', target: 'web' });
    assert.strictEqual(parseNetworkMode('host').kind, 'host');
    assert.strictEqual(declaredNetworks(doc).get('back')?.internal, true);
  });
});
