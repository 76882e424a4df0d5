// XML 1.0 text for the checkstyle and JUnit reports. Messages and paths come from linted files,
// so anything may be in them: markup characters are escaped; tab, line feed and carriage return
// are written as character references (an XML reader turns a raw one inside an attribute into a
// space); characters XML 1.0 cannot carry at all, even as references (C0 controls, U+FFFE,
// U+FFFF, lone surrogates, XML 1.0 §2.2 Char), are written as visible `\x1b`-style text, as the
// terminal output does. No CDATA: a message holding `]]>` would end it.

const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ESCAPED = /[&<>"'\t\n\r]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeOne(c: string): string {
  const markup = MARKUP[c];
  if (markup) return markup;
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text safe inside an attribute value (double-quoted) or element content. */
export function xmlText(text: string): string {
  return text.replace(ESCAPED, escapeOne);
}

/** `<name a="…" b="…"` with every value escaped; attributes whose value is undefined are left out. */
export function xmlOpen(name: string, attributes: Record<string, string | number | undefined>): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlText(String(v))}"`)
    .join('');
  return `<${name}${attrs}`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
