import { applyEdits, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import type { Node as JsonNode } from 'jsonc-parser';

// Edits a \`.docker-explain.json\` for "팀 설정에서 끄기": the entry is set with jsonc-parser's
// modify, so the file's comments, order and formatting stay, and the reason the user gave is
// written as a comment next to it. Pure text in, text out (the editor applies it).

/** The file's own indentation (the first indented key), so an inserted entry matches it (review: 6 spaces in a 4-space file). */
export function indentationOf(text: string): { insertSpaces: boolean; tabSize: number } {
  const m = /^([ \t]+)"/m.exec(text);
  if (!m) return { insertSpaces: true, tabSize: 2 };
  return m[1].startsWith('\t') ? { insertSpaces: false, tabSize: 1 } : { insertSpaces: true, tabSize: m[1].length };
}

/**
 * The config text with `rules[rule] = "off"` and, when a reason is given, a `// reason` comment
 * on its own line right above the entry (a comment after the value would end up behind the next
 * entry jsonc-parser adds). Other comments and the formatting are kept.
 */
export function withRuleOff(text: string, rule: string, reason: string): string {
  const base = text.trim() === '' ? '{}' : text;
  const eol = base.includes('\r\n') ? '\r\n' : '\n';
  const indent = indentationOf(base);
  let out = appendAfterTrailingComment(base, rule, eol) ?? applyEdits(base, modify(base, ['rules', rule], 'off', { formattingOptions: { ...indent, eol } }));
  const note = reason.replace(/[\r\n\u2028\u2029]+/g, ' ').trim().slice(0, 300);
  if (note) {
    const node = findNodeAtLocation(parseTree(out) as JsonNode, ['rules', rule])?.parent;
    if (node) {
      const lineStart = out.lastIndexOf('\n', node.offset - 1) + 1;
      const lead = /^[ \t]*/.exec(out.slice(lineStart))?.[0] ?? '';
      // The entry alone on its line (jsonc-parser writes it so): the comment goes on the line above.
      if (out.slice(lineStart, node.offset).trim() === '') out = `${out.slice(0, lineStart)}${lead}// ${note}${eol}${out.slice(lineStart)}`;
      else out = `${out.slice(0, node.offset)}/* ${note.replace(/\*\//g, '* /')} */ ${out.slice(node.offset)}`;
    }
  }
  return out;
}

/**
 * A new entry after a last entry that has a comment behind it (\`"a": "warning" // why\`):
 * jsonc-parser would put the entry between the value and its comment, so the comment would
 * seem to explain the new entry. Here the comma goes after the value and the entry on a line
 * of its own after the comment, indented like the entry before. Undefined: not that case.
 */
function appendAfterTrailingComment(text: string, rule: string, eol: string): string | undefined {
  const rules = findNodeAtLocation(parseTree(text) as JsonNode, ['rules']);
  if (!rules || rules.type !== 'object' || findNodeAtLocation(rules, [rule])) return undefined;
  const last = rules.children?.[rules.children.length - 1];
  if (!last) return undefined;
  const valueEnd = last.offset + last.length;
  const lineEnd = text.indexOf('\n', valueEnd);
  if (lineEnd < 0) return undefined;
  const rest = text.slice(valueEnd, lineEnd).replace(/\r$/, '');
  // Only white space, an optional comma, white space, then a line comment.
  const afterComma = rest.trimStart();
  const hasComma = afterComma.startsWith(',');
  if (!(hasComma ? afterComma.slice(1).trimStart() : afterComma).startsWith('//')) return undefined;
  const lineStart = text.lastIndexOf('\n', last.offset - 1) + 1;
  const lead = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const comma = hasComma ? '' : ',';
  const cr = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return `${text.slice(0, valueEnd)}${comma}${text.slice(valueEnd, cr)}${eol}${lead}"${rule}": "off"${text.slice(cr)}`;
}
