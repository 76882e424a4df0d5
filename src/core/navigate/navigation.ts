import type { Localized, Position, Range } from '../types';
import { fill } from '../types';
import type { DockerfileDocument } from '../documents/dockerfileDocument';
import { flagsOf } from '../documents/dockerfileAstMemo';
import { RENAME_TEXTS } from '../knowledge/navigation';
import { basename } from '../compose/paths';
import type { SymbolIndex } from './symbolIndex';
import type { FileEdits, NavLocation, Occurrence, RenameRefusal } from './types';

// Go to definition, find references, highlights and rename over a SymbolIndex.

export function definitionsAt(index: SymbolIndex, path: string, position: Position): NavLocation[] {
  const here = index.at(path, position);
  if (!here) return [];
  const symbol = index.symbolOf(here);
  // A definition's first key is its own: `${NODE}` on a FROM line names the global ARG, not
  // the stage's `ARG NODE` that shares its value. Failing that, any definition of the symbol.
  const own = symbol.filter((o) => o.role === 'definition' && here.keys.includes(o.keys[0]));
  return (own.length ? own : symbol.filter((o) => o.role === 'definition')).map(toLocation);
}

export function referencesAt(index: SymbolIndex, path: string, position: Position, includeDeclaration = true): NavLocation[] {
  const here = index.at(path, position);
  if (!here) return [];
  return index.symbolOf(here).filter((o) => includeDeclaration || o.role === 'reference').map(toLocation);
}

export interface Highlight {
  range: Range;
  /** `write` where the name is defined, `read` where it is used. */
  kind: 'read' | 'write';
}

/** The same symbol's occurrences in this file. */
export function highlightsAt(index: SymbolIndex, path: string, position: Position): Highlight[] {
  const here = index.at(path, position);
  if (!here) return [];
  return index
    .symbolOf(here)
    .filter((o) => o.path === path)
    .map((o) => ({ range: o.range, kind: o.role === 'definition' ? 'write' : 'read' }));
}

export interface RenameTarget {
  range: Range;
  placeholder: string;
}

/** What a rename at this position would rename, or why it cannot (undefined: nothing here). */
export function prepareRenameAt(index: SymbolIndex, path: string, position: Position): RenameTarget | RenameRefusal | undefined {
  const here = index.at(path, position);
  if (!here) return undefined;
  const refused = refusal(index, here);
  if (refused) return refused;
  return { range: here.range, placeholder: here.name };
}

/** The edits that rename the symbol at this position in every file of the index, or why not. */
export function renameAt(index: SymbolIndex, path: string, position: Position, newName: string): { changes: FileEdits[] } | RenameRefusal {
  const here = index.at(path, position);
  if (!here) return refuse(RENAME_TEXTS.notRenamable);
  const refused = refusal(index, here);
  if (refused) return refused;
  const name = newName.trim();
  if (name === '') return refuse(RENAME_TEXTS.emptyName);
  const symbol = index.symbolOf(here);
  const invalid = here.kind === 'stage' ? stageNameProblem(index, symbol, name) : serviceNameProblem(index, symbol, name);
  if (invalid) return invalid;
  const byPath = new Map<string, FileEdits>();
  const seen = new Set<string>();
  for (const o of symbol) {
    if (!o.renamable) continue;
    const id = `${o.path}:${o.range.start.line}:${o.range.start.character}`;
    if (seen.has(id)) continue;
    seen.add(id);
    let file = byPath.get(o.path);
    if (!file) byPath.set(o.path, (file = { path: o.path, edits: [] }));
    file.edits.push({ range: o.range, newText: name });
  }
  return { changes: [...byPath.values()] };
}

/** The refusal for a position with no stage or service name (the editor shows it instead of its own English one). */
export function nothingToRename(): RenameRefusal {
  return refuse(RENAME_TEXTS.notRenamable);
}

export function isRefusal(value: unknown): value is RenameRefusal {
  return typeof value === 'object' && value !== null && 'error' in value;
}

function refuse(text: Localized, values: Record<string, string | number> = {}): RenameRefusal {
  return { error: { ko: fill(text.ko, values), en: fill(text.en, values) } };
}

function refusal(index: SymbolIndex, here: Occurrence): RenameRefusal | undefined {
  if (here.kind === 'variable') return refuse(RENAME_TEXTS.variableNotRenamed, { name: here.name });
  if (here.kind !== 'stage' && here.kind !== 'service') return refuse(RENAME_TEXTS.otherNotRenamed, { name: here.name });
  if (!here.renamable) {
    if (/^\d+$/.test(here.name)) return refuse(RENAME_TEXTS.stageIndex, { name: here.name });
  }
  const symbol = index.symbolOf(here);
  if (!symbol.some((o) => o.role === 'definition')) return refuse(RENAME_TEXTS.notRenamable);
  const viaVariable = symbol.find((o) => !o.renamable && o.name.includes('$'));
  if (viaVariable) return refuse(RENAME_TEXTS.throughVariable, { line: viaVariable.range.start.line + 1, text: viaVariable.name });
  return undefined;
}

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const RESERVED_STAGE_NAMES = new Set(['context', 'scratch']);

function stageNameProblem(index: SymbolIndex, symbol: Occurrence[], name: string): RenameRefusal | undefined {
  const lower = name.toLowerCase();
  if (!STAGE_NAME.test(lower)) return refuse(RENAME_TEXTS.invalidStage, { name });
  if (RESERVED_STAGE_NAMES.has(lower)) return refuse(RENAME_TEXTS.reservedStage, { name: lower });
  const definitions = symbol.filter((o) => o.role === 'definition');
  if (definitions.some((d) => d.name.toLowerCase() === lower)) return undefined; // only the case changes
  for (const def of definitions) {
    const doc = index.documents.get(def.path);
    if (doc?.kind !== 'dockerfile') continue;
    const taken = doc.stages.find((s) => s.name?.toLowerCase() === lower);
    if (taken) return refuse(RENAME_TEXTS.stageTaken, { name, line: taken.from.getRange().start.line + 1 });
    const image = imageNamed(doc, lower, def.range.start.line);
    if (image !== undefined) return refuse(RENAME_TEXTS.imageTaken, { name, line: image + 1 });
  }
  return undefined;
}

/** The line after `afterLine` where `FROM name` or `--from=name` names an image today (it would name the stage after the rename). */
function imageNamed(doc: DockerfileDocument, lower: string, afterLine: number): number | undefined {
  for (const stage of doc.stages) {
    if (stage.from.getRange().start.line <= afterLine) continue;
    if (stage.from.getImage()?.toLowerCase() === lower) return stage.from.getRange().start.line;
  }
  for (const stage of doc.stages) {
    for (const instruction of stage.instructions) {
      for (const flag of flagsOf(instruction)) {
        const n = flag.getName().toLowerCase();
        const value = n === 'from' ? flag.getValue() : n === 'mount' ? flag.getOption('from')?.getValue() : undefined;
        if (value?.toLowerCase() === lower) return instruction.getRange().start.line;
      }
    }
  }
  return undefined;
}

const SERVICE_NAME = /^[a-zA-Z0-9._-]+$/;

function serviceNameProblem(index: SymbolIndex, symbol: Occurrence[], name: string): RenameRefusal | undefined {
  if (!SERVICE_NAME.test(name)) return refuse(RENAME_TEXTS.invalidService, { name });
  for (const o of symbol) {
    for (const key of o.keys) {
      const prefix = key.slice(0, key.length - o.name.length);
      if (!key.endsWith(o.name) || o.name === name) continue;
      const other = index.occurrencesWithKey(prefix + name).find((x) => x.role === 'definition');
      if (other) return refuse(RENAME_TEXTS.serviceTaken, { name, file: basename(other.path), line: other.range.start.line + 1 });
    }
  }
  return undefined;
}

function toLocation(o: Occurrence): NavLocation {
  return { path: o.path, range: o.range };
}
