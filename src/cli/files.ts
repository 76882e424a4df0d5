import * as fs from 'fs';
import * as path from 'path';
import { MAX_ANALYSED_CHARS, isLintableFileName, tooLargeNotice } from '../core';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface FileProblem {
  path: string;
  message: string;
}

/**
 * Expands the CLI's PATH arguments: files are taken as given; folders are searched for
 * Dockerfiles and Compose files. Symlinked folders are followed once (real paths are
 * remembered) so a link loop cannot make the walk endless.
 */
export function collectFiles(inputs: string[]): { files: string[]; problems: FileProblem[] } {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const seenDirs = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (err) {
      problems.push({ path: dir, message: describeIoError(err) });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      problems.push({ path: dir, message: describeIoError(err) });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link is nothing to lint
        }
      }
      if (isDir && !SKIPPED_DIRS.has(entry.name)) walk(full);
      else if (isFile && isLintableFileName(entry.name)) files.push(full);
    }
  };
  for (const input of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch (err) {
      problems.push({ path: input, message: describeIoError(err) });
      continue;
    }
    if (st.isDirectory()) walk(input);
    else files.push(input);
  }
  return { files, problems };
}

/**
 * Reads a file named on the command line or found by the walk. Only regular files: opening a
 * named pipe waits for a writer forever, and a device such as /dev/zero never ends. A file
 * far over the analysis limit is refused before it is read into memory.
 */
export function readSourceFile(file: string): string {
  const st = fs.statSync(file);
  if (st.isDirectory()) throw Object.assign(new Error(`is a directory: ${file}`), { code: 'EISDIR' });
  if (!st.isFile()) throw Object.assign(new Error(`not a regular file: ${file}`), { code: 'ENOTREG' });
  // UTF-8 needs at most 3 bytes per UTF-16 unit, so a file this large is over the limit in any encoding.
  if (st.size > 3 * MAX_ANALYSED_CHARS) throw Object.assign(new Error(`too large: ${file}`), { code: 'EFBIG', size: st.size });
  return fs.readFileSync(file, 'utf8');
}

export function describeIoError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '파일이나 폴더가 없어요.';
    case 'EACCES':
    case 'EPERM':
      return '읽을 권한이 없어요.';
    case 'EISDIR':
      return '파일이 아니라 폴더예요.';
    case 'ELOOP':
      return '심볼릭 링크가 자기 자신을 가리켜요.';
    case 'ENOTDIR':
      return '경로 중간에 폴더가 아닌 파일이 있어요.';
    case 'ENOTREG':
      return '일반 파일이 아니에요. 파이프나 장치 파일은 읽지 않아요.';
    case 'EFBIG':
      return tooLargeNotice(Number((err as { size?: number }).size ?? 0), 'ko');
    default:
      return `읽지 못했어요 (${code ?? String(err)}).`;
  }
}
