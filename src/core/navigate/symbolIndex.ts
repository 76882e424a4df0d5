import type { Position } from '../types';
import { comparePositions, rangeContains } from '../types';
import type { ParsedDocument } from '../documents/parsedDocument';
import type { ComposeProject } from '../compose/loadProject';
import { dockerfileOccurrences } from './dockerfileOccurrences';
import { composeOccurrences } from './composeOccurrences';
import { composeKindsAt } from './composeSymbolAt';
import type { Occurrence } from './types';

// One index of every name a set of files defines and uses: a Dockerfile alone, or the files of
// a Compose project (with the Dockerfiles their `build.target` names, when the caller read them).
// Built from parsed documents the caller gives, so it works the same in the editor's worker,
// the CLI and a language server.

export interface IndexedFile {
  /** Core path (or the document's URI when it is not a file). */
  path: string;
  doc: ParsedDocument;
  /** Compose files: `own` for a file read only for `extends: {file: …}`. Default `project`. */
  namespace?: 'project' | 'own';
}

export class SymbolIndex {
  private readonly byKey = new Map<string, Occurrence[]>();
  private readonly byPath = new Map<string, Occurrence[]>();
  readonly documents = new Map<string, ParsedDocument>();

  constructor(files: readonly IndexedFile[]) {
    for (const file of files) {
      if (this.documents.has(file.path)) continue;
      this.documents.set(file.path, file.doc);
      const found =
        file.doc.kind === 'dockerfile'
          ? dockerfileOccurrences(file.doc, file.path)
          : file.doc.kind === 'compose'
            ? composeOccurrences(file.doc, { path: file.path, namespace: file.namespace ?? 'project' })
            : [];
      this.byPath.set(file.path, found);
      for (const o of found) {
        for (const key of o.keys) {
          const list = this.byKey.get(key);
          if (list) list.push(o);
          else this.byKey.set(key, [o]);
        }
      }
    }
  }

  /** Every occurrence of one file. */
  inFile(path: string): readonly Occurrence[] {
    return this.byPath.get(path) ?? [];
  }

  /**
   * The occurrence under the position (its last character counts too, as a word's end does in
   * editors). In a Compose file the locator says first which kinds of name can be there.
   */
  at(path: string, position: Position): Occurrence | undefined {
    const doc = this.documents.get(path);
    const kinds = doc?.kind === 'compose' ? composeKindsAt(doc, position) : undefined;
    if (kinds?.length === 0) return undefined;
    let best: Occurrence | undefined;
    for (const o of this.inFile(path)) {
      if (!rangeContains(o.range, position) || (kinds && !kinds.includes(o.kind))) continue;
      if (!best || size(o) < size(best)) best = o;
    }
    return best;
  }

  /** Every occurrence of the same symbol: those sharing a key, and theirs in turn. */
  symbolOf(occurrence: Occurrence): Occurrence[] {
    const seen = new Set<Occurrence>([occurrence]);
    const keys = new Set<string>();
    const todo = [...occurrence.keys];
    while (todo.length) {
      const key = todo.pop() as string;
      if (keys.has(key)) continue;
      keys.add(key);
      for (const o of this.byKey.get(key) ?? []) {
        if (seen.has(o)) continue;
        seen.add(o);
        for (const k of o.keys) if (!keys.has(k)) todo.push(k);
      }
    }
    return [...seen].sort(inFileOrder);
  }

  occurrencesWithKey(key: string): readonly Occurrence[] {
    return this.byKey.get(key) ?? [];
  }
}

function size(o: Occurrence): number {
  return (o.range.end.line - o.range.start.line) * 100_000 + (o.range.end.character - o.range.start.character);
}

function inFileOrder(a: Occurrence, b: Occurrence): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return comparePositions(a.range.start, b.range.start);
}

/**
 * The files of a loaded Compose project, for the index: the merged ones share the project's
 * names; a file read only for `extends` keeps its own.
 */
export function projectIndexFiles(project: ComposeProject): IndexedFile[] {
  const out: IndexedFile[] = [];
  const seen = new Set<string>();
  for (const f of project.files) {
    if (!f.doc || seen.has(f.path)) continue;
    seen.add(f.path);
    out.push({ path: f.path, doc: f.doc, namespace: f.role === 'extends' ? 'own' : 'project' });
  }
  return out;
}

/** The Dockerfiles the files' `build.target` values name (core paths): the caller reads them and indexes them too. */
export function dockerfilesNamed(index: SymbolIndex): string[] {
  const out = new Set<string>();
  for (const path of index.documents.keys()) for (const o of index.inFile(path)) if (o.dockerfile) out.add(o.dockerfile);
  return [...out].filter((p) => !index.documents.has(p));
}
