import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliComposeProjects } from '../../../src/cli/composeProjects';
import { composeConfig } from '../../../src/cli/composeConfig';

// COMPOSE_FILE and COMPOSE_PATH_SEPARATOR from the folder's .env choose the file set, before the
// default names: compose-go v2.13.0 cli/options.go WithConfigFileEnv (run after WithDotEnv in
// docker/compose v5.5.0 pkg/compose/loader.go);
// https://docs.docker.com/compose/how-tos/environment-variables/envvars/#compose_file
describe('CLI: COMPOSE_FILE from .env', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-composefile-')).replace(/\\/g, '/');
    fs.writeFileSync(`${dir}/.env`, 'COMPOSE_PATH_SEPARATOR=;\nCOMPOSE_FILE=a.yaml;b.yaml\n');
    fs.writeFileSync(`${dir}/a.yaml`, 'services:\n  web:\n    image: nginx:1.27\n');
    fs.writeFileSync(`${dir}/b.yaml`, 'services:\n  web:\n    ports: ["80:80"]\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('splits COMPOSE_FILE on COMPOSE_PATH_SEPARATOR', () => {
    assert.deepStrictEqual(new CliComposeProjects().fileSetOf(`${dir}/b.yaml`), [`${dir}/a.yaml`, `${dir}/b.yaml`]);
  });

  it('compose config on the folder reads the COMPOSE_FILE set (no compose.yaml needed)', () => {
    const json = JSON.parse(composeConfig({ paths: [dir], profiles: [], format: 'json' }));
    assert.deepStrictEqual(json.services.web.ports, { value: ['80:80'], file: 'b.yaml', line: 3 });
    assert.deepStrictEqual(json.services.web.image, { value: 'nginx:1.27', file: 'a.yaml', line: 3 });
  });
});
