// Compose's variable interpolation, as compose-go v2.10.0 `template/template.go` does it:
// `$VAR`, `${VAR}`, `${VAR:-default}` (unset or empty), `${VAR-default}` (unset),
// `${VAR:?error}` / `${VAR?error}` (required), `${VAR:+alt}` / `${VAR+alt}` (replacement when
// set), nested expressions inside the default, and `$$` for a literal `$`.
// Docs: https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/
//
// The shell environment of the machine that will run `docker compose` is not ours to know: a
// variable the caller's environment (the project's `.env`, or variables a team names) does
// not define makes the result unknown. `value` is then what Compose would use if the shell
// does not set it either (unset variables become empty, defaults apply); rules must not trust it.

/** Returns a variable's value, or undefined when we do not know it. */
export type VariableLookup = (name: string) => string | undefined;

export interface Interpolated {
  value: string;
  /** True when the result depends on a variable we do not know. */
  unknown: boolean;
  /** Every variable the text names, in order, once each. */
  variables: string[];
  /** `${VAR:?message}` with VAR known to be empty, or a malformed expression: Compose stops here. */
  error?: string;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

// compose-go expands defaults nested to any depth (Go stacks grow); a JavaScript stack does
// not, and `${A:-${A:-…}}` nested 10,000 deep left a whole file unchecked. Past this depth the
// word is skipped and the value is unknown, so rules stay quiet on it and hovers say so.
const MAX_NESTING = 64;

// A value longer than this is cut there and unknown. `.env` lines that each repeat the one
// before ten times (`A2=${A1}${A1}…`) double nothing in a file but grow a thousandfold in twelve
// lines: compose-go would build the string until memory runs out; JavaScript threw
// "Invalid string length" and the file went unchecked. No real value comes near 64 K characters.
export const MAX_INTERPOLATED_LENGTH = 65_536;

interface State {
  text: string;
  i: number;
  depth: number;
  unknown: boolean;
  variables: string[];
  error?: string;
}

/** Quick test so most scalars skip the scanner. */
export function mayInterpolate(text: string): boolean {
  return text.includes('$');
}

export function interpolate(text: string, lookup: VariableLookup): Interpolated {
  if (!mayInterpolate(text)) return { value: text, unknown: false, variables: [] };
  const state: State = { text, i: 0, depth: 0, unknown: false, variables: [] };
  let value = expand(state, lookup, false);
  if (value.length > MAX_INTERPOLATED_LENGTH) {
    value = value.slice(0, MAX_INTERPOLATED_LENGTH);
    state.unknown = true;
  }
  return { value, unknown: state.unknown, variables: state.variables, ...(state.error ? { error: state.error } : {}) };
}

function note(state: State, name: string): void {
  if (!state.variables.includes(name)) state.variables.push(name);
}

// Reads until the end of the text, or until the `}` that closes a `${…}` when `inBraces`.
function expand(state: State, lookup: VariableLookup, inBraces: boolean): string {
  let out = '';
  const { text } = state;
  while (state.i < text.length) {
    const c = text[state.i];
    if (inBraces && c === '}') return out;
    if (out.length > MAX_INTERPOLATED_LENGTH) {
      // Too long to be a value: the rest is passed over (its closing brace still ends a default).
      state.unknown = true;
      if (inBraces) skipWord(state);
      else state.i = text.length;
      return out;
    }
    if (c !== '$') {
      out += c;
      state.i++;
      continue;
    }
    const next = text[state.i + 1];
    if (next === '$') {
      out += '$';
      state.i += 2;
    } else if (next === '{') {
      state.i += 2;
      out += braced(state, lookup);
    } else if (next !== undefined && NAME_START.test(next)) {
      state.i++;
      const name = readName(state);
      out += plain(state, name, lookup(name));
    } else {
      out += '$';
      state.i++;
    }
  }
  if (inBraces) malformed(state);
  return out;
}

function readName(state: State): string {
  const start = state.i;
  while (state.i < state.text.length && NAME_CHAR.test(state.text[state.i])) state.i++;
  return state.text.slice(start, state.i);
}

function plain(state: State, name: string, value: string | undefined): string {
  note(state, name);
  if (value === undefined) state.unknown = true;
  return value ?? '';
}

function malformed(state: State): void {
  state.unknown = true;
  state.error ??= `invalid interpolation format for ${state.text}`;
}

// After `${`: a name, then `}` or one of the six operators and its word.
function braced(state: State, lookup: VariableLookup): string {
  const { text } = state;
  if (!NAME_START.test(text[state.i] ?? '')) {
    malformed(state);
    state.i = text.length;
    return '';
  }
  const name = readName(state);
  const value = lookup(name);
  note(state, name);
  if (text[state.i] === '}') {
    state.i++;
    return plain(state, name, value);
  }
  const colon = text[state.i] === ':';
  const op = text[state.i + (colon ? 1 : 0)];
  if (op !== '-' && op !== '?' && op !== '+') {
    malformed(state);
    state.i = text.length;
    return '';
  }
  state.i += colon ? 2 : 1;
  const before = state.unknown;
  state.depth++;
  const word = state.depth > MAX_NESTING ? skipWord(state) : expand(state, lookup, true);
  state.depth--;
  if (text[state.i] === '}') state.i++;
  const set = value !== undefined && (!colon || value !== '');
  // The word counts only when it is used: `${A:-${B}}` with A known does not depend on B.
  const wordUsed = value === undefined || (op === '-' ? !set : op === '+' ? set : false);
  if (!wordUsed) state.unknown = before;
  if (value === undefined) state.unknown = true;
  switch (op) {
    case '-':
      return set ? (value as string) : word;
    case '+':
      return set ? word : '';
    case '?':
      if (value !== undefined && !set) state.error ??= `required variable ${name} is missing a value: ${word}`;
      return value ?? '';
  }
  return '';
}

/** Moves past a word nested too deep to expand, up to (not over) the `}` that closes it; its value is unknown. */
function skipWord(state: State): string {
  const { text } = state;
  let open = 0;
  while (state.i < text.length) {
    const c = text[state.i];
    if (c === '$' && text[state.i + 1] === '$') {
      state.i += 2;
      continue;
    }
    if (c === '$' && text[state.i + 1] === '{') {
      open++;
      state.i += 2;
      continue;
    }
    if (c === '}') {
      if (open === 0) break;
      open--;
    }
    state.i++;
  }
  if (state.i >= text.length) malformed(state);
  state.unknown = true;
  return '';
}

/** A `${VAR:?reason}` or `${VAR?reason}` written at the top level of a text (not inside a default). */
export interface RequiredVariable {
  name: string;
  /** `:?` (unset or empty fails) rather than `?` (only unset fails). */
  colon: boolean;
  reason: string;
  /** The expression's offsets in the text, `${` to `}`. */
  start: number;
  end: number;
}

/**
 * The required-variable expressions of a text, as compose-go v2.13.0 `template/template.go`
 * reads them (`MissingRequiredError`: "required variable NAME is missing a value: reason").
 * A scan with a nesting count, no regular expression: the text is file text.
 */
export function requiredVariables(text: string): RequiredVariable[] {
  const out: RequiredVariable[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '$') {
      i++;
      continue;
    }
    if (text[i + 1] === '$') {
      i += 2;
      continue;
    }
    if (text[i + 1] !== '{') {
      i++;
      continue;
    }
    const start = i;
    let j = i + 2;
    if (!NAME_START.test(text[j] ?? '')) {
      i = j;
      continue;
    }
    while (j < text.length && NAME_CHAR.test(text[j])) j++;
    const name = text.slice(i + 2, j);
    const colon = text[j] === ':' && text[j + 1] === '?';
    const required = colon || text[j] === '?';
    const bodyStart = j + (colon ? 2 : required ? 1 : 0);
    // The closing brace, past nested `${…}`.
    let depth = 1;
    let k = bodyStart;
    for (; k < text.length; k++) {
      if (text[k] === '$' && text[k + 1] === '{') {
        depth++;
        k++;
      } else if (text[k] === '}' && --depth === 0) break;
    }
    if (k >= text.length) break;
    if (required) out.push({ name, colon, reason: text.slice(bodyStart, k), start, end: k + 1 });
    i = k + 1;
  }
  return out;
}
