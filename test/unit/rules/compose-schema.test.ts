import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { composeSchema } from '../../../src/core/lint/rules/compose-schema';
import { lintDocument } from '../../../src/core/lint/engine';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { ProjectView } from '../../../src/core/lint/compose/projectView';
import { loadProject } from '../../../src/core/compose/loadProject';
import { check } from '../../helpers/ruleHarness';
import { repoRoot } from '../../helpers/paths';

// Cases follow compose-go v2.13.0: `schema/compose-spec.json` (the schema), `loader/loader.go`
// `loadYamlFile` (validation after interpolation, per document), `loader/interpolate.go` (the
// values cast from text to numbers and booleans), and its tests (`schema/schema_test.go`,
// `loader/loader_test.go`: "services.foo additional properties 'impossible' not allowed").

const VALID: [string, string][] = [
  ['a plain project', 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n    environment:\n      A: "1"\n      B:\n    depends_on: [db]\n  db:\n    image: postgres:17\nvolumes:\n  data:\nnetworks:\n  default:\n'],
  // compose-go schema/using-variables.yaml: variables where numbers and booleans are expected.
  ['variables where a number or boolean is expected', 'services:\n  web:\n    image: x:1\n    cpus: ${CPUS}\n    privileged: ${PRIV:-false}\n    scale: $N\n    deploy:\n      replicas: ${REPLICAS}\n    ports:\n      - target: ${PORT}\n        published: ${HOST_PORT}\n    healthcheck:\n      retries: ${R:-3}\n'],
  ['a variable where a fixed list is expected', 'services:\n  web:\n    image: x:1\n    pull_policy: ${POLICY}\n    depends_on:\n      db:\n        condition: ${COND}\n  db:\n    image: x:1\n'],
  // loader/interpolate.go interpolateTypeCastMapping: text is cast where Compose expects numbers or booleans.
  ['quoted numbers and booleans that Compose casts', 'services:\n  web:\n    image: x:1\n    privileged: "true"\n    init: "false"\n    ports:\n      - target: "80"\n        published: "8080"\n    ulimits:\n      nofile: "1024"\n'],
  ['extension keys (x-) anywhere the spec allows them', 'x-common: &common\n  anything: [1, 2]\nservices:\n  web:\n    image: x:1\n    x-team: {owner: me}\n    build:\n      context: .\n      x-note: hi\nnetworks:\n  back:\n    x-zone: a\n'],
  ['YAML merge keys bring valid keys', 'x-base: &base\n  restart: always\n  environment:\n    A: "1"\nservices:\n  web:\n    <<: *base\n    image: x:1\n  api:\n    <<: [*base]\n    image: y:1\n'],
  ['!reset and !override', 'services:\n  web:\n    image: x:1\n    ports: !reset []\n    environment: !override\n      A: "1"\n    build: !reset null\n'],
  ['several documents', 'services:\n  web:\n    image: x:1\n---\nservices:\n  web:\n    ports: ["80:80"]\n'],
  ['the short forms: build as text, env_file as text, command as text', 'services:\n  web:\n    build: .\n    env_file: .env\n    command: npm start\n    entrypoint: ["node"]\n'],
  ['include in short and long form', 'include:\n  - other.yaml\n  - path: [a.yaml, b.yaml]\n    project_directory: ..\n'],
  ['$$ is a literal dollar, not a variable, in a free text', 'services:\n  web:\n    image: x:1\n    command: echo $$HOME\n'],
  ['an empty file', ''],
  // uniqueItems where compose-go first makes the list unique itself (override/uncity.go, run before
  // schema.Validate in loader/loader.go loadYamlFile): repeated entries are merged, never an error.
  ['repeated ports, volumes, cap_add, dns, expose and environment entries (Compose merges them before validating)', 'services:\n  web:\n    image: x:1\n    ports: ["8080:80", "8080:80"]\n    volumes: ["./a:/a", "./a:/a"]\n    cap_add: [NET_ADMIN, NET_ADMIN]\n    dns: [1.1.1.1, 1.1.1.1]\n    expose: ["80", "80"]\n    environment: [A=1, A=1]\n    labels: [a=b, a=b]\n'],
  ['items that differ only in type or in a variable are not called equal', 'services:\n  web:\n    image: x:1\n    group_add: [1000, "1000"]\n    security_opt: ["label=${A}", "label=${B}"]\n'],
];

interface Invalid {
  name: string;
  text: string;
  /** [message id, text under the range, a data field to check]. */
  expect: [string, string, Record<string, string | number>?][];
}

const INVALID: Invalid[] = [
  {
    name: 'a misspelled service key, with did you mean',
    text: 'services:\n  web:\n    image: x:1\n    enviroment:\n      A: "1"\n',
    expect: [['unknownKeySimilar', 'enviroment', { suggestion: 'environment', where: 'services.web' }]],
  },
  {
    name: 'an unknown service key with nothing close',
    text: 'services:\n  web:\n    image: x:1\n    restart_when: crash\n',
    expect: [['unknownKey', 'restart_when', { where: 'services.web' }]],
  },
  {
    name: 'an unknown top-level key',
    text: 'service:\n  web:\n    image: x:1\n',
    expect: [['unknownTopLevelKeySimilar', 'service', { suggestion: 'services' }]],
  },
  {
    name: 'a misspelled key inside a nested mapping (healthcheck)',
    text: 'services:\n  web:\n    image: x:1\n    healthcheck:\n      test: ["CMD", "true"]\n      intervall: 5s\n',
    expect: [['unknownKeySimilar', 'intervall', { suggestion: 'interval' }]],
  },
  {
    name: 'a misspelled key brought by a merge key is reported where it is written',
    text: 'x-base: &base\n  enviroment:\n    A: "1"\nservices:\n  web:\n    <<: *base\n    image: x:1\n  api:\n    <<: *base\n    image: y:1\n',
    expect: [['unknownKeySimilar', 'enviroment', { suggestion: 'environment' }]],
  },
  {
    name: 'ports written as one text instead of a list',
    text: 'services:\n  web:\n    image: x:1\n    ports: "8080:80"\n',
    expect: [['wrongType', '"8080:80"', { path: 'services.web.ports', expectedEn: 'array', actualEn: 'string' }]],
  },
  {
    name: 'environment as a single text',
    text: 'services:\n  web:\n    image: x:1\n    environment: A=1\n',
    expect: [['wrongType', 'A=1', { expectedEn: 'mapping or array' }]],
  },
  {
    name: 'a boolean Compose cannot cast',
    text: 'services:\n  web:\n    image: x:1\n    privileged: "maybe"\n',
    expect: [['wrongType', '"maybe"', { expectedEn: 'boolean', actualEn: 'string' }]],
  },
  {
    name: 'an empty image',
    text: 'services:\n  web:\n    image:\n',
    expect: [['emptyValue', 'image', { path: 'services.web.image', expectedEn: 'string' }]],
  },
  {
    name: 'a bad depends_on condition, with did you mean',
    text: 'services:\n  web:\n    image: x:1\n    depends_on:\n      db:\n        condition: service_healty\n  db:\n    image: x:1\n',
    expect: [['badValueSimilar', 'service_healty', { suggestion: 'service_healthy' }]],
  },
  {
    name: 'a bad cgroup value',
    text: 'services:\n  web:\n    image: x:1\n    cgroup: shared\n',
    expect: [['badValue', 'shared', { allowed: '‘host’, ‘private’' }]],
  },
  {
    name: 'a pull_policy outside the allowed forms',
    text: 'services:\n  web:\n    image: x:1\n    pull_policy: sometimes\n',
    expect: [['badFormat', 'sometimes']],
  },
  {
    name: 'oom_score_adj out of range',
    text: 'services:\n  web:\n    image: x:1\n    oom_score_adj: 2000\n',
    expect: [['tooLarge', '2000', { limit: 1000 }]],
  },
  {
    name: 'cpu_percent below zero',
    text: 'services:\n  web:\n    image: x:1\n    cpu_percent: -5\n',
    expect: [['tooSmall', '-5', { limit: 0 }]],
  },
  {
    name: 'extends without its service',
    text: 'services:\n  web:\n    image: x:1\n    extends:\n      file: base.yaml\n',
    expect: [['missingKey', 'extends', { missing: 'service' }]],
  },
  {
    name: 'a service name with a space',
    text: 'services:\n  "my web":\n    image: x:1\n',
    expect: [['invalidName', '"my web"', { pattern: '^[a-zA-Z0-9._-]+$' }]],
  },
  {
    name: 'external.name is deprecated (a warning at most)',
    text: 'services:\n  web:\n    image: x:1\nnetworks:\n  n:\n    external:\n      name: shared\n',
    expect: [['deprecatedExternalName', 'name', { path: 'networks.n.external.name' }]],
  },
  {
    // Before, a key that names a method of every JavaScript object found that method in the table and the rule crashed.
    name: 'keys named like built-in object properties (toString, constructor) are unknown keys too',
    text: 'services:\n  web:\n    image: x:1\n    toString: 1\n    constructor: x\n',
    expect: [['unknownKey', 'toString', { where: 'services.web' }], ['unknownKey', 'constructor', { where: 'services.web' }]],
  },
  {
    name: 'a repeated security_opt entry (uniqueItems; compose-go does not merge this list)',
    text: 'services:\n  web:\n    image: x:1\n    security_opt:\n      - no-new-privileges:true\n      - label=disable\n      - no-new-privileges:true\n',
    expect: [['duplicateItem', 'no-new-privileges:true', { path: 'services.web.security_opt', value: 'no-new-privileges:true', firstIndex: 0, secondIndex: 2 }]],
  },
  {
    name: 'a repeated depends_on name in the list form, group_add and extra_hosts',
    text: 'services:\n  web:\n    image: x:1\n    depends_on: [db, db]\n    group_add: [audio, audio]\n    extra_hosts: ["host.docker.internal:host-gateway", "host.docker.internal:host-gateway"]\n  db:\n    image: x:1\n',
    expect: [
      ['duplicateItem', 'db', { path: 'services.web.depends_on' }],
      ['duplicateItem', 'audio', { path: 'services.web.group_add' }],
      ['duplicateItem', '"host.docker.internal:host-gateway"', { path: 'services.web.extra_hosts' }],
    ],
  },
  {
    name: 'the same variable written twice is the same value',
    text: 'services:\n  web:\n    image: x:1\n    volumes_from: ["${SRC}", "${SRC}"]\n',
    expect: [['duplicateItem', '"${SRC}"', { path: 'services.web.volumes_from' }]],
  },
  {
    name: 'a key in the second document',
    text: 'services:\n  web:\n    image: x:1\n---\nservices:\n  web:\n    portz: ["80:80"]\n',
    expect: [['unknownKeySimilar', 'portz', { suggestion: 'ports' }]],
  },
];

describe('compose-schema', () => {
  describe('valid files give nothing', () => {
    for (const [name, text] of VALID) {
      it(name, () => {
        assert.deepStrictEqual(
          check(composeSchema, text).map((f) => `${f.id} ${f.text}`),
          [],
        );
      });
    }
  });

  describe('invalid files are reported at the exact key or value', () => {
    for (const c of INVALID) {
      it(c.name, () => {
        const found = check(composeSchema, c.text);
        assert.deepStrictEqual(
          found.map((f) => [f.id, f.text]),
          c.expect.map(([id, text]) => [id, text]),
        );
        c.expect.forEach(([, , data], i) => {
          for (const [k, v] of Object.entries(data ?? {})) assert.strictEqual(found[i].data[k], v, `${k}`);
        });
      });
    }
  });

  it('does not report the top-level version (no-obsolete-version does, with its fix)', () => {
    assert.deepStrictEqual(check(composeSchema, 'version: "3.8"\nservices:\n  web:\n    image: x:1\n'), []);
  });

  it('leaves a mount type to valid-volume-spec (one report per mistake)', () => {
    assert.deepStrictEqual(check(composeSchema, 'services:\n  web:\n    image: x:1\n    volumes:\n      - type: volum\n        source: a\n        target: /a\n'), []);
  });

  it('stays quiet on a file YAML cannot read (yaml-syntax reports it)', () => {
    assert.deepStrictEqual(check(composeSchema, 'services:\n  web:\n    image: [x\n    enviroment: 1\n'), []);
  });

  it('an empty value in an override file keeps the base file value, so it is not reported there', () => {
    const base = 'services:\n  web:\n    image: x:1\n';
    const override = 'services:\n  web:\n    image:\n';
    const texts: Record<string, string> = { '/p/compose.yaml': base, '/p/compose.override.yaml': override };
    const project = loadProject({ files: ['/p/compose.yaml', '/p/compose.override.yaml'], readFile: (p) => texts[p] });
    const doc = parseDocument(override, 'compose');
    const found = lintDocument(doc, { rules: [composeSchema], project: new ProjectView(project, '/p/compose.override.yaml') });
    assert.deepStrictEqual(found, []);
    assert.strictEqual(check(composeSchema, override).length, 1, 'the same text alone is reported');
  });

  it('a repeated depends_on name in an override is merged with the base file list as a mapping, so it is not reported there', () => {
    // compose-go v2.13.0 override/merge.go: services.*.depends_on merges as a mapping whatever form each file uses.
    const lint = (base: string, override: string) => {
      const texts: Record<string, string> = { '/p/compose.yaml': base, '/p/compose.override.yaml': override };
      const project = loadProject({ files: ['/p/compose.yaml', '/p/compose.override.yaml'], readFile: (p) => texts[p] });
      return lintDocument(parseDocument(override, 'compose'), { rules: [composeSchema], project: new ProjectView(project, '/p/compose.override.yaml') }).map((d) => d.message.slice(0, 40));
    };
    const override = 'services:\n  web:\n    depends_on: [db, db]\n    security_opt: [label=disable, label=disable]\n';
    const both = lint('services:\n  web:\n    image: x:1\n    depends_on: [db]\n  db:\n    image: x:1\n', override);
    assert.strictEqual(both.length, 1, 'security_opt is appended, not merged: still reported');
    assert.ok(both[0].includes('security_opt'));
    const onlyOverride = lint('services:\n  web:\n    image: x:1\n  db:\n    image: x:1\n', override);
    assert.strictEqual(onlyOverride.length, 2, 'the base file has no depends_on: the list stays a list');
  });

  it('the message is plain text in Korean, with the particle that fits', () => {
    const doc = parseDocument('services:\n  web:\n    image: x:1\n    enviroment: {}\n', 'compose');
    const [d] = lintDocument(doc, { rules: [composeSchema] });
    assert.strictEqual(d.message, "‘services.web’에는 ‘enviroment’ 키가 없어요. ‘environment’를 뜻했나요? Compose가 \"additional properties 'enviroment' not allowed\" 오류를 내고 멈춰요.");
    assert.strictEqual(d.severity, 'error');
    assert.doesNotMatch(d.message, /`/);
  });

  it('external.name is at most a warning', () => {
    const doc = parseDocument('networks:\n  n:\n    external:\n      name: shared\n', 'compose');
    assert.deepStrictEqual(lintDocument(doc, { rules: [composeSchema] }).map((d) => d.severity), ['warning']);
  });

  it('an alias bomb is checked in bounded time', () => {
    let text = 'x-a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\n';
    for (let i = 1; i < 12; i++) text += `x-${i}: &a${i} [${Array(9).fill(i === 1 ? '*a' : `*a${i - 1}`).join(', ')}]\n`;
    text += 'services:\n  web:\n    image: x:1\n    dns: *a11\n';
    // 9^11 values if every alias were followed: the visit budget stops the walk.
    assert.ok(Array.isArray(check(composeSchema, text)));
  });

  it('the schema table is current (node scripts/gen-compose-schema.mjs)', () => {
    const generated = execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'gen-compose-schema.mjs'), '--print'], { encoding: 'utf8' });
    assert.strictEqual(generated, fs.readFileSync(path.join(repoRoot, 'src', 'core', 'compose', 'schema', 'composeSpecTable.ts'), 'utf8'));
  });
});
