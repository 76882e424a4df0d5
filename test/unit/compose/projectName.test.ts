import * as assert from 'assert';
import { loadProject } from '../../../src/core/compose/loadProject';
import { effectiveProject } from '../../../src/core/compose/effective';
import { normalizeProjectName, resolveProjectName } from '../../../src/core/compose/projectName';
import { projectPanelView } from '../../../src/core/model/composeProjectPanel';
import { explainAt } from '../../../src/core/explain';
import { parseDocument } from '../../../src/core/documents/parsedDocument';

// The project name, as compose-spec/compose-go v2.13.0 chooses it: `cli/options.go`
// `withNamePrecedenceLoad` (-p, then COMPOSE_PROJECT_NAME from the environment and .env, then a
// `name:` in the files, then the folder name) and `loader/loader.go` `projectName` /
// `NormalizeProjectName` (lower case, only [a-z0-9_-], leading `_`/`-` dropped; -p and
// COMPOSE_PROJECT_NAME are not normalised but must already be valid: "invalid project name").
// Docs: https://docs.docker.com/compose/how-tos/project-name/

describe('Compose project name (compose-go v2.13.0 cli/options.go, loader/loader.go)', () => {
  const cases: [string, string, string][] = [
    ['My App', 'myapp', 'spaces dropped, lower case'],
    ['my_app-2', 'my_app-2', 'already valid'],
    ['__web', 'web', 'leading _ dropped'],
    ['-.x.y', 'xy', 'dots dropped, leading - dropped'],
    ['한글', '', 'nothing left'],
  ];
  for (const [input, output, why] of cases) it(`normalises ${JSON.stringify(input)} → ${JSON.stringify(output)} (${why})`, () => assert.strictEqual(normalizeProjectName(input), output));

  const files = (env: string | undefined, compose: string, override?: string): Record<string, string> => ({
    '/w/My Shop/compose.yaml': compose,
    ...(override ? { '/w/My Shop/compose.override.yaml': override } : {}),
    ...(env !== undefined ? { '/w/My Shop/.env': env } : {}),
  });
  const load = (f: Record<string, string>, projectName?: string) => loadProject({ files: Object.keys(f).filter((p) => p.endsWith('.yaml')), readFile: (p) => f[p], projectName });

  it('the folder name, normalised, when nothing else names the project', () => {
    assert.deepStrictEqual(load(files(undefined, 'services: {web: {image: nginx:1.27}}\n')).name, { value: 'myshop', from: 'directory' });
  });
  it('a top-level name:, normalised; the last file that sets one wins', () => {
    const p = load(files(undefined, 'name: Shop\nservices: {web: {image: nginx:1.27}}\n', 'name: Shop_Dev\n'));
    assert.strictEqual(p.name.value, 'shop_dev');
    assert.strictEqual(p.name.from, 'file');
    assert.strictEqual(p.name.origin?.file, '/w/My Shop/compose.override.yaml');
  });
  it('name: with a ${VAR} from .env is interpolated; one .env does not set is unknown', () => {
    assert.strictEqual(load(files('STAGE=qa\n', 'name: shop-${STAGE}\n')).name.value, 'shop-qa');
    const unknown = load(files(undefined, 'name: shop-${STAGE}\n')).name;
    assert.strictEqual(unknown.value, undefined);
    assert.strictEqual(unknown.from, 'file');
  });
  it('COMPOSE_PROJECT_NAME in .env comes before name:, with its .env line', () => {
    const p = load(files('A=1\nCOMPOSE_PROJECT_NAME=shop\n', 'name: other\n'));
    assert.strictEqual(p.name.value, 'shop');
    assert.strictEqual(p.name.from, 'environment');
    assert.strictEqual(p.name.origin?.file, '/w/My Shop/.env');
    assert.strictEqual(p.name.origin?.range.start.line, 1);
  });
  it('COMPOSE_PROJECT_NAME that is not a valid name is not normalised: Compose stops ("invalid project name")', () => {
    assert.deepStrictEqual({ ...load(files('COMPOSE_PROJECT_NAME=My Shop\n', 'services: {}\n')).name, origin: undefined }, { invalid: 'My Shop', from: 'environment', origin: undefined });
  });
  it('a name the caller gives (-p) comes first', () => {
    assert.deepStrictEqual(load(files('COMPOSE_PROJECT_NAME=shop\n', 'name: other\n'), 'team').name, { value: 'team', from: 'option' });
  });
  it('an empty COMPOSE_PROJECT_NAME counts as unset (options.go: nameFromEnv != "")', () => {
    assert.strictEqual(resolveProjectName({ environment: '', directory: '/x/app' }).value, 'app');
  });

  it('compose config: name comes first, with where it came from', () => {
    const p = load(files('COMPOSE_PROJECT_NAME=shop\n', 'services: {web: {image: nginx:1.27}}\n'));
    const effective = effectiveProject(p, []);
    assert.strictEqual(Object.keys(effective)[0], 'name');
    assert.deepStrictEqual(effective.name, { value: 'shop', from: 'environment', file: '.env', line: 1 });
  });

  it('the panel shows the name and its source', () => {
    const p = load(files('COMPOSE_PROJECT_NAME=shop\n', 'services: {web: {image: nginx:1.27}}\n'));
    assert.deepStrictEqual(projectPanelView(p, []).projectName, { name: 'shop', from: 'environment' });
  });

  describe('hovers name what Compose creates with the project name', () => {
    const text = 'name: Other\nservices:\n  web:\n    image: nginx:1.27\n    networks: [default]\nvolumes:\n  data: {}\n';
    const doc = parseDocument(text, 'compose');
    const hover = (line: number, character: number, composeProject?: { name?: string; from: 'option' | 'environment' | 'file' | 'directory' }) => explainAt(doc, { line, character }, { language: 'ko', composeProject })?.markdown ?? '';
    it('the container, the default network and a volume take COMPOSE_PROJECT_NAME', () => {
      const shop = { name: 'shop', from: 'environment' as const };
      assert.match(hover(2, 3, shop), /`shop-web-1`/);
      assert.match(hover(4, 16, shop), /`shop_default`/);
      assert.match(hover(6, 3, shop), /`shop_data`/);
    });
    it('name: says COMPOSE_PROJECT_NAME replaces it', () => {
      assert.match(hover(0, 7, { name: 'shop', from: 'environment' }), /`COMPOSE_PROJECT_NAME`\(프로젝트의 `\.env`\)이 먼저라서 Compose는 이 이름 대신 `shop`을 써요\./);
    });
    it('without the project: the file\'s name:, normalised as Compose does', () => {
      assert.match(hover(2, 3), /`other-web-1`/);
      assert.match(hover(0, 7), /맨 앞의 `-`·`_`를 떼어서 `other`로 써요/);
    });
  });
});
