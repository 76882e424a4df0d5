import { isInside, normalizePath } from '../lint/config/paths';

// Where the product reads a project's other files from disk on the user's behalf: `include`,
// `extends: {file}`, `env_file`, `.env`, `COMPOSE_FILE`, the team config's `compose.files`, a
// build context's `.dockerignore`. Docker Compose reads any path it is given (compose-go
// v2.13.0 `loader/include.go` and `extends.go` join relative paths and accept absolute ones);
// opening a repository is not running `docker compose`, so a file outside the folders the user
// opened is not read: `include: ../../../../etc/passwd`, `env_file: /proc/self/environ` or a
// link inside the repository that leads out of it. Such a file counts as not read (the project
// is incomplete and the rules that need all of it stay quiet). The check is on the path text
// first (no file-system call for a path that is plainly outside, so a `//server/share` path
// never reaches the network), then on the real path when links can be resolved. The worker
// builds one per request, rooted at the workspace folder of the file asked about (a loose file:
// its own folder), so a file opened elsewhere never widens what another project reads.

export class ReadScope {
  /** Folder → its real path (undefined until asked, or when it cannot be resolved). */
  private readonly roots = new Map<string, string | undefined>();

  /** @param realPath resolves links (undefined when the path does not exist). */
  constructor(private readonly realPath?: (path: string) => string | undefined) {}

  /** Files in this folder (and below) may be read: a workspace folder, or a loose file's own folder. */
  add(root: string): void {
    const key = normalizePath(root);
    if (!this.roots.has(key)) this.roots.set(key, this.realPath?.(key));
  }

  /** Whether this file may be read. */
  allows(path: string): boolean {
    if (isWindowsDeviceName(path)) return false;
    const roots = [...this.roots].filter(([root]) => isInside(path, root));
    if (roots.length === 0) return false;
    if (!this.realPath) return true;
    const real = this.realPath(path);
    // Missing (nothing to read) or a link loop (the reader refuses it): no outside text either way.
    if (real === undefined) return true;
    for (const [root, realRoot] of this.roots) if (isInside(real, realRoot ?? root)) return true;
    return false;
  }
}

/**
 * `CON`, `NUL`, `COM1`, `LPT1`, `CONIN$` (any extension, any case): on Windows these names open a
 * device in every folder (`include: NUL`, `env_file: CON.env`). Refused on every system, so a
 * repository behaves the same everywhere.
 * https://learn.microsoft.com/windows/win32/fileio/naming-a-file#naming-conventions
 */
export function isWindowsDeviceName(path: string): boolean {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const stem = name.split('.')[0].trimEnd();
  return /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i.test(stem);
}
