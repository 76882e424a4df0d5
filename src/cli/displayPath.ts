import * as path from 'path';

/**
 * A path as the CLI prints it in notes and config problems: relative to `cwd` (where the CLI
 * runs) with `/` separators when the file is inside it, else as given. The lint report's own
 * paths go through formats/reportPath.ts (CI systems want an absolute path outside the folder).
 */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.replace(/\\/g, '/') : file;
}
