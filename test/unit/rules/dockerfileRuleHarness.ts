import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import type { Report, Rule } from '../../../src/core/lint/types';
import type { TextEdit } from '../../../src/core/types';
import { LineIndex } from '../../../src/core/documents/lineIndex';

// Shared by the Dockerfile rule tests: run one rule on fixture text and describe each report
// by what it points at, so a test states the exact token (never column 1 by accident).

/** [messageId, line (0-based), character (0-based), the text the range covers] */
export type Hit = [string, number, number, string];

export function reportsOf(rule: Rule, text: string): Report[] {
  const doc = parseDockerfile(text);
  const out: Report[] = [];
  rule.check({ doc, options: {}, report: (r) => out.push(r) });
  return out;
}

export function hits(rule: Rule, text: string): Hit[] {
  const lines = new LineIndex(text);
  return reportsOf(rule, text).map((r) => [r.messageId, r.range.start.line, r.range.start.character, text.slice(lines.offsetAt(r.range.start), lines.offsetAt(r.range.end))]);
}

export function assertClean(rule: Rule, text: string): void {
  assert.deepStrictEqual(hits(rule, text), [], `expected no report for:\n${text}`);
}

/** Applies the first fix of every report (edits in reverse order, as an editor would). */
export function fixed(rule: Rule, text: string): string {
  const lines = new LineIndex(text);
  const edits: TextEdit[] = reportsOf(rule, text).flatMap((r) => r.fixes?.[0]?.edits ?? []);
  const withOffsets = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Every message of a rule has Korean and English text and every report's data fills it. */
export function assertMessagesFilled(rule: Rule, text: string): void {
  for (const r of reportsOf(rule, text)) {
    const template = rule.meta.messages[r.messageId];
    assert.ok(template, `unknown message id ${r.messageId}`);
    for (const lang of ['ko', 'en'] as const) {
      const filled = template[lang].replace(/\{(\w+)\}/g, (w, k: string) => (r.data && k in r.data ? String(r.data[k]) : w));
      assert.ok(!/\{\w+\}/.test(filled), `${rule.meta.id}/${r.messageId} (${lang}) left a placeholder: ${filled}`);
    }
  }
}
