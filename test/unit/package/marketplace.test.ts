import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../../helpers/paths';
import { SCHEMA_URL } from '../../../src/cli/init';

// Ready for the Marketplace and Open VSX: the manifest names the repository, the issue tracker and
// the home page, has a gallery banner and keywords in Korean and English; `vsce package` prints
// no warning; the packaged README's images are absolute HTTPS URLs (neither site resolves a
// relative path into the .vsix; vsce rewrites them from `repository`) and none is an SVG.

interface Manifest {
  repository?: { url?: string };
  bugs?: { url?: string };
  homepage?: string;
  galleryBanner?: { color?: string; theme?: string };
  keywords?: string[];
  scripts: Record<string, string>;
}

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;

describe('Marketplace and Open VSX readiness', function () {
  this.timeout(180_000);

  it('repository, bugs, homepage, galleryBanner, and keywords in Korean and English (at most 30)', () => {
    const repo = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(\.git)?$/.exec(manifest.repository?.url ?? '');
    assert.ok(repo, `repository.url: ${manifest.repository?.url}`);
    const base = `https://github.com/${repo[1]}/${repo[2]}`;
    assert.strictEqual(manifest.bugs?.url, `${base}/issues`);
    assert.ok(manifest.homepage?.startsWith(base), manifest.homepage);
    assert.match(manifest.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.ok(manifest.galleryBanner?.theme === 'dark' || manifest.galleryBanner?.theme === 'light');
    const keywords = manifest.keywords ?? [];
    assert.ok(keywords.length <= 30, `${keywords.length} keywords`);
    assert.ok(keywords.some((k) => /[\uac00-\ud7a3]/.test(k)) && keywords.some((k) => /^[a-z-]+$/.test(k)), keywords.join());
    // `docker-explain init` writes a $schema URL into the team's config: the same repository.
    assert.ok(SCHEMA_URL.startsWith(`https://raw.githubusercontent.com/${repo[1]}/${repo[2]}/`), SCHEMA_URL);
    assert.ok(fs.existsSync(path.join(repoRoot, SCHEMA_URL.replace(/^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/[^/]+\//, ''))), 'the schema file the URL names exists in the repository');
  });

  it('`vsce package` (the package script\'s flags) prints no warning, and the packaged README has only absolute HTTPS, non-SVG images', () => {
    assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'extension.js')), 'dist/ is missing: run `npm run build` first');
    const flags = manifest.scripts.package.replace(/^.*vsce package/, '').replace(/--out \S+/, '').trim().split(/\s+/).filter(Boolean);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-vsix-'));
    try {
      const vsix = path.join(out, 'x.vsix');
      const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
      const r = spawnSync(process.execPath, [vsce, 'package', ...flags, '--out', vsix], { cwd: repoRoot, encoding: 'utf8', timeout: 170_000, input: 'n\n' });
      assert.strictEqual(r.status, 0, r.stderr + r.stdout);
      assert.ok(!/WARNING|ERROR/.test(r.stdout + r.stderr), r.stdout + r.stderr);
      const unzip = spawnSync('unzip', ['-p', vsix, 'extension/readme.md'], { encoding: 'utf8' });
      assert.strictEqual(unzip.status, 0, unzip.stderr);
      const images = [...unzip.stdout.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<img[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      assert.ok(images.length > 0);
      for (const image of images) {
        assert.match(image, /^https:\/\//, `relative or insecure image in the packaged README: ${image}`);
        assert.ok(!/\.svg(\?|$)/i.test(image), `SVG image: ${image}`);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
