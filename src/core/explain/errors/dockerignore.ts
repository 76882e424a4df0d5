// Reads a .dockerignore the way BuildKit does (moby/patternmatcher, used by BuildKit's
// fsutil walker when it sends the build context): one pattern a line, `#` comments, blank
// lines skipped, a leading `!` re-includes, each pattern cleaned like Go's filepath.Clean with
// the leading `/` dropped; `*` matches within one path segment, `?` one character, `[…]` a
// class, `**` any number of segments. A pattern that matches a folder excludes what is inside
// it. The last pattern that matches a path decides.
// https://docs.docker.com/build/concepts/context/#dockerignore-files
//
// Matching is written out instead of compiled to regular expressions: a team's patterns are
// not ours to trust, and the segment matcher below is O(pattern × path) with memoised `**`.

export interface IgnorePattern {
  /** 0-based line in the .dockerignore file. */
  line: number;
  /** As written on the line (trimmed). */
  text: string;
  exclusion: boolean;
  segments: string[];
}

/** Go's filepath.Clean for `/`-separated relative paths: no empty or `.` segments, `..` applied. */
export function cleanPath(path: string): string[] {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      continue; // above the context root is the root
    }
    out.push(seg);
  }
  return out;
}

export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  text.split('\n').forEach((raw, line) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const exclusion = trimmed.startsWith('!');
    const body = (exclusion ? trimmed.slice(1) : trimmed).trim();
    const segments = cleanPath(body);
    if (segments.length === 0) return;
    patterns.push({ line, text: trimmed, exclusion, segments });
  });
  return patterns;
}

/** One path segment against one pattern segment (`*`, `?`, `[a-z]`, `[!a]`, `\` escapes). */
export function matchSegment(pattern: string, name: string): boolean {
  // Iterative wildcard matching with one backtrack point (the last `*`): linear in practice,
  // at most pattern × name.
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const c = pattern[p];
    if (c === '*') {
      starP = p++;
      starN = n;
      continue;
    }
    if (c !== undefined) {
      const step = matchOne(pattern, p, name[n]);
      if (step > 0) {
        p += step;
        n++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP + 1;
    n = ++starN;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Matches one character at pattern[p]; returns how many pattern characters it used, 0 for no match. */
function matchOne(pattern: string, p: number, ch: string): number {
  const c = pattern[p];
  if (c === '?') return 1;
  if (c === '\\' && p + 1 < pattern.length) return pattern[p + 1] === ch ? 2 : 0;
  if (c === '[') {
    let i = p + 1;
    const negate = pattern[i] === '!' || pattern[i] === '^';
    if (negate) i++;
    let hit = false;
    let first = true;
    while (i < pattern.length && (first || pattern[i] !== ']')) {
      first = false;
      let lo = pattern[i];
      if (lo === '\\' && i + 1 < pattern.length) lo = pattern[++i];
      let hi = lo;
      if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
        hi = pattern[i + 2];
        i += 2;
      }
      if (ch >= lo && ch <= hi) hit = true;
      i++;
    }
    if (i >= pattern.length) return 0; // no closing bracket: not a class
    return hit !== negate ? i + 1 - p : 0;
  }
  return c === ch ? 1 : 0;
}

/** Whether the pattern's segments match exactly the path's first `count` segments. */
function matchesPrefix(pattern: readonly string[], path: readonly string[], count: number): boolean {
  const memo = new Map<number, boolean>();
  const go = (pi: number, qi: number): boolean => {
    const key = pi * (count + 1) + qi;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (pi === pattern.length) result = qi === count;
    else if (pattern[pi] === '**') result = go(pi + 1, qi) || (qi < count && go(pi, qi + 1));
    else result = qi < count && matchSegment(pattern[pi], path[qi]) && go(pi + 1, qi + 1);
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/** The pattern matches the path itself or one of the folders it is in. */
export function patternMatches(pattern: IgnorePattern, path: readonly string[]): boolean {
  for (let count = path.length; count >= 1; count--) if (matchesPrefix(pattern.segments, path, count)) return true;
  return false;
}

/**
 * Whether the path (relative to the context root) is left out of the build context, and the
 * pattern that decided it (the last one that matches), or undefined when none matches.
 */
export function ignoredBy(patterns: readonly IgnorePattern[], path: string): { excluded: boolean; pattern?: IgnorePattern } {
  const segments = cleanPath(path);
  let decided: IgnorePattern | undefined;
  for (const pattern of patterns) if (patternMatches(pattern, segments)) decided = pattern;
  return { excluded: decided !== undefined && !decided.exclusion, pattern: decided };
}
