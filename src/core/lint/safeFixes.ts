import type { Position, Range, TextEdit } from '../types';
import type { LintDiagnostic } from './types';
import { LineIndex } from '../documents/lineIndex';

// "Fix all" for one file (the editor's source.fixAll.dockerExplain and its command): only the
// fixes a rule marks safe (Fix.safe: Docker builds and runs the same, no choice to make), each
// finding's first one. A fix that edits another file of a Compose set is left to a person. A fix
// whose edits touch a place another chosen fix already edits is skipped whole, so the edits
// never fight; lint again and the next run takes it. Applying the result and linting again
// gives no safe fix that changes the text (the unit test checks it over every safe rule).

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function same(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/** Two edits collide when their ranges share a character, or one inserts where the other starts or ends. */
function collide(a: Range, b: Range): boolean {
  if (before(a.start, b.end) && before(b.start, a.end)) return true;
  const emptyA = same(a.start, a.end);
  const emptyB = same(b.start, b.end);
  if (emptyA && emptyB) return same(a.start, b.start);
  if (emptyA) return same(a.start, b.start) || same(a.start, b.end) || (before(b.start, a.start) && before(a.start, b.end));
  if (emptyB) return same(b.start, a.start) || same(b.start, a.end) || (before(a.start, b.start) && before(b.start, a.end));
  return false;
}

/** The edits that fix everything safely fixable in this file, in document order, none colliding. */
export function safeFixEdits(diagnostics: readonly LintDiagnostic[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const d of diagnostics) {
    const fix = d.fixes.find((f) => f.safe === true);
    if (!fix || fix.edits.length === 0 || fix.edits.some((e) => e.file !== undefined)) continue;
    if (fix.edits.some((e) => chosen.some((c) => collide(c.range, e.range)))) continue;
    // One fix's own edits never collide with each other (a rule writes them together).
    for (const e of fix.edits) chosen.push({ range: e.range, newText: e.newText });
  }
  return chosen.sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
}

/** The text with the edits applied (edits in document order, not colliding: safeFixEdits' output). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  let out = text;
  // From the end, so the offsets of the edits before stay valid.
  for (const e of [...edits].reverse()) out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  return out;
}

/** How many lint-and-fix passes "fix all" makes at most (a skipped fix is taken by the next pass). */
export const MAX_FIX_PASSES = 10;

/**
 * Lints, applies the safe fixes, and lints again until no safe fix is left (at most
 * MAX_FIX_PASSES): running it on its own result changes nothing.
 */
export function fixAllSafe(text: string, lint: (text: string) => readonly LintDiagnostic[]): { text: string; edits: number } {
  let current = text;
  let count = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = safeFixEdits(lint(current));
    if (edits.length === 0) break;
    const next = applyTextEdits(current, edits);
    if (next === current) break;
    count += edits.length;
    current = next;
  }
  return { text: current, edits: count };
}
