import { PARTICLE_PAIRS, particle } from './text/particles';

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

// `{name}`, then closing marks that are not read (code mark, quote, bracket), then maybe a
// Korean particle pair such as `은/는`: "`{keyword}`은/는".
const PLACEHOLDER = new RegExp(`\\{(\\w+)\\}([\`'")\\]}>”’」』]*)(${PARTICLE_PAIRS.join('|')})?`, 'gu');

/**
 * Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed.
 * A particle pair right after a placeholder (also after a closing code mark, quote or bracket:
 * "`{keyword}`은/는", "`{name}`(줄 {line})이에요/예요") becomes the one particle that fits how the
 * text before it is read ("`FROM`은", "`COPY`는"); see text/particles.ts. Only Korean templates
 * write pairs, so English text is filled unchanged.
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  let out = '';
  let from = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(template); m; m = PLACEHOLDER.exec(template)) {
    const [whole, key = '', closers = '', pair] = m;
    out += template.slice(from, m.index);
    from = m.index + whole.length;
    if (!Object.prototype.hasOwnProperty.call(values, key)) {
      out += whole;
      continue;
    }
    out += String(values[key]) + closers;
    if (pair) out += particle(out, pair);
  }
  return out + template.slice(from);
}

/** Orders two positions in a file: negative when `a` comes first (for sorts and 'before' checks). */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangeContains(range: Range, pos: Position): boolean {
  if (pos.line < range.start.line || pos.line > range.end.line) return false;
  if (pos.line === range.start.line && pos.character < range.start.character) return false;
  if (pos.line === range.end.line && pos.character > range.end.character) return false;
  return true;
}
