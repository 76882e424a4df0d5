import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliComposeProjects } from '../../../src/cli/composeProjects';
import { composeConfig } from '../../../src/cli/composeConfig';
import { parseConfigText } from '../../../src/core/lint/config/parseConfig';
import { resolveConfigForFile } from '../../../src/core/lint/config';
import { allRules } from '../../../src/core/lint/rules';

const ids = new Set(allRules.map((r) => r.meta.id));

// `compose.projectName` in `.docker-explain.json`: the name a team's CI passes with
// `docker compose -p NAME`. `-p` comes before COMPOSE_PROJECT_NAME and `name:` and must already be
// a valid name (compose-go v2.13.0 cli/options.go withNamePrecedenceLoad, loader/loader.go
// projectName; https://docs.docker.com/compose/how-tos/project-name/#set-a-project-name).
describe('team config: compose.projectName (like docker compose -p)', () => {
  it('accepts a valid name and refuses one Compose would refuse', () => {
    const ok = parseConfigText('{ "compose": { "projectName": "shop-ci" } }', '/w/.docker-explain.json', ids);
    assert.strictEqual(ok.data?.compose?.projectName, 'shop-ci');
    assert.deepStrictEqual(ok.problems, []);
    const bad = parseConfigText('{ "compose": { "projectName": "Shop CI" } }', '/w/.docker-explain.json', ids);
    assert.strictEqual(bad.data?.compose?.projectName, undefined);
    assert.strictEqual(bad.problems.length, 1);
    assert.strictEqual(bad.problems[0].severity, 'error');
  });

  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-pname-')).replace(/\\/g, '/');
    fs.writeFileSync(`${dir}/.docker-explain.json`, '{ "compose": { "projectName": "shop-ci" } }\n');
    fs.writeFileSync(`${dir}/.env`, 'COMPOSE_PROJECT_NAME=shop\n');
    fs.writeFileSync(`${dir}/compose.yaml`, 'name: written\nservices:\n  web:\n    image: nginx:1.27\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names the project before COMPOSE_PROJECT_NAME and name:, in the lint project and in compose config', () => {
    const config = resolveConfigForFile(`${dir}/compose.yaml`, (f) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined));
    const view = new CliComposeProjects().viewFor(`${dir}/compose.yaml`, config);
    assert.deepStrictEqual({ value: view?.project.name.value, from: view?.project.name.from }, { value: 'shop-ci', from: 'option' });
    const json = JSON.parse(composeConfig({ paths: [dir], profiles: [], format: 'json' }));
    assert.strictEqual(json.name.value, 'shop-ci');
    assert.strictEqual(json.name.from, 'option');
  });
});
