import * as assert from 'assert';
import { loadProject } from '../../../src/core/compose/loadProject';
import type { ComposeProject } from '../../../src/core/compose/loadProject';
import { lget, toPlain } from '../../../src/core/compose/located';
import { fileSetFromVariable } from '../../../src/core/compose/fileSet';

// Gaps found by checking issue 12's model bullets against compose-go v2.13.0, each case with
// the file that shows the behaviour.

function project(files: Record<string, string>, order: string[]): ComposeProject {
  return loadProject({ files: order, readFile: (p) => files[p] });
}

function service(p: ComposeProject, name: string): Record<string, unknown> {
  return toPlain(lget(lget(p.model, 'services'), name)) as Record<string, unknown>;
}

const EXTENDS = 'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/extends.go';
const INCLUDE = 'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/include.go';
const MERGE = 'https://github.com/compose-spec/compose-go/blob/v2.13.0/override/merge.go';
const OPTIONS = 'https://github.com/compose-spec/compose-go/blob/v2.13.0/cli/options.go';

describe('Compose project: !reset against what extends and include bring', () => {
  it(`a !reset in a service that extends another removes the inherited value (${EXTENDS}: post.Apply on the base copy before override.ExtendService)`, () => {
    const p = project(
      {
        '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n    environment: [A=1]\n  worker:\n    extends: web\n    ports: !reset []\n',
      },
      ['/p/compose.yaml'],
    );
    assert.deepStrictEqual(service(p, 'worker'), { image: 'nginx:1.27', environment: ['A=1'] });
    assert.deepStrictEqual(service(p, 'web'), { image: 'nginx:1.27', ports: ['80:80'], environment: ['A=1'] });
  });

  it(`…also along a chain of extends and from another file (${EXTENDS})`, () => {
    const p = project(
      {
        '/p/compose.yaml': 'services:\n  api:\n    extends:\n      file: base.yaml\n      service: base\n    healthcheck: !reset {}\n    volumes: !reset []\n',
        '/p/base.yaml': 'services:\n  base:\n    image: app:1\n    volumes: ["./d:/d"]\n    healthcheck:\n      test: ["CMD", "true"]\n',
      },
      ['/p/compose.yaml'],
    );
    assert.deepStrictEqual(service(p, 'api'), { image: 'app:1' });
  });

  it(`a !reset in the including file removes the value an included file gives the same service (${INCLUDE}: importResource applies the processor before MergeYaml)`, () => {
    const p = project(
      {
        '/p/compose.yaml': 'include:\n  - db.yaml\nservices:\n  db:\n    ports: !reset []\n',
        '/p/db.yaml': 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n',
      },
      ['/p/compose.yaml'],
    );
    assert.deepStrictEqual(service(p, 'db'), { image: 'postgres:16' });
  });
});

describe(`Compose project: extra_hosts (${MERGE} mergeExtraHosts)`, () => {
  it('keeps the earlier entries and adds the later ones that are not already there (same text once)', () => {
    const p = project(
      {
        '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    extra_hosts: ["db:10.0.0.1", "cache:10.0.0.2"]\n',
        '/p/compose.override.yaml': 'services:\n  web:\n    extra_hosts: ["db:10.0.0.1", "db:10.0.0.9"]\n',
      },
      ['/p/compose.yaml', '/p/compose.override.yaml'],
    );
    assert.deepStrictEqual(service(p, 'web').extra_hosts, ['db:10.0.0.1', 'cache:10.0.0.2', 'db:10.0.0.9']);
  });

  it('two mappings are not merged key by key: both addresses of one host stay (convertIntoSequence, no unicity index for extra_hosts)', () => {
    const p = project(
      {
        '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    extra_hosts:\n      db: 10.0.0.1\n',
        '/p/compose.override.yaml': 'services:\n  web:\n    extra_hosts:\n      db: 10.0.0.9\n',
      },
      ['/p/compose.yaml', '/p/compose.override.yaml'],
    );
    assert.deepStrictEqual(service(p, 'web').extra_hosts, ['db=10.0.0.1', 'db=10.0.0.9']);
  });
});

describe(`COMPOSE_FILE and COMPOSE_PATH_SEPARATOR (${OPTIONS} WithConfigFileEnv)`, () => {
  it('splits on COMPOSE_PATH_SEPARATOR when it is set, else on ":"', () => {
    assert.deepStrictEqual(fileSetFromVariable('/p', 'compose.yaml;compose.prod.yaml', ';'), ['/p/compose.yaml', '/p/compose.prod.yaml']);
    assert.deepStrictEqual(fileSetFromVariable('/p', 'compose.yaml:compose.prod.yaml'), ['/p/compose.yaml', '/p/compose.prod.yaml']);
    assert.deepStrictEqual(fileSetFromVariable('/p', 'compose.yaml:compose.prod.yaml', ''), ['/p/compose.yaml', '/p/compose.prod.yaml']);
  });
});
