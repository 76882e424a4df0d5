import * as assert from 'assert';
import { loadProject } from '../../../src/core/compose/loadProject';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import type { ComposeDocument } from '../../../src/core/documents/composeDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { ProjectView } from '../../../src/core/lint/compose/projectView';
import { noUndefinedService } from '../../../src/core/lint/rules/no-undefined-service';

/** Lints compose.yaml of a one-file project; the findings' lines, severities and messages. */
const lintText = (files: Record<string, string>) => {
  const docs = new Map<string, ComposeDocument>();
  const p = loadProject({ files: ['/p/compose.yaml'], readFile: (f) => files[f], parse: (f, text) => docs.get(f) ?? (docs.set(f, parseCompose(text)).get(f) as ComposeDocument) });
  return lintDocument(docs.get('/p/compose.yaml') as ComposeDocument, { rules: [noUndefinedService], project: new ProjectView(p, '/p/compose.yaml') }).map((d) => ({ line: d.range.start.line, severity: d.severity, message: d.message }));
};

describe('no-undefined-service: a required depends_on on a service that profiles switch off', () => {
  // compose-go v2.13.0 loader/loader.go: WithProfiles, then checkConsistency (loader/validate.go):
  // a disabled dependency is skipped only with `required: false`; docker/compose v5.5.0
  // pkg/compose/loader.go enables services named on the command line after that check.
  // https://docs.docker.com/compose/how-tos/profiles/

  it('warns when the depending service runs with no profile and the dependency only with one', () => {
    const found = lintText({ '/p/compose.yaml': 'services:\n  app:\n    image: app:1\n    depends_on: [debugger]\n  debugger:\n    image: dbg:1\n    profiles: [debug]\n' });
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].line, 3);
    assert.strictEqual(found[0].severity, 'warning');
    assert.match(found[0].message, /‘debug’에서만 실행되는데, ‘app’은 프로필을 켜지 않아도 실행돼요/);
  });

  it('is quiet with required: false, with a shared profile, and when COMPOSE_PROFILES turns the profile on', () => {
    assert.deepStrictEqual(lintText({ '/p/compose.yaml': 'services:\n  app:\n    image: app:1\n    depends_on:\n      debugger:\n        condition: service_started\n        required: false\n  debugger:\n    image: dbg:1\n    profiles: [debug]\n' }), []);
    assert.deepStrictEqual(lintText({ '/p/compose.yaml': 'services:\n  app:\n    image: app:1\n    profiles: [debug]\n    depends_on: [debugger]\n  debugger:\n    image: dbg:1\n    profiles: [debug]\n' }), []);
    assert.deepStrictEqual(lintText({ '/p/compose.yaml': 'services:\n  app:\n    image: app:1\n    depends_on: [debugger]\n  debugger:\n    image: dbg:1\n    profiles: [debug]\n', '/p/.env': 'COMPOSE_PROFILES=debug\n' }), []);
  });

  it('names the profile that runs the depending service alone', () => {
    const found = lintText({ '/p/compose.yaml': 'services:\n  app:\n    image: app:1\n    profiles: [web]\n    depends_on: [debugger]\n  debugger:\n    image: dbg:1\n    profiles: [debug]\n' });
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /프로필 ‘web’만 켜도 실행돼요/);
  });
});

describe('no-undefined-service: the profile check reads `required` from the merged project', () => {
  // compose-go v2.13.0: loader/validate.go checkConsistency reads the merged project; override/merge.go
  // mergeDependsOn merges depends_on by key and turns a later file's list into entries with
  // `required: true`; transform/dependson.go fills `required: true` where an entry leaves it out.
  // https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/
  const BASE = '/p/compose.yaml';
  const OVERRIDE = '/p/compose.override.yaml';
  const db = '  db:\n    image: postgres:17\n    profiles: [db]\n';
  /** Lints both files of the set against one loaded project, as the CLI does; the warnings' lines per file. */
  const lintSet = (files: Record<string, string>) => {
    const docs = new Map<string, ComposeDocument>();
    const project = loadProject({ files: [BASE, OVERRIDE], readFile: (f) => files[f], parse: (f, text) => docs.get(f) ?? (docs.set(f, parseCompose(text)).get(f) as ComposeDocument) });
    const lines = (file: string) =>
      lintDocument(docs.get(file) as ComposeDocument, { rules: [noUndefinedService], project: new ProjectView(project, file) }).map((d) => `${d.severity}@${d.range.start.line}`);
    return { base: lines(BASE), override: lines(OVERRIDE) };
  };

  const rows: { name: string; base: string; override: string; want: { base: string[]; override: string[] } }[] = [
    {
      // The false warning of issue 12: the override's `required: false` wins (mergeDependsOn merges by key).
      name: 'base list entry, override required: false: quiet in both files',
      base: `services:\n  app:\n    image: app:1\n    depends_on: [db]\n${db}`,
      override: 'services:\n  app:\n    depends_on:\n      db:\n        required: false\n',
      want: { base: [], override: [] },
    },
    {
      // The override leaves `required` out: the base entry's implied `required: true` stays (transform/dependson.go).
      name: 'base list entry, override without required: warned in the base, where the requirement is written',
      base: `services:\n  app:\n    image: app:1\n    depends_on: [db]\n${db}`,
      override: 'services:\n  app:\n    depends_on:\n      db:\n        condition: service_healthy\n',
      want: { base: ['warning@3'], override: [] },
    },
    {
      // A later list entry puts `required: true` back (mergeDependsOn's defaults for a list).
      name: 'base required: false, override list entry: warned in the override only',
      base: `services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        required: false\n${db}`,
      override: 'services:\n  app:\n    depends_on: [db]\n',
      want: { base: [], override: ['warning@2'] },
    },
    {
      name: 'base required: true written, override without required: warned in the base only',
      base: `services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        required: true\n${db}`,
      override: 'services:\n  app:\n    depends_on:\n      db:\n        condition: service_healthy\n',
      want: { base: ['warning@4'], override: [] },
    },
    {
      name: 'base required: true, override required: false: quiet in both files',
      base: `services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        required: true\n${db}`,
      override: 'services:\n  app:\n    depends_on:\n      db:\n        required: false\n',
      want: { base: [], override: [] },
    },
    {
      name: 'both files list the dependency: warned once, in the override',
      base: `services:\n  app:\n    image: app:1\n    depends_on: [db]\n${db}`,
      override: 'services:\n  app:\n    depends_on: [db]\n',
      want: { base: [], override: ['warning@2'] },
    },
    {
      name: 'the override gives app the profile db runs with: quiet',
      base: `services:\n  app:\n    image: app:1\n    depends_on: [db]\n${db}`,
      override: 'services:\n  app:\n    profiles: [db]\n',
      want: { base: [], override: [] },
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      assert.deepStrictEqual(lintSet({ [BASE]: row.base, [OVERRIDE]: row.override }), row.want);
    });
  }

  it('a file of two YAML documents naming the same dependency is warned once, at the later entry', () => {
    const found = lintText({ '/p/compose.yaml': `services:\n  app:\n    image: app:1\n    depends_on: [db]\n${db}---\nservices:\n  app:\n    depends_on: [db]\n` });
    assert.deepStrictEqual(
      found.map((f) => f.line),
      [10],
    );
  });
});

describe('no-undefined-service: an include whose env_file cannot be read', () => {
  // compose-go v2.13.0 loader/include.go: Compose stops loading on a missing env_file, so the
  // names the include would define are not known: the rule stays quiet.
  const files = {
    '/p/compose.yaml': 'include:\n  - path: db/compose.yaml\n    env_file: db/db.env\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [dbb]\n',
    '/p/db/compose.yaml': 'services:\n  db:\n    image: postgres:16\n',
  };
  it('is quiet while db/db.env is missing, and reports the typo once it is there', () => {
    assert.deepStrictEqual(lintText(files), []);
    assert.deepStrictEqual(
      lintText({ ...files, '/p/db/db.env': 'X=1\n' }).map((f) => f.line),
      [6],
    );
  });
});
