// The one way text from a user's file enters the Markdown we show (hovers, `explain --format
// markdown`, the panel's command explanations). Hovers are trusted Markdown in VS Code, so a
// file value that became markup could put a link, a remote image or a heading inside text that
// looks like ours (security review F6). The rule, made hard to break by the types:
//   - a file value is only ever shown inside a code span (`codeSpan`), whose fence is longer
//     than any backtick run in the value (CommonMark 6.1), padded when the value starts or
//     ends with a backtick or a space;
//   - before that, every line break and control character is replaced by something visible
//     (`neutralise`) and the value is cut to MAX_VALUE_CHARS (F14: a 98 KB line gave a 420 KB
//     hover);
//   - templates are filled with `fillMarkdown`, which treats every plain `string` value as file
//     text: inside a template's own code span the whole span is re-fenced around it, anywhere
//     else the value gets a code span of its own. Only `SafeMarkdown` (built here, from our own
//     words or from values already escaped) is inserted as it is.

import { PARTICLE_PAIRS, particle } from '../text/particles';

/** Longest part of one file value shown in a hover; the rest becomes "…". */
export const MAX_VALUE_CHARS = 200;

/**
 * Markdown that is safe to insert as it is: our own words, or file text already put in a code
 * span. A class rather than a branded string so that `fillMarkdown` can tell it from file text
 * at run time: a forgotten wrap shows a value in code style, never as markup.
 */
export class SafeMarkdown {
  private constructor(
    readonly markdown: string,
    /** What the Markdown reads as in plain text: the value itself for a code span. */
    readonly plain: string,
  ) {}

  /** Markdown we wrote ourselves (a filled template, a sentence): never pass file text here. */
  static ours(markdown: string): SafeMarkdown {
    return new SafeMarkdown(markdown, markdown);
  }

  /** @internal Used by codeSpan only. */
  static span(markdown: string, plain: string): SafeMarkdown {
    return new SafeMarkdown(markdown, plain);
  }

  toString(): string {
    return this.markdown;
  }
}

export type MarkdownValue = string | number | SafeMarkdown;
export type MarkdownValues = Record<string, MarkdownValue>;

/** Our own Markdown (a template already filled, a fixed word) as a template value. */
export function ours(markdown: string): SafeMarkdown {
  return SafeMarkdown.ours(markdown);
}

// Line breaks that CommonMark or VS Code's renderer (marked) may read as the end of a line, and
// characters that change how text around them is displayed (bidirectional overrides: "Trojan
// source"). U+2028/2029 and NEL are not line ends in CommonMark, but they are in JavaScript and
// some renderers; they are shown escaped so no renderer can read them as one.
// eslint-disable-next-line no-control-regex
const CONTROL = /\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * One line of visible text. A newline (`\n`, `\r\n`) and a tab become a space: they are ordinary
 * layout inside a YAML block string, a heredoc or a continued RUN line, and the hover shows the
 * value on one line as before. Every other control character is shown, not obeyed: C0 controls
 * and DEL as their Unicode "control picture" (a lone CR is `␍`, ESC is `␛`): one character each,
 * unambiguous (a `\r` written in a shell script stays the two characters `\r`, so the text form
 * would be ambiguous); C1 controls, U+2028/2029, bidi controls and a BOM, which have no picture,
 * as `\u2028`. Then the value is cut to MAX_VALUE_CHARS with "…".
 */
export function neutralise(text: string, max = MAX_VALUE_CHARS): string {
  // Cut first (bounded work on huge values), on code points so a surrogate pair is never split;
  // leave room for escapes to grow the text a little.
  let cut = false;
  if (text.length > max) {
    let end = max;
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    text = text.slice(0, end);
    cut = true;
  }
  const shown = text.replace(CONTROL, (c) => {
    if (c === '\r\n' || c === '\n' || c === '\t') return ' ';
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return cut ? `${shown}…` : shown;
}

/** The longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 96) {
      run++;
      if (run > longest) longest = run;
    } else run = 0;
  }
  return longest;
}

/**
 * `content` (already neutralised) as one CommonMark code span, whatever backticks it holds. An
 * empty value is shown as `""`: CommonMark has no empty code span (two backticks are text).
 */
function fence(content: string): string {
  if (content === '') return '`""`';
  const ticks = '`'.repeat(longestBacktickRun(content) + 1);
  // CommonMark strips one space on each side when both are there (and the text is not all
  // spaces), and a backtick at an edge would join the fence: pad with one space each side then.
  const pad = content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '');
  return pad ? `${ticks} ${content} ${ticks}` : `${ticks}${content}${ticks}`;
}

/** Text from a user's file as an inline code span: never markup, one line, cut to a few hundred characters. */
export function codeSpan(text: string): SafeMarkdown {
  const plain = neutralise(text);
  return SafeMarkdown.span(fence(plain), plain);
}

/**
 * A number written in the file (`3`, `1.5`), shown as plain text in a sentence ("컨테이너 3개");
 * anything else it might hold stays file text and is shown as a code span.
 */
export function numeral(text: string): MarkdownValue {
  return /^[0-9]{1,15}(\.[0-9]{1,15})?$/.test(text) ? SafeMarkdown.ours(text) : text;
}

/** Items (code spans or our own words) joined with our own separator. */
export function joinMarkdown(items: readonly SafeMarkdown[], separator: string): SafeMarkdown {
  return SafeMarkdown.ours(items.map((i) => i.markdown).join(separator));
}

function plainOf(value: MarkdownValue): string {
  if (value instanceof SafeMarkdown) return value.plain;
  return typeof value === 'number' ? String(value) : value;
}

/** A value outside a code span of the template: numbers and our own Markdown as they are, file text as a code span. */
function markdownOf(value: MarkdownValue): string {
  if (value instanceof SafeMarkdown) return value.markdown;
  if (typeof value === 'number') return String(value);
  return value === '' ? '' : codeSpan(value).markdown;
}

const NAME = /\{(\w+)\}/g;
// After a placeholder or a code span holding one: closing marks that are not read, then maybe a
// particle pair (see fill in ../types.ts): "`{keyword}`은/는", "{count}개".
const CLOSERS = '`\'")]}>”’」』';

/**
 * `fill` for Markdown templates (hovers, command explanations). The template is ours; each
 * `{name}` is replaced by a value:
 *  - inside a code span the template wrote (`` `ARG {name}` ``): the value's plain text, and the
 *    whole span is fenced again so that no backtick in the value can close it;
 *  - elsewhere: a number or SafeMarkdown as it is, any other string in a code span of its own.
 * A particle pair after the placeholder (or after the span's closing backtick) is chosen as
 * `fill` chooses it. Unknown placeholders stay visible so a missing value is noticed.
 */
export function fillMarkdown(template: string, values: MarkdownValues = {}): string {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(values, key);
  let out = '';
  let i = 0;
  // Set when the last thing written was a filled value; a particle pair right after it is resolved.
  let afterValue = false;
  const takeParticle = (from: number): number => {
    if (!afterValue) return 0;
    afterValue = false;
    let k = from;
    while (k < template.length && CLOSERS.includes(template[k])) k++;
    const pair = PARTICLE_PAIRS.find((p) => template.startsWith(p, k));
    if (!pair) return 0;
    out += template.slice(from, k);
    out += particle(out, pair);
    return k + pair.length - from;
  };
  while (i < template.length) {
    i += takeParticle(i);
    if (i >= template.length) break;
    const ch = template[i];
    if (ch === '`') {
      // The template's own code span: a run of backticks up to the next run of the same length.
      let run = 1;
      while (template[i + run] === '`') run++;
      const ticks = '`'.repeat(run);
      const close = findClosingRun(template, i + run, run);
      if (close < 0) {
        out += ticks;
        i += run;
        continue;
      }
      const inner = template.slice(i + run, close);
      let filledAny = false;
      const content = inner.replace(NAME, (whole, key: string) => {
        if (!has(key)) return whole;
        filledAny = true;
        return neutralise(plainOf(values[key]));
      });
      if (filledAny) {
        out += fence(content);
        afterValue = true;
      } else out += `${ticks}${inner}${ticks}`;
      i = close + run;
      continue;
    }
    if (ch === '{') {
      NAME.lastIndex = i;
      const m = NAME.exec(template);
      if (m && m.index === i && has(m[1])) {
        out += markdownOf(values[m[1]]);
        i += m[0].length;
        afterValue = true;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/** Index of the next run of exactly `run` backticks at or after `from`, or -1. */
function findClosingRun(text: string, from: number, run: number): number {
  let i = from;
  while (i < text.length) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let n = 0;
    while (text[i + n] === '`') n++;
    if (n === run) return i;
    i += n;
  }
  return -1;
}
