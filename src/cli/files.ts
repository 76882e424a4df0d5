import * as fs from 'fs';
import * as path from 'path';
import { fileKindOf, isLintableFileName, isTooLargeToAnalyse, tooLargeNotice } from '../core';
import type { FileKind, Language } from '../core';
import type { Position } from '../core/types';
import { parseCount, UsageError } from './args';
import type { ParsedArgs } from './args';
import { inert } from './inert';
import { refusalNotice } from '../core/documents/fileText';
import type { FileEncoding } from '../core/documents/fileText';
import { readBounded, refusalOf } from '../node/readBounded';
import { GitIgnores } from './gitignore';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface FileProblem {
  path: string;
  message: string;
}

/**
 * Expands the CLI's PATH arguments: files are taken as given; folders are searched for
 * Dockerfiles and Compose files. A symbolic link inside a folder is followed only when its real
 * path stays inside that folder: a repository can carry `x -> /` (git stores links), and a CI
 * run must not lint, or print into its report, files outside the repository. Each link left
 * out is said once in `skipped`. Real folder paths are remembered, so a loop of links ends.
 * What git ignores (`.gitignore` files, ./gitignore.ts) is left out of a folder walk; a file
 * named on the command line is linted even when git ignores it.
 */
export function collectFiles(inputs: string[]): { files: string[]; problems: FileProblem[]; skipped: FileProblem[] } {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const skipped: FileProblem[] = [];
  const seenDirs = new Set<string>();
  const walk = (dir: string, realRoot: string, parentIgnores: GitIgnores | undefined) => {
    const ignores = parentIgnores ? parentIgnores.enter(dir) : GitIgnores.forWalkRoot(dir);
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
        let target: string;
        try {
          target = fs.realpathSync(full);
          const st = fs.statSync(target);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link is nothing to lint
        }
        if (!isDir && !(isFile && isLintableFileName(entry.name))) continue;
        if (!isWithin(target, realRoot)) {
          skipped.push({ path: full, message: `폴더 밖(${target})을 가리키는 심볼릭 링크라 따라가지 않았어요.` });
          continue;
        }
      }
      if (isDir && !SKIPPED_DIRS.has(entry.name)) {
        if (!ignores.ignores(full, true)) walk(full, realRoot, ignores);
      } else if (isFile && isLintableFileName(entry.name) && !ignores.ignores(full, false)) files.push(full);
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
    if (st.isDirectory()) walk(input, fs.realpathSync(input), undefined);
    else files.push(input);
  }
  return { files, problems, skipped };
}

function isWithin(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Reads a file named on the command line or found by the walk, through the bounded reader
 * (regular files only, size-limited, never blocking). UTF-16 (by its BOM) is decoded for a
 * Compose file, which Docker Compose reads, and refused with a notice for the other kinds.
 */
export function readSourceFile(file: string, kind: FileKind, language: Language): { text: string; encoding: FileEncoding } | { problem: string } {
  const read = readBounded(file, { utf16: kind === 'compose' ? 'decode' : 'refuse' });
  return read.ok ? { text: read.text, encoding: read.encoding } : { problem: refusalNotice(read.refusal, language) };
}

export function describeIoError(err: unknown, language: Language = 'ko'): string {
  return refusalNotice(refusalOf(err), language);
}

/** `--line L --column C` of `explain`, `complete` and `definition`: 1-based on the command line, 0-based for the core. */
export function positionArgs(args: ParsedArgs): Position {
  const line = parseCount(args.flags.get('line'), '--line', 1);
  const column = parseCount(args.flags.get('column'), '--column', 1);
  if (line === undefined || column === undefined) throw new UsageError('--line과 --column은 1 이상의 정수여야 해요.');
  return { line: line - 1, character: column - 1 };
}

/**
 * The one file a position command (`explain`, `complete`, `definition`, `symbols`) reads, with its
 * kind; undefined after a Korean message on standard error (the command then exits 2) when it
 * cannot be read or is too large. `kinds`: the kinds the command handles (any kind when absent).
 */
export function readOneSourceFile(file: string, language: Language, io: { stderr: { write(text: string): unknown } }, kinds?: readonly FileKind[]): { kind: FileKind; text: string } | undefined {
  const kind = fileKindOf(file);
  if (!kind) throw new UsageError(`어떤 종류의 파일인지 모르겠어요: ${file}`);
  if (kinds && !kinds.includes(kind)) throw new UsageError(`Dockerfile이나 Compose 파일을 주세요: ${file}`);
  const read = readSourceFile(file, kind, language);
  if ('problem' in read) {
    io.stderr.write(`docker-explain: ${inert(file)}: ${inert(read.problem)}\n`);
    return undefined;
  }
  if (isTooLargeToAnalyse(read.text.length)) {
    io.stderr.write(`docker-explain: ${inert(file)}: ${tooLargeNotice(read.text.length, language)}\n`);
    return undefined;
  }
  return { kind, text: read.text };
}
