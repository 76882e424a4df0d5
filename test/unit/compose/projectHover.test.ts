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
    assert.strictEqual(h.note, '이 항목은 `compose.yaml` 5줄의 `ports` 목록 뒤에 더해져요(합쳐서 3개).');
    assert.strictEqual(h.lead, undefined);
  });

  it('a base entry whose list the override extends: kept, and the override appends its entries after it (merge.go: sequences appended)', () => {
    const files = { '/p/compose.yaml': base, '/p/compose.override.yaml': 'services:\n  web:\n    ports:\n      - "9090:80"\n' };
    const h = hoverAt(files, '/p/compose.yaml', '"443:443');
    assert.strictEqual(h.note, '이 항목은 그대로 쓰여요. `compose.override.yaml` 4줄이 이 `ports` 목록 뒤에 `9090:80`을 더해요(합쳐서 3개).');
    assert.strictEqual(h.lead, undefined);
    const en = hoverAt(files, '/p/compose.yaml', '"443:443', 'en');
    assert.strictEqual(en.note, 'Compose keeps this entry; `compose.override.yaml` line 4 appends `9090:80` to this `ports` list (3 in all).');
  });

  it('a base volume whose list two later files extend names each file once and every appended entry', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - ./data:/data\n',
      '/p/compose.override.yaml': 'services:\n  db:\n    volumes:\n      - ./logs:/logs\n      - ./conf:/conf\n',
      '/p/compose.dev.yaml': 'services:\n  db:\n    volumes:\n      - ./dev:/dev-data\n',
    };
    const h = hoverAt(files, '/p/compose.yaml', './data', 'ko', ['/p/compose.yaml', '/p/compose.override.yaml', '/p/compose.dev.yaml']);
    assert.strictEqual(
      h.note,
      '이 항목은 그대로 쓰여요. `compose.override.yaml` 4줄, `compose.dev.yaml` 4줄이 이 `volumes` 목록 뒤에 `./logs:/logs`, `./conf:/conf`, `./dev:/dev-data`를 더해요(합쳐서 4개).',
    );
    // The middle file's entry: appended to the base's list, and the last file appends after it.
    const middle = hoverAt(files, '/p/compose.override.yaml', './logs', 'ko', ['/p/compose.yaml', '/p/compose.override.yaml', '/p/compose.dev.yaml']);
    assert.strictEqual(middle.note, '이 항목은 `compose.yaml` 5줄의 `volumes` 목록 뒤에 더해져요(합쳐서 4개). `compose.dev.yaml` 4줄이 그 뒤에 `./dev:/dev-data`를 더해요.');
  });

  it('more than five appended entries: five shown, then 등', () => {
    const extra = Array.from({ length: 6 }, (_, i) => `      - "${9001 + i}:80"\n`).join('');
    const files = { '/p/compose.yaml': base, '/p/compose.override.yaml': `services:\n  web:\n    ports:\n${extra}` };
    const h = hoverAt(files, '/p/compose.yaml', '"443:443');
    assert.strictEqual(h.note, '이 항목은 그대로 쓰여요. `compose.override.yaml` 4줄이 이 `ports` 목록 뒤에 `9001:80`, `9002:80`, `9003:80`, `9004:80`, `9005:80` 등을 더해요(합쳐서 8개).');
  });

  it("an override's scalar says which value and line it replaces; the base's scalar says which value wins (merge.go: a later scalar replaces)", () => {
    const files = { '/p/compose.yaml': base, '/p/compose.override.yaml': 'services:\n  web:\n    image: nginx:1.28\n' };
    const onOverride = hoverAt(files, '/p/compose.override.yaml', 'nginx:1.28');
    assert.strictEqual(onOverride.note, 'Compose는 `compose.yaml` 3줄의 `nginx:1.27` 대신 이 값을 써요.');
    assert.strictEqual(onOverride.lead, undefined);
    assert.strictEqual(hoverAt(files, '/p/compose.override.yaml', 'nginx:1.28', 'en').note, 'Compose uses this value instead of `nginx:1.27` at `compose.yaml` line 3.');
    const onBase = hoverAt(files, '/p/compose.yaml', 'nginx:1.27');
    assert.strictEqual(onBase.lead, '**Compose가 쓰는 값:** `nginx:1.28` — `compose.override.yaml` 3줄이 이 값을 바꿔요.');
  });

  it('an override scalar that repeats the base value: the result is the same', () => {
    const files = { '/p/compose.yaml': base, '/p/compose.override.yaml': 'services:\n  web:\n    image: nginx:1.27\n' };
    assert.strictEqual(hoverAt(files, '/p/compose.override.yaml', 'nginx:1.27').note, 'Compose는 이 값을 써요. `compose.yaml` 3줄에도 같은 값이 있어서 결과는 같아요.');
  });

  it('an environment value in map form replaced by name: the override side names the old value', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      MODE: dev\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    environment:\n      MODE: prod\n',
    };
    assert.strictEqual(hoverAt(files, '/p/compose.override.yaml', 'prod').note, 'Compose는 `compose.yaml` 5줄의 `dev` 대신 이 값을 써요.');
  });

  it('an override scalar over an empty base value says 빈 값', () => {
    const files = { '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    user: ""\n', '/p/compose.override.yaml': 'services:\n  web:\n    user: app\n' };
    assert.strictEqual(hoverAt(files, '/p/compose.override.yaml', 'app').note, 'Compose는 `compose.yaml` 4줄의 빈 값 대신 이 값을 써요.');
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
    assert.strictEqual(h.lead, '**Compose는 이 항목을 쓰지 않아요** — `compose.override.yaml` 3줄의 `!reset`이 `ports`를 지워요.');
    assert.strictEqual(hoverAt(files, '/p/compose.yaml', '"443:443', 'en').lead, '**Compose does not use this entry** — `!reset` at `compose.override.yaml` line 3 removes `ports`.');
  });

  it('!override on a mapping: a base key the override does not repeat is gone, and the hover names the tag\'s line', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    environment:\n      LEVEL: info\n      MODE: dev\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    environment: !override\n      MODE: prod\n',
    };
    assert.strictEqual(hoverAt(files, '/p/compose.yaml', 'info').lead, '**Compose는 이 항목을 쓰지 않아요** — `compose.override.yaml` 3줄의 `!override`가 `environment`를 통째로 바꿔요.');
  });

  it('a !reset elsewhere in the set that does not hold this value says nothing (the tag is matched by path, not by a text scan)', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  api:\n    image: node:22\n    ports: ["3000:3000"]\n',
      '/p/compose.override.yaml': 'services:\n  web:\n    ports: !reset []\n',
    };
    assert.deepStrictEqual(hoverAt(files, '/p/compose.yaml', '"3000'), {});
    assert.match(hoverAt(files, '/p/compose.yaml', '"8080').lead ?? '', /3줄의 `!reset`이 `ports`를 지워요/);
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

describe('Compose hover: variables of a file an include loads (compose-go v2.13.0 loader/include.go)', () => {
  // include.go: `env_file` paths are joined to the including file's folder; without `env_file`,
  // `<project_directory>/.env` is read when it exists (project_directory: the first path's folder);
  // the including project's variables win (`Environment.Clone().Merge(envFromFile)` keeps set values);
  // a relative `env_file` that does not exist fails the load (`os.Stat`), `/dev/null` is skipped.
  const main = (include: string) => `include:\n${include}services:\n  web:\n    image: nginx:1.27\n`;
  const db = 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "${DB_PORT}:5432"\n';
  const order = ['/p/compose.yaml'];
  const longForm = main('  - path: db/compose.yaml\n    env_file: db/db.env\n');

  it("names the include's env_file, not the project's .env", () => {
    const files = { '/p/compose.yaml': longForm, '/p/db/compose.yaml': db, '/p/db/db.env': 'DB_PORT=5433\n' };
    const h = hoverAt(files, '/p/db/compose.yaml', '"${DB_PORT', 'ko', order);
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** 호스트 `5433` → 컨테이너 5432 (tcp) — `db/db.env`에서 `DB_PORT`는 `5433`이에요.');
    assert.strictEqual(hoverAt(files, '/p/db/compose.yaml', '"${DB_PORT', 'en', order).lead, '**Compose uses:** host `5433` → container 5432 (tcp) — `db/db.env` sets `DB_PORT` to `5433`.');
  });

  it("with env_file, the include's folder .env is not read: unknown, and both places are named", () => {
    const files = { '/p/compose.yaml': longForm, '/p/db/compose.yaml': db, '/p/db/db.env': 'OTHER=1\n', '/p/db/.env': 'DB_PORT=7000\n' };
    const h = hoverAt(files, '/p/db/compose.yaml', '"${DB_PORT', 'ko', order);
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** 알 수 없어요 — `DB_PORT`는 프로젝트의 `.env`에도 `db/db.env`에도 없어서 `docker compose`를 실행하는 셸의 환경 변수가 정해요. 셸에도 없으면: 호스트의 빈 포트 → 컨테이너 5432 (tcp).');
  });

  it("without env_file: the included project's folder .env", () => {
    const files = { '/p/compose.yaml': main('  - db/compose.yaml\n'), '/p/db/compose.yaml': db, '/p/db/.env': 'DB_PORT=7000\n' };
    const h = hoverAt(files, '/p/db/compose.yaml', '"${DB_PORT', 'ko', order);
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** 호스트 `7000` → 컨테이너 5432 (tcp) — `db/.env`에서 `DB_PORT`는 `7000`이에요.');
  });

  it("without env_file and without a .env in the include's folder: only the project's .env counts", () => {
    const files = { '/p/compose.yaml': main('  - db/compose.yaml\n'), '/p/db/compose.yaml': db };
    const h = hoverAt(files, '/p/db/compose.yaml', '"${DB_PORT', 'ko', order);
    assert.match(h.lead ?? '', /— `DB_PORT`는 프로젝트의 `\.env`에 없어서 /);
  });

  it("the project's .env wins over the include's env_file, and the hover says so", () => {
    const files = { '/p/compose.yaml': longForm, '/p/.env': 'DB_PORT=6000\n', '/p/db/compose.yaml': db, '/p/db/db.env': 'DB_PORT=5433\n' };
    const h = hoverAt(files, '/p/db/compose.yaml', '"${DB_PORT', 'ko', order);
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** 호스트 `6000` → 컨테이너 5432 (tcp) — 프로젝트의 `.env`에서 `DB_PORT`는 `6000`이에요. `db/db.env`에도 있지만 Compose는 프로젝트의 값을 써요.');
  });

  // include.go `os.Stat` / dotenv `GetEnvFromFile` "couldn't find env file": Compose stops loading,
  // so no value of the included file is used; no shell fallback is offered.
  it('an env_file that cannot be read: the value is unknown, the file is named, and Compose stops on a missing one', () => {
    const unread = '**Compose가 쓰는 값:** 알 수 없어요 — `db/db.env`를 읽지 못했어요. 없는 파일이거나, 작업 영역 밖이라 이 확장이 읽지 않은 파일이에요. 파일이 없으면 `docker compose`는 include를 읽다가 오류를 내고 멈춰요.';
    const files = { '/p/compose.yaml': longForm, '/p/db/compose.yaml': db };
    assert.strictEqual(hoverAt(files, '/p/db/compose.yaml', '"${DB_PORT', 'ko', order).lead, unread);
    // Even a variable the project's .env sets: Compose never gets to use the value.
    assert.strictEqual(hoverAt({ ...files, '/p/.env': 'DB_PORT=6000\n' }, '/p/db/compose.yaml', '"${DB_PORT', 'ko', order).lead, unread);
    // What a readable env file of the same list sets is not used either: the unread one may change it.
    const two = { '/p/compose.yaml': main('  - path: db/compose.yaml\n    env_file: [db/db.env, db/more.env]\n'), '/p/db/compose.yaml': db, '/p/db/db.env': 'DB_PORT=5433\n' };
    assert.match(hoverAt(two, '/p/db/compose.yaml', '"${DB_PORT', 'ko', order).lead ?? '', /^\*\*Compose가 쓰는 값:\*\* 알 수 없어요 — `db\/more\.env`를 읽지 못했어요\./);
  });

  it('env_file: /dev/null is skipped, not reported', () => {
    const files = { '/p/compose.yaml': main('  - path: db/compose.yaml\n    env_file: /dev/null\n'), '/p/db/compose.yaml': db, '/p/db/.env': 'DB_PORT=7000\n' };
    const h = hoverAt(files, '/p/db/compose.yaml', '"${DB_PORT', 'ko', order);
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** 알 수 없어요 — `DB_PORT`는 프로젝트의 `.env`에 없어서 `docker compose`를 실행하는 셸의 환경 변수가 정해요. 셸에도 없으면: 호스트의 빈 포트 → 컨테이너 5432 (tcp).');
  });

  it('the main file of the project keeps the project wording', () => {
    const files = { '/p/compose.yaml': `${longForm}    ports: ["\${WEB_PORT}:80"]\n`, '/p/.env': 'WEB_PORT=8000\n', '/p/db/compose.yaml': db, '/p/db/db.env': 'WEB_PORT=1\n' };
    const h = hoverAt(files, '/p/compose.yaml', '"${WEB_PORT', 'ko', order);
    assert.strictEqual(h.lead, '**Compose가 쓰는 값:** 호스트 `8000` → 컨테이너 80 (tcp) — 프로젝트의 `.env`에서 `WEB_PORT`는 `8000`이에요.');
  });
});
