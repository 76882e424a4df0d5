import * as assert from 'assert';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import type { ComposeDocument } from '../../../src/core/documents/composeDocument';
import { LineIndex } from '../../../src/core/documents/lineIndex';
import { lintDocument } from '../../../src/core/lint/engine';
import { loadProject } from '../../../src/core/compose/loadProject';
import { ProjectView } from '../../../src/core/lint/compose/projectView';
import type { FixEdit, LintDiagnostic } from '../../../src/core/lint/types';

// The Compose quick fixes: each table row is a file (or a set), the rule whose finding is
// fixed, the fix's title, and the text after the fix; then the file is linted again and the
// finding must be gone. What "fixed" means is Docker's: a host port no other entry of the
// project holds (https://docs.docker.com/reference/compose-file/services/#ports), a volume or
// network declared at the top level (https://docs.docker.com/reference/compose-file/volumes/),
// a service name that exists (depends_on), a container name no other service uses
// (https://docs.docker.com/reference/compose-file/services/#container_name).

/** Lints one file of a set with the set as its project. */
function lint(files: Record<string, string>, file: string): { doc: ComposeDocument; diagnostics: LintDiagnostic[] } {
  const docs = new Map<string, ComposeDocument>();
  const project = loadProject({ files: Object.keys(files), readFile: (p) => files[p], parse: (p, text) => {
    const doc = parseCompose(text);
    docs.set(p, doc);
    return doc;
  } });
  const doc = docs.get(file) as ComposeDocument;
  return { doc, diagnostics: lintDocument(doc, { project: new ProjectView(project, file) }) };
}

function apply(text: string, edits: readonly FixEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  return out;
}

interface Row {
  name: string;
  files: Record<string, string>;
  /** The file linted (the first one when absent). */
  file?: string;
  rule: string;
  title: string;
  /** The text of each file the fix changes, after it. */
  after: Record<string, string>;
}

const rows: Row[] = [
  {
    name: 'a clashing host port moves to the next port no entry holds (8081 is taken)',
    files: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["8080:80", "8081:81"]\n  b:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n' },
    rule: 'no-duplicate-host-port',
    title: '호스트 포트를 ‘8082’로 바꾸기',
    after: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["8080:80", "8081:81"]\n  b:\n    image: nginx:1.27\n    ports:\n      - "8082:80"\n' },
  },
  {
    name: 'an unquoted mapping is quoted when it moves',
    files: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  b:\n    image: nginx:1.27\n    ports:\n      - 8080:80/udp\n      - 8080:80\n' },
    rule: 'no-duplicate-host-port',
    title: '호스트 포트를 ‘8081’로 바꾸기',
    after: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  b:\n    image: nginx:1.27\n    ports:\n      - 8080:80/udp\n      - "8081:80"\n' },
  },
  {
    name: '127.0.0.1 only: the same port is free on loopback when the first service holds another address',
    files: { '/p/compose.yaml': "services:\n  a:\n    image: nginx:1.27\n    ports: ['192.168.1.5:8080:80']\n  b:\n    image: nginx:1.27\n    ports: ['8080:80']\n" },
    rule: 'no-duplicate-host-port',
    title: '이 컴퓨터에서만 접속하게 ‘127.0.0.1:8080:80’으로 바꾸기',
    after: { '/p/compose.yaml': "services:\n  a:\n    image: nginx:1.27\n    ports: ['192.168.1.5:8080:80']\n  b:\n    image: nginx:1.27\n    ports: ['127.0.0.1:8080:80']\n" },
  },
  {
    name: '127.0.0.1 only: next to 0.0.0.0:8080 the loopback entry needs its own port too',
    files: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  b:\n    image: nginx:1.27\n    ports: ["8080:80"]\n' },
    rule: 'no-duplicate-host-port',
    title: '이 컴퓨터에서만 접속하게 ‘127.0.0.1:8081:80’으로 바꾸기',
    after: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  b:\n    image: nginx:1.27\n    ports: ["127.0.0.1:8081:80"]\n' },
  },
  {
    name: 'an override clash moves the override entry, past the ports the base file holds',
    files: {
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80", "8081:443"]\n',
      '/p/compose.override.yaml': 'services:\n  api:\n    image: api:1\n    ports:\n      - "8080:3000"\n',
    },
    file: '/p/compose.override.yaml',
    rule: 'no-duplicate-host-port',
    title: '호스트 포트를 ‘8082’로 바꾸기',
    after: { '/p/compose.override.yaml': 'services:\n  api:\n    image: api:1\n    ports:\n      - "8082:3000"\n' },
  },
  {
    name: 'long syntax: the published value changes',
    files: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  b:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        published: "8080"\n' },
    rule: 'no-duplicate-host-port',
    title: '호스트 포트를 ‘8081’로 바꾸기',
    after: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  b:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        published: "8081"\n' },
  },
  {
    name: 'long syntax: published on 127.0.0.1 only, with a host_ip line under published',
    files: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["192.168.1.5:8080:80"]\n  b:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        published: "8080"\n' },
    rule: 'no-duplicate-host-port',
    title: '이 컴퓨터에서만 접속하게 host_ip를 ‘127.0.0.1’로 쓰기(‘127.0.0.1:8080:80’)',
    after: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["192.168.1.5:8080:80"]\n  b:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        published: "8080"\n        host_ip: 127.0.0.1\n' },
  },
  {
    name: 'long syntax: 0.0.0.0 becomes 127.0.0.1 on the next free port when the first service holds every interface',
    files: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  b:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        host_ip: 0.0.0.0\n        published: 8080\n' },
    rule: 'no-duplicate-host-port',
    title: '이 컴퓨터에서만 접속하게 host_ip를 ‘127.0.0.1’로 쓰기(‘127.0.0.1:8081:80’)',
    after: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  b:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        host_ip: 127.0.0.1\n        published: 8081\n' },
  },
  {
    name: 'long syntax in a flow map: host_ip added after published',
    files: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["192.168.1.5:8080:80"]\n  b:\n    image: nginx:1.27\n    ports:\n      - { target: 80, published: 8080 }\n' },
    rule: 'no-duplicate-host-port',
    title: '이 컴퓨터에서만 접속하게 host_ip를 ‘127.0.0.1’로 쓰기(‘127.0.0.1:8080:80’)',
    after: { '/p/compose.yaml': 'services:\n  a:\n    image: nginx:1.27\n    ports: ["192.168.1.5:8080:80"]\n  b:\n    image: nginx:1.27\n    ports:\n      - { target: 80, published: 8080, host_ip: 127.0.0.1 }\n' },
  },
  {
    name: 'an undeclared volume is declared in the existing section',
    files: { '/p/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n      - cache:/cache\nvolumes:\n  pgdata: {}\n' },
    rule: 'no-undeclared-volume',
    title: '최상위 volumes에 ‘cache’ 선언하기',
    after: { '/p/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n      - cache:/cache\nvolumes:\n  pgdata: {}\n  cache:\n' },
  },
  {
    name: 'no volumes section yet: one is added at the end, indented like services',
    files: { '/p/compose.yaml': 'services:\n    db:\n        image: postgres:16\n        volumes: ["pgdata:/var/lib/postgresql/data"]' },
    rule: 'no-undeclared-volume',
    title: '최상위 volumes에 ‘pgdata’ 선언하기',
    after: { '/p/compose.yaml': 'services:\n    db:\n        image: postgres:16\n        volumes: ["pgdata:/var/lib/postgresql/data"]\nvolumes:\n    pgdata:\n' },
  },
  {
    name: 'an empty volumes: gets its first entry',
    files: { '/p/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    volumes: ["pgdata:/data"]\nvolumes:\n# none yet\n' },
    rule: 'no-undeclared-volume',
    title: '최상위 volumes에 ‘pgdata’ 선언하기',
    after: { '/p/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    volumes: ["pgdata:/data"]\nvolumes:\n  pgdata:\n# none yet\n' },
  },
  {
    name: 'a volume used in the override is declared in compose.yaml, the file of the set that holds the section',
    files: {
      '/p/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    volumes: ["pgdata:/data"]\nvolumes:\n  pgdata:\n',
      '/p/compose.override.yaml': 'services:\n  db:\n    volumes: ["backup:/backup"]\n',
    },
    file: '/p/compose.override.yaml',
    rule: 'no-undeclared-volume',
    title: 'compose.yaml의 최상위 volumes에 ‘backup’ 선언하기',
    after: { '/p/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    volumes: ["pgdata:/data"]\nvolumes:\n  pgdata:\n  backup:\n' },
  },
  {
    name: 'a typo of a declared volume: the declared name first',
    files: { '/p/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    volumes: ["pgdat:/data"]\nvolumes:\n  pgdata:\n' },
    rule: 'no-undeclared-volume',
    title: '‘pgdata’로 바꾸기',
    after: { '/p/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    volumes: ["pgdata:/data"]\nvolumes:\n  pgdata:\n' },
  },
  {
    name: 'an undeclared network in a flow-style section',
    files: { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    networks: [front, back]\nnetworks: { front: {} }\n' },
    rule: 'no-undeclared-network',
    title: '최상위 networks에 ‘back’ 선언하기',
    after: { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    networks: [front, back]\nnetworks: { front: {}, back: {} }\n' },
  },
  {
    name: 'an empty flow-style section gets its first entry',
    files: { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    networks: [back]\nnetworks: {}\n' },
    rule: 'no-undeclared-network',
    title: '최상위 networks에 ‘back’ 선언하기',
    after: { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    networks: [back]\nnetworks: { back: {} }\n' },
  },
  {
    name: 'an undefined service takes the nearest name (edit distance)',
    files: { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - "dbb"\n  db:\n    image: postgres:16\n' },
    rule: 'no-undefined-service',
    title: '‘db’로 바꾸기',
    after: { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      - "db"\n  db:\n    image: postgres:16\n' },
  },
  {
    name: 'a duplicate container_name gets the service name added',
    files: { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    container_name: app\n  admin:\n    image: nginx:1.27\n    container_name: app\n' },
    rule: 'no-duplicate-container-name',
    title: '컨테이너 이름을 ‘app-admin’으로 바꾸기',
    after: { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    container_name: app\n  admin:\n    image: nginx:1.27\n    container_name: app-admin\n' },
  },
  {
    name: 'a rename never takes a name the project uses',
    files: { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    container_name: app\n  admin:\n    image: nginx:1.27\n    container_name: app-admin\n  admin2:\n    image: nginx:1.27\n    container_name: app\n' },
    rule: 'no-duplicate-container-name',
    title: '컨테이너 이름을 ‘app-admin2’로 바꾸기',
    after: { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    container_name: app\n  admin:\n    image: nginx:1.27\n    container_name: app-admin\n  admin2:\n    image: nginx:1.27\n    container_name: app-admin2\n' },
  },
];

describe('compose quick fixes', () => {
  for (const row of rows) {
    it(row.name, () => {
      const file = row.file ?? Object.keys(row.files)[0];
      const { diagnostics } = lint(row.files, file);
      const finding = diagnostics.find((d) => d.rule === row.rule);
      assert.ok(finding, `no ${row.rule} in ${JSON.stringify(diagnostics.map((d) => d.rule))}`);
      const fix = finding.fixes.find((f) => f.title === row.title);
      assert.ok(fix, `no fix titled ${row.title}: ${JSON.stringify(finding.fixes.map((f) => f.title))}`);
      const changed = { ...row.files };
      for (const [path, text] of Object.entries(row.files)) {
        const edits = fix.edits.filter((e) => (e.file ?? file) === path);
        if (edits.length) changed[path] = apply(text, edits);
      }
      for (const [path, text] of Object.entries(row.after)) assert.strictEqual(changed[path], text, path);
      for (const path of Object.keys(row.files)) if (!(path in row.after)) assert.strictEqual(changed[path], row.files[path], `${path} is left alone`);
      // Linted again, the finding is gone.
      assert.deepStrictEqual(lint(changed, file).diagnostics.filter((d) => d.rule === row.rule).map((d) => d.message), []);
    });
  }

  it('titles are plain text: no Markdown code marks', () => {
    for (const row of rows) assert.doesNotMatch(row.title, /`/);
  });

  it('offers no port fix for a host range, and none for an entry Compose merges (the same text twice)', () => {
    const range = lint({ '/p/compose.yaml': 'services:\n  a:\n    image: x:1\n    ports: ["8080-8081:80-81"]\n  b:\n    image: x:1\n    ports: ["8080-8081:80-81"]\n' }, '/p/compose.yaml');
    assert.deepStrictEqual(range.diagnostics.filter((d) => d.rule === 'no-duplicate-host-port').map((d) => d.fixes.length), [0]);
    const repeated = lint({ '/p/compose.yaml': 'services:\n  a:\n    image: x:1\n    ports: ["8080:80", "8080:80"]\n' }, '/p/compose.yaml');
    assert.deepStrictEqual(repeated.diagnostics.filter((d) => d.rule === 'no-duplicate-host-port').map((d) => d.fixes.length), [0]);
  });
});
