// What "no markup from the file" means, checked on rendered Markdown (security review F6, F7).
// markdown-it renders CommonMark; linkify is on here (unlike the panel) because VS Code's hover
// renderer (marked, GFM) turns bare URLs into links, and raw HTML is on so that any HTML that
// reached the Markdown is seen, even though VS Code would not render it without supportHtml.
import MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

const md = new MarkdownIt({ html: true, linkify: true });

/** Links we write ourselves: Docker's docs, the sources of Docker's projects, our own commands. */
export const ALLOWED_LINK = /^(https:\/\/docs\.docker\.com\/|https:\/\/github\.com\/(moby|docker|compose-spec)\/|command:dockerExplain\.)/;

/** A string every payload carries: if it shows up outside a code span, file text became markup or prose. */
export const MARKER = 'ZQX';

function* walk(tokens: Token[]): Generator<Token> {
  for (const t of tokens) {
    yield t;
    if (t.children) yield* walk(t.children);
  }
}

/** Everything in `markdown` that file text must never produce; empty when the Markdown is safe. */
export function markupProblems(markdown: string): string[] {
  const problems: string[] = [];
  for (const t of walk(md.parse(markdown, {}))) {
    if (t.type === 'link_open') {
      const href = t.attrGet('href') ?? '';
      if (!ALLOWED_LINK.test(href)) problems.push(`link to ${href}`);
    } else if (t.type === 'image') problems.push(`image ${t.attrGet('src') ?? ''}`);
    else if (t.type === 'heading_open') problems.push(`heading ${t.tag}`);
    else if (t.type === 'html_inline' || t.type === 'html_block') problems.push(`html ${t.content.slice(0, 40)}`);
    else if (t.type === 'table_open' || t.type === 'blockquote_open' || t.type === 'hr' || t.type === 'fence' || t.type === 'code_block') problems.push(t.type);
    else if ((t.type === 'text' || t.type === 'html_inline') && t.content.includes(MARKER)) problems.push(`file text outside a code span: ${t.content.slice(0, 60)}`);
  }
  return problems;
}

/** Markup a file might carry, each with MARKER so its escape is visible in the rendered text. */
export const PAYLOADS: string[] = [
  `[${MARKER}](http://evil.example/l)`,
  `<http://evil.example/${MARKER}>`,
  `![${MARKER}](http://evil.example/p.png)`,
  `x\n# ${MARKER}`,
  `x\r\r# ${MARKER} [a](https://evil.example/cr)`,
  `x\u2028# ${MARKER}\u2029[a](https://evil.example/ls)`,
  `x\u0085# ${MARKER}`,
  `<img src=x onerror=alert(1)>${MARKER}`,
  `<a href="https://evil.example/h">${MARKER}</a>`,
  `\`[${MARKER}](https://evil.example/b1)\``,
  `\`\`[${MARKER}](https://evil.example/b2)\`\``,
  `\`\`\`[${MARKER}](https://evil.example/b3)\`\`\``,
  `a\`\`\`\`\`b[${MARKER}](https://evil.example/b5)`,
  `\` ${MARKER} \``,
  `**${MARKER}** _${MARKER}_`,
  `| ${MARKER} | b |\n|---|---|`,
  `&lt;${MARKER}&gt; &#x5b;x&#x5d;(https://evil.example/e)`,
  `www.evil.example/${MARKER}`,
  `https://evil.example/${MARKER}`,
  `\\[${MARKER}\\](https://evil.example/bs)`,
  `[${MARKER}]: https://evil.example/ref`,
  `\u001b]8;;https://evil.example\u0007${MARKER}\u001b]8;;\u0007`,
];
