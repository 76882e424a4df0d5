import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatStylish, relatedPath } from '../../../src/cli/format';
import { repoRoot } from '../../helpers/paths';

// Stylish output prints a finding's related places (the other file of a Compose set) relative
// to the folder the CLI runs in, like the linted file's own path; the core hands them absolute.
describe('CLI stylish: related paths relative to the working folder', () => {
  const cases: [string, string, string][] = [
    ['/p/app/compose.yaml', '/p/app', 'compose.yaml'],
    ['/p/app/sub/compose.yaml', '/p/app', 'sub/compose.yaml'],
    ['/p/lib/compose.yaml', '/p/app', '../lib/compose.yaml'],
    ['compose.yaml', '/p/app', 'compose.yaml'],
    ['C:/p/app/compose.yaml', 'C:/p/app', 'compose.yaml'],
    ['D:/p/app/compose.yaml', 'C:/p/app', 'D:/p/app/compose.yaml'],
  ];
  for (const [file, cwd, shown] of cases) {
    it(`${file} from ${cwd} → ${shown}`, () => assert.strictEqual(relatedPath(file, cwd), shown));
  }

  it('formatStylish uses it for 관련 lines', () => {
    const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } };
    const text = formatStylish(
      [{ file: 'compose.override.yaml', diagnostics: [{ rule: 'no-duplicate-host-port', severity: 'error', message: 'm', range, fixes: [], related: [{ file: '/w/p/compose.yaml', range, message: 'r' }] }] }],
      false,
      undefined,
      '/w/p',
    );
    assert.match(text, /관련: compose\.yaml:3:5 r/);
  });

  it('the built CLI prints the base file of an override clash relative to the cwd', () => {
    const cli = path.join(repoRoot, 'dist', 'cli.js');
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-related-'));
    try {
      fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n');
      fs.writeFileSync(path.join(dir, 'compose.override.yaml'), 'services:\n  api:\n    image: nginx:1.27\n    ports: ["8080:81"]\n');
      const r = spawnSync(process.execPath, [cli, 'lint', '.'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      assert.match(r.stdout, /관련: compose\.yaml:4:/, r.stdout);
      assert.doesNotMatch(r.stdout, new RegExp(`관련: ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
