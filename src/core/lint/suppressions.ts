import type { ParsedDocument } from '../documents/parsedDocument';
import type { Rule } from './types';

// Inline switches, read from comments:
//   # docker-explain-disable-next-line rule-a, rule-b   (the next line; all rules when none named)
//   # docker-explain-disable rule-a   …   # docker-explain-enable rule-a
//   # hadolint ignore=DL3008,DL3015                      (the next line, through each rule's equivalents)
// Text after ` -- ` is a reason for humans and is ignored (hadolint #370).

export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

const PRAGMA = /#\s*docker-explain-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/;
const HADOLINT = /#\s*hadolint\s+ignore=([A-Za-z0-9_,\s]+)/;

export function parseRuleList(text: string): string[] {
  const withoutReason = text.split(/\s--\s|\s--$/)[0];
  return withoutReason
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function collectSuppressions(doc: ParsedDocument, rules: readonly Rule[]): Suppressions {
  const byHadolint = new Map<string, string[]>();
  for (const rule of rules) {
    for (const code of rule.meta.equivalents?.hadolint ?? []) {
      const ids = byHadolint.get(code) ?? [];
      ids.push(rule.meta.id);
      byHadolint.set(code, ids);
    }
  }
  const lineRules = new Map<number, Set<string> | 'all'>();
  const blocks: { rules: Set<string> | 'all'; from: number; to: number }[] = [];
  const open = new Map<string, number>();
  const addLine = (line: number, ids: string[] | 'all') => {
    const prev = lineRules.get(line);
    if (ids === 'all' || prev === 'all') lineRules.set(line, 'all');
    else lineRules.set(line, new Set([...(prev ?? []), ...ids]));
  };
  const lineCount = doc.lines.lineCount;
  for (let line = 0; line < lineCount; line++) {
    const text = doc.lines.lineText(line);
    if (!text.includes('#')) continue;
    const m = PRAGMA.exec(text);
    if (m) {
      const ids = parseRuleList(m[2]);
      const target: string[] | 'all' = ids.length ? ids : 'all';
      switch (m[1]) {
        case 'disable-next-line':
          addLine(nextContentLine(doc, line), target);
          break;
        case 'disable-line':
          addLine(line, target);
          break;
        case 'disable':
          for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, line);
          break;
        case 'enable':
          for (const id of ids.length ? [...open.keys()] .filter((k) => ids.includes(k) || k === '*') : [...open.keys()]) {
            blocks.push({ rules: id === '*' ? 'all' : new Set([id]), from: open.get(id) ?? line, to: line });
            open.delete(id);
          }
          break;
      }
      continue;
    }
    const h = HADOLINT.exec(text);
    if (h) {
      const ids = parseRuleList(h[1]).flatMap((code) => byHadolint.get(code.toUpperCase()) ?? []);
      if (ids.length) addLine(nextContentLine(doc, line), ids);
    }
  }
  for (const [id, from] of open) blocks.push({ rules: id === '*' ? 'all' : new Set([id]), from, to: Number.MAX_SAFE_INTEGER });
  return {
    isSuppressed(ruleId, line) {
      const onLine = lineRules.get(line);
      if (onLine === 'all' || onLine?.has(ruleId)) return true;
      return blocks.some((b) => line >= b.from && line <= b.to && (b.rules === 'all' || b.rules.has(ruleId)));
    },
  };
}

/** The line a "next line" pragma refers to: the next one that is not blank and not a comment. */
function nextContentLine(doc: ParsedDocument, line: number): number {
  for (let l = line + 1; l < doc.lines.lineCount; l++) {
    const t = doc.lines.lineText(l).trim();
    if (t !== '' && !t.startsWith('#')) return l;
  }
  return line + 1;
}
