import * as assert from 'assert';
import { AnalysisService } from '../../../src/worker/service';
import type { DocumentRef } from '../../../src/worker/protocol';

// The worker lints a Compose file with its set, reading the other files from the editor when
// they are open and from the disk otherwise; an edit to one file changes the others' next lint.
describe('worker: Compose files are linted with their set', () => {
  const disk: Record<string, string> = {
    '/w/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\nvolumes:\n  data: {}\n',
    '/w/compose.override.yaml': 'services:\n  web:\n    volumes: ["data:/data"]\n  api:\n    image: api:1\n    ports: ["8080:3000"]\n',
  };
  const target = (path: string) => ({ path, workspaceRoot: '/w', language: 'ko' as const });
  const rules = (o: { diagnostics: { rule: string; related?: unknown[] }[] }) => o.diagnostics.map((d) => [d.rule, Boolean(d.related)]);

  it('the override knows the base volume, and the port clash points at compose.yaml', () => {
    const s = new AnalysisService((p) => disk[p]);
    const outcome = s.handle('lint', { doc: { uri: 'file:///w/compose.override.yaml', version: 1, kind: 'compose', text: disk['/w/compose.override.yaml'] }, target: target('/w/compose.override.yaml') });
    assert.deepStrictEqual(rules(outcome), [['no-duplicate-host-port', true]]);
  });

  it('editing compose.yaml in the editor changes the override\'s next lint', () => {
    const s = new AnalysisService((p) => disk[p]);
    const override = { uri: 'file:///w/compose.override.yaml', version: 1, kind: 'compose' as const, text: disk['/w/compose.override.yaml'] };
    s.handle('lint', { doc: override, target: target('/w/compose.override.yaml') });
    // compose.yaml opened and edited: the volume declaration and the port are gone.
    s.handle('lint', { doc: { uri: 'file:///w/compose.yaml', version: 5, kind: 'compose', text: 'services:\n  web:\n    image: nginx:1.27\n' }, target: target('/w/compose.yaml') });
    const again = s.handle('lint', { doc: { ...override, text: undefined }, target: target('/w/compose.override.yaml') });
    assert.deepStrictEqual(rules(again), [['no-undeclared-volume', false]]);
  });
});

describe('worker: Compose hovers show the value the project uses', () => {
  const disk: Record<string, string> = {
    '/w/.env': 'TAG=1.27\n',
    '/w/compose.yaml': 'services:\n  web:\n    image: "nginx:${TAG}"\n    restart: always\n    user: "${APP_USER}"\n',
    '/w/compose.override.yaml': 'services:\n  web:\n    restart: "no"\n',
  };
  const hoverAt = (line: number, character: number) => {
    const s = new AnalysisService((p) => disk[p]);
    const doc = { uri: 'file:///w/compose.yaml', version: 1, kind: 'compose' as const, text: disk['/w/compose.yaml'] };
    s.handle('lint', { doc, target: { path: '/w/compose.yaml', workspaceRoot: '/w', language: 'ko' } });
    return s.handle('hover', { doc: { ...doc, text: undefined }, position: { line, character }, language: 'ko' })?.markdown ?? '';
  };
  it('names the override line that replaces the value', () => {
    assert.match(hoverAt(3, 14), /^\*\*Compose가 쓰는 값:\*\* `no` — `compose\.override\.yaml` 3줄이 이 값을 바꿔요\./);
  });
  it('shows the value .env gives a ${VAR}', () => {
    assert.match(hoverAt(2, 14), /^\*\*Compose가 쓰는 값:\*\* `nginx:1\.27` — 프로젝트의 `\.env`에서 `TAG`는 `1\.27`이에요\./);
  });
  it('a port entry of a list leads with the mapping .env gives it, and the override\'s added port names the list it joins', () => {
    const files: Record<string, string> = {
      '/l/.env': 'WEB_PORT=8080\n',
      '/l/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "${WEB_PORT:-8080}:80"\n',
      '/l/compose.override.yaml': 'services:\n  web:\n    ports:\n      - "9090:80"\n',
    };
    const s = new AnalysisService((p) => files[p]);
    const hover = (path: string, line: number, character: number) => {
      const doc = { uri: `file://${path}`, version: 1, kind: 'compose' as const, text: files[path] };
      s.handle('lint', { doc, target: { path, workspaceRoot: '/l', language: 'ko' } });
      return s.handle('hover', { doc: { ...doc, text: undefined }, position: { line, character }, language: 'ko' })?.markdown ?? '';
    };
    assert.match(hover('/l/compose.yaml', 4, 12), /^\*\*Compose가 쓰는 값:\*\* 호스트 `8080` → 컨테이너 80 \(tcp\) — 프로젝트의 `\.env`에서 `WEB_PORT`는 `8080`이에요\.\n/);
    assert.match(hover('/l/compose.override.yaml', 3, 12), /\n\n이 항목은 `compose\.yaml` 5줄의 `ports` 목록 뒤에 더해져요\(합쳐서 2개\)\.$/);
  });
  it('a service key names its container with COMPOSE_PROJECT_NAME from .env, a file alone or in a set (compose-go v2.13.0 cli/options.go)', () => {
    const files: Record<string, string> = {
      '/n/.env': 'COMPOSE_PROJECT_NAME=shop\n',
      '/n/compose.yaml': 'name: other\nservices:\n  web:\n    image: nginx:1.27\n',
      '/m/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
      '/m/compose.override.yaml': 'name: Team_App\n',
    };
    const s = new AnalysisService((p) => files[p]);
    const hover = (path: string, line: number, character: number) => {
      const doc = { uri: `file://${path}`, version: 1, kind: 'compose' as const, text: files[path] };
      s.handle('lint', { doc, target: { path, language: 'ko' } });
      return s.handle('hover', { doc: { ...doc, text: undefined }, position: { line, character }, language: 'ko' })?.markdown ?? '';
    };
    assert.match(hover('/n/compose.yaml', 2, 3), /`shop-web-1`/);
    assert.match(hover('/m/compose.yaml', 1, 3), /`team_app-web-1`/);
  });
  it("a file an include loads with env_file: its ${VAR} is named from that env file, not its own folder's .env (compose-go v2.13.0 loader/include.go)", () => {
    const files: Record<string, string> = {
      '/i/compose.yaml': 'include:\n  - path: db/compose.yaml\n    env_file: db/db.env\nservices:\n  web:\n    image: nginx:1.27\n',
      '/i/db/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "${DB_PORT}:5432"\n',
      '/i/db/db.env': 'DB_PORT=5433\n',
      '/i/db/.env': 'DB_PORT=7000\n',
    };
    const s = new AnalysisService((p) => files[p]);
    const doc = { uri: 'file:///i/db/compose.yaml', version: 1, kind: 'compose' as const, text: files['/i/db/compose.yaml'] };
    s.handle('lint', { doc, target: { path: '/i/db/compose.yaml', workspaceRoot: '/i', language: 'ko' } });
    const hover = s.handle('hover', { doc: { ...doc, text: undefined }, position: { line: 4, character: 12 }, language: 'ko' })?.markdown ?? '';
    assert.match(hover, /^\*\*Compose가 쓰는 값:\*\* 호스트 `5433` → 컨테이너 5432 \(tcp\) — `db\/db\.env`에서 `DB_PORT`는 `5433`이에요\.\n/);
  });
  it('says a variable .env does not set is unknown', () => {
    assert.match(hoverAt(4, 12), /^\*\*Compose가 쓰는 값:\*\* 알 수 없어요 — `APP_USER`는 프로젝트의 `\.env`에 없어서 `docker compose`를 실행하는 셸의 환경 변수가 정해요\. 셸에도 없으면 빈 값이에요\./);
  });
});

describe('worker: the files of a project that are not open', () => {
  const target = (path: string) => ({ path, workspaceRoot: '/w', language: 'ko' as const });

  it('a lint names every file its project read: the set, an include and an extends file', () => {
    const disk: Record<string, string> = {
      '/w/compose.yaml': 'include:\n  - db/compose.yaml\nservices:\n  web:\n    extends:\n      file: common.yaml\n      service: base\n',
      '/w/compose.override.yaml': 'services:\n  web:\n    ports: ["80:80"]\n',
      '/w/common.yaml': 'services:\n  base:\n    image: nginx:1.27\n',
      '/w/db/compose.yaml': 'services:\n  db:\n    image: postgres:16\n',
    };
    const s = new AnalysisService((p) => disk[p]);
    const outcome = s.handle('lint', { doc: { uri: 'file:///w/compose.yaml', version: 1, kind: 'compose', text: disk['/w/compose.yaml'] }, target: target('/w/compose.yaml') });
    assert.deepStrictEqual([...(outcome.projectFiles ?? [])].sort(), ['/w/common.yaml', '/w/compose.override.yaml', '/w/compose.yaml', '/w/db/compose.yaml']);
  });

  it('a lone compose.yaml that extends another file names that file too; one without names nothing', () => {
    const disk: Record<string, string> = {
      '/a/compose.yaml': 'services:\n  web:\n    extends: { file: common.yaml, service: base }\n',
      '/a/common.yaml': 'services:\n  base:\n    image: nginx:1.27\n',
      '/b/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
    };
    const s = new AnalysisService((p) => disk[p]);
    const a = s.handle('lint', { doc: { uri: 'file:///a/compose.yaml', version: 1, kind: 'compose', text: disk['/a/compose.yaml'] }, target: { path: '/a/compose.yaml', language: 'ko' } });
    assert.deepStrictEqual(a.projectFiles, ['/a/compose.yaml', '/a/common.yaml']);
    const b = s.handle('lint', { doc: { uri: 'file:///b/compose.yaml', version: 1, kind: 'compose', text: disk['/b/compose.yaml'] }, target: { path: '/b/compose.yaml', language: 'ko' } });
    assert.strictEqual(b.projectFiles, undefined);
  });

  it('lints a closed override from the disk, against the open base file: the clash appears and clears as the base is edited', () => {
    const disk: Record<string, string> = {
      '/w/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
      '/w/compose.override.yaml': 'services:\n  api:\n    image: api:1\n    ports: ["8080:3000"]\n',
    };
    const s = new AnalysisService((p) => disk[p]);
    const base = { uri: 'file:///w/compose.yaml', version: 1, kind: 'compose' as const, text: disk['/w/compose.yaml'] };
    s.handle('lint', { doc: base, target: target('/w/compose.yaml') });
    const closed = s.handle('lintPath', { path: '/w/compose.override.yaml', target: target('/w/compose.override.yaml') });
    assert.deepStrictEqual(closed?.diagnostics.map((d) => [d.rule, d.range.start.line, d.related?.[0]?.file]), [['no-duplicate-host-port', 3, '/w/compose.yaml']]);
    // The base file is edited in the editor (not saved): the override's next lint reads the editor's text.
    s.handle('lint', { doc: { ...base, version: 2, text: base.text.replace('8080:80', '8081:80') }, target: target('/w/compose.yaml') });
    assert.deepStrictEqual(s.handle('lintPath', { path: '/w/compose.override.yaml', target: target('/w/compose.override.yaml') })?.diagnostics, []);
  });

  it('a file changed on disk makes the lints that read it fresh ones (filesChanged)', () => {
    const disk: Record<string, string> = {
      '/w/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
      '/w/compose.override.yaml': 'services:\n  api:\n    image: api:1\n    ports: ["9090:3000"]\n',
    };
    const s = new AnalysisService((p) => disk[p]);
    const base = { uri: 'file:///w/compose.yaml', version: 1, kind: 'compose' as const, text: disk['/w/compose.yaml'] };
    assert.deepStrictEqual(s.handle('lint', { doc: base, target: target('/w/compose.yaml') }).diagnostics, []);
    // The override (not open) is saved by another program with a port compose.yaml publishes:
    // compose.yaml's own lint stays the same (the clash is reported in the override), the override's changes.
    disk['/w/compose.override.yaml'] = 'services:\n  api:\n    image: api:1\n    ports: ["8080:3000"]\n';
    assert.deepStrictEqual(s.handle('lintPath', { path: '/w/compose.override.yaml', target: target('/w/compose.override.yaml') })?.diagnostics.map((d) => d.rule), ['no-duplicate-host-port']);
    disk['/w/compose.override.yaml'] = 'services:\n  api:\n    image: api:1\n    ports: ["9091:3000"]\n';
    s.handle('filesChanged', { paths: ['/w/compose.override.yaml'] });
    assert.deepStrictEqual(s.handle('lintPath', { path: '/w/compose.override.yaml', target: target('/w/compose.override.yaml') })?.diagnostics, []);
  });

  it('an open included file: its edit makes the including file\'s next lint a fresh one', () => {
    const disk: Record<string, string> = {
      '/w/compose.yaml': 'include:\n  - /x/db.yaml\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n',
      '/x/db.yaml': 'services:\n  db:\n    image: postgres:16\n',
    };
    const s = new AnalysisService((p) => disk[p]);
    const main = { uri: 'file:///w/compose.yaml', version: 1, kind: 'compose' as const, text: disk['/w/compose.yaml'] };
    s.handle('lint', { doc: main, target: target('/w/compose.yaml') });
    // db.yaml is open in another workspace folder and its service is renamed there.
    s.handle('lint', { doc: { uri: 'file:///x/db.yaml', version: 3, kind: 'compose', text: 'services:\n  database:\n    image: postgres:16\n' }, target: { path: '/x/db.yaml', workspaceRoot: '/x', language: 'ko' } });
    const again = s.handle('lint', { doc: { ...main, text: undefined }, target: target('/w/compose.yaml') });
    assert.deepStrictEqual(again.diagnostics.map((d) => d.rule), ['no-undefined-service']);
  });

  it('a file that cannot be read is no lint (null)', () => {
    const s = new AnalysisService(() => undefined);
    assert.strictEqual(s.handle('lintPath', { path: '/w/compose.override.yaml', target: target('/w/compose.override.yaml') }), null);
  });
});

describe('worker: a file included from a sibling folder is hovered with the project that includes it', () => {
  // app/compose.yaml includes ../shared/db.yaml with an env_file next to it: Compose fills
  // db.yaml's ${DB_PORT} from that env file (compose-go v2.13.0 loader/include.go), so the hover
  // of db.yaml says so. The includer is in neither db.yaml's folder nor one above it.
  const disk: Record<string, string> = {
    '/w/app/compose.yaml': 'include:\n  - path: ../shared/db.yaml\n    env_file: ../shared/db.env\nservices:\n  web:\n    image: nginx:1.27\n',
    '/w/shared/db.yaml': 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "${DB_PORT}:5432"\n',
    '/w/shared/db.env': 'DB_PORT=5433\n',
    '/w/nested/compose.yaml': 'include:\n  - ../shared/mid.yaml\nservices:\n  api:\n    image: api:1\n',
    '/w/shared/mid.yaml': 'include:\n  - path: inner.yaml\n    env_file: inner.env\n',
    '/w/shared/inner.yaml': 'services:\n  cache:\n    image: "redis:${REDIS_TAG}"\n',
    '/w/shared/inner.env': 'REDIS_TAG=7.4\n',
  };
  const docOf = (path: string, version = 1) => ({ uri: `file://${path}`, version, kind: 'compose' as const, text: disk[path], file: { path, workspaceRoot: '/w' } });
  const FROM_ENV_FILE = /^\*\*Compose가 쓰는 값:\*\* 호스트 `5433` → 컨테이너 5432 \(tcp\) — `\.\.\/shared\/db\.env`에서 `DB_PORT`는 `5433`이에요\.\n/;
  const hoverDb = (s: AnalysisService) => s.handle('hover', { doc: docOf('/w/shared/db.yaml'), position: { line: 4, character: 12 }, language: 'ko' })?.markdown ?? '';

  it('the includer open in the editor (synced to the hover worker): db.yaml takes DB_PORT from the include env_file', () => {
    const s = new AnalysisService((p) => disk[p]);
    s.handle('sync', { doc: docOf('/w/app/compose.yaml') });
    assert.match(hoverDb(s), FROM_ENV_FILE);
  });

  // The hover worker loads a project for the highlights of a cursor move in it (navigation), and remembers what it included.
  it('the includer closed, but loaded before (highlights in it): remembered, found without a disk walk', () => {
    const s = new AnalysisService((p) => disk[p]);
    s.handle('highlights', { doc: docOf('/w/app/compose.yaml'), position: { line: 4, character: 3 } });
    s.handle('close', { uri: 'file:///w/app/compose.yaml' });
    assert.match(hoverDb(s), FROM_ENV_FILE);
  });

  it('a nested include (app includes mid.yaml, which includes inner.yaml) is found once the includer was loaded', () => {
    const s = new AnalysisService((p) => disk[p]);
    s.handle('highlights', { doc: docOf('/w/nested/compose.yaml'), position: { line: 3, character: 3 } });
    const hover = s.handle('hover', { doc: docOf('/w/shared/inner.yaml'), position: { line: 2, character: 14 }, language: 'ko' })?.markdown ?? '';
    assert.match(hover, /^\*\*Compose가 쓰는 값:\*\* `redis:7\.4` — `\.\.\/shared\/inner\.env`에서 `REDIS_TAG`는 `7\.4`예요\./);
  });

  it('no includer known: the file is hovered alone, and no folder beside it is read', () => {
    const reads: string[] = [];
    const s = new AnalysisService((p) => {
      reads.push(p);
      return disk[p];
    });
    assert.doesNotMatch(hoverDb(s), /5433/);
    assert.deepStrictEqual(reads.filter((p) => p.startsWith('/w/app/') || p.startsWith('/w/nested/')), []);
  });

  it('the includer drops the include (edited in the editor): db.yaml is alone again', () => {
    const s = new AnalysisService((p) => disk[p]);
    s.handle('sync', { doc: docOf('/w/app/compose.yaml') });
    assert.match(hoverDb(s), FROM_ENV_FILE);
    const edited = { ...docOf('/w/app/compose.yaml', 2), text: 'services:\n  web:\n    image: nginx:1.27\n' };
    s.handle('sync', { doc: edited });
    assert.doesNotMatch(hoverDb(s), /5433/);
  });

  it('an includer in another workspace folder is not used', () => {
    const s = new AnalysisService((p) => disk[p]);
    s.handle('sync', { doc: { ...docOf('/w/app/compose.yaml'), file: { path: '/w/app/compose.yaml', workspaceRoot: '/w/app' } } });
    assert.doesNotMatch(hoverDb(s), /5433/);
  });
});

describe('worker: a Compose hover loads its project once while the files it read do not change', () => {
  // Review: the hover kept one project in a single slot keyed by the hovered document's version,
  // so moving between compose.yaml and its override, or a highlight between two hovers (the
  // navigation loaded its own copy), loaded the whole project again: the include read and parsed,
  // .env read three times per hover. The project is now kept per set and by the versions of the
  // files its last load read (the lint and navigation key), and shared by hover, navigation and lint.
  function counted(files: Record<string, string>): { s: AnalysisService; reads: Map<string, number> } {
    const reads = new Map<string, number>();
    const s = new AnalysisService((p) => {
      reads.set(p, (reads.get(p) ?? 0) + 1);
      return files[p];
    });
    return { s, reads };
  }
  const start = (): Record<string, string> => ({
    '/w/.env': 'TAG=1.27\n',
    '/w/compose.yaml': 'include:\n  - db/compose.yaml\nservices:\n  web:\n    image: "nginx:${TAG}"\n    depends_on: [db]\n',
    '/w/compose.override.yaml': 'services:\n  web:\n    restart: "no"\n',
    '/w/db/compose.yaml': 'services:\n  db:\n    image: "postgres:${PG:-16}"\n',
    '/w/db/.env': 'PG=17\n',
  });
  const docOf = (files: Record<string, string>, path: string, version = 1) => ({ uri: `file://${path}`, version, kind: 'compose' as const, text: files[path], file: { path, workspaceRoot: '/w' } });
  const hover = (s: AnalysisService, doc: DocumentRef, line: number, character: number) => s.handle('hover', { doc, position: { line, character }, language: 'ko' })?.markdown ?? '';

  it('hovers in compose.yaml and its override, with highlights between them: the include and db/.env are read once; each later hover reads only the set lookup', () => {
    const files = start();
    const { s, reads } = counted(files);
    const compose = docOf(files, '/w/compose.yaml', 4);
    const override = docOf(files, '/w/compose.override.yaml', 9);
    // Both open in the editor before the first hover (an override opened later is a new version of the set: loaded again, rightly).
    s.handle('sync', { doc: override });
    const round = () => {
      assert.match(hover(s, compose, 4, 14), /`nginx:1\.27`/);
      hover(s, override, 2, 14);
      s.handle('highlights', { doc: compose, position: { line: 5, character: 18 } });
    };
    round();
    const first = new Map(reads);
    reads.clear();
    round();
    round();
    assert.strictEqual(first.get('/w/db/compose.yaml'), 1, 'the included file is read once');
    assert.strictEqual(reads.get('/w/db/compose.yaml'), undefined, 'and not again');
    assert.strictEqual(reads.get('/w/db/.env'), undefined);
    // The set lookup (COMPOSE_FILE in .env, the default names) stays: one .env read per request, three requests a round.
    assert.strictEqual(reads.get('/w/.env'), 2 * 3);
    const setLookup = 1 + 6;
    assert.strictEqual([...reads.values()].reduce((a, b) => a + b, 0), 2 * 3 * setLookup, JSON.stringify([...reads]));
  });

  it('stays fresh: .env changed on disk, the included file edited in the editor, compose.yaml edited', () => {
    const files = start();
    const { s } = counted(files);
    const compose = docOf(files, '/w/compose.yaml');
    const db = docOf(files, '/w/db/compose.yaml');
    assert.match(hover(s, compose, 4, 14), /`nginx:1\.27`/);
    assert.match(hover(s, db, 2, 14), /`postgres:17`/);
    files['/w/.env'] = 'TAG=1.28\n';
    s.handle('filesChanged', { paths: ['/w/.env'] });
    assert.match(hover(s, compose, 4, 14), /`nginx:1\.28`/);
    // db/compose.yaml open and edited (not saved): the project reads the editor's text.
    const edited = { ...db, version: 2, text: 'services:\n  db:\n    image: "mariadb:${PG:-16}"\n' };
    assert.match(hover(s, edited, 2, 14), /`mariadb:17`/);
    assert.match(hover(s, { ...compose, text: undefined }, 4, 14), /`nginx:1\.28`/);
    const renamed = { ...compose, version: 2, text: files['/w/compose.yaml'].replace('${TAG}', '${TAG}-alpine') };
    assert.match(hover(s, renamed, 4, 14), /`nginx:1\.28-alpine`/);
  });
});
