import { parseDocument } from '../../src/core/documents/parsedDocument';
import { LineIndex } from '../../src/core/documents/lineIndex';
import type { FileKind, Range, TextEdit } from '../../src/core/types';
import type { Report, Rule } from '../../src/core/lint/types';

export interface Found {
  /** [line, character, endLine, endCharacter], 0-based. */
  at: [number, number, number, number];
  id: string;
  /** The text under the range, to show the report sits on the token, not at column 1. */
  text: string;
  data: Record<string, string | number>;
  report: Report;
}

/** Runs one rule's check directly (no config, no pragmas) and returns what it reported. */
export function check(rule: Rule, text: string, kind: FileKind = 'compose'): Found[] {
  const doc = parseDocument(text, kind);
  const out: Found[] = [];
  rule.check({
    doc,
    options: {},
    report(r) {
      out.push({ at: [r.range.start.line, r.range.start.character, r.range.end.line, r.range.end.character], id: r.messageId, text: slice(text, r.range), data: r.data ?? {}, report: r });
    },
  });
  return out;
}

export function slice(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** Applies text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
