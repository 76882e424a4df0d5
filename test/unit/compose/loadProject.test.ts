import * as assert from 'assert';
import { loadProject } from '../../../src/core/compose/loadProject';
import type { ComposeProject } from '../../../src/core/compose/loadProject';
import { lget, toPlain } from '../../../src/core/compose/located';
import { canRunTogether, enabledWith } from '../../../src/core/compose/profiles';
import { defaultFileSet, fileSetFromDotEnv, fileSetFromVariable } from '../../../src/core/compose/fileSet';
import { parseDocument } from '../../../src/core/documents/parsedDocument';

// Cases from Compose's documented behaviour; each names its source.
const MERGE = 'https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/';

function project(files: Record<string, string>, order = Object.keys(files).filter((f) => !f.endsWith('.env') && !f.startsWith('/p/lib/')), environment?: Record<string, string>): ComposeProject {
  return loadProject({ files: order, readFile: (p) => files[p], environment });
}

function service(p: ComposeProject, name: string): Record<string, unknown> {
  return toPlain(lget(lget(p.model, 'services'), name)) as Record<string, unknown>;
}

describe('Compose project: merging files (' + MERGE + ')', () => {
  it('replaces single-value options (image, command) and keeps the origin of the later file', () => {
    const p = project({
      '/p/compose.yaml': 'services:\n  web:\n    image: example/my_web_app:latest\n    command: python app.py\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    image: example/my_web_app:2\n',
    });
    assert.deepStrictEqual(service(p, 'web'), { image: 'example/my_web_app:2', command: 'python app.py' });
    const image = lget(lget(lget(p.model, 'services'), 'web'), 'image');
    assert.strictEqual(image?.origin.file, '/p/compose.override.yaml');
    assert.strictEqual(image?.origin.range.start.line, 2);
    assert.deepStrictEqual(p.files.map((f) => f.role), ['main', 'override']);
  });

  it('concatenates multi-value options such as expose (doc: "the two sets are concatenated")', () => {
    const p = project({
      '/p/compose.yaml': 'services:\n  web:\n    expose: ["3000"]\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    expose: ["4000", "5000"]\n',
    });
    assert.deepStrictEqual(service(p, 'web').expose, ['3000', '4000', '5000']);
  });

  it('merges environment by variable name, the override winning (doc example FOO/BAR/BAZ)', () => {
    const p = project({
      '/p/compose.yaml': 'services:\n  web:\n    environment:\n      - FOO=original\n      - BAR=original\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    environment:\n      - BAR=local\n      - BAZ=local\n',
    });
    assert.deepStrictEqual(service(p, 'web').environment, ['FOO=original', 'BAR=local', 'BAZ=local']);
  });

  it('merges volumes by container path (doc example /foo, /bar, /baz)', () => {
    const p = project({
      '/p/compose.yaml': 'services:\n  web:\n    volumes:\n      - ./original:/foo\n      - ./original:/bar\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    volumes:\n      - ./local:/bar\n      - ./local:/baz\n',
    });
    assert.deepStrictEqual(service(p, 'web').volumes, ['./original:/foo', './local:/bar', './local:/baz']);
  });

  it('keeps both ports of base and override (sequences are appended; only identical entries collapse)', () => {
    const p = project({
      '/p/compose.yaml': 'services:\n  web:\n    ports: ["8080:80"]\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    ports: ["8080:80", "9090:80"]\n',
    });
    assert.deepStrictEqual(service(p, 'web').ports, ['8080:80', '9090:80']);
  });

  it('replaces command whole (compose-go override/merge.go: services.*.command = override)', () => {
    const p = project({
      '/p/compose.yaml': 'services:\n  web:\n    command: ["npm", "start"]\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    command: ["npm", "run", "dev"]\n',
    });
    assert.deepStrictEqual(service(p, 'web').command, ['npm', 'run', 'dev']);
  });

  it('`!reset` removes what the base set, `!override` replaces it (doc: "Reset value", "Replace value")', () => {
    const p = project({
      '/p/compose.yaml': 'services:\n  app:\n    image: myapp\n    ports: ["8080:80"]\n    secrets: [db_password, api_key]\n',
      '/p/compose.override.yaml': 'services:\n  app:\n    image: myapp\n    ports: !reset []\n    secrets: !override [db_password]\n',
    });
    assert.deepStrictEqual(service(p, 'app'), { image: 'myapp', secrets: ['db_password'] });
  });

  it('merges depends_on written as a list in one file and a mapping in the other', () => {
    const p = project({
      '/p/compose.yaml': 'services:\n  web:\n    depends_on: [db]\n  db: {}\n  cache: {}\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    depends_on:\n      cache:\n        condition: service_healthy\n',
    });
    assert.deepStrictEqual(service(p, 'web').depends_on, { db: {}, cache: { condition: 'service_healthy' } });
  });

  // compose-go v2.13.0 override/merge.go mergeDependsOn: a later list entry means
  // `{condition: service_started, required: true}`; a later mapping keeps what it leaves out.
  it('a later depends_on list puts `required: true` back; a later `required: false` wins over an earlier list', () => {
    const listOverMap = project({
      '/p/compose.yaml': 'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n        required: false\n        restart: true\n  db: {}\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    depends_on: [db]\n',
    });
    assert.deepStrictEqual(service(listOverMap, 'web').depends_on, { db: { condition: 'service_started', required: true, restart: true } });
    const required = lget(lget(lget(lget(lget(listOverMap.model, 'services'), 'web'), 'depends_on'), 'db'), 'required');
    assert.deepStrictEqual([required?.origin.file, required?.origin.range.start.line], ['/p/compose.override.yaml', 2]);
    const mapOverList = project({
      '/p/compose.yaml': 'services:\n  web:\n    depends_on: [db]\n  db: {}\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    depends_on:\n      db:\n        required: false\n',
    });
    assert.deepStrictEqual(service(mapOverList, 'web').depends_on, { db: { required: false } });
  });

  it('a later `null` keeps the earlier value (compose-go v2.10.0 mergeYaml: `if o == nil return e`)', () => {
    const p = project({ '/p/compose.yaml': 'services:\n  web:\n    image: a\n', '/p/compose.override.yaml': 'services:\n  web:\n    image:\n' });
    assert.strictEqual(service(p, 'web').image, 'a');
  });
});

describe('Compose project: one file', () => {
  it('merges the documents of a multi-document file in order (compose-go PR #451)', () => {
    const p = project({ '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n---\nservices:\n  web:\n    ports: ["8080:80"]\n' });
    assert.deepStrictEqual(service(p, 'web'), { image: 'nginx:1.27', ports: ['8080:80'] });
    assert.strictEqual(lget(lget(lget(p.model, 'services'), 'web'), 'ports')?.origin.range.start.line, 6);
  });

  it('resolves YAML aliases and `<<` merge keys; the keys a merge brings point at the anchor', () => {
    const p = project({
      '/p/compose.yaml': 'x-base: &base\n  image: example/app:1.0\n  restart: always\nservices:\n  web:\n    <<: *base\n    restart: "no"\n    depends_on: [db]\n  db:\n    image: postgres:16\n',
    });
    assert.deepStrictEqual(service(p, 'web'), { image: 'example/app:1.0', restart: 'no', depends_on: ['db'] });
    assert.strictEqual(lget(lget(lget(p.model, 'services'), 'web'), 'image')?.origin.range.start.line, 1);
  });

  it('stops expanding an alias bomb instead of hanging', () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 0; i < 8; i++) text += `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill('*' + String.fromCharCode(97 + i)).join(', ')}]\n`;
    text += 'services: {}\n';
    const started = Date.now();
    const p = project({ '/p/compose.yaml': text });
    assert.ok(Date.now() - started < 3000);
    assert.ok(p.problems.some((x) => x.code === 'alias-limit'));
  });

  it('finds an alias inside its own anchor as a cycle at once: one problem per alias, not one per alias pair', () => {
    // `x: &a [*a, *a, …]`: each alias used to expand the whole list once more (n² values; 8,000 aliases
    // in 24 KB ran the CLI out of memory). YAML 1.2 §3.2.2.2: an alias names the anchored node.
    const n = 300;
    const p = project({ '/p/compose.yaml': `services:\n  web:\n    image: nginx:1.27\nx: &a [${Array(n).fill('*a').join(', ')}]\n` });
    assert.strictEqual(p.problems.filter((x) => x.code === 'alias-cycle').length, n);
    assert.deepStrictEqual(service(p, 'web'), { image: 'nginx:1.27' });
  });

  it('resolves an alias to the last anchor of that name before it', () => {
    const p = project({ '/p/compose.yaml': 'x-a: &img example/one:1\nx-b: &img example/two:2\nservices:\n  web:\n    image: *img\n' });
    assert.deepStrictEqual(service(p, 'web'), { image: 'example/two:2' });
  });
});

describe('Compose project: interpolation from .env (https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/)', () => {
  const files = {
    '/p/.env': 'TAG=v1.5\nEMPTY=\n# comment\nexport QUOTED="a b"\n',
    '/p/compose.yaml':
      'services:\n  web:\n    image: "webapp:${TAG}"\n    environment:\n      A: ${EMPTY:-dflt}\n      B: ${EMPTY-dflt}\n      C: ${TAG:+alt}\n      D: $$HOME\n      E: ${QUOTED}\n      F: ${UNSET_IN_DOTENV:-8080}\n',
  };
  it('substitutes ${VAR}, :-, -, :+ and $$ from .env', () => {
    const env = service(project(files, ['/p/compose.yaml']), 'web');
    assert.strictEqual(env.image, 'webapp:v1.5');
    const e = env.environment as Record<string, string>;
    assert.deepStrictEqual([e.A, e.B, e.C, e.D, e.E], ['dflt', '', 'alt', '$HOME', 'a b']);
  });
  it('marks a value that depends on a variable .env does not set as unknown (the shell may set it)', () => {
    const p = project(files, ['/p/compose.yaml']);
    const f = lget(lget(lget(lget(p.model, 'services'), 'web'), 'environment'), 'F');
    assert.strictEqual(f?.kind === 'scalar' && f.unknown, true);
    assert.strictEqual(f?.kind === 'scalar' && f.value, '8080');
  });
  it('the caller-given environment wins over .env (the shell wins in Compose)', () => {
    const p = project(files, ['/p/compose.yaml'], { TAG: 'v2' });
    assert.strictEqual(service(p, 'web').image, 'webapp:v2');
  });
  it('reports ${VAR:?err} when VAR is known to be empty', () => {
    const p = project({ '/p/.env': 'X=\n', '/p/compose.yaml': 'services:\n  a:\n    image: "${X:?X must be set}"\n' }, ['/p/compose.yaml']);
    assert.ok(p.problems.some((x) => x.code === 'interpolation' && /X must be set/.test(x.message)));
  });
});

describe('Compose project: profiles (https://docs.docker.com/compose/how-tos/profiles/)', () => {
  it('a service without profiles always runs; with profiles only when one is active', () => {
    assert.strictEqual(enabledWith([], []), true);
    assert.strictEqual(enabledWith(['debug'], []), false);
    assert.strictEqual(enabledWith(['debug'], ['debug']), true);
    assert.strictEqual(enabledWith(['debug'], ['*']), true);
  });
  it('services in profiles that never run together (dev vs prod) cannot clash; shared or no profiles can', () => {
    assert.strictEqual(canRunTogether(['dev'], ['prod']), false);
    assert.strictEqual(canRunTogether(['dev'], []), true);
    assert.strictEqual(canRunTogether(['dev', 'test'], ['test']), true);
    assert.strictEqual(canRunTogether(['dev'], ['prod'], [['dev', 'prod']]), true);
    assert.strictEqual(canRunTogether(undefined, []), false);
  });
  it('reads `profiles` of each merged service', () => {
    const p = project({ '/p/compose.yaml': 'services:\n  web: {image: a}\n  phpmyadmin:\n    image: phpmyadmin\n    profiles: [debug]\n' });
    assert.deepStrictEqual(
      p.services.map((s) => [s.name, s.profiles]),
      [
        ['web', []],
        ['phpmyadmin', ['debug']],
      ],
    );
  });
});

describe('Compose project: include and extends', () => {
  it('include (short form) adds the included services; paths are relative to the including file (https://docs.docker.com/compose/how-tos/multiple-compose-files/include/)', () => {
    const p = project(
      {
        '/p/compose.yaml': 'include:\n  - ../lib/compose.yaml\nservices:\n  web:\n    image: web\n    depends_on: [db]\n',
        '/lib/compose.yaml': 'services:\n  db:\n    image: postgres:${PG}\n',
        '/lib/.env': 'PG=16\n',
      },
      ['/p/compose.yaml'],
    );
    assert.deepStrictEqual(
      p.services.map((s) => s.name),
      ['web', 'db'],
    );
    assert.strictEqual(service(p, 'db').image, 'postgres:16');
    assert.deepStrictEqual(
      p.files.map((f) => [f.path, f.role, f.via]),
      [
        ['/p/compose.yaml', 'main', undefined],
        ['/lib/compose.yaml', 'include', '/p/compose.yaml'],
      ],
    );
    assert.strictEqual(p.complete, true);
  });
  it('include (long form) with env_file and project_directory; a missing file makes the project incomplete', () => {
    const p = project(
      {
        '/p/compose.yaml': 'include:\n  - path: sub/compose.yaml\n    env_file: sub/other.env\n    project_directory: sub\n  - missing.yaml\nservices: {}\n',
        '/p/sub/compose.yaml': 'services:\n  api:\n    image: api:${V}\n',
        '/p/sub/other.env': 'V=3\n',
      },
      ['/p/compose.yaml'],
    );
    assert.strictEqual(service(p, 'api').image, 'api:3');
    assert.strictEqual(p.complete, false);
  });
  // compose-go v2.13.0 loader/include.go ApplyInclude: a relative env_file is `os.Stat`ed and a
  // missing one returns the error; dotenv/env.go GetEnvFromFile: "couldn't find env file". Compose stops.
  it('include whose env_file cannot be read: the project is incomplete, the file is a problem, its variables are not guessed', () => {
    const files = {
      '/p/compose.yaml': 'include:\n  - path: sub/compose.yaml\n    env_file: [sub/a.env, sub/missing.env]\nservices: {}\n',
      '/p/sub/compose.yaml': 'services:\n  api:\n    image: api:${V}\n',
      '/p/sub/a.env': 'V=3\n',
    };
    const p = project(files, ['/p/compose.yaml']);
    assert.strictEqual(p.complete, false);
    assert.deepStrictEqual(
      p.problems.map((x) => [x.code, x.message, x.origin?.range.start.line]),
      [['unreadable', 'cannot read env file /p/sub/missing.env', 1]],
    );
    const image = lget(lget(lget(p.model, 'services'), 'api'), 'image');
    assert.deepStrictEqual([image?.kind === 'scalar' && image.unknown, toPlain(image)], [true, 'api:${V}']);
    // Readable, the same include is complete; without env_file a missing folder .env is no error.
    assert.strictEqual(project({ ...files, '/p/sub/missing.env': '' }, ['/p/compose.yaml']).complete, true);
    assert.strictEqual(project({ '/p/compose.yaml': 'include:\n  - sub/compose.yaml\n', '/p/sub/compose.yaml': files['/p/sub/compose.yaml'] }, ['/p/compose.yaml']).complete, true);
  });
  // compose-go v2.13.0 dotenv/env.go GetEnvFromFile: a line it cannot parse is "failed to read …", and Compose stops.
  it('include whose env_file does not parse: the project is incomplete; values before the bad line are kept', () => {
    const p = project(
      {
        '/p/compose.yaml': 'include:\n  - path: sub/compose.yaml\n    env_file: sub/a.env\nservices: {}\n',
        '/p/sub/compose.yaml': 'services:\n  api:\n    image: api:${V}\n',
        '/p/sub/a.env': 'V=3\nNOT A VARIABLE\n',
      },
      ['/p/compose.yaml'],
    );
    assert.strictEqual(p.complete, false);
    assert.deepStrictEqual(
      p.problems.map((x) => [x.code, x.origin?.file, x.origin?.range.start.line]),
      [['dotenv', '/p/sub/a.env', 1]],
    );
    assert.strictEqual(service(p, 'api').image, 'api:3');
  });
  it('extends a service of the same file and of another file (https://docs.docker.com/compose/how-tos/multiple-compose-files/extends/)', () => {
    const p = project(
      {
        '/p/compose.yaml':
          'services:\n  base:\n    image: app\n    environment: [A=1]\n  web:\n    extends: base\n    environment: [B=2]\n  worker:\n    extends:\n      file: common.yaml\n      service: common\n    command: work\n',
        '/p/common.yaml': 'services:\n  common:\n    image: common:1\n    command: serve\n',
      },
      ['/p/compose.yaml'],
    );
    assert.deepStrictEqual(service(p, 'web'), { image: 'app', environment: ['A=1', 'B=2'] });
    assert.deepStrictEqual(service(p, 'worker'), { image: 'common:1', command: 'work' });
  });
});

describe('Compose project: include is applied before extends (compose-go v2.13.0 loader/loader.go loadYamlFile)', () => {
  // "Process includes first so that extended services have all merged attributes": a service
  // can extend a service that only an included file defines, and it gets that service as the
  // including file changed it.
  const files: Record<string, string> = {
    '/p/compose.yaml': 'include:\n  - lib/compose.yaml\nservices:\n  base:\n    environment: [FROM_MAIN=1]\n  web:\n    extends: base\n    ports: ["8080:80"]\n',
    '/p/lib/compose.yaml': 'services:\n  base:\n    image: nginx:1.27\n    environment: [FROM_LIB=1]\n',
  };
  const p = loadProject({ files: ['/p/compose.yaml'], readFile: (f) => files[f] });

  it('extends a service an included file defines, with what the including file merged into it', () => {
    assert.deepStrictEqual(service(p, 'web'), { image: 'nginx:1.27', environment: ['FROM_LIB=1', 'FROM_MAIN=1'], ports: ['8080:80'] });
    assert.deepStrictEqual(p.problems.filter((x) => x.code === 'extends-missing'), []);
  });

  it('the extended value remembers the included file it came from', () => {
    const image = lget(lget(lget(p.model, 'services'), 'web'), 'image');
    assert.strictEqual(image?.origin.file, '/p/lib/compose.yaml');
  });
});

describe('Compose project: a file read by two projects', () => {
  // The CLI and the editor load a folder's own project and the projects that include it with one
  // parse per file; the reading (interpolation, origins) is shared only when every variable the
  // file uses has the same value, since an including project's variables win over the included
  // folder's .env (compose-go v2.13.0 loader/include.go: Environment: environment.Clone().Merge(envFromFile)).
  const files: Record<string, string> = {
    '/p/compose.yaml': 'include:\n  - lib/compose.yaml\nservices:\n  web:\n    image: web:1\n',
    '/p/.env': 'PG=17\n',
    '/p/lib/compose.yaml': 'services:\n  db:\n    image: postgres:${PG}\n    ports: ["5432:5432", "5432:5432"]\n',
    '/p/lib/.env': 'PG=16\n',
  };
  const docs = new Map<string, ReturnType<typeof parseDocument>>();
  const parse = (path: string, text: string) => {
    if (!docs.has(path)) docs.set(path, parseDocument(text, 'compose'));
    return docs.get(path) as never;
  };
  const load = (set: string[]) => loadProject({ files: set, readFile: (p) => files[p], parse });

  it('gives each project the values of its own variables', () => {
    const including = load(['/p/compose.yaml']);
    const own = load(['/p/lib/compose.yaml']);
    assert.strictEqual(service(including, 'db').image, 'postgres:17');
    assert.strictEqual(service(own, 'db').image, 'postgres:16');
    // Identical port entries collapse in both (compose-go override/uncity.go).
    assert.deepStrictEqual(service(own, 'db').ports, ['5432:5432']);
    assert.deepStrictEqual(service(including, 'db').ports, ['5432:5432']);
  });

  it('shares the reading when the variables agree', () => {
    const a = load(['/p/lib/compose.yaml']);
    const b = load(['/p/lib/compose.yaml']);
    const image = (p: ComposeProject) => lget(lget(lget(p.model, 'services'), 'db'), 'image');
    assert.strictEqual(image(a), image(b));
    assert.deepStrictEqual(service(b, 'db'), { image: 'postgres:16', ports: ['5432:5432'] });
  });
});

describe('Compose file set (compose-go cli/options.go DefaultFileNames)', () => {
  it('takes the first default name and the first override name of a folder', () => {
    assert.deepStrictEqual(defaultFileSet('/p', ['docker-compose.yml', 'compose.yaml', 'compose.override.yaml']), ['/p/compose.yaml', '/p/compose.override.yaml']);
    assert.deepStrictEqual(defaultFileSet('/p', ['docker-compose.yml']), ['/p/docker-compose.yml']);
    assert.strictEqual(defaultFileSet('/p', ['compose.prod.yaml']), undefined);
  });
  it('reads COMPOSE_FILE relative to the project folder', () => {
    assert.deepStrictEqual(fileSetFromVariable('/p', 'compose.yaml:compose.prod.yaml'), ['/p/compose.yaml', '/p/compose.prod.yaml']);
  });
  // https://docs.docker.com/compose/how-tos/environment-variables/envvars/#compose_file and #compose_path_separator
  it("reads COMPOSE_FILE and COMPOSE_PATH_SEPARATOR from a folder's .env text", () => {
    assert.deepStrictEqual(fileSetFromDotEnv('/p', 'COMPOSE_PATH_SEPARATOR=;\nCOMPOSE_FILE=compose.yaml;ops/compose.prod.yaml\n'), ['/p/compose.yaml', '/p/ops/compose.prod.yaml']);
    assert.strictEqual(fileSetFromDotEnv('/p', 'OTHER=1\n'), undefined);
    assert.strictEqual(fileSetFromDotEnv('/p', undefined), undefined);
  });
});

describe('yaml-syntax on a multi-document file (review R1)', () => {
  it('reports nothing: Compose merges the documents (compose-go PR #451)', async () => {
    const { lintDocument } = await import('../../../src/core/lint/engine');
    const { parseCompose } = await import('../../../src/core/documents/composeDocument');
    const { yamlSyntax } = await import('../../../src/core/lint/rules/yaml-syntax');
    const doc = parseCompose('services:\n  web:\n    image: nginx:1.27\n---\nservices:\n  web:\n    ports: ["8080:80"]\n');
    assert.deepStrictEqual(lintDocument(doc, { rules: [yamlSyntax] }), []);
    assert.deepStrictEqual(
      doc.services.map((s) => s.name),
      ['web', 'web'],
    );
  });
});

describe('the effective project with origins (compose config)', () => {
  it('keeps services of active profiles only and names the file and line of each value', async () => {
    const { effectiveProject } = await import('../../../src/core/compose/effective');
    const p = project(
      {
        '/p/.env': 'TAG=v1.5\n',
        '/p/compose.yaml': 'services:\n  web:\n    image: "web:${TAG}"\n    ports: ["8080:80"]\n  debug:\n    image: busybox:1.36\n    profiles: [debug]\n',
        '/p/compose.override.yaml': 'services:\n  web:\n    ports: ["9090:80"]\n',
      },
      ['/p/compose.yaml', '/p/compose.override.yaml'],
    );
    const none = effectiveProject(p, []) as { services: Record<string, Record<string, unknown>> };
    assert.deepStrictEqual(Object.keys(none.services), ['web']);
    assert.deepStrictEqual(none.services.web.image, { value: 'web:v1.5', file: 'compose.yaml', line: 3, source: 'web:${TAG}' });
    assert.deepStrictEqual((none.services.web.ports as { items: unknown[] }).items, [
      { value: '8080:80', file: 'compose.yaml', line: 4 },
      { value: '9090:80', file: 'compose.override.yaml', line: 3 },
    ]);
    const debug = effectiveProject(p, ['debug']) as { services: Record<string, unknown> };
    assert.deepStrictEqual(Object.keys(debug.services), ['web', 'debug']);
  });
});
