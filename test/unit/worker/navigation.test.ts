import * as assert from 'assert';
import { AnalysisService } from '../../../src/worker/service';
import type { DocumentRef } from '../../../src/worker/protocol';
import { NAVIGATION_CACHE_SIZE, NavigationRequests } from '../../../src/worker/navigation';
import type { NavigationHost } from '../../../src/worker/navigation';
import { parseDocument } from '../../../src/core';
import type { ParsedDocument } from '../../../src/core';
import { CONTAINER_TOOLS, DOCKER_DX, providedBy } from '../../../src/extension/navigation/coexistenceTable';
import type { Feature } from '../../../src/extension/navigation/coexistenceTable';

// The worker's navigation requests, in-process, as the VS Code providers (and a language server)
// get them: a Compose file is navigated with its project read from the "disk" (the override
// file, the Dockerfile its build.target names); an open document's text wins over the disk.

const DISK: Record<string, string> = {
  '/w/compose.override.yaml': 'services:\n  web:\n    depends_on: [db]\n',
  '/w/app/Dockerfile': 'FROM golang AS build\nFROM alpine AS runtime\nCOPY --from=build /a /a\n',
};
const COMPOSE = 'services:\n  web:\n    image: nginx\n    build:\n      context: ./app\n      target: runtime\n  db:\n    image: postgres\n';

function setup(): { s: AnalysisService; doc: DocumentRef } {
  const s = new AnalysisService((path) => (path === '/w/compose.yaml' ? COMPOSE : DISK[path]));
  const doc: DocumentRef = { uri: 'file:///w/compose.yaml', version: 1, kind: 'compose', text: COMPOSE, file: { path: '/w/compose.yaml', workspaceRoot: '/w' } };
  return { s, doc };
}

describe('analysis worker: navigation', () => {
  it('definition of build.target is the stage in the Dockerfile on disk', () => {
    const { s, doc } = setup();
    const got = s.handle('definition', { doc, position: { line: 5, character: 15 } });
    assert.deepStrictEqual(got, [{ path: '/w/app/Dockerfile', range: { start: { line: 1, character: 15 }, end: { line: 1, character: 22 } } }]);
  });

  it('references of a service include the override file', () => {
    const { s, doc } = setup();
    const got = s.handle('references', { doc, position: { line: 6, character: 3 }, includeDeclaration: false });
    assert.deepStrictEqual(got.map((l) => `${l.path}:${l.range.start.line}`), ['/w/compose.override.yaml:2']);
  });

  it('rename edits both files; a refusal comes in both languages', () => {
    const { s, doc } = setup();
    const renamed = s.handle('rename', { doc, position: { line: 6, character: 3 }, newName: 'postgres' });
    assert.ok(!('error' in renamed));
    assert.deepStrictEqual(renamed.changes.map((c) => c.path).sort(), ['/w/compose.override.yaml', '/w/compose.yaml']);
    const refused = s.handle('rename', { doc, position: { line: 6, character: 3 }, newName: 'web' });
    assert.ok('error' in refused && /이미 있어요/.test(refused.error.ko) && /already exists/.test(refused.error.en));
    const nothing = s.handle('prepareRename', { doc, position: { line: 2, character: 6 } });
    assert.ok(nothing && 'error' in nothing);
  });

  it('an edit to the open document is what the next answer reads', () => {
    const { s, doc } = setup();
    s.handle('definition', { doc, position: { line: 5, character: 15 } });
    const edited = COMPOSE.replace('target: runtime', 'target: build');
    const got = s.handle('definition', { doc: { ...doc, version: 2, text: edited }, position: { line: 5, character: 15 } });
    assert.deepStrictEqual(got.map((l) => l.range.start.line), [0]);
  });

  it('outline, folding and links of a Dockerfile that is not a file', () => {
    const s = new AnalysisService(() => undefined);
    const doc: DocumentRef = { uri: 'untitled:Untitled-1', version: 1, kind: 'dockerfile', text: 'FROM node:20 AS build\nRUN npm ci \\\n  && npm test\n' };
    assert.deepStrictEqual(s.handle('symbols', { doc }).map((x) => x.name), ['build']);
    assert.deepStrictEqual(s.handle('folding', { doc }).map((f) => [f.start, f.end]), [[0, 2], [1, 2]]);
    assert.deepStrictEqual(s.handle('links', { doc }).map((l) => l.target), [{ kind: 'url', url: 'https://hub.docker.com/_/node' }]);
    const def = s.handle('definition', { doc, position: { line: 0, character: 17 } });
    assert.deepStrictEqual(def.map((l) => l.path), ['untitled:Untitled-1']);
  });
});

describe('analysis worker: navigation sees an edit to an included file', () => {
  // Review: the index of compose.yaml was kept by its own version and its set, so an edit to
  // other.yaml (read through include:) left definition on the old line and a rename at old offsets.
  const COMPOSE_INC = 'include:\n  - other.yaml\nservices:\n  web:\n    image: nginx\n    depends_on: [db]\n';
  const OTHER1 = 'services:\n  db:\n    image: postgres\n';
  const OTHER2 = '# added\n# lines\nservices:\n  db:\n    image: postgres\n';
  it('definition and rename in compose.yaml read the included file at its new version', () => {
    const s = new AnalysisService((p) => (p === '/w/compose.yaml' ? COMPOSE_INC : p === '/w/other.yaml' ? OTHER1 : undefined));
    const c: DocumentRef = { uri: 'file:///w/compose.yaml', version: 1, kind: 'compose', text: COMPOSE_INC, file: { path: '/w/compose.yaml', workspaceRoot: '/w' } };
    const o1: DocumentRef = { uri: 'file:///w/other.yaml', version: 1, kind: 'compose', text: OTHER1, file: { path: '/w/other.yaml', workspaceRoot: '/w' } };
    const pos = { line: 5, character: 17 };
    assert.deepStrictEqual(s.handle('definition', { doc: c, position: pos }).map((l) => `${l.path}:${l.range.start.line}`), ['/w/other.yaml:1']);
    s.handle('highlights', { doc: o1, position: { line: 1, character: 3 } });
    s.handle('highlights', { doc: { ...o1, version: 2, text: OTHER2 }, position: { line: 3, character: 3 } });
    const same: DocumentRef = { uri: c.uri, version: 1, kind: 'compose', file: c.file };
    assert.deepStrictEqual(s.handle('definition', { doc: same, position: pos }).map((l) => `${l.path}:${l.range.start.line}`), ['/w/other.yaml:3']);
    const renamed = s.handle('rename', { doc: same, position: pos, newName: 'pg' });
    assert.ok(!('error' in renamed));
    const other = renamed.changes.find((ch) => ch.path === '/w/other.yaml');
    assert.ok(other, 'the included file is edited');
    assert.deepStrictEqual(other.edits.map((e) => `${e.range.start.line}:${e.range.start.character}`), ['3:2']);
  });
});

describe('analysis worker: a navigation request on a kept index does not load the project', () => {
  // Review: the key of the index was built from a fresh load of the project, so every highlight
  // (each cursor move) read .env twice, db/.env and the included file, and parsed that file again.
  // The key now comes from the files the last load read; the project is loaded only to build.
  const disk: Record<string, string> = {
    '/w/.env': 'TAG=1\n',
    '/w/compose.yaml': 'include:\n  - db/compose.yaml\nservices:\n  web:\n    image: "nginx:${TAG}"\n    depends_on: [db]\n',
    '/w/db/compose.yaml': 'services:\n  db:\n    image: postgres\n',
    '/w/app/Dockerfile': 'FROM alpine AS runtime\n',
  };
  function counted(): { s: AnalysisService; reads: Map<string, number> } {
    const reads = new Map<string, number>();
    const s = new AnalysisService((p) => {
      reads.set(p, (reads.get(p) ?? 0) + 1);
      return disk[p];
    });
    return { s, reads };
  }

  it('highlights in compose.yaml: the included file and the env files are read once, for the first build', () => {
    const { s, reads } = counted();
    const doc: DocumentRef = { uri: 'file:///w/compose.yaml', version: 1, kind: 'compose', text: disk['/w/compose.yaml'], file: { path: '/w/compose.yaml', workspaceRoot: '/w' } };
    const at = { line: 5, character: 18 };
    for (let i = 0; i < 3; i++) assert.strictEqual(s.handle('highlights', { doc, position: at }).length, 1);
    assert.strictEqual(reads.get('/w/db/compose.yaml'), 1);
    assert.strictEqual(reads.get('/w/db/.env'), 1);
    // The set is found again each time (its .env may name COMPOSE_FILE): one read of .env per request, two for the load.
    assert.strictEqual(reads.get('/w/.env'), 3 + 1);
    // A change on disk makes the index stale: the project is read again.
    s.handle('filesChanged', { paths: ['/w/db/compose.yaml'] });
    s.handle('highlights', { doc, position: at });
    assert.strictEqual(reads.get('/w/db/compose.yaml'), 2);
  });

  it("references in a Dockerfile: the projects around it are loaded once while their files do not change", () => {
    const { s, reads } = counted();
    const doc: DocumentRef = { uri: 'file:///w/app/Dockerfile', version: 1, kind: 'dockerfile', text: disk['/w/app/Dockerfile'], file: { path: '/w/app/Dockerfile', workspaceRoot: '/w' } };
    for (let i = 0; i < 3; i++) s.handle('references', { doc, position: { line: 0, character: 17 }, includeDeclaration: true });
    assert.strictEqual(reads.get('/w/db/compose.yaml'), 1);
    assert.strictEqual(reads.get('/w/db/.env'), 1);
  });
});

describe('analysis worker: a stage rename from the Dockerfile reaches Compose build.target', () => {
  // compose.yaml at the root builds ./app/Dockerfile with `target: runtime`; a second project in
  // app/ names the stage too. Only the Dockerfile is open.
  const disk: Record<string, string> = {
    '/w/compose.yaml': COMPOSE,
    '/w/compose.override.yaml': 'services:\n  web:\n    build:\n      context: ./app\n      target: runtime\n',
    '/w/app/docker-compose.yml': 'services:\n  tool:\n    build:\n      target: runtime\n  other:\n    build:\n      dockerfile: Other.Dockerfile\n      target: runtime\n',
  };
  const text = DISK['/w/app/Dockerfile'];
  const setupDockerfile = () => {
    const s = new AnalysisService((path) => disk[path]);
    const doc: DocumentRef = { uri: 'file:///w/app/Dockerfile', version: 1, kind: 'dockerfile', text, file: { path: '/w/app/Dockerfile', workspaceRoot: '/w' } };
    return { s, doc };
  };
  const runtime = { line: 1, character: 17 };

  it('references of the stage include each build.target that names it, in the folder and above', () => {
    const { s, doc } = setupDockerfile();
    const got = s.handle('references', { doc, position: runtime, includeDeclaration: false });
    assert.deepStrictEqual(got.map((l) => `${l.path}:${l.range.start.line}`).sort(), ['/w/app/docker-compose.yml:3', '/w/compose.override.yaml:4', '/w/compose.yaml:5']);
  });

  it('rename edits the Dockerfile and every Compose file whose target names the stage, not a target of another Dockerfile', () => {
    const { s, doc } = setupDockerfile();
    const renamed = s.handle('rename', { doc, position: runtime, newName: 'final' });
    assert.ok(!('error' in renamed), JSON.stringify(renamed));
    const edits = renamed.changes.flatMap((c) => c.edits.map((e) => `${c.path}:${e.range.start.line}:${e.newText}`)).sort();
    assert.deepStrictEqual(edits, ['/w/app/Dockerfile:1:final', '/w/app/docker-compose.yml:3:final', '/w/compose.override.yaml:4:final', '/w/compose.yaml:5:final']);
  });

  it('refuses a name another stage of the Dockerfile has, with the line', () => {
    const { s, doc } = setupDockerfile();
    const refused = s.handle('rename', { doc, position: runtime, newName: 'build' });
    assert.ok('error' in refused && /1번 줄/.test(refused.error.ko), JSON.stringify(refused));
  });

  it('definition and highlights stay in the file (no Compose file is read for them)', () => {
    const read: string[] = [];
    const s = new AnalysisService((path) => {
      read.push(path);
      return disk[path];
    });
    const doc: DocumentRef = { uri: 'file:///w/app/Dockerfile', version: 1, kind: 'dockerfile', text, file: { path: '/w/app/Dockerfile', workspaceRoot: '/w' } };
    s.handle('highlights', { doc, position: runtime });
    s.handle('definition', { doc, position: { line: 2, character: 14 } });
    assert.deepStrictEqual(read.filter((p) => /compose/.test(p)), []);
  });
});

interface CoexistRow {
  installed: string[];
  feature: Feature;
  kind: 'dockerfile' | 'compose';
  by?: string;
}

// "auto" turns a feature off where an installed extension gives it (see coexistenceTable.ts for the sources).
const coexistRows: CoexistRow[] = [
  { installed: [], feature: 'symbols', kind: 'dockerfile' },
  { installed: [DOCKER_DX], feature: 'symbols', kind: 'compose', by: DOCKER_DX },
  { installed: [DOCKER_DX], feature: 'links', kind: 'dockerfile', by: DOCKER_DX },
  { installed: [DOCKER_DX], feature: 'references', kind: 'compose' },
  { installed: [CONTAINER_TOOLS[0]], feature: 'definition', kind: 'dockerfile', by: CONTAINER_TOOLS[0] },
  { installed: [CONTAINER_TOOLS[0]], feature: 'definition', kind: 'compose' },
  { installed: [CONTAINER_TOOLS[1]], feature: 'folding', kind: 'dockerfile', by: CONTAINER_TOOLS[1] },
  { installed: [CONTAINER_TOOLS[0]], feature: 'completion', kind: 'compose', by: CONTAINER_TOOLS[0] },
];

describe('navigation settings next to other Docker extensions', () => {
  for (const row of coexistRows) {
    it(`${row.feature} in a ${row.kind} with ${row.installed.join(', ') || 'nothing else'} installed: ${row.by ? `off (given by ${row.by})` : 'on'}`, () => {
      assert.strictEqual(providedBy(row.feature, row.kind, (id) => row.installed.includes(id)), row.by);
    });
  }
});

describe('worker navigation: the index cache', () => {
  const TEXTS: Record<string, string> = {
    'file:///w/a/Dockerfile': 'FROM node:20 AS build\nFROM alpine\nCOPY --from=build /a /a\n',
    'file:///w/b/Dockerfile': 'FROM golang AS gobuild\nFROM scratch\nCOPY --from=gobuild /b /b\n',
  };
  function host(parses: Map<string, ParsedDocument>): NavigationHost {
    return {
      parsed: (ref) => {
        const key = `${ref.uri}@${ref.version}`;
        if (!parses.has(key)) parses.set(key, parseDocument(TEXTS[ref.uri] ?? 'FROM x AS y\n', 'dockerfile'));
        return parses.get(key)!;
      },
      pathOf: (ref) => (ref.uri.startsWith('file://') ? ref.uri.slice('file://'.length) : undefined),
      project: () => {
        throw new Error('no Compose file here');
      },
      textOf: () => undefined,
      composeFilesAround: () => [],
    };
  }
  const ref = (uri: string, version = 1): DocumentRef => ({ uri, version, kind: 'dockerfile' });
  const A = ref('file:///w/a/Dockerfile');
  const B = ref('file:///w/b/Dockerfile');

  it('requests alternating between two documents build each index once (a single slot rebuilt it every time)', () => {
    const nav = new NavigationRequests(host(new Map()));
    for (let i = 0; i < 5; i++) {
      assert.strictEqual(nav.handle('highlights', { doc: A, position: { line: 0, character: 18 } }).length, 2);
      assert.strictEqual(nav.handle('highlights', { doc: B, position: { line: 0, character: 18 } }).length, 2);
    }
    assert.strictEqual(nav.builds, 2);
  });

  it("a Dockerfile's own index and its cross-file index (definition, then references) are both kept", () => {
    const nav = new NavigationRequests(host(new Map()));
    for (let i = 0; i < 3; i++) {
      nav.handle('definition', { doc: A, position: { line: 2, character: 14 } });
      nav.handle('references', { doc: A, position: { line: 0, character: 18 }, includeDeclaration: true });
    }
    assert.strictEqual(nav.builds, 2);
  });

  it('a new version, or a new parse of the same version (closed and opened again), is indexed again', () => {
    const parses = new Map<string, ParsedDocument>();
    const nav = new NavigationRequests(host(parses));
    nav.handle('highlights', { doc: A, position: { line: 0, character: 18 } });
    nav.handle('highlights', { doc: ref(A.uri, 2), position: { line: 0, character: 18 } });
    assert.strictEqual(nav.builds, 2);
    parses.clear();
    nav.handle('highlights', { doc: A, position: { line: 0, character: 18 } });
    assert.strictEqual(nav.builds, 3);
  });

  it('a new version replaces the index of the old one: requests on v1..v6 of one document hold one index', () => {
    const nav = new NavigationRequests(host(new Map()));
    for (let v = 1; v <= 6; v++) nav.handle('highlights', { doc: ref(A.uri, v), position: { line: 0, character: 18 } });
    assert.strictEqual(nav.builds, 6);
    assert.strictEqual(nav.size, 1);
    for (let v = 1; v <= 6; v++) nav.handle('references', { doc: ref(A.uri, v), position: { line: 0, character: 18 }, includeDeclaration: true });
    // Its own index and its cross-file index, one each.
    assert.strictEqual(nav.size, 2);
  });

  it(`keeps at most ${NAVIGATION_CACHE_SIZE} indexes, the least recently used goes first`, () => {
    const nav = new NavigationRequests(host(new Map()));
    const docs = Array.from({ length: NAVIGATION_CACHE_SIZE + 1 }, (_, i) => ref(`untitled:Untitled-${i}`));
    for (const doc of docs) nav.handle('highlights', { doc, position: { line: 0, character: 12 } });
    assert.strictEqual(nav.builds, docs.length);
    // The last NAVIGATION_CACHE_SIZE are still there; the first was dropped.
    for (const doc of docs.slice(1)) nav.handle('highlights', { doc, position: { line: 0, character: 12 } });
    assert.strictEqual(nav.builds, docs.length);
    nav.handle('highlights', { doc: docs[0], position: { line: 0, character: 12 } });
    assert.strictEqual(nav.builds, docs.length + 1);
  });
});
