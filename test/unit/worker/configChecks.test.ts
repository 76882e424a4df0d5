import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { configChecks } from '../../../src/extension/configChecks';
import { repoRoot } from '../../helpers/paths';

// The ConfigWatcher asks the worker about each config file once after activation and after a
// change. It asked the workspace folder's own `.docker-explain.json` twice when that file was
// open in an editor (once as the folder's config, once as an open config).

describe('config checks of the ConfigWatcher', () => {
  const rows: { what: string; folders: string[]; open: string[]; expected: string[] }[] = [
    { what: "the folder's own config is open: asked once", folders: ['/w/.docker-explain.json'], open: ['/w/.docker-explain.json'], expected: ['/w/.docker-explain.json'] },
    { what: 'a nested open config is asked too', folders: ['/w/.docker-explain.json'], open: ['/w/svc/.docker-explain.json', '/w/.docker-explain.json'], expected: ['/w/.docker-explain.json', '/w/svc/.docker-explain.json'] },
    { what: 'two folders, nothing open', folders: ['/a/.docker-explain.json', '/b/.docker-explain.json'], open: [], expected: ['/a/.docker-explain.json', '/b/.docker-explain.json'] },
    { what: 'no folder (a single file opened)', folders: [], open: ['/x/.docker-explain.json'], expected: ['/x/.docker-explain.json'] },
  ];
  for (const row of rows) {
    it(row.what, () => {
      const checks = configChecks(
        row.folders.map((p) => ({ path: p, workspaceRoot: path.posix.dirname(p) })),
        row.open.map((p) => ({ path: p, workspaceRoot: undefined })),
      );
      assert.deepStrictEqual(checks.map((c) => c.path), row.expected);
      // A folder's config keeps its folder as the bound of the search.
      for (const c of checks) if (row.folders.includes(c.path)) assert.strictEqual(c.workspaceRoot, path.posix.dirname(c.path));
    });
  }

  it('the watcher sends configFor only through its one check and the quick fix lookup (no second loop to drift apart)', () => {
    const source = fs.readFileSync(path.join(repoRoot, 'src', 'extension', 'configWatcher.ts'), 'utf8');
    assert.strictEqual(source.match(/request\('configFor'/g)?.length, 2);
    assert.match(source, /configChecks\(folders, open\)/);
  });
});
