// Stands in for the `entities` package in the webview bundle (esbuild alias in scripts/build.mjs):
// markdown-it only asks it to decode character references, and the full table of 2,000+ named
// references is 77 KB of the panel's script. The panel shows our own Markdown, which uses
// numeric references and these few names; any other name stays as it is written.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', middot: '·', hellip: '…',
  ndash: '–', mdash: '—', rarr: '→', larr: '←', copy: '©', times: '×', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};

/** `&amp;`, `&#35;`, `&#x1F600;` → the character; anything else unchanged. */
export function decodeHTML(reference: string): string {
  const numeric = /^&#([xX][0-9a-fA-F]{1,6}|[0-9]{1,7});$/.exec(reference);
  if (numeric) {
    const code = numeric[1][0] === 'x' || numeric[1][0] === 'X' ? parseInt(numeric[1].slice(1), 16) : parseInt(numeric[1], 10);
    // CommonMark: invalid code points and NUL become U+FFFD.
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
  }
  const named = /^&([A-Za-z][A-Za-z0-9]{0,31});$/.exec(reference);
  return named && Object.prototype.hasOwnProperty.call(NAMED, named[1]) ? NAMED[named[1]] : reference;
}

export const decodeHTMLStrict = decodeHTML;
