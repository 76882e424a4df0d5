import { interpolate } from './interpolate';
import type { VariableLookup } from './interpolate';

// The one `.env` reader: the project's `.env` (interpolation, `COMPOSE_FILE`, `COMPOSE_PROFILES`,
// `COMPOSE_PROJECT_NAME`, completion of `${`) and an include's `env_file`. It follows compose-go
// v2.13.0 `dotenv/parser.go` (used by `cli/options.go` `WithDotEnv` and `loader/include.go`):
// - a statement starts at the first non-space character; `#` there starts a comment line;
// - `export ` before the name is dropped; the name ends at `=` or `:` (`KEY: value` is read too);
//   it may hold letters, digits, `_`, `.`, `-`, `[`, `]`; anything else, or a space inside the
//   name, is an error and Compose stops ("unexpected character", "key cannot contain a space");
// - a name alone on its line (`KEY`) takes the value of the environment, if it has one;
// - unquoted: to the end of the line, cut at ` #`, trailing spaces dropped, then interpolated;
// - single quotes: literal, may span lines, `\'` is a quote;
// - double quotes: may span lines, `\n` `\t` `\"` `\\` `\$` (a literal `$`) and the other shell
//   escapes, then interpolated; an unclosed quote is an error;
// - interpolation (`${VAR}`, `${VAR:-d}`, …) looks in the environment first, then at the names
//   set earlier in the file (`parseWithLookup` in `dotenv/env.go`).
// A UTF-8 byte order mark is skipped. One pass over the text (a 100 KB `.env` with an unclosed
// quote stays linear).

export interface DotEnvEntry {
  name: string;
  value: string;
  /** The line (0-based) where the name is written. */
  line: number;
}

export interface DotEnv {
  entries: DotEnvEntry[];
  /** What Compose stops on ("unterminated quoted value", a bad name); entries after it are not read. */
  error?: { message: string; line: number };
}

/**
 * The characters all of a `.env`'s values may hold together. Each value is capped at
 * MAX_INTERPOLATED_LENGTH, but a file where each line doubles the one before
 * (`A2=${A1}${A1}`, …) makes every later line a new 64 K string: a 1 MB `.env` ran the process
 * out of memory. Past this budget Compose's values are unknown here: reading stops with an
 * error, like the other errors Compose stops on.
 */
export const MAX_DOTENV_VALUE_CHARS = 4 * 1024 * 1024;

const NAME_PUNCTUATION = new Set(['_', '.', '-', '[', ']']);
// Go's dotenv `isSpace`: a space that is not a line break.
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === '\u0085' || c === '\u00a0';
const isWhite = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isNameChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c) || NAME_PUNCTUATION.has(c);

export function readDotEnv(text: string, environment: VariableLookup = () => undefined): DotEnv {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const entries: DotEnvEntry[] = [];
  const set = new Map<string, string>();
  const lookup: VariableLookup = (name) => environment(name) ?? set.get(name);
  let i = 0;
  let line = 0;
  // Moves to `to`, counting the line breaks passed.
  const advance = (to: number) => {
    for (; i < to; i++) if (src.charCodeAt(i) === 10) line++;
  };
  const fail = (message: string): DotEnv => ({ entries, error: { message, line } });
  let total = 0;
  let over = false;
  const add = (name: string, value: string, at: number) => {
    // `=value` sets a variable named '' in compose-go, which no `${…}` can name.
    if (name === '') return;
    total += value.length;
    if (total > MAX_DOTENV_VALUE_CHARS) {
      over = true;
      return;
    }
    set.set(name, value);
    entries.push({ name, value, line: at });
  };
  for (;;) {
    if (over) return fail(`line ${line + 1}: the values are too large to analyse (over ${MAX_DOTENV_VALUE_CHARS} characters)`);
    // The statement's start: past white space and comment lines.
    while (i < src.length && isWhite(src[i])) advance(i + 1);
    if (i >= src.length) break;
    if (src[i] === '#') {
      const end = src.indexOf('\n', i);
      if (end < 0) break;
      advance(end);
      continue;
    }
    const at = line;
    const exported = /^export\s+/.exec(src.slice(i, i + 64));
    if (exported) {
      i += 6;
      while (isSpace(src[i])) i++;
    }
    // The name, up to `=`, `:` or the end of the line.
    const start = i;
    let end = -1;
    let inherited = false;
    for (; i < src.length; i++) {
      const c = src[i];
      if (isSpace(c)) continue;
      if (c === '=' || c === ':' || c === '\n') {
        end = i;
        inherited = c === '\n';
        break;
      }
      if (!isNameChar(c)) return fail(`line ${at + 1}: unexpected character "${c}" in variable name`);
    }
    // The last line holds a name and nothing else: compose-go reads no variable from it.
    if (end < 0) break;
    const name = src.slice(start, end).trimEnd();
    if (/\s/.test(name)) return fail(`line ${at + 1}: key cannot contain a space`);
    i = end + 1;
    if (inherited) {
      line++;
      const value = environment(name);
      if (value !== undefined) add(name, value, at);
      continue;
    }
    while (isSpace(src[i])) i++;
    const quote = src[i];
    if (quote !== '"' && quote !== "'") {
      const eol = src.indexOf('\n', i);
      const lineEnd = eol < 0 ? src.length : eol;
      let raw = src.slice(i, lineEnd);
      const comment = raw.indexOf(' #');
      if (comment >= 0) raw = raw.slice(0, comment);
      add(name, interpolate(raw.trimEnd(), lookup).value, at);
      advance(lineEnd);
      continue;
    }
    // Quoted: to the next quote of the same kind that no backslash escapes.
    let chars = '';
    let escaped = false;
    let closed = -1;
    for (let j = i + 1; j < src.length; j++) {
      const c = src[j];
      if (c !== quote) {
        if (!escaped && c === '\\') {
          escaped = true;
          continue;
        }
        if (escaped) chars += '\\';
        escaped = false;
        chars += c;
        continue;
      }
      if (escaped) {
        escaped = false;
        chars += c;
        continue;
      }
      closed = j;
      break;
    }
    if (closed < 0) return fail(`line ${at + 1}: unterminated quoted value`);
    add(name, quote === '"' ? interpolate(expandEscapes(chars), lookup).value : chars, at);
    advance(closed + 1);
  }
  return over ? fail(`line ${line + 1}: the values are too large to analyse (over ${MAX_DOTENV_VALUE_CHARS} characters)`) : { entries };
}

/** The variables a `.env` sets, the last setting of a name winning. */
export function parseDotEnv(text: string, environment: VariableLookup = () => undefined): Map<string, string> {
  const vars = new Map<string, string>();
  for (const e of readDotEnv(text, environment).entries) vars.set(e.name, e.value);
  return vars;
}

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', c: '\\c', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' };

// compose-go `expandEscapes`: the shell escapes of a double-quoted value. `\$` becomes `$$`, the
// interpolation's literal `$`; `\0` and three octal digits is that byte (Go `UnquoteChar`); `\c`
// and any other pair stay as written.
function expandEscapes(text: string): string {
  return text.replace(/\\(?:[abcfnrtv$"\\]|0[0-9]{0,3})/g, (match) => {
    const c = match[1];
    if (c === '$') return '$$';
    if (c === '0') {
      const digits = match.slice(2);
      return /^[0-7]{3}$/.test(digits) && parseInt(digits, 8) <= 0o377 ? String.fromCharCode(parseInt(digits, 8)) : match;
    }
    return ESCAPES[c] ?? match;
  });
}
