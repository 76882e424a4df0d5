import * as assert from 'assert';
import { checkRow, completeText } from './dockerfileCompletion.test';
import type { Row } from './dockerfileCompletion.test';

// Completion at representative positions of a Compose file (cursor at `‸`): keys from the
// Compose schema at the cursor, enum values, names declared elsewhere, `.env` names.

const PROJECT = [
  'services:',
  '  db:',
  '    image: postgres:16',
  '  web:',
  '    image: nginx',
  '    ‸',
  'volumes:',
  '  data:',
  'networks:',
  '  front:',
  'secrets:',
  '  token:',
  '    file: ./token.txt',
].join('\n');

const at = (line: string) => PROJECT.replace('    ‸', line);

const ROWS: Row[] = [
  { what: 'top-level keys', text: '‸', has: ['services', 'volumes', 'networks', 'secrets', 'configs', 'name', 'include'], first: 'services', doc: ['services', '서비스'] },
  { what: 'top-level key half typed', text: 'serv‸', has: ['services'] },
  { what: 'service keys: common ones first, written ones left out', text: PROJECT, has: ['build', 'ports', 'environment', 'depends_on', 'restart', 'healthcheck', 'cap_add', 'pull_policy'], not: ['image', 'driver'], first: 'build', doc: ['ports', '게시'], insert: ['ports', 'ports:\n  - $0'] },
  { what: 'healthcheck keys', text: 'services:\n  web:\n    healthcheck:\n      ‸', has: ['test', 'interval', 'timeout', 'retries', 'start_period', 'disable'], first: 'test', not: ['image'] },
  { what: 'build keys', text: 'services:\n  web:\n    build:\n      context: .\n      ‸', has: ['dockerfile', 'target', 'args'], not: ['context'], first: 'dockerfile' },
  { what: 'long volume keys in a list item', text: 'services:\n  web:\n    volumes:\n      - type: bind\n        ‸', has: ['source', 'target', 'read_only', 'bind'], not: ['type', 'restart'] },
  { what: 'restart policies', text: 'services:\n  web:\n    restart: ‸', has: ['no', 'always', 'on-failure', 'unless-stopped'], doc: ['unless-stopped', '직접 멈춘'], insert: ['no', '"no"'] },
  { what: 'pull_policy values', text: 'services:\n  web:\n    pull_policy: ‸', has: ['always', 'never', 'missing', 'build'], doc: ['missing', '로컬에 없을 때만'] },
  { what: 'depends_on conditions', text: 'services:\n  db:\n    image: pg\n  web:\n    depends_on:\n      db:\n        condition: ‸', has: ['service_started', 'service_healthy', 'service_completed_successfully'], doc: ['service_healthy', '`db`의 헬스체크'] },
  { what: 'network drivers', text: 'networks:\n  front:\n    driver: ‸', has: ['bridge', 'host', 'overlay', 'macvlan', 'ipvlan', 'none'], first: 'bridge' },
  { what: 'long volume type: schema enum', text: 'services:\n  web:\n    volumes:\n      - type: ‸', has: ['bind', 'volume', 'tmpfs'] },
  { what: 'boolean values', text: 'services:\n  web:\n    read_only: ‸', has: ['true', 'false'] },
  { what: 'depends_on list: other services', text: at('    depends_on:\n      - ‸'), has: ['db'], not: ['web'], doc: ['db', '줄 2'] },
  { what: 'depends_on at the key column', text: at('    depends_on:\n    - ‸'), has: ['db'], not: ['web'] },
  { what: 'depends_on map: service names as keys', text: at('    depends_on:\n      ‸'), has: ['db'], not: ['web', 'condition'], insert: ['db', 'db:'] },
  { what: 'depends_on: a listed service is not offered again', text: 'services:\n  db:\n    image: a\n  cache:\n    image: b\n  web:\n    depends_on:\n      - db\n      - ‸', has: ['cache'], not: ['db', 'web'] },
  { what: 'service networks', text: at('    networks:\n      - ‸'), has: ['front', 'default'] },
  { what: 'named volumes in a short volume', text: at('    volumes:\n      - ‸'), has: ['data'], insert: ['data', 'data:'] },
  { what: 'a bind mount path is not a volume name', text: at('    volumes:\n      - ./sr‸'), has: [], not: ['data'] },
  { what: 'service secrets', text: at('    secrets:\n      - ‸'), has: ['token'] },
  { what: 'extends service', text: at('    extends:\n      service: ‸'), has: ['db'], not: ['web'] },
  { what: 'network_mode service:', text: at('    network_mode: service:‸'), has: ['service:db'] },
  { what: 'pid service:', text: at('    pid: service:‸'), has: ['service:db'] },
  { what: 'ipc service:', text: at('    ipc: service:‸'), has: ['service:db'] },
  { what: 'a service name is the author\'s: nothing', text: 'services:\n  ‸', has: [] },
];

describe('completion: Compose', () => {
  for (const row of ROWS) {
    it(row.what, () => {
      const items = completeText(row.text, 'compose');
      checkRow(row, items);
      if (row.has.length === 0) assert.deepStrictEqual(items.map((i) => i.label), []);
    });
  }

  it('${ names from the project .env', () => {
    const items = completeText('services:\n  web:\n    image: app:${T‸}', 'compose', 'ko', ['TAG', 'PORT']);
    checkRow({ what: '.env', text: '', has: ['TAG', 'PORT'], doc: ['TAG', '`.env`'] }, items);
    assert.deepStrictEqual(items[0].range, { start: { line: 2, character: 17 }, end: { line: 2, character: 18 } });
  });

  it('every service key of the schema has a Korean explanation', () => {
    const items = completeText('services:\n  web:\n    ‸', 'compose');
    assert.ok(items.length > 80, `only ${items.length} keys`);
    for (const item of items) assert.ok(/[가-힣]/.test(item.documentation), `${item.label}: ${item.documentation}`);
  });

  it('never throws on half-written YAML', () => {
    const text = 'services:\n  web:\n    ports: [\n      - "80\n    environment:\n      A: ${\n  - x: {\n';
    for (let i = 0; i <= text.length; i++) completeText(`${text.slice(0, i)}‸${text.slice(i)}`, 'compose');
  });
});
