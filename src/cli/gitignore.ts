import * as fs from 'fs';
import * as path from 'path';
import ignore from 'ignore';
import { readBoundedText } from '../node/readBounded';

// Which files a folder walk leaves out because git does (gitignore(5)): the `.gitignore` of
// every folder from the repository's root down to the file, plus `.git/info/exclude`. Patterns
// are relative to the folder of their file (`/build` anchors there, `build/` is folders only),
// `!` re-includes, and a deeper file's match beats a shallower one's; a folder that is ignored
// is not entered at all, so nothing below it can be re-included (git behaves the same way).
// The global excludes file (`core.excludesFile`) is not read: it is one person's machine, not
// the team's repository. The `ignore` package implements the pattern language itself.

interface Level {
  /** The folder the patterns are relative to. */
  dir: string;
  matcher: ReturnType<typeof ignore>;
}

export class GitIgnores {
  private constructor(private readonly levels: readonly Level[]) {}

  /** The ignore files that apply above and at `dir` (the start of a walk): from the repository root, or from `dir` itself outside a repository. */
  static forWalkRoot(dir: string): GitIgnores {
    const abs = path.resolve(dir);
    const root = repositoryRoot(abs);
    const levels: Level[] = [];
    if (root) {
      const exclude = patternsOf(path.join(root, '.git', 'info', 'exclude'));
      if (exclude) levels.push({ dir: root, matcher: ignore().add(exclude) });
      const chain: string[] = [];
      for (let d = abs; ; d = path.dirname(d)) {
        chain.unshift(d);
        if (d === root || path.dirname(d) === d) break;
      }
      let ignores = new GitIgnores(levels);
      for (const d of chain) ignores = ignores.enter(d);
      return ignores;
    }
    return new GitIgnores(levels).enter(abs);
  }

  /** These rules plus the folder's own `.gitignore`, for the walk below `dir`. */
  enter(dir: string): GitIgnores {
    const patterns = patternsOf(path.join(dir, '.gitignore'));
    return patterns ? new GitIgnores([...this.levels, { dir: path.resolve(dir), matcher: ignore().add(patterns) }]) : this;
  }

  /** Whether git ignores the file or folder at `full` (inside the walk). */
  ignores(full: string, isDir: boolean): boolean {
    const abs = path.resolve(full);
    let ignored = false;
    for (const level of this.levels) {
      const rel = path.relative(level.dir, abs).split(path.sep).join('/');
      if (rel === '' || rel.startsWith('../')) continue;
      const result = level.matcher.test(isDir ? `${rel}/` : rel);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}

/** The nearest folder at or above `dir` that holds `.git` (a folder, or a file in a worktree or submodule). */
function repositoryRoot(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** An ignore file's text; absent, unreadable or refused (a pipe, too large) counts as no patterns. */
function patternsOf(file: string): string | undefined {
  const text = readBoundedText(file);
  return typeof text === 'string' ? text : undefined;
}
