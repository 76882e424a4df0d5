// Text from a file or a path shown on a terminal: control characters are written as visible
// escapes (`\x1b`, `\r`, `\u202e`), so a file cannot move the cursor, erase earlier lines of a CI
// log, retitle the window, hide a link (OSC 8) or reorder what follows (bidi overrides).
// JSON and SARIF output are not passed through here: JSON.stringify escapes C0 controls itself,
// and their readers need the exact text.

// C0 controls, DEL, C1 controls, line/paragraph separators, and the bidi embedding, override and isolate marks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above
const MULTILINE_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of terminal output: every control character, line breaks included, made visible. */
export function inert(text: string): string {
  return text.replace(CONTROLS, escapeOne);
}

/** Multi-line output (an explanation in Markdown): line feeds and tabs stay, every other control is made visible. */
export function inertLines(text: string): string {
  return text.replace(MULTILINE_CONTROLS, escapeOne);
}
