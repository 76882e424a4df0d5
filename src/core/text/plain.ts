// Plain-text surfaces (diagnostic messages, quick-fix titles, notifications, quick picks, the
// CLI's JSON and SARIF `message.text`) render no Markdown: a code mark there shows up as a
// literal backtick. Their templates are written plain; this turns the few sentences shared with
// a Markdown surface (a knowledge record that a rule message reuses) into plain text.

/**
 * `text` with Markdown code spans as ‘…’ and `**bold**` marks dropped. Splits instead of a
 * regular expression, so the cost is one pass whatever the text; an unpaired mark stays as is.
 */
export function plainFromMarkdown(text: string): string {
  return unwrapPairs(unwrapPairs(text, '`', (code) => `‘${code}’`), '**', (bold) => bold);
}

function unwrapPairs(text: string, mark: string, wrap: (inner: string) => string): string {
  const parts = text.split(mark);
  if (parts.length < 3) return text;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    out += i + 1 < parts.length ? wrap(parts[i]) + parts[i + 1] : mark + parts[i];
  }
  return out;
}
