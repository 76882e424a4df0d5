import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliComposeProjects } from '../../../src/cli/composeProjects';
import { parseConfigText } from '../../../src/core/lint/config/parseConfig';
import { resolveConfigForFile } from '../../../src/core/lint/config';
import { allRules } from '../../../src/core/lint/rules';
import { lintFile } from '../../../src/core/lint/lintFile';
import { composeConfig } from '../../../src/cli/composeConfig';

const ids = new Set(allRules.map((r) => r.meta.id));

describe('CLI: each Compose file is linted with its file set', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-project-')).replace(/\\/g, '/');
    fs.writeFileSync(`${dir}/compose.yaml`, 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\nvolumes:\n  data: {}\n');
    fs.writeFileSync(`${dir}/compose.override.yaml`, 'services:\n  web:\n    volumes: ["data:/data"]\n  api:\n    image: api:1\n    ports: ["8080:3000"]\n');
    fs.writeFileSync(`${dir}/compose.prod.yaml`, 'services:\n  web:\n    volumes: ["data:/data"]\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function lint(projects: CliComposeProjects, file: string, config?: Parameters<CliComposeProjects['viewFor']>[1]) {
    const p = `${dir}/${file}`;
    const doc = projects.parse(p, fs.readFileSync(p, 'utf8'));
    return lintFile({ path: p, doc, project: projects.viewFor(p, config), config }).diagnostics.map((d) => [d.rule, d.range.start.line, d.related?.[0]?.file]);
  }

  it('compose.yaml + compose.override.yaml: the override knows the base volume, and the port clash is reported once in it', () => {
    const projects = new CliComposeProjects();
    assert.deepStrictEqual(projects.fileSetOf(`${dir}/compose.override.yaml`), [`${dir}/compose.yaml`, `${dir}/compose.override.yaml`]);
    assert.deepStrictEqual(lint(projects, 'compose.yaml'), []);
    assert.deepStrictEqual(lint(projects, 'compose.override.yaml'), [['no-duplicate-host-port', 5, `${dir}/compose.yaml`]]);
  });

  it('compose config prints the merged project with each value\'s file and line (JSON and YAML)', () => {
    const json = JSON.parse(composeConfig({ paths: [dir], profiles: [], format: 'json' }));
    assert.deepStrictEqual(json.services.web.volumes, { value: ['data:/data'], file: 'compose.override.yaml', line: 3 });
    assert.deepStrictEqual(json.services.api.ports, { value: ['8080:3000'], file: 'compose.override.yaml', line: 6 });
    const yaml = composeConfig({ paths: [dir], profiles: [], format: 'yaml' });
    assert.match(yaml, /# compose\.yaml:3\n\s+image: nginx:1\.27/);
  });

  it('a file in no set is linted alone (compose.prod.yaml without a team config)', () => {
    const projects = new CliComposeProjects();
    assert.strictEqual(projects.fileSetOf(`${dir}/compose.prod.yaml`), undefined);
    // Alone, `web` has no image: the file is a fragment, so undeclared names are not reported.
    assert.deepStrictEqual(lint(projects, 'compose.prod.yaml'), []);
  });

  it('`compose.files` in .docker-explain.json names a -f set', () => {
    fs.writeFileSync(`${dir}/.docker-explain.json`, '{ "compose": { "files": [["compose.yaml", "compose.prod.yaml"]], "profiles": ["debug"] } }');
    try {
      const config = resolveConfigForFile(`${dir}/compose.prod.yaml`, (p) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined), { workspaceRoot: dir });
      assert.deepStrictEqual(config.compose, { files: [[`${dir}/compose.yaml`, `${dir}/compose.prod.yaml`]], profiles: ['debug'] });
      const projects = new CliComposeProjects();
      assert.deepStrictEqual(projects.fileSetOf(`${dir}/compose.prod.yaml`, config), [`${dir}/compose.yaml`, `${dir}/compose.prod.yaml`]);
      assert.deepStrictEqual(projects.viewFor(`${dir}/compose.prod.yaml`, config)?.profileSets, [['debug']]);
    } finally {
      fs.rmSync(`${dir}/.docker-explain.json`);
    }
  });
});

describe('config: the `compose` key', () => {
  it('reads files and profiles, and reports a malformed entry at its place', () => {
    const ok = parseConfigText('{ "compose": { "files": [["compose.yaml", "compose.prod.yaml"]], "profiles": ["debug"] } }', '/w/.docker-explain.json', ids);
    assert.deepStrictEqual(ok.problems, []);
    assert.deepStrictEqual(ok.data?.compose, { files: [['compose.yaml', 'compose.prod.yaml']], profiles: ['debug'] });
    const bad = parseConfigText('{ "compose": { "files": ["compose.yaml"], "extra": 1 } }', '/w/.docker-explain.json', ids);
    assert.deepStrictEqual(
      bad.problems.map((p) => p.severity),
      ['error', 'warning'],
    );
  });
});
