import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { listFiles, repoRoot } from '../../helpers/paths';

// `npm start` opens a scratch copy of examples/, never the repository's own folder: VS Code for
// the Web saves as you type, so trying a hover by typing once changed tracked files (UX review,
// issue 14 item 10). scripts/start.mjs --prepare-only makes the same copy `npm start` opens and
// prints its path, without starting code-server.
describe('npm start: a scratch copy of examples/', function () {
  this.timeout(30_000);

  it('copies every example file outside the repository, and editing the copy leaves examples/ alone', () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs'), '--prepare-only'], { cwd: repoRoot, encoding: 'utf8', timeout: 20_000 });
    assert.strictEqual(r.status, 0, r.stderr);
    const folder = r.stdout.trim();
    try {
      assert.ok(path.isAbsolute(folder) && fs.statSync(folder).isDirectory(), folder);
      assert.ok(path.relative(repoRoot, folder).startsWith('..'), `${folder} is inside the repository`);
      const source = path.join(repoRoot, 'examples');
      const originals = listFiles(source).map((f) => path.relative(source, f)).sort();
      assert.deepStrictEqual(listFiles(folder).map((f) => path.relative(folder, f)).sort(), originals);
      for (const f of originals) assert.strictEqual(fs.readFileSync(path.join(folder, f), 'utf8'), fs.readFileSync(path.join(source, f), 'utf8'), f);
      const before = fs.readFileSync(path.join(source, 'Dockerfile'), 'utf8');
      fs.appendFileSync(path.join(folder, 'Dockerfile'), 'RUN echo typed\n');
      assert.strictEqual(fs.readFileSync(path.join(source, 'Dockerfile'), 'utf8'), before);
    } finally {
      fs.rmSync(path.dirname(folder), { recursive: true, force: true });
    }
  });
});
