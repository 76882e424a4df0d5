import * as assert from 'assert';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import type { ComposeDocument } from '../../../src/core/documents/composeDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { loadProject } from '../../../src/core/compose/loadProject';
import { ProjectView } from '../../../src/core/lint/compose/projectView';
import { noDuplicateHostPort } from '../../../src/core/lint/rules/no-duplicate-host-port';
import { noDuplicateContainerName } from '../../../src/core/lint/rules/no-duplicate-container-name';

// A clash between a file and a file it includes. compose-go v2.13.0 `loader/loader.go`
// `loadYamlFile` applies `include` first and `loader/include.go` imports the included project's
// services next to this file's own (https://docs.docker.com/compose/how-tos/multiple-compose-files/include/):
// both services run together, so the same host port or `container_name` fails at `up` ("port is
// already allocated", "Conflict. The container name … is already in use"). The includer is the
// file the project is run from (the included one is often shared): the finding is reported once,
// there, at its line, with the included file's entry as related information.

const RULES = [noDuplicateHostPort, noDuplicateContainerName];

function lintProject(files: Record<string, string>, set: string[], linted: string) {
  const docs = new Map<string, ComposeDocument>();
  const project = loadProject({ files: set, readFile: (p) => files[p], parse: (p, text) => docs.get(p) ?? (docs.set(p, parseCompose(text)).get(p) as ComposeDocument) });
  const doc = docs.get(linted) ?? parseCompose(files[linted]);
  return lintDocument(doc, { rules: RULES, project: new ProjectView(project, linted) }).map((d) => ({
    rule: d.rule,
    line: d.range.start.line,
    related: (d.related ?? []).map((r) => ({ file: r.file, line: r.range.start.line })),
  }));
}

describe('Compose rules across include (issue 12: a clash caused by two files is reported once, where it must change)', () => {
  const files: Record<string, string> = {
    '/p/compose.yaml': 'include:\n  - db/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n    container_name: app\n    ports:\n      - "5432:80"\n',
    '/p/db/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    container_name: app\n    ports:\n      - "5432:5432"\n',
  };

  it('the includer reports the host port and the container name, each once, pointing at the included file', () => {
    assert.deepStrictEqual(lintProject(files, ['/p/compose.yaml'], '/p/compose.yaml'), [
      { rule: 'no-duplicate-container-name', line: 5, related: [{ file: '/p/db/compose.yaml', line: 3 }] },
      { rule: 'no-duplicate-host-port', line: 7, related: [{ file: '/p/db/compose.yaml', line: 5 }] },
    ].sort((a, b) => a.line - b.line));
  });

  it('the message names the included file by its path from the includer (db/compose.yaml, not compose.yaml)', () => {
    const docs = new Map<string, ComposeDocument>();
    const project = loadProject({ files: ['/p/compose.yaml'], readFile: (p) => files[p], parse: (p, text) => docs.get(p) ?? (docs.set(p, parseCompose(text)).get(p) as ComposeDocument) });
    const messages = lintDocument(docs.get('/p/compose.yaml') as ComposeDocument, { rules: RULES, project: new ProjectView(project, '/p/compose.yaml') }).map((d) => d.message);
    assert.ok(messages.every((m) => /db\/compose\.yaml 줄 [46]/.test(m)), messages.join('\n'));
  });

  it('the included file, linted as its own project, reports nothing (no second report)', () => {
    assert.deepStrictEqual(lintProject(files, ['/p/db/compose.yaml'], '/p/db/compose.yaml'), []);
  });

  it('a nested include still comes before its includer, and after the earlier files of the set', () => {
    const nested: Record<string, string> = {
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
      '/p/compose.override.yaml': 'include:\n  - cache/compose.yaml\nservices:\n  web:\n    ports: ["6379:80"]\n',
      '/p/cache/compose.yaml': 'include:\n  - inner.yaml\nservices:\n  cache:\n    image: redis:7\n',
      '/p/cache/inner.yaml': 'services:\n  metrics:\n    image: redis:7\n    ports: ["6379:6379"]\n',
    };
    const found = lintProject(nested, ['/p/compose.yaml', '/p/compose.override.yaml'], '/p/compose.override.yaml');
    assert.deepStrictEqual(found, [{ rule: 'no-duplicate-host-port', line: 4, related: [{ file: '/p/cache/inner.yaml', line: 3 }] }]);
  });

  it('services in profiles that never run together do not clash across include (compose-go PR #606)', () => {
    const profiled: Record<string, string> = {
      '/p/compose.yaml': 'include:\n  - db/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n    profiles: [web]\n    ports:\n      - "5432:80"\n',
      '/p/db/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    profiles: [db]\n    ports:\n      - "5432:5432"\n',
    };
    assert.deepStrictEqual(lintProject(profiled, ['/p/compose.yaml'], '/p/compose.yaml'), []);
  });
});

describe('Compose rules across two entries of one include list (sibling includes)', () => {
  // compose-go v2.13.0 `loader/include.go` `ApplyInclude` loads each entry of `include:` and
  // `importResources` adds its services to the project: the services of both entries run
  // together (https://docs.docker.com/compose/how-tos/multiple-compose-files/include/). Only the
  // includer's project holds both files; each included file, linted alone, sees nothing.
  const files: Record<string, string> = {
    '/p/compose.yaml': 'include:\n  - db/compose.yaml\n  - path: cache/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n',
    '/p/db/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    container_name: store\n    ports:\n      - "5432:5432"\n',
    '/p/cache/compose.yaml': 'services:\n  cache:\n    image: redis:7\n    container_name: store\n    ports:\n      - "5432:6379"\n',
  };

  it('reports the host port and the container name once each, at the later entry, pointing at both files', () => {
    assert.deepStrictEqual(lintProject(files, ['/p/compose.yaml'], '/p/compose.yaml'), [
      {
        rule: 'no-duplicate-host-port',
        line: 2,
        related: [
          { file: '/p/cache/compose.yaml', line: 5 },
          { file: '/p/db/compose.yaml', line: 5 },
        ],
      },
      {
        rule: 'no-duplicate-container-name',
        line: 2,
        related: [
          { file: '/p/cache/compose.yaml', line: 3 },
          { file: '/p/db/compose.yaml', line: 3 },
        ],
      },
    ]);
  });

  it('the message names both files and both lines', () => {
    const docs = new Map<string, ComposeDocument>();
    const project = loadProject({ files: ['/p/compose.yaml'], readFile: (p) => files[p], parse: (p, text) => docs.get(p) ?? (docs.set(p, parseCompose(text)).get(p) as ComposeDocument) });
    const messages = lintDocument(docs.get('/p/compose.yaml') as ComposeDocument, { rules: RULES, project: new ProjectView(project, '/p/compose.yaml') }).map((d) => d.message);
    assert.ok(messages.every((m) => m.includes('cache/compose.yaml 줄') && m.includes('db/compose.yaml 줄')), messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('5432/tcp')), messages.join('\n'));
  });

  it('each included file linted as its own project reports nothing', () => {
    assert.deepStrictEqual(lintProject(files, ['/p/db/compose.yaml'], '/p/db/compose.yaml'), []);
    assert.deepStrictEqual(lintProject(files, ['/p/cache/compose.yaml'], '/p/cache/compose.yaml'), []);
  });

  it('an included file that clashes with the base file of the set is reported at the override’s include entry', () => {
    const set: Record<string, string> = {
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
      '/p/compose.override.yaml': 'include:\n  - tools.yaml\n',
      '/p/tools.yaml': 'services:\n  admin:\n    image: adminer:4\n    ports: ["8080:8080"]\n',
    };
    assert.deepStrictEqual(lintProject(set, ['/p/compose.yaml', '/p/compose.override.yaml'], '/p/compose.override.yaml'), [
      { rule: 'no-duplicate-host-port', line: 1, related: [{ file: '/p/tools.yaml', line: 3 }, { file: '/p/compose.yaml', line: 3 }] },
    ]);
    // compose.yaml, the earlier file, reports nothing: the clash is said once.
    assert.deepStrictEqual(lintProject(set, ['/p/compose.yaml', '/p/compose.override.yaml'], '/p/compose.yaml'), []);
  });

  it('siblings in profiles that never run together, and the same service in both (merged by Compose), do not clash', () => {
    const quiet: Record<string, string> = {
      '/p/compose.yaml': 'include:\n  - a.yaml\n  - b.yaml\n',
      '/p/a.yaml': 'services:\n  dev:\n    image: app:1\n    profiles: [dev]\n    ports: ["80:80"]\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
      '/p/b.yaml': 'services:\n  prod:\n    image: app:1\n    profiles: [prod]\n    ports: ["80:80"]\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
    };
    assert.deepStrictEqual(lintProject(quiet, ['/p/compose.yaml'], '/p/compose.yaml'), []);
  });
});

describe('ProjectView: the include walk and the load order are worked out once per project', () => {
  // Every file of a set is linted with its own view over one loaded project (the CLI, the editor);
  // the load order is the same for all of them and the include entries the same for one file.
  const files: Record<string, string> = {
    '/p/compose.yaml': 'include:\n  - a/compose.yaml\n  - b/compose.yaml\nservices:\n  web:\n    image: nginx:1.27\n',
    '/p/a/compose.yaml': 'include:\n  - ../c/compose.yaml\nservices:\n  api:\n    image: api:1\n',
    '/p/b/compose.yaml': 'include:\n  - ../c/compose.yaml\nservices:\n  worker:\n    image: w:1\n',
    '/p/c/compose.yaml': 'services:\n  cache:\n    image: redis:7\n',
    '/p/compose.override.yaml': 'services:\n  web:\n    ports: ["80:80"]\n',
  };
  const project = loadProject({ files: ['/p/compose.yaml', '/p/compose.override.yaml'], readFile: (p) => files[p] });

  it('two views of one file share the include entries; a file included by two entries belongs to the first', () => {
    const a = new ProjectView(project, '/p/compose.yaml');
    const b = new ProjectView(project, '/p/compose.yaml');
    assert.strictEqual(a.includeBranches(), b.includeBranches());
    assert.deepStrictEqual(
      a.includeBranches().map((br) => [br.entry.range.start.line, [...br.files]]),
      [
        [1, ['/p/a/compose.yaml', '/p/c/compose.yaml']],
        [2, ['/p/b/compose.yaml']],
      ],
    );
  });

  it('the load order: included files before their includer, the override last', () => {
    const main = new ProjectView(project, '/p/compose.yaml');
    const override = new ProjectView(project, '/p/compose.override.yaml');
    for (const file of ['/p/a/compose.yaml', '/p/b/compose.yaml', '/p/c/compose.yaml']) {
      assert.strictEqual(main.isEarlier(file), true, file);
      assert.strictEqual(override.isEarlier(file), true, file);
    }
    assert.strictEqual(override.isEarlier('/p/compose.yaml'), true);
    assert.strictEqual(main.isEarlier('/p/compose.override.yaml'), false);
    assert.strictEqual(new ProjectView(project, '/p/a/compose.yaml').isEarlier('/p/b/compose.yaml'), false);
  });
});
