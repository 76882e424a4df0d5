import * as path from 'path';

/**
 * A linted file's path as CI systems want it: relative to the folder the CLI runs in (the
 * checkout's root in CI), with `/` separators; a file outside that folder keeps its absolute path.
 */
export function reportPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return path.resolve(cwd, file).replace(/\\/g, '/');
  return rel.replace(/\\/g, '/');
}
