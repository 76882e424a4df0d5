import * as assert from 'assert';
import { definitionsAt, highlightsAt, isRefusal, referencesAt, renameAt } from '../../../src/core/navigate';
import type { Files } from './harness';
import { indexOf, positionOf, show, showEdits } from './harness';

// Go to definition, references and rename in Compose files, alone and as a project (override
// files, include, extends.file), and into the Dockerfile a `build.target` names. Where a name is
// used: https://docs.docker.com/reference/compose-file/services/ (depends_on, links,
// volumes_from, extends, network_mode, ipc, volumes, networks, secrets, configs,
// build.target); which files share names: compose-go v2.10.0 loader/loader.go, include.go,
// extends.go (an extends file lends one service, not its names).

const C = '/p/compose.yaml';

const ONE = `x-env: &env
  TZ: UTC
services:
  web:
    image: nginx
    environment: *env
    depends_on: [db]
    links: ["db:database"]
    volumes_from: ["db:ro", "container:other"]
    network_mode: service:db
    volumes:
      - data:/var/lib/data
      - ./src:/src
      - type: volume
        source: data
        target: /b
    networks: [front]
    secrets: [token]
    configs:
      - source: app
        target: /app.conf
  worker:
    depends_on:
      db:
        condition: service_healthy
    extends: web
    ipc: "service:db"
  db:
    image: postgres
    networks:
      front: {}
volumes:
  data: {}
networks:
  front: {}
secrets:
  token:
    file: ./token.txt
configs:
  app:
    file: ./app.conf
`;

interface Row {
  name: string;
  at: string;
  nth?: number;
  expect: string[];
}

const definitionRows: Row[] = [
  { name: 'depends_on short syntax', at: 'depends_on: [d', expect: [`${C}:28:db`] },
  { name: 'depends_on long syntax (map key)', at: '      d', nth: 0, expect: [`${C}:28:db`] },
  { name: 'links: the name before the alias', at: '"d', expect: [`${C}:28:db`] },
  { name: 'volumes_from with :ro', at: '["d', expect: [`${C}:28:db`] },
  { name: 'volumes_from container: is a container, not a service', at: 'container:oth', expect: [] },
  { name: 'network_mode service:', at: 'service:d', expect: [`${C}:28:db`] },
  { name: 'ipc service: (quoted)', at: '"service:d', expect: [`${C}:28:db`] },
  { name: 'extends: a service of this file', at: 'extends: w', expect: [`${C}:4:web`] },
  { name: 'a named volume, short syntax', at: '- da', expect: [`${C}:33:data`] },
  { name: 'a named volume, long syntax', at: 'source: da', expect: [`${C}:33:data`] },
  { name: 'a bind mount is no volume', at: './sr', expect: [] },
  { name: 'a network, list form', at: '[fr', expect: [`${C}:35:front`] },
  { name: 'a network, map form', at: '      fr', expect: [`${C}:35:front`] },
  { name: 'a secret', at: '[tok', expect: [`${C}:37:token`] },
  { name: 'a config, long syntax', at: 'source: ap', expect: [`${C}:40:app`] },
  { name: 'a YAML alias goes to its anchor', at: '*en', expect: [`${C}:1:env`] },
];

describe('navigate: Compose definitions in one file', () => {
  for (const row of definitionRows) {
    it(row.name, () => {
      const files = { [C]: ONE };
      assert.deepStrictEqual(show(files, definitionsAt(indexOf(files), C, positionOf(ONE, row.at, row.nth))), row.expect);
    });
  }

  it('references of a service: every place that names it', () => {
    const files = { [C]: ONE };
    const got = show(files, referencesAt(indexOf(files), C, positionOf(ONE, '  db:')));
    assert.deepStrictEqual(got, [`${C}:7:db`, `${C}:8:db`, `${C}:9:db`, `${C}:10:db`, `${C}:24:db`, `${C}:27:db`, `${C}:28:db`]);
  });

  it('highlights of an anchor', () => {
    const files = { [C]: ONE };
    const got = highlightsAt(indexOf(files), C, positionOf(ONE, '&en')).map((h) => `${h.range.start.line + 1}:${h.kind}`);
    assert.deepStrictEqual(got, ['1:write', '6:read']);
  });
});

describe('navigate: Compose rename in one file', () => {
  it('a service: the key and every reference, quotes and suffixes kept', () => {
    const files = { [C]: ONE };
    const result = renameAt(indexOf(files), C, positionOf(ONE, '  db:'), 'database');
    assert.ok(!isRefusal(result), JSON.stringify(result));
    assert.deepStrictEqual(showEdits(files, result.changes), [
      `${C}:10:db→database`,
      `${C}:24:db→database`,
      `${C}:27:db→database`,
      `${C}:28:db→database`,
      `${C}:7:db→database`,
      `${C}:8:db→database`,
      `${C}:9:db→database`,
    ]);
  });

  it('refuses a name another service has', () => {
    const files = { [C]: ONE };
    const result = renameAt(indexOf(files), C, positionOf(ONE, '  db:'), 'web');
    assert.ok(isRefusal(result));
    assert.ok(result.error.ko.includes('‘web’ 서비스가 이미 있어요(compose.yaml 4번 줄)'), result.error.ko);
  });

  it('refuses a name Compose does not accept', () => {
    const files = { [C]: ONE };
    const result = renameAt(indexOf(files), C, positionOf(ONE, '  db:'), 'my db');
    assert.ok(isRefusal(result));
    assert.ok(result.error.ko.includes('서비스 이름으로 쓸 수 없어요'), result.error.ko);
  });

  it('refuses a volume with a reason', () => {
    const files = { [C]: ONE };
    const result = renameAt(indexOf(files), C, positionOf(ONE, '  data:'), 'store');
    assert.ok(isRefusal(result));
  });
});

// The namespace keys: compose-go v2 loader/normalize.go makes `service:x` in network_mode, ipc,
// pid, uts and cgroup a dependency; docker/compose v2 pkg/compose/convergence.go
// (resolveServiceReferences) gives network_mode, ipc and pid that service's container. uts and
// cgroup take no container (the engine's UTSMode is host or empty; the schema's cgroup is host
// or private), so they name nothing.
const NAMESPACES = `services:
  app:
    image: alpine
    network_mode: service:sidecar
    ipc: service:sidecar
    pid: "service:sidecar"
    uts: service:sidecar
  sidecar:
    image: busybox
`;

describe('navigate: Compose namespace keys (network_mode, ipc, pid as service:x)', () => {
  const C2 = '/q/compose.yaml';
  const rows: Row[] = [
    { name: 'network_mode', at: 'network_mode: service:s', expect: [`${C2}:8:sidecar`] },
    { name: 'ipc', at: 'ipc: service:s', expect: [`${C2}:8:sidecar`] },
    { name: 'pid (quoted)', at: 'pid: "service:s', expect: [`${C2}:8:sidecar`] },
    { name: 'uts takes no service', at: 'uts: service:s', expect: [] },
  ];
  for (const row of rows) {
    it(`definition from ${row.name}`, () => {
      const files = { [C2]: NAMESPACES };
      assert.deepStrictEqual(show(files, definitionsAt(indexOf(files), C2, positionOf(NAMESPACES, row.at))), row.expect);
    });
  }

  it('references and rename of the service cover the three keys', () => {
    const files = { [C2]: NAMESPACES };
    const at = positionOf(NAMESPACES, '  sid');
    assert.deepStrictEqual(show(files, referencesAt(indexOf(files), C2, at)), [`${C2}:4:sidecar`, `${C2}:5:sidecar`, `${C2}:6:sidecar`, `${C2}:8:sidecar`]);
    const result = renameAt(indexOf(files), C2, at, 'proxy');
    assert.ok(!isRefusal(result), JSON.stringify(result));
    assert.deepStrictEqual(showEdits(files, result.changes), [`${C2}:4:sidecar→proxy`, `${C2}:5:sidecar→proxy`, `${C2}:6:sidecar→proxy`, `${C2}:8:sidecar→proxy`]);
  });
});

const PROJECT: Files = {
  '/p/compose.yaml': `include:
  - inc/compose.yaml
services:
  web:
    image: nginx
    extends:
      file: common.yaml
      service: base
    build:
      context: ./app
      target: runtime
  db:
    image: postgres
`,
  '/p/compose.override.yaml': `services:
  web:
    depends_on: [db, cache]
`,
  '/p/inc/compose.yaml': `services:
  cache:
    image: redis
`,
  '/p/common.yaml': `services:
  base:
    environment:
      A: "1"
  web:
    image: not-the-project-web
`,
  '/p/app/Dockerfile': `FROM golang AS build
FROM alpine AS runtime
COPY --from=build /a /a
`,
};
const SET = ['/p/compose.yaml', '/p/compose.override.yaml'];

describe('navigate: a Compose project across files', () => {
  it('an override file names a service of the main file', () => {
    const text = PROJECT['/p/compose.override.yaml'];
    const got = definitionsAt(indexOf(PROJECT, SET), '/p/compose.override.yaml', positionOf(text, '[d'));
    assert.deepStrictEqual(show(PROJECT, got), ['/p/compose.yaml:12:db']);
  });

  it('an included file defines a service the project uses', () => {
    const text = PROJECT['/p/compose.override.yaml'];
    const got = definitionsAt(indexOf(PROJECT, SET), '/p/compose.override.yaml', positionOf(text, 'cac'));
    assert.deepStrictEqual(show(PROJECT, got), ['/p/inc/compose.yaml:2:cache']);
  });

  it('extends.file names a service of that file', () => {
    const text = PROJECT['/p/compose.yaml'];
    const got = definitionsAt(indexOf(PROJECT, SET), '/p/compose.yaml', positionOf(text, 'service: ba'));
    assert.deepStrictEqual(show(PROJECT, got), ['/p/common.yaml:2:base']);
  });

  it('a service key in the main and the override file is one service; the extends file’s own web is another', () => {
    const text = PROJECT['/p/compose.yaml'];
    const got = definitionsAt(indexOf(PROJECT, SET), '/p/compose.yaml', positionOf(text, '  we'));
    assert.deepStrictEqual(show(PROJECT, got), ['/p/compose.override.yaml:2:web', '/p/compose.yaml:4:web']);
  });

  it('build.target goes to the stage of the service’s Dockerfile', () => {
    const text = PROJECT['/p/compose.yaml'];
    const got = definitionsAt(indexOf(PROJECT, SET), '/p/compose.yaml', positionOf(text, 'target: run'));
    assert.deepStrictEqual(show(PROJECT, got), ['/p/app/Dockerfile:2:runtime']);
  });

  it('rename of a service edits every file of the project', () => {
    const text = PROJECT['/p/compose.yaml'];
    const result = renameAt(indexOf(PROJECT, SET), '/p/compose.yaml', positionOf(text, '  d'), 'postgres');
    assert.ok(!isRefusal(result), JSON.stringify(result));
    assert.deepStrictEqual(showEdits(PROJECT, result.changes), ['/p/compose.override.yaml:3:db→postgres', '/p/compose.yaml:12:db→postgres']);
  });

  it('rename from build.target renames the stage in the Dockerfile too', () => {
    const text = PROJECT['/p/compose.yaml'];
    const result = renameAt(indexOf(PROJECT, SET), '/p/compose.yaml', positionOf(text, 'target: run'), 'final');
    assert.ok(!isRefusal(result), JSON.stringify(result));
    assert.deepStrictEqual(showEdits(PROJECT, result.changes), ['/p/app/Dockerfile:2:runtime→final', '/p/compose.yaml:11:runtime→final']);
  });

  it('rename refuses a service name an included file already uses', () => {
    const text = PROJECT['/p/compose.yaml'];
    const result = renameAt(indexOf(PROJECT, SET), '/p/compose.yaml', positionOf(text, '  d'), 'cache');
    assert.ok(isRefusal(result));
    assert.ok(result.error.ko.includes('compose.yaml 2번 줄'), result.error.ko);
  });
});
