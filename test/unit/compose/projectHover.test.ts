import * as assert from 'assert';
import { loadProject } from '../../../src/core/compose/loadProject';
import { projectHover } from '../../../src/core/compose/hoverNote';
import type { ComposeDocument } from '../../../src/core/documents/composeDocument';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import type { Language } from '../../../src/core/types';

// The hover's project lines on entries of lists and on values at any depth: what `docker compose`
// uses once the whole set is loaded. Merging as compose-go v2.13.0 `override/merge.go` (sequences
// appended; `command`/`entrypoint` replaced) and `override/uncity.go` (`ports` keyed by their text,
// `volumes` by container path, `environment` by name: the later entry takes the earlier one's
// place); https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/.
// Interpolation: https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/

type Files = Record<string, string>;

/** The hover at the first `marker` in `file` (the cursor one character into it). */
function hoverAt(files: Files, file: string, marker: string, language: Language = 'ko', order?: string[]) {
  const docs = new Map<string, ComposeDocument>();
  const parse = (p: string, text: string) => {
    if (!docs.has(p)) docs.set(p, parseDocument(text, 'compose') as ComposeDocument);
    return docs.get(p) as ComposeDocument;
  };
  const set = order ?? Object.keys(files).filter((f) => /compose[^/]*\.ya?ml$/.test(f));
  const project = loadProject({ files: set, readFile: (p) => files[p], parse });
  const doc = parse(file, files[file]);
  const offset = files[file].indexOf(marker);
  assert.ok(offset >= 0, `marker ${marker} in ${file}`);
  const position = doc.lines.positionAt(offset + 1);
  return projectHover(project, file, doc, position, language) ?? {};
}

describe('Compose hover: the value the project uses, in lists', () => {
  const base = 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "${WEB_PORT:-8080}:80"\n      - "443:443"\n    environment:\n      - MODE=${MODE}\n      - LEVEL=info\n    command: ["nginx", "-g", "daemon off;"]\n';

  it('a port from .env leads with the published mapping and names the variable (issue 12 example)', () => {
    const h = hoverAt({ '/p/compose.yaml': base, '/p/.env': 'WEB_PORT=9000\n' }, '/p/compose.yaml', '"${WEB_PORT');
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** 호스트 `9000` → 컨테이너 80 (tcp) — 프로젝트의 `.env`에서 `WEB_PORT`는 `9000`이에요.');
  });

  it('a port whose variable .env does not set is unknown; the shell decides, else the default', () => {
    const h = hoverAt({ '/p/compose.yaml': base }, '/p/compose.yaml', '"${WEB_PORT');
    assert.strictEqual(
      h.lead,
      '**Compose가 쓰는 값:** 알 수 없어요 — `WEB_PORT`는 프로젝트의 `.env`에 없어서 `docker compose`를 실행하는 셸의 환경 변수가 정해요. 셸에도 없으면: 호스트 `8080` → 컨테이너 80 (tcp).',
    );
  });

  it('a ${VAR:?err} .env does not set: Compose stops unless the shell sets it', () => {
    const h = hoverAt({ '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["${P:?set P}:80"]\n' }, '/p/compose.yaml', '"${P');
    assert.match(h.lead ?? '', /셸에도 없으면 Compose가 "required variable … is missing a value" 오류를 내고 멈춰요\./);
  });

  it('an environment entry with a variable shows the filled entry', () => {
    const h = hoverAt({ '/p/compose.yaml': base, '/p/.env': 'MODE=prod\n' }, '/p/compose.yaml', 'MODE=${');
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** `MODE=prod` — 프로젝트의 `.env`에서 `MODE`는 `prod`예요.');
  });

  it('a plain entry in a file alone gets no line', () => {
    assert.deepStrictEqual(hoverAt({ '/p/compose.yaml': base }, '/p/compose.yaml', '"443:443'), {});
  });

  it('a port the override lists again is replaced at its place (ports keyed by their text, uncity.go portIndexer)', () => {
    const files = { '/p/compose.yaml': base, '/p/compose.override.yaml': 'services:\n  web:\n    ports:\n      - "9090:80"\n      - "443:443"\n' };
    const onBase = hoverAt(files, '/p/compose.yaml', '"443:443');
    assert.strictEqual(onBase.lead, '**Compose가 쓰는 값:** 호스트 `443` → 컨테이너 443 (tcp) — `compose.override.yaml` 5줄에 같은 항목이 있어서 Compose는 그 항목을 이 자리에 써요.');
    const onOverride = hoverAt(files, '/p/compose.override.yaml', '"443:443');
    assert.strictEqual(onOverride.note, '이 항목이 `compose.yaml` 6줄의 같은 항목 `443:443`을 대신해요.');
  });

  it('a port the override adds says which list it joins', () => {
    const files = { '/p/compose.yaml': base, '/p/compose.override.yaml': 'services:\n  web:\n    ports:\n      - "9090:80"\n' };
    const h = hoverAt(files, '/p/compose.override.yaml', '"9090:80');
    assert.strictEqual(h.note, '이 항목은 `compose.yaml` 5줄의 `ports` 목록에 더해져요(합쳐서 3개).');
    assert.strictEqual(h.lead, undefined);
  });

  it('on the ports key of the base: the entries other files add', () => {
    const files = { '/p/compose.yaml': base, '/p/compose.override.yaml': 'services:\n  web:\n    ports:\n      - "9090:80"\n' };
    const h = hoverAt(files, '/p/compose.yaml', 'ports:');
    assert.strictEqual(h.note, '`compose.override.yaml`도 이 목록에 항목을 더해요: `9090:80`.');
  });

  it('a volume replaced by the override at the same container path (volumes keyed by target, uncity.go volumeIndexer)', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - ./data:/var/lib/postgresql/data\n',
      '/p/compose.override.yaml': 'services:\n  db:\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n',
    };
    const h = hoverAt(files, '/p/compose.yaml', './data');
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** `pgdata` → 컨테이너 `/var/lib/postgresql/data` — `compose.override.yaml` 4줄에 같은 항목이 있어서 Compose는 그 항목을 이 자리에 써요.');
  });

  it('environment in map form: the override replaces the value by name', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      LEVEL: info\n      MODE: dev\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    environment:\n      MODE: prod\n',
    };
    const h = hoverAt(files, '/p/compose.yaml', 'dev');
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** `prod` — `compose.override.yaml` 4줄이 이 값을 바꿔요.');
    assert.deepStrictEqual(hoverAt(files, '/p/compose.yaml', 'info'), {});
  });

  it('environment in two forms (map, then list): merged by name (merge.go mergeToSequence, keyValueIndexer)', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      MODE: dev\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    environment:\n      - MODE=prod\n',
    };
    const h = hoverAt(files, '/p/compose.yaml', 'dev');
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** `MODE=prod` — `compose.override.yaml` 4줄에 같은 항목이 있어서 Compose는 그 항목을 이 자리에 써요.');
  });

  it('command is replaced whole: an entry of the base list is not used (merge.go: command → override)', () => {
    const files = { '/p/compose.yaml': base, '/p/compose.override.yaml': 'services:\n  web:\n    command: ["nginx-debug", "-g", "daemon off;"]\n' };
    const h = hoverAt(files, '/p/compose.yaml', '"nginx",');
    assert.strictEqual(h.lead, '**Compose는 이 항목을 쓰지 않아요** — `compose.override.yaml` 3줄이 이 목록을 통째로 바꿔요.');
  });

  it('!reset in the override removes the base list (https://docs.docker.com/reference/compose-file/merge/#reset-value)', () => {
    const files = { '/p/compose.yaml': base, '/p/compose.override.yaml': 'services:\n  web:\n    ports: !reset []\n' };
    const h = hoverAt(files, '/p/compose.yaml', '"443:443');
    assert.strictEqual(h.lead, '**Compose는 이 항목을 쓰지 않아요** — 다른 파일의 `!reset`이나 `!override`가 이 값을 지워요.');
  });

  it('depends_on in list form, merged as a mapping with the override\'s: no false line', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n  db:\n    image: postgres:16\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    depends_on: [cache]\n  cache:\n    image: redis:7\n',
    };
    assert.deepStrictEqual(hoverAt(files, '/p/compose.yaml', 'db]'), {});
  });

  it('a key of a long-syntax port: the value at depth, from .env', () => {
    const files = { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        published: "${PORT}"\n', '/p/.env': 'PORT=8081\n' };
    const h = hoverAt(files, '/p/compose.yaml', '"${PORT');
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** `8081` — 프로젝트의 `.env`에서 `PORT`는 `8081`이에요.');
  });

  it('a long-syntax port the override lists again by the same published port and target', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - target: 80\n        published: "8080"\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    ports:\n      - target: 80\n        published: "8080"\n        host_ip: 0.0.0.0\n',
    };
    const h = hoverAt(files, '/p/compose.yaml', 'target');
    assert.match(h.lead ?? '', /^\*\*Compose가 쓰는 값:\*\* 호스트 `0\.0\.0\.0:8080` → 컨테이너 80 \(tcp\) — `compose\.override\.yaml` 4줄에 같은 항목이/);
  });

  it('a scalar a second YAML document of the same file replaces (compose-go PR #451: documents merged in order)', () => {
    const files = { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n---\nservices:\n  web:\n    image: nginx:1.28\n' };
    const h = hoverAt(files, '/p/compose.yaml', 'nginx:1.27');
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** `nginx:1.28` — `compose.yaml` 7줄이 이 값을 바꿔요.');
  });

  it('English', () => {
    const h = hoverAt({ '/p/compose.yaml': base, '/p/.env': 'WEB_PORT=9000\n' }, '/p/compose.yaml', '"${WEB_PORT', 'en');
    assert.strictEqual(h.lead, "**Compose uses:** host `9000` → container 80 (tcp) — The project's .env sets `WEB_PORT` to `9000`.");
  });
});
