import * as assert from 'assert';
import { loadProject } from '../../../src/core/compose/loadProject';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import type { ComposeDocument } from '../../../src/core/documents/composeDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { ProjectView } from '../../../src/core/lint/compose/projectView';
import { noUndefinedService } from '../../../src/core/lint/rules/no-undefined-service';

describe('no-undefined-service: a required depends_on on a service that profiles switch off', () => {
  // compose-go v2.13.0 loader/loader.go: WithProfiles, then checkConsistency (loader/validate.go):
  // a disabled dependency is skipped only with `required: false`; docker/compose v5.5.0
  // pkg/compose/loader.go enables services named on the command line after that check.
  // https://docs.docker.com/compose/how-tos/profiles/
  const lintText = (files: Record<string, string>) => {
    const docs = new Map<string, ComposeDocument>();
    const p = loadProject({ files: ['/p/compose.yaml'], readFile: (f) => files[f], parse: (f, text) => docs.get(f) ?? (docs.set(f, parseCompose(text)).get(f) as ComposeDocument) });
    return lintDocument(docs.get('/p/compose.yaml') as ComposeDocument, { rules: [noUndefinedService], project: new ProjectView(p, '/p/compose.yaml') }).map((d) => ({ line: d.range.start.line, severity: d.severity, message: d.message }));
  };

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
