import type { FileKind } from '../types';
import { LineIndex } from '../documents/lineIndex';
import type { ParsedDocument } from '../documents/parsedDocument';
import { parseDocument } from '../documents/parsedDocument';
import { lintDocument } from './engine';
import type { LintFileInput } from './lintFile';
import { lintFile } from './lintFile';
import { dockerfileSyntax } from './rules/dockerfile-syntax';
import { yamlSyntax } from './rules/yaml-syntax';
import type { LintDiagnostic } from './types';
import { applyEdits, collide, EditPicker } from './offsetEdits';
import type { OffsetEdit } from './offsetEdits';

export { applyEdits };
export type { OffsetEdit };

// The one engine that applies a file's safe fixes (Fix.safe: Docker builds and runs the same,
// no choice to make) without a person looking: the CLI's `lint --fix` / `--fix-dry-run` and the
// editor's "fix all" (source.fixAll.dockerExplain and its command, through the worker) both
// call `fixFileText`, so the same file and config give the same text in both (a unit test runs
// both paths over a table of files and compares the bytes).
// - Each finding's first safe fix whose edits all stay in this file (a fix with an edit in
//   another file of a Compose set is left for a person).
// - A fix whose edits collide with an edit already taken (share a character, or insert where the
//   other starts or ends, or inside it) is skipped whole and waits for the next pass; replacements
//   that only touch end to start do not interact and both apply.
// - Then the text is parsed once and linted again, and the loop repeats until no safe fix is left
//   (a fix may uncover another), at most MAX_PASSES times, so a pair of rules that undo each
//   other cannot loop for ever; running it again on the result changes nothing.
// - A file that does not parse is never touched, and a pass whose result would not parse is
//   thrown away (a fix must never break a file).
// - Line breaks in a fix's new text are written as the file's own (CRLF in a CRLF file), as the
//   editor does when it applies an edit, so both give the same bytes. A byte order mark is not
//   part of the text (the CLI's reader drops it and puts it back; the editor keeps it aside).

export const MAX_PASSES = 10;

export interface FixResult {
  /** The text after the fixes (the input when nothing applied). */
  text: string;
  /** How many fixes were applied over all passes (a fix with two edits counts once). */
  applied: number;
  /** The findings of the final text. */
  diagnostics: LintDiagnostic[];
  /** Why nothing was applied, or why the loop stopped early. */
  stopped?: FixStop;
}

export type FixStop = 'parse-error' | 'pass-limit' | 'would-break-parse';

/** Whether the parsed text has a syntax error (Dockerfile or YAML), whatever the config says about those rules. */
export function hasParseError(doc: ParsedDocument): boolean {
  if (doc.kind !== 'dockerfile' && doc.kind !== 'compose') return false;
  return lintDocument(doc, { rules: [doc.kind === 'dockerfile' ? dockerfileSyntax : yamlSyntax] }).some((d) => d.severity === 'error');
}

/**
 * The fix loop for a file linted the way both the editor and the CLI lint it (lintFile with its
 * config, project and build context). `diagnostics`: the findings of `input.doc` when the caller
 * already has them (its own lint), so the first pass does not lint again.
 */
export function fixFileText(input: LintFileInput, diagnostics?: LintDiagnostic[]): FixResult {
  return applySafeFixes(
    input.doc,
    (doc) => {
      // A later pass lints the new text with its Compose project loaded again: the first one's
      // lines are the old text's (a fix that removes a line moves every finding below it).
      const project = doc === input.doc || doc.kind !== 'compose' ? input.project : input.project?.withText(doc);
      const result = lintFile({ ...input, doc, project });
      return result.ignored ? [] : result.diagnostics;
    },
    diagnostics,
  );
}

/**
 * Runs the fix loop over a parsed file; `lint` lints one parsed version of it. Each new text is
 * parsed once: the syntax check and the next lint share that parse.
 */
export function applySafeFixes(doc: ParsedDocument, lint: (doc: ParsedDocument) => LintDiagnostic[], firstDiagnostics?: LintDiagnostic[]): FixResult {
  const kind: FileKind = doc.kind === 'commands' ? doc.fileKind : doc.kind;
  let diagnostics = firstDiagnostics ?? lint(doc);
  if (hasParseError(doc)) return { text: doc.text, applied: 0, diagnostics, stopped: 'parse-error' };
  let current = doc.text;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen = chooseEdits(current, diagnostics);
    if (chosen.count === 0) return { text: current, applied, diagnostics };
    const next = applyEdits(current, chosen.edits);
    if (next === current) return { text: current, applied, diagnostics };
    const parsed = parseDocument(next, kind);
    if (hasParseError(parsed)) return { text: current, applied, diagnostics, stopped: 'would-break-parse' };
    current = next;
    applied += chosen.count;
    diagnostics = lint(parsed);
  }
  return { text: current, applied, diagnostics, stopped: chooseEdits(current, diagnostics).count > 0 ? 'pass-limit' : undefined };
}

/** The fix the engine would apply for a finding: its first safe fix with every edit in this file. */
export function autoFixOf(d: LintDiagnostic): LintDiagnostic['fixes'][number] | undefined {
  return d.fixes.find((f) => f.safe === true && f.edits.length > 0 && f.edits.every((e) => e.file === undefined));
}

/**
 * The edits of one pass, in the order of the findings, none colliding, and how many fixes they
 * make. Offsets come from one LineIndex of the text; collisions are looked up among the taken
 * edits by position (EditPicker), not compared with each of them.
 */
export function chooseEdits(text: string, diagnostics: readonly LintDiagnostic[]): { edits: OffsetEdit[]; count: number } {
  const lines = new LineIndex(text);
  const eol = lineEndingOf(text);
  const fixes: OffsetEdit[][] = [];
  for (const d of diagnostics) {
    const fix = autoFixOf(d);
    if (!fix) continue;
    const edits = fix.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText.replace(/\r\n|\r|\n/g, eol) }));
    // A rule writes one fix's edits together; should two of them collide, the fix is not applied.
    if (edits.some((e, i) => edits.some((o, j) => i < j && collide(e, o)))) continue;
    fixes.push(edits);
  }
  const picker = new EditPicker(fixes.flat());
  const taken: OffsetEdit[] = [];
  let count = 0;
  let first = 0; // the candidate index of the fix's first edit
  for (const edits of fixes) {
    const ids = edits.map((_, i) => first + i);
    first += edits.length;
    if (ids.some((id) => picker.collides(id))) continue;
    for (const id of ids) picker.take(id);
    taken.push(...edits);
    count++;
  }
  return { edits: taken, count };
}

/**
 * The line break the editor gives this text: CRLF when more than half of its line breaks have a
 * CR, else LF (VS Code's text buffer decides a document's line ending so, and writes every line
 * break of an applied edit with it).
 */
export function lineEndingOf(text: string): '\r\n' | '\n' {
  let breaks = 0;
  let withCr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      breaks++;
      withCr++;
      if (text.charCodeAt(i + 1) === 10) i++;
    } else if (c === 10) breaks++;
  }
  return breaks > 0 && withCr > breaks / 2 ? '\r\n' : '\n';
}
