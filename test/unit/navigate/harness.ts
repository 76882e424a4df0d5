import type { Position, Range } from '../../../src/core/types';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import type { ParsedDocument } from '../../../src/core/documents/parsedDocument';
import { loadProject } from '../../../src/core/compose/loadProject';
import { SymbolIndex, dockerfilesNamed, projectIndexFiles } from '../../../src/core/navigate';
import type { FileEdits, NavLocation } from '../../../src/core/navigate';

// Helpers for the navigation tables: files are given as text, a position as "the end of the
// first place this text is written" (`at`), and answers are printed as `file:line:text`
// (1-based line, the text the range covers), so each row reads like what the editor shows.

export type Files = Record<string, string>;

/** The position just inside the end of the first occurrence of `marker` (the cursor on its last character). */
export function positionOf(text: string, marker: string, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(marker, at + 1);
    if (at < 0) throw new Error(`marker ${JSON.stringify(marker)} not found`);
  }
  const offset = at + marker.length - 1;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function sliceOf(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return `${lines[range.start.line].slice(range.start.character)}…`;
}

export function show(files: Files, locations: readonly NavLocation[]): string[] {
  return locations.map((l) => `${l.path}:${l.range.start.line + 1}:${sliceOf(files[l.path], l.range)}`);
}

export function showEdits(files: Files, changes: readonly FileEdits[]): string[] {
  return changes.flatMap((c) => c.edits.map((e) => `${c.path}:${e.range.start.line + 1}:${sliceOf(files[c.path], e.range)}→${e.newText}`)).sort();
}

export function parsedFor(path: string, text: string): ParsedDocument {
  return parseDocument(text, /Dockerfile|\.dockerfile$/.test(path) ? 'dockerfile' : 'compose');
}

/** An index over one file, or over a Compose project whose set is `set` (other files are read through includes and extends), with the Dockerfiles its targets name. */
export function indexOf(files: Files, set?: string[]): SymbolIndex {
  const paths = Object.keys(files);
  if (!set) {
    const only = paths[0];
    return new SymbolIndex([{ path: only, doc: parsedFor(only, files[only]) }]);
  }
  const project = loadProject({ files: set, readFile: (p) => files[p] });
  const indexFiles = projectIndexFiles(project);
  let index = new SymbolIndex(indexFiles);
  const extra = dockerfilesNamed(index).filter((p) => files[p] !== undefined);
  if (extra.length) index = new SymbolIndex([...indexFiles, ...extra.map((p) => ({ path: p, doc: parsedFor(p, files[p]) }))]);
  return index;
}
