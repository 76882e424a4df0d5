import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { composeConfig } from '../../../src/cli/composeConfig';

// `compose config` prints `# file:line` comments before each key: a file or folder name is text
// from the repository, so its control characters are shown escaped (src/cli/inert.ts), never
// sent to the terminal, and a line break in a name cannot start a line of YAML (issue 11).

// eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('CLI compose config: origin comments are inert', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-config-inert-')).replace(/\\/g, '/');
    // Linux file systems (CI's) take any byte but '/' and NUL in a name; one that refused it
    // would fail here, loudly, rather than pass without checking anything.
    fs.mkdirSync(`${dir}/a\u001b[2Jb\nimage: evil`);
    fs.writeFileSync(`${dir}/compose.yaml`, 'services:\n  web:\n    image: nginx:1.27\n');
    fs.writeFileSync(`${dir}/a\u001b[2Jb\nimage: evil/compose.override.yaml`, 'services:\n  web:\n    restart: "no"\n    environment:\n      X: "\\e]0;title\\a"\n      "Y\\u202e": "a\\u202eb\\u0085c"\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('escapes control characters and line breaks in the file names of the comments', () => {
    const yaml = composeConfig({ paths: [`${dir}/compose.yaml`, `${dir}/a\u001b[2Jb\nimage: evil/compose.override.yaml`], profiles: [], format: 'yaml' });
    assert.doesNotMatch(yaml, RAW_CONTROL, JSON.stringify(yaml));
    assert.match(yaml, /# .*a\\x1b\[2Jb\\nimage: evil\/compose\.override\.yaml:3\n\s+restart: no/);
    // The comment stayed one line: no key `image: evil` appeared from the name.
    assert.deepStrictEqual(yaml.split('\n').filter((l) => /^\s*image:/.test(l)).map((l) => l.trim()), ['image: nginx:1.27']);
  });

  it('writes bidi marks and C1 controls in values and keys as YAML escapes: the same value, made visible', () => {
    const yaml = composeConfig({ paths: [`${dir}/compose.yaml`, `${dir}/a\u001b[2Jb\nimage: evil/compose.override.yaml`], profiles: [], format: 'yaml' });
    assert.match(yaml, /"Y\\u202e": "a\\u202eb\\u0085c"/);
    // Read back, the escaped output is the project's own value.
    assert.strictEqual(parse(yaml).services.web.environment['Y\u202e'], 'a\u202eb\u0085c');
  });

  it('JSON keeps the exact names (JSON.stringify escapes the C0 controls itself)', () => {
    const json = composeConfig({ paths: [`${dir}/compose.yaml`, `${dir}/a\u001b[2Jb\nimage: evil/compose.override.yaml`], profiles: [], format: 'json' });
    // eslint-disable-next-line no-control-regex -- as above
    assert.doesNotMatch(json, /[\u0000-\u0009\u000b-\u001f]/);
    assert.strictEqual(JSON.parse(json).services.web.restart.file, 'a\u001b[2Jb\nimage: evil/compose.override.yaml');
  });
});
