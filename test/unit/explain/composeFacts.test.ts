import * as assert from 'assert';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import { explainCompose } from '../../../src/core/explain/explainCompose';
import type { Language } from '../../../src/core/types';

// One row per finding of shared/reviews/facts-compose-lint.md that a Compose hover states: a
// small file, the cursor, what the hover must say (and must no longer say), and the source
// that shows what `docker compose` v2 does.

interface FactRow {
  id: string;
  source: string;
  /** The cursor goes to the start of the first occurrence of this text (+ shift). */
  at: string;
  shift?: number;
  lang?: Language;
  says: (string | RegExp)[];
  never?: (string | RegExp)[];
  cite: string;
}

function hoverText(row: FactRow): string {
  const doc = parseCompose(row.source);
  const at = row.source.indexOf(row.at);
  assert.ok(at >= 0, `${row.id}: no "${row.at}" in the source`);
  const before = row.source.slice(0, at + (row.shift ?? 0));
  const line = before.split('\n').length - 1;
  const character = before.length - before.lastIndexOf('\n') - 1;
  return explainCompose(doc, { line, character }, { language: row.lang ?? 'ko', conceptLinks: false })?.markdown ?? '';
}

const svc = (body: string) => `services:\n  web:\n    image: nginx:1.27\n${body}`;

export const FACT_ROWS: FactRow[] = [
  {
    id: 'F8',
    source: svc('    ports:\n      - "localhost:8081:80"\n'),
    at: '"localhost',
    says: ['IP 주소가 아니라서', 'invalid IP address'],
    never: ['루프백', '이 호스트 안에서만'],
    cite: 'go-connections nat/nat.go ParsePortSpec: net.ParseIP(ip) == nil → "invalid IP address"',
  },
  {
    id: 'F14',
    source: svc('    ports:\n      - "8000-8010:80"\n'),
    at: '"8000',
    says: ['빈 포트 하나를 골라', '고른 한 포트만 차지해요', '`<호스트 IP>:<고른 포트>`로'],
    never: ['8000-8010/tcp를 차지', '<호스트 IP>:8000-8010'],
    cite: 'go-connections nat/nat.go: "use the host port range as the dynamic host port range to allocate into"',
  },
  {
    id: 'F15',
    source: svc('    ports:\n      - target: 80\n        host_ip: 127.0.0.1\n'),
    at: 'target: 80',
    says: ['루프백 `127.0.0.1`', '빈 호스트 포트를 골라'],
    never: ['모든 인터페이스'],
    cite: 'https://docs.docker.com/reference/compose-file/services/#ports (long syntax host_ip); nat IP::CONTAINER',
  },
  {
    id: 'F17',
    source: svc('    ports:\n      - "0:80"\n'),
    at: '"0:80"',
    says: ['호스트 포트 `0`은 비워 둔 것과 같아요'],
    never: ['읽을 수 없어요'],
    cite: 'go-connections nat/parse.go parsePortNumber accepts 0–65535; 0 = dynamic',
  },
  {
    id: 'F35',
    source: svc('    ports:\n      - 2222:22\n'),
    at: '2222:22',
    says: ['60진수 `133342`'],
    cite: 'https://yaml.org/type/int.html (base 60); Compose reference › ports ("xx:yy")',
  },
  {
    id: 'F4',
    source: svc('    network_mode: host\n    ports:\n      - "80:80"\n'),
    at: 'host\n',
    says: ['`ports`가 무시돼요', 'Published ports are discarded'],
    never: ['오류가 나요'],
    cite: 'docker/compose#8326 (the error came from docker-py in v1); engine warning "Published ports are discarded when using host network mode"',
  },
  {
    id: 'F4 (ports side)',
    source: svc('    network_mode: host\n    ports:\n      - "80:80"\n'),
    at: '"80:80"',
    says: ['`network_mode: host`라서 이 포트 게시는 무시돼요'],
    cite: 'same as F4',
  },
  {
    id: 'F30',
    source: svc('    ports:\n      - target: 80\n        host_ip: 127.0.0.1\n'),
    at: 'host_ip',
    says: ['모든 IPv4·IPv6 인터페이스(`0.0.0.0`, `::`)'],
    cite: 'https://docs.docker.com/engine/network/port-publishing/ (default binds 0.0.0.0 and [::])',
  },
  {
    id: 'K21',
    source: svc('    ports:\n      - "80"\n'),
    at: '"80"',
    says: ['빈 호스트 포트를 골라 모든 인터페이스(`0.0.0.0`, `::`)에 열어요'],
    never: ['골라요 (모든'],
    cite: 'review K21 (wording)',
  },
  {
    id: 'K2',
    source: svc('    ports:\n      - "8080:80"\n'),
    at: '    ports',
    shift: 4,
    says: ['접속할 수 있게 해요'],
    never: ['닿'],
    cite: 'review K2 (wording)',
  },
];

describe('Compose hover facts (review findings)', () => {
  for (const row of FACT_ROWS) {
    it(`${row.id} (${row.cite})`, () => {
      const md = hoverText(row);
      for (const s of row.says) {
        if (typeof s === 'string') assert.ok(md.includes(s), `${row.id}: missing "${s}" in\n${md}`);
        else assert.match(md, s);
      }
      for (const s of row.never ?? []) {
        if (typeof s === 'string') assert.ok(!md.includes(s), `${row.id}: still says "${s}" in\n${md}`);
        else assert.doesNotMatch(md, s);
      }
    });
  }
});
