// Markdown in the panel (concept pages, rule docs, command explanations) is parsed by a
// maintained CommonMark parser, markdown-it, instead of the hand-made one that knew only
// single-backtick code spans and turned file text into links (security review F7). Its tokens
// become DOM nodes here: text always as text nodes, only the elements listed below, no
// innerHTML. Raw HTML is off (it stays text), bare URLs are not linked, images show their alt
// text, and a link becomes <a> only when it points at Docker's documentation or the source of
// Docker's projects; any other link (command:, file:, another site) shows its text only.
import MarkdownIt from 'markdown-it';
import { h } from './dom';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** The only places a link in the panel may lead to. */
export const ALLOWED_LINK = /^https:\/\/(docs\.docker\.com\/|github\.com\/(moby|docker|compose-spec)\/)/;

type Token = MarkdownIt.Token;

// Block and inline elements the tokens may open; headings move one level down (the page has its own h1/h2).
const ELEMENTS: Record<string, (t: Token) => HTMLElement> = {
  paragraph_open: () => h('p'),
  heading_open: (t) => h(`h${Math.min(6, Number(t.tag.slice(1)) + 1)}`),
  bullet_list_open: () => h('ul'),
  ordered_list_open: () => h('ol'),
  list_item_open: () => h('li'),
  blockquote_open: () => h('blockquote'),
  table_open: () => h('table'),
  thead_open: () => h('thead'),
  tbody_open: () => h('tbody'),
  tr_open: () => h('tr'),
  th_open: () => h('th'),
  td_open: () => h('td'),
  strong_open: () => h('strong'),
  em_open: () => h('em'),
  s_open: () => h('s'),
  link_open: (t) => {
    const href = t.attrGet('href') ?? '';
    return ALLOWED_LINK.test(href) ? h('a', { attrs: { href } }) : h('span');
  },
};

/** Appends the rendering of `tokens` to `root`; opening tokens push an element, closing ones pop it. */
function build(tokens: Token[], root: Node): void {
  const stack: Node[] = [root];
  const top = () => stack[stack.length - 1];
  for (const t of tokens) {
    // Tight lists wrap items in hidden paragraphs: their text goes straight into the <li>.
    if (t.hidden && (t.type === 'paragraph_open' || t.type === 'paragraph_close')) continue;
    if (t.nesting === 1) {
      const el = ELEMENTS[t.type]?.(t) ?? h('span');
      top().appendChild(el);
      stack.push(el);
    } else if (t.nesting === -1) {
      if (stack.length > 1) stack.pop();
    } else if (t.type === 'inline') build(t.children ?? [], top());
    else if (t.type === 'code_inline') top().appendChild(h('code', {}, t.content));
    else if (t.type === 'fence' || t.type === 'code_block') {
      const lang = /^[\w-]*/.exec(t.info ?? '')?.[0] || 'text';
      top().appendChild(h('pre', { class: `code lang-${lang}` }, h('code', {}, t.content.replace(/\n$/, ''))));
    } else if (t.type === 'softbreak') top().appendChild(document.createTextNode(' '));
    else if (t.type === 'hardbreak') top().appendChild(h('br'));
    else if (t.type === 'hr') top().appendChild(h('hr'));
    else if (t.type === 'image') build(t.children ?? [], top());
    else top().appendChild(document.createTextNode(t.content));
  }
}

export function renderMarkdown(markdown: string): DocumentFragment {
  const out = document.createDocumentFragment();
  build(md.parse(markdown, {}), out);
  return out;
}

/** Appends one line of our own Markdown (`code`, **bold**, links) to `el`. */
export function inline(el: HTMLElement, text: string): HTMLElement {
  build(md.parseInline(text, {}), el);
  return el;
}
