import type { FileKind } from '../types';
import { LineIndex } from '../documents/lineIndex';
import { parseDocument } from '../documents/parsedDocument';
import { lintDocument } from './engine';
import { dockerfileSyntax } from './rules/dockerfile-syntax';
import { yamlSyntax } from './rules/yaml-syntax';
import type { LintDiagnostic } from './types';

// Applying the safe fixes (Fix.safe) of one file without a person looking (the CLI's `--fix`):
// - only the first safe fix of each finding, and only fixes whose edits all stay in this file
//   (a fix with an edit in another file of a Compose set is left for a person);
// - fixes that touch or overlap an edit already taken wait for the next pass, so no two edits
//   fight over the same text;
// - then the text is linted again and the loop repeats until no safe fix is left (a fix may
//   uncover another), at most MAX_PASSES times, so a pair of rules that undo each other cannot
//   loop for ever; running it again on the result changes nothing;
// - a file that does not parse is never touched, and a pass whose result would not parse is
//   thrown away (a fix must never break a file).

export const MAX_PASSES = 10;

export interface FixResult {
  /** The text after the fixes (the input when nothing applied). */
  text: string;
  /** How many fixes were applied over all passes. */
  applied: number;
  /** The findings of the final text. */
  diagnostics: LintDiagnostic[];
  /** Why nothing was applied, or why the loop stopped early. */
  stopped?: 'parse-error' | 'pass-limit' | 'would-break-parse';
}

/** Whether the text has a syntax error (Dockerfile or YAML), whatever the config says about those rules. */
export function hasParseError(text: string, kind: FileKind): boolean {
  if (kind !== 'dockerfile' && kind !== 'compose') return false;
  const doc = parseDocument(text, kind);
  return lintDocument(doc, { rules: [kind === 'dockerfile' ? dockerfileSyntax : yamlSyntax] }).some((d) => d.severity === 'error');
}

/** Runs the fix loop; `lint` lints a version of the file's text the way the caller lints it (config, project, options). */
export function applySafeFixes(text: string, kind: FileKind, lint: (text: string) => LintDiagnostic[], firstDiagnostics = lint(text)): FixResult {
  if (hasParseError(text, kind)) return { text, applied: 0, diagnostics: firstDiagnostics, stopped: 'parse-error' };
  let current = text;
  let diagnostics = firstDiagnostics;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = chooseEdits(current, diagnostics);
    if (edits.count === 0) return { text: current, applied, diagnostics };
    const next = applyEdits(current, edits.edits);
    if (next === current) return { text: current, applied, diagnostics };
    if (hasParseError(next, kind)) return { text: current, applied, diagnostics, stopped: 'would-break-parse' };
    current = next;
    applied += edits.count;
    diagnostics = lint(current);
  }
  return { text: current, applied, diagnostics, stopped: chooseEdits(current, diagnostics).count > 0 ? 'pass-limit' : undefined };
}

/** The fix `--fix` would apply for a finding: its first safe fix with every edit in this file. */
export function autoFixOf(d: LintDiagnostic): LintDiagnostic['fixes'][number] | undefined {
  return d.fixes.find((f) => f.safe && f.edits.every((e) => e.file === undefined));
}

interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

function chooseEdits(text: string, diagnostics: LintDiagnostic[]): { edits: OffsetEdit[]; count: number } {
  const lines = new LineIndex(text);
  const taken: OffsetEdit[] = [];
  let count = 0;
  for (const d of diagnostics) {
    const fix = autoFixOf(d);
    if (!fix || fix.edits.length === 0) continue;
    const edits = fix.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }));
    // Closed intervals: edits that only touch (an insertion at the end of another edit) also wait.
    if (edits.some((e) => taken.some((t) => e.start <= t.end && t.start <= e.end))) continue;
    if (edits.some((e, i) => edits.some((o, j) => i !== j && e.start <= o.end && o.start <= e.end))) continue;
    taken.push(...edits);
    count++;
  }
  return { edits: taken, count };
}

function applyEdits(text: string, edits: OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
