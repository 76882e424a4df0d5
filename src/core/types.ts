// Shared vocabulary of the core. Positions are 0-based line/character, like VS Code's;
// only the CLI converts to 1-based when it prints.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** Languages our own texts (hovers, diagnostics, panel) are written in. */
export type Language = 'ko' | 'en';

/** One text in every language we ship. Korean is the source; English is the fallback. */
export interface Localized {
  ko: string;
  en: string;
}

/** The kinds of file the core understands. Shell and Markdown only for their `docker` commands. */
export type FileKind = 'dockerfile' | 'compose' | 'shell' | 'markdown';

export function pick(text: Localized, lang: Language): string {
  return text[lang] || text.ko;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
  );
}

export function rangeContains(range: Range, pos: Position): boolean {
  if (pos.line < range.start.line || pos.line > range.end.line) return false;
  if (pos.line === range.start.line && pos.character < range.start.character) return false;
  if (pos.line === range.end.line && pos.character > range.end.character) return false;
  return true;
}
