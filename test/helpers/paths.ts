import * as fs from 'fs';
import * as path from 'path';

/** The repository root, found from the compiled test's location (out/test/...). */
export const repoRoot = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || path.basename(dir) === 'out') dir = path.dirname(dir);
  return dir;
})();

/** `../shared/corpus`: public Dockerfiles and Compose files every feature must hold on. */
export const corpusRoot = path.resolve(repoRoot, '..', 'shared', 'corpus');

export function fixture(...parts: string[]): string {
  return fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', ...parts), 'utf8');
}

/** Every file below a folder, sorted, skipping nothing. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  walk(root);
  return out;
}
