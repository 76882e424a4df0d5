// A small, safe Markdown renderer for our own texts (concept sections, rule docs): headings,
// paragraphs, bullet and numbered lists, fenced code, simple tables, `code`, **bold** and
// https links. Everything becomes text nodes; nothing is parsed as HTML.
import { h } from './dom';

export function renderMarkdown(markdown: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = /^(```|~~~)\s*([\w-]*)/.exec(line);
    if (fence) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !lines[i].startsWith(fence[1])) code.push(lines[i++]);
      i++;
      out.appendChild(h('pre', { class: `code lang-${fence[2] || 'text'}` }, h('code', {}, code.join('\n'))));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(6, heading[1].length + 1);
      out.appendChild(inline(h(`h${level}`), heading[2]));
      i++;
      continue;
    }
    if (/^\s*[-*]\s+/.test(line) || /^\s*\d+\.\s+/.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const list = h(ordered ? 'ol' : 'ul');
      while (i < lines.length && (/^\s*[-*]\s+/.test(lines[i]) || /^\s*\d+\.\s+/.test(lines[i]) || /^\s{2,}\S/.test(lines[i]))) {
        const item = lines[i].replace(/^\s*(?:[-*]|\d+\.)\s+/, '');
        if (/^\s{2,}\S/.test(lines[i]) && !/^\s*(?:[-*]|\d+\.)\s+/.test(lines[i]) && list.lastChild) {
          list.lastChild.appendChild(document.createTextNode(' '));
          inline(list.lastChild as HTMLElement, lines[i].trim());
        } else list.appendChild(inline(h('li'), item));
        i++;
      }
      out.appendChild(list);
      continue;
    }
    if (/^\|.*\|\s*$/.test(line)) {
      const rows: string[][] = [];
      while (i < lines.length && /^\|.*\|\s*$/.test(lines[i])) {
        const cells = lines[i].trim().slice(1, -1).split('|').map((c) => c.trim());
        if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells);
        i++;
      }
      const table = h('table');
      rows.forEach((cells, r) => table.appendChild(h('tr', {}, ...cells.map((c) => inline(h(r === 0 ? 'th' : 'td'), c)))));
      out.appendChild(table);
      continue;
    }
    if (line.startsWith('>')) {
      const quote: string[] = [];
      while (i < lines.length && lines[i].startsWith('>')) quote.push(lines[i++].replace(/^>\s?/, ''));
      out.appendChild(inline(h('blockquote'), quote.join(' ')));
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() !== '' && !/^(#{1,6}\s|```|~~~|\s*[-*]\s+|\s*\d+\.\s+|\||>)/.test(lines[i])) para.push(lines[i++].trim());
    if (para.length === 0) para.push(lines[i++].trim());
    out.appendChild(inline(h('p'), para.join(' ')));
  }
  return out;
}

const INLINE = /(`[^`]+`)|(\*\*[^*]+\*\*)|(\[([^\]]+)\]\(([^)\s]+)\))/g;

/** Appends text with `code`, **bold** and [links](https://…) to `el`. */
export function inline(el: HTMLElement, text: string): HTMLElement {
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const index = m.index ?? 0;
    if (index > last) el.appendChild(document.createTextNode(text.slice(last, index)));
    if (m[1]) el.appendChild(h('code', {}, m[1].slice(1, -1)));
    else if (m[2]) el.appendChild(h('strong', {}, m[2].slice(2, -2)));
    else if (m[3]) {
      const url = m[5];
      // Only web links open; anything else (relative paths, command: links) stays plain text.
      if (/^https:\/\//.test(url)) el.appendChild(h('a', { attrs: { href: url } }, m[4]));
      else el.appendChild(document.createTextNode(m[4]));
    }
    last = index + m[0].length;
  }
  if (last < text.length) el.appendChild(document.createTextNode(text.slice(last)));
  return el;
}
