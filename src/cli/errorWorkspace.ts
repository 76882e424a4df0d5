import * as fs from 'fs';
import * as path from 'path';
import { fileKindOf } from '../core';
import type { WorkspaceFile } from '../core/explain/errors/explainError';

// The files `explain --error` reads to point at a cause: Dockerfiles, Compose files, scripts,
// Markdown and .dockerignore files under the folder the CLI runs in. A bounded walk (depth,
// count, size) that follows no symbolic link, so a link to `/` or a huge tree costs little.

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'out', 'vendor', 'target', '.venv']);
const MAX_DEPTH = 4;
const MAX_FILES = 300;
const MAX_FILE_BYTES = 1_000_000;

function wanted(name: string): boolean {
  return name === '.dockerignore' || name.endsWith('.dockerignore') || fileKindOf(name) !== undefined;
}

/** Paths are relative to `root`, `/`-separated, as the explanation prints them. */
export function readErrorWorkspace(root: string): WorkspaceFile[] {
  const out: WorkspaceFile[] = [];
  const walk = (dir: string, depth: number) => {
    if (out.length >= MAX_FILES) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (out.length >= MAX_FILES) return;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH && !SKIPPED_DIRS.has(entry.name)) walk(full, depth + 1);
      } else if (entry.isFile() && wanted(entry.name)) {
        try {
          if (fs.statSync(full).size > MAX_FILE_BYTES) continue;
          out.push({ path: path.relative(root, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') });
        } catch {
          // unreadable: nothing to point at
        }
      }
    }
  };
  walk(root, 0);
  return out;
}
