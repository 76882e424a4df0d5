// `ignore` globs of the team config, read like .gitignore lines relative to the folder of the
// config file that wrote them: `*` and `?` stay within one path segment, `**` crosses
// segments, `{a,b}` is a choice, a pattern without `/` matches at any depth, a leading `/`
// anchors it to the config's folder, and a match on a folder covers everything below it.
// `!pattern` takes a path back out of the ignored set.

export interface IgnorePattern {
  /** The glob as written. */
  pattern: string;
  /** Folder the pattern is relative to (the folder of the config file). */
  base: string;
  negated: boolean;
  regex: RegExp;
}

export function globToRegExp(glob: string): RegExp {
  let g = glob;
  const anchored = g.startsWith('/') || g.replace(/\/$/, '').includes('/');
  g = g.replace(/^\//, '').replace(/\/$/, '');
  let out = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        const slashAfter = g[i + 2] === '/';
        out += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${g.slice(i + 1, close).split(',').map(escapeRegExp).join('|')})`;
        i = close;
      }
    } else out += escapeRegExp(c);
  }
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${out}(?:/.*)?$`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
}

export function compileIgnore(pattern: string, base: string): IgnorePattern {
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  return { pattern, base, negated, regex: globToRegExp(body) };
}

/** Whether the last pattern that matches says "ignore" (later patterns win, like .gitignore). */
export function isIgnored(relativeTo: (base: string) => string | undefined, patterns: readonly IgnorePattern[]): boolean {
  let ignored = false;
  for (const p of patterns) {
    const rel = relativeTo(p.base);
    if (rel === undefined || rel === '') continue;
    if (p.regex.test(rel)) ignored = !p.negated;
  }
  return ignored;
}
