import { ERROR_CATALOG } from '../../knowledge/errors';
import type { ErrorRecord } from '../../knowledge/errors';

// Finds Docker's messages in terminal output. Each line is tried against the catalog in its
// order (src/core/knowledge/errors/index.ts); every pattern there is linear-time, and a line is
// read up to MAX_LINE_CHARS, so a pasted log of any size costs at most lines × catalog.

/** Longest part of one line that is read; Docker's messages start well before this. */
export const MAX_LINE_CHARS = 4_000;
/** Most lines of one paste that are read. */
export const MAX_LINES = 5_000;

export interface ErrorMatch {
  record: ErrorRecord;
  /** Named groups of the pattern that matched, cleaned (see `cleanValue`). */
  values: Record<string, string>;
  /** 0-based line of the text, and the matched span on it (UTF-16 offsets). */
  line: number;
  start: number;
  end: number;
  /** The line as read (colours removed). */
  lineText: string;
}

// Colour and cursor escapes (CSI sequences) that `docker` prints on a terminal: not part of the message.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}

/** A value ends where the sentence goes on: "…docker.sock." or "…nginx:1.27," lose the mark. */
function cleanValue(value: string): string {
  const last = value[value.length - 1];
  return last === '.' || last === ',' ? value.slice(0, -1) : value;
}

/** The first catalog record that matches this one line, or null. */
export function matchLine(line: string, lineNumber = 0): ErrorMatch | null {
  const text = stripAnsi(line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line);
  // Every message in the catalog is longer than this, and most lines of a log are not errors.
  if (text.length < 12) return null;
  for (const record of ERROR_CATALOG) {
    for (const pattern of record.patterns) {
      const m = pattern.exec(text);
      if (!m) continue;
      const values: Record<string, string> = {};
      for (const [name, value] of Object.entries(m.groups ?? {})) if (value !== undefined && value !== '') values[name] = cleanValue(value);
      return { record, values, line: lineNumber, start: m.index, end: m.index + m[0].length, lineText: text };
    }
  }
  return null;
}

/** Every line of `text` that holds a known message, in order. */
export function findDockerErrors(text: string): ErrorMatch[] {
  const found: ErrorMatch[] = [];
  const lines = text.split('\n', MAX_LINES);
  lines.forEach((line, i) => {
    const m = matchLine(line.endsWith('\r') ? line.slice(0, -1) : line, i);
    if (m) found.push(m);
  });
  return found;
}

/**
 * The message a pasted text is about: of the lines that match, the one whose record comes
 * first in the catalog (the more specific cause), the earliest line among equals. When no line
 * matches on its own, the lines are read once more joined with spaces: a terminal or a chat
 * window may have wrapped one message over several lines.
 */
export function matchDockerError(text: string): ErrorMatch | null {
  const found = findDockerErrors(text);
  if (found.length > 0) {
    const rank = (m: ErrorMatch) => ERROR_CATALOG.indexOf(m.record);
    return found.reduce((best, m) => (rank(m) < rank(best) ? m : best));
  }
  const lines = text.split('\n', MAX_LINES);
  if (lines.length < 2) return null;
  const joined = lines.map((l) => l.trim()).filter(Boolean).join(' ');
  const m = matchLine(joined.length > MAX_LINE_CHARS * 2 ? joined.slice(0, MAX_LINE_CHARS * 2) : joined);
  return m && { ...m, line: 0 };
}
