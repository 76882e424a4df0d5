// Path arithmetic on plain strings, so the core stays free of Node's `path` (it may run in a web
// extension one day). Paths use `/`; Windows paths are accepted and turned into `/` form first.

export function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}

/** Resolves `.` and `..` segments and doubled slashes; keeps a leading `/` or drive (`C:/`). */
export function normalizePath(p: string): string {
  const slashed = toSlashes(p);
  const drive = /^[A-Za-z]:/.exec(slashed)?.[0] ?? '';
  const rest = slashed.slice(drive.length);
  const absolute = rest.startsWith('/');
  const out: string[] = [];
  for (const part of rest.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(part);
  }
  const body = out.join('/');
  return `${drive}${absolute ? '/' : ''}${body}` || (absolute ? '/' : '.');
}

export function dirname(p: string): string {
  const n = normalizePath(p);
  const i = n.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  if (/^[A-Za-z]:$/.test(n.slice(0, i))) return n.slice(0, i + 1);
  return n.slice(0, i);
}

export function joinPath(dir: string, relative: string): string {
  const rel = toSlashes(relative);
  if (isAbsolutePath(rel)) return normalizePath(rel);
  return normalizePath(`${toSlashes(dir)}/${rel}`);
}

export function isAbsolutePath(p: string): boolean {
  const s = toSlashes(p);
  return s.startsWith('/') || /^[A-Za-z]:\//.test(s);
}

/** Whether `child` is `parent` itself or below it (after normalisation). */
export function isInside(child: string, parent: string): boolean {
  const c = normalizePath(child);
  const p = normalizePath(parent);
  if (c === p) return true;
  return c.startsWith(p.endsWith('/') ? p : `${p}/`);
}

/** `to` relative to the folder `from`, with `/`; only meaningful when `to` is inside `from`. */
export function relativePath(from: string, to: string): string {
  const f = normalizePath(from);
  const t = normalizePath(to);
  if (t === f) return '';
  const prefix = f.endsWith('/') ? f : `${f}/`;
  return t.startsWith(prefix) ? t.slice(prefix.length) : t;
}
