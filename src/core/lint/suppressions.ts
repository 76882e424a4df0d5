import type { ParsedDocument } from '../documents/parsedDocument';
import type { Rule } from './types';
import type { Localized } from '../types';

// Inline switches, read from comments (`#` in Dockerfiles, YAML and shell):
//   # docker-explain-disable-next-line rule-a, rule-b   the next line (in a Dockerfile: the whole
//                                                       next instruction); all rules when none named
//   # docker-explain-disable-line rule-a                this line (after code)
//   # docker-explain-disable rule-a  …  # docker-explain-enable rule-a
//                                                       a block; without ids: every rule
//   # hadolint ignore=DL3008,DL3015                     the next instruction, through each rule's
//                                                       hadolint equivalents (teams keep their comments)
//   # hadolint global ignore=DL3059                     the whole file
// Text after ` -- ` is a reason for humans and is ignored (hadolint #370).

export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

export const PRAGMA = /#\s*docker-explain-(disable-next-line|disable-line|disable|enable)(?=\s|$)([^\n]*)/;
export const HADOLINT = /#\s*hadolint\s+(global\s+)?ignore=([A-Za-z0-9_,\s]+)/;

/** The quick fix that writes a disable-next-line comment, in the editor and the Language Server alike. */
export const DISABLE_LINE_TITLE: Localized = { ko: '이 줄에서 ‘{rule}’ 끄기', en: 'Disable ‘{rule}’ for this line' };

/** The line the quick fix inserts above a finding: the comment `PRAGMA` reads, indented like that line. */
export function disableNextLineComment(rule: string, indent: string, eol: string): string {
  return `${indent}# docker-explain-disable-next-line ${rule}${eol}`;
}

/**
 * What goes before that comment so it stays where the finding's line is: the line's indentation,
 * and in Markdown its block-quote markers too (`> `): a line without them would end the quote and
 * the code block in it (CommonMark 0.31.2 §5.1; markdownFences.ts).
 */
export function disableCommentIndent(lineText: string, markdown: boolean): string {
  return (markdown ? /^(?:[ \t]*>)*[ \t]*/ : /^[ \t]*/).exec(lineText)?.[0] ?? '';
}

export function parseRuleList(text: string): string[] {
  const withoutReason = text.split(/\s--(?:\s|$)/)[0];
  return withoutReason
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A rule id (or hadolint code) written in a pragma comment, with its columns on the line. */
export interface PragmaId {
  id: string;
  start: number;
  end: number;
  hadolint: boolean;
}

/** The rule ids a pragma comment on this line names, for hovers and highlighting. */
export function pragmaIds(lineText: string): PragmaId[] {
  const out: PragmaId[] = [];
  const collect = (listText: string, listStart: number, hadolint: boolean) => {
    const body = listText.split(/\s--(?:\s|$)/)[0];
    const word = /[A-Za-z0-9_-]+/g;
    let m: RegExpExecArray | null;
    while ((m = word.exec(body))) out.push({ id: m[0], start: listStart + m.index, end: listStart + m.index + m[0].length, hadolint });
  };
  const p = PRAGMA.exec(lineText);
  if (p) collect(p[2], p.index + p[0].length - p[2].length, false);
  const h = HADOLINT.exec(lineText);
  if (h) collect(h[2], h.index + h[0].length - h[2].length, true);
  return out;
}

type Targets = ReadonlySet<string> | 'all';
interface BlockEvent {
  line: number;
  disable: boolean;
  ids: Targets;
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
  const events: BlockEvent[] = [];
  const global = new Set<string>();
  const addLines = (lines: number[], ids: string[] | 'all') => {
    for (const line of lines) {
      const prev = lineRules.get(line);
      if (ids === 'all' || prev === 'all') lineRules.set(line, 'all');
      else lineRules.set(line, new Set([...(prev ?? []), ...ids]));
    }
  };
  for (let line = 0; line < doc.lines.lineCount; line++) {
    const text = doc.lines.lineText(line);
    if (!text.includes('#')) continue;
    const m = PRAGMA.exec(text);
    if (m) {
      const ids = parseRuleList(m[2]);
      const target: string[] | 'all' = ids.length ? ids : 'all';
      switch (m[1]) {
        case 'disable-next-line':
          addLines(nextContentLines(doc, line), target);
          break;
        case 'disable-line':
          addLines([line], target);
          break;
        case 'disable':
        case 'enable':
          events.push({ line, disable: m[1] === 'disable', ids: target === 'all' ? 'all' : new Set(target) });
          break;
      }
      continue;
    }
    const h = HADOLINT.exec(text);
    if (h) {
      const ids = parseRuleList(h[2]).flatMap((code) => byHadolint.get(code.toUpperCase()) ?? []);
      if (h[1]) ids.forEach((id) => global.add(id));
      else if (ids.length) addLines(nextContentLines(doc, line), ids);
    }
  }
  return {
    isSuppressed(ruleId, line) {
      if (global.has(ruleId)) return true;
      const onLine = lineRules.get(line);
      if (onLine === 'all' || onLine?.has(ruleId)) return true;
      // Block pragmas: the last one before the line that concerns this rule decides.
      let disabled = false;
      for (const e of events) {
        if (e.line >= line) break;
        if (e.ids === 'all' || e.ids.has(ruleId)) disabled = e.disable;
      }
      return disabled;
    },
  };
}

/**
 * The lines a "next line" pragma covers: the next line that is not blank and not a comment,
 * and every line of the Dockerfile instruction or docker command that starts there (a RUN or a
 * `docker run` continued with `\` is one unit; hadolint's ignore works the same way).
 */
function nextContentLines(doc: ParsedDocument, line: number): number[] {
  let next = line + 1;
  for (let l = line + 1; l < doc.lines.lineCount; l++) {
    const t = doc.lines.lineText(l).trim();
    if (t !== '' && !t.startsWith('#')) {
      next = l;
      break;
    }
  }
  let end = next;
  if (doc.kind === 'dockerfile') {
    const instruction = doc.ast.getInstructions().find((i) => i.getRange().start.line === next);
    if (instruction) end = instruction.getRange().end.line;
  } else if (doc.kind === 'commands') {
    // A `docker run … \` continued over lines is one command: the pragma covers all of it.
    const command = doc.commands.find((c) => c.range.start.line === next);
    if (command) end = command.range.end.line;
  }
  return Array.from({ length: end - next + 1 }, (_, i) => next + i);
}
