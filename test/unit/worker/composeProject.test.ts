import * as assert from 'assert';
import { AnalysisService } from '../../../src/worker/service';

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
    assert.match(hoverAt(3, 14), /compose\.override\.yaml 3줄이 이 값을 `no`로 바꿔요\./);
  });
  it('shows the value .env gives a ${VAR}', () => {
    assert.match(hoverAt(2, 14), /`\.env`로 채우면 `nginx:1\.27`이에요\./);
  });
  it('says a variable .env does not set is unknown', () => {
    assert.match(hoverAt(4, 12), /`APP_USER`는 프로젝트의 `\.env`에 없어서 이 값은 알 수 없어요/);
  });
});
