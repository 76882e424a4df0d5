import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../../src/core/lint/rules';
import { repoRoot } from '../../helpers/paths';

// What `npm run package` puts in the .vsix, as vsce itself lists it: only what runs
// (bundles, media, grammar, schema, texts, rule docs), never sources, tests, maps or node_modules.
describe('.vsix contents', function () {
  this.timeout(60_000);
  let files: string[] = [];

  before(function () {
    const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8', timeout: 50_000 });
    assert.strictEqual(r.status, 0, r.stderr);
    files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  });

  it('holds the bundles, the manifest and its texts, the docs and the media', () => {
    for (const f of ['dist/extension.js', 'dist/worker.js', 'dist/webview.js', 'package.json', 'package.nls.json', 'package.nls.ko.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'media/icon.png', 'schemas/docker-explain.schema.json']) {
      assert.ok(files.includes(f), `${f} is missing from the .vsix`);
    }
  });

  it('holds every rule doc that diagnostics link to', () => {
    for (const rule of allRules) assert.ok(files.includes(`docs/rules/${rule.meta.id}.md`), `docs/rules/${rule.meta.id}.md`);
  });

  it('holds every image README shows, so the extension page renders offline', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/\]\((docs\/images\/[^)]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length > 0);
    for (const image of images) assert.ok(files.includes(image), image);
  });

  it('holds no sources, tests, maps, node_modules or the CLI bundle', () => {
    const unwanted = files.filter((f) => /^(src|test|out|scripts|node_modules|\.ci)\//.test(f) || /\.(ts|map)$/.test(f) || f === 'dist/cli.js');
    assert.deepStrictEqual(unwanted, []);
  });
});
