// Path arithmetic for the project model, with `/` separators (the core has no `path` module:
// it may run where Node is not). Callers hand in paths with `/`; Windows drive letters are kept.

import { trimTrailingSlashes } from '../text/trim';


export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

/** `join('/p/app', '../lib/compose.yaml')` → `/p/lib/compose.yaml`; an absolute second part wins. */
export function joinPath(base: string, relative: string): string {
  const rel = relative.replace(/\\/g, '/');
  const combined = isAbsolute(rel) ? rel : `${trimTrailingSlashes(base)}/${rel}`;
  return normalize(combined);
}

export function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !absolute) out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}
