import * as assert from 'assert';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import type { ComposeDocument } from '../../../src/core/documents/composeDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { lintFile } from '../../../src/core/lint/lintFile';
import { loadProject } from '../../../src/core/compose/loadProject';
import { ProjectView } from '../../../src/core/lint/compose/projectView';
import { noDuplicateHostPort } from '../../../src/core/lint/rules/no-duplicate-host-port';
import { noDuplicateContainerName } from '../../../src/core/lint/rules/no-duplicate-container-name';
import { noUndefinedService } from '../../../src/core/lint/rules/no-undefined-service';
import { noUndeclaredVolume } from '../../../src/core/lint/rules/no-undeclared-volume';
import { noUndeclaredNetwork } from '../../../src/core/lint/rules/no-undeclared-network';

const RULES = [noDuplicateHostPort, noDuplicateContainerName, noUndefinedService, noUndeclaredVolume, noUndeclaredNetwork];

/** Lints every file of a set as the CLI does: one project, each file with its own view. */
function lintSet(files: Record<string, string>, profileSets: string[][] = []) {
  const docs = new Map<string, ComposeDocument>();
  const project = loadProject({
    files: Object.keys(files),
    readFile: (p) => files[p],
    parse: (p, text) => {
      const doc = parseCompose(text);
      docs.set(p, doc);
      return doc;
    },
  });
  const out: Record<string, { rule: string; line: number; related?: { file: string; line: number }[] }[]> = {};
  for (const file of Object.keys(files)) {
    const view = new ProjectView(project, file, profileSets);
    out[file] = lintDocument(docs.get(file) as ComposeDocument, { rules: RULES, project: view }).map((d) => ({
      rule: d.rule,
      line: d.range.start.line,
      ...(d.related ? { related: d.related.map((r) => ({ file: r.file, line: r.range.start.line })) } : {}),
    }));
  }
  return out;
}

function lintOne(text: string, path = 'compose.yaml') {
  return lintFile({ path, doc: parseCompose(text), rules: RULES }).diagnostics.map((d) => [d.rule, d.range.start.line]);
}

describe('Compose rules on the project (review R2–R6)', () => {
  // R3: compose-go PR #606 (names are checked after profiles), docker/compose #11619.
  it('R3: the same container_name in profiles that never run together is fine; in a shared profile it clashes', () => {
    const text = (p2: string) =>
      `services:\n  app-dev:\n    image: x:1\n    profiles: [dev]\n    container_name: app\n  app-prod:\n    image: x:1\n    profiles: [${p2}]\n    container_name: app\n`;
    assert.deepStrictEqual(lintOne(text('prod')), []);
    assert.deepStrictEqual(lintOne(text('prod, dev')), [['no-duplicate-container-name', 8]]);
  });

  // R4: alternate services switched by profile (docker/compose #9398); https://docs.docker.com/compose/how-tos/profiles/
  it('R4: the same host port in profiles that never run together is fine; with a service without profiles it clashes', () => {
    const text = `services:\n  a:\n    image: x:1\n    profiles: [dev]\n    ports: ["8080:80"]\n  b:\n    image: x:1\n    profiles: [prod]\n    ports: ["8080:80"]\n  c:\n    image: x:1\n    ports: ["8080:80"]\n`;
    assert.deepStrictEqual(lintOne(text), [
      ['no-duplicate-host-port', 11],
    ]);
  });

  it('R4: a profile set the team names (`compose.profiles`) makes dev and prod run together', () => {
    const files = { '/p/compose.yaml': 'services:\n  a:\n    image: x:1\n    profiles: [dev]\n    ports: ["8080:80"]\n  b:\n    image: x:1\n    profiles: [prod]\n    ports: ["8080:80"]\n' };
    assert.deepStrictEqual(lintSet(files)['/p/compose.yaml'], []);
    assert.deepStrictEqual(
      lintSet(files, [['dev', 'prod']])['/p/compose.yaml'].map((d) => d.line),
      [8],
    );
  });

  // R2: compose-go v2.10.0 loader/validate.go checkConsistency: only ErrDisabled && !Required is skipped.
  it('R2: depends_on with required: false on an undefined service is still an error', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      cache:\n        condition: service_started\n        required: false\n';
    assert.deepStrictEqual(lintOne(text), [['no-undefined-service', 4]]);
  });

  it('R6: keys brought by a `<<` merge key count, so a depends_on typo is reported', () => {
    const text = 'x-base: &base\n  image: example/app:1.0\nservices:\n  web:\n    <<: *base\n    depends_on: [dbb]\n  db:\n    image: postgres:16\n';
    assert.deepStrictEqual(lintOne(text), [['no-undefined-service', 5]]);
  });

  it('an override file linted alone stays quiet about names its base may declare', () => {
    const text = 'services:\n  db:\n    image: postgres:16\n    volumes: ["dbdata:/var/lib/postgresql/data"]\n    networks: [backend]\n';
    assert.deepStrictEqual(lintOne(text, '/p/compose.override.yaml'), []);
    assert.deepStrictEqual(
      lintOne(text, '/p/compose.yaml').map((d) => d[0]),
      ['no-undeclared-volume', 'no-undeclared-network'],
    );
  });

  // R5: https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/ ("By default, Compose reads two files").
  it('R5: an override file gets no undeclared errors for names its base declares', () => {
    const found = lintSet({
      '/p/compose.yaml': 'services:\n  db:\n    image: postgres:16\nvolumes:\n  dbdata: {}\nnetworks:\n  backend: {}\n',
      '/p/compose.override.yaml': 'services:\n  db:\n    volumes: ["dbdata:/var/lib/postgresql/data"]\n    networks: [backend]\n    depends_on: [cache]\n',
    });
    assert.deepStrictEqual(found['/p/compose.yaml'], []);
    assert.deepStrictEqual(found['/p/compose.override.yaml'], [{ rule: 'no-undefined-service', line: 4 }]);
  });

  it('R5: a port clash between compose.yaml and its override is reported once, in the override, pointing at the base', () => {
    const found = lintSet({
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  api:\n    image: api:1\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    environment: [DEBUG=1]\n  api:\n    ports: ["8080:3000"]\n    container_name: api\n',
    });
    assert.deepStrictEqual(found['/p/compose.yaml'], []);
    assert.deepStrictEqual(found['/p/compose.override.yaml'], [{ rule: 'no-duplicate-host-port', line: 4, related: [{ file: '/p/compose.yaml', line: 3 }] }]);
  });

  it('the override repeating its base entry for the same service is no clash (Compose merges identical ports, uncity.go)', () => {
    const found = lintSet({
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    ports: ["8080:80", "9090:80"]\n',
    });
    assert.deepStrictEqual(found, { '/p/compose.yaml': [], '/p/compose.override.yaml': [] });
  });

  it('a container_name clash across the set is reported in the later file with the earlier one as related information', () => {
    const found = lintSet({
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    container_name: app\n',
      '/p/compose.prod.yaml': 'services:\n  worker:\n    image: w:1\n    container_name: app\n',
    });
    assert.deepStrictEqual(found['/p/compose.prod.yaml'], [{ rule: 'no-duplicate-container-name', line: 3, related: [{ file: '/p/compose.yaml', line: 3 }] }]);
    assert.deepStrictEqual(found['/p/compose.yaml'], []);
  });

  it('R1: services in the second document count for references', () => {
    assert.deepStrictEqual(lintOne('services:\n  web:\n    image: a:1\n    depends_on: [db]\n---\nservices:\n  db:\n    image: postgres:16\n'), []);
  });
});
