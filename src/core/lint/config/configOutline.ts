import { parseTree, visit } from 'jsonc-parser';
import type { Node as JsonNode } from 'jsonc-parser';
import { LineIndex } from '../../documents/lineIndex';
import type { FoldingRegion, OutlineKind, OutlineSymbol } from '../../navigate/types';
import { OUTLINE_ENTRY_LIMIT, capFolding, capOutline } from '../../navigate/outlineLimit';
import { visibleName } from '../../navigate/symbolName';
import { CONFIG_PARSE_OPTIONS, tooDeep } from './parseConfig';

// The outline (breadcrumbs, Outline view, Go to Symbol) and folding of `.docker-explain.json`.
// The file has a language of its own in the editor, so that VS Code's JSON service does not report
// every mistake a second time in English (review 39); its outline and its folding by brackets
// went with that service. They come back here, from the same parse as the config reader
// (parseConfig.ts: jsonc-parser, comments and trailing commas allowed). A file with a syntax error
// still gets the outline of what parses, as VS Code's JSON outline does while one types.

export interface ConfigOutline {
  symbols: OutlineSymbol[];
  folding: FoldingRegion[];
}

/** Past the outline's cap (navigate/outlineLimit.ts) the entries under each setting go: the settings stay. */
const CONFIG_DETAIL_PARENTS: ReadonlySet<OutlineKind> = new Set(['section']);

/** Longest detail shown beside a symbol: a long `ignore` list is cut, the outline is one line each. */
const MAX_DETAIL = 60;

export function configOutline(raw: string): ConfigOutline {
  // A leading BOM is not JSON; a space keeps every offset where the editor has it.
  const text = raw.charCodeAt(0) === 0xfeff ? ` ${raw.slice(1)}` : raw;
  // Nested too deep to parse safely: the config reader refuses the file and says so; nothing here.
  if (tooDeep(text) !== undefined) return { symbols: [], folding: [] };
  const lines = new LineIndex(text);
  const tree = parseTree(text, [], CONFIG_PARSE_OPTIONS);
  const range = (node: JsonNode) => lines.range(node.offset, node.offset + node.length);
  const entry = (prop: JsonNode, kind: OutlineSymbol['kind'], children: (value: JsonNode) => OutlineSymbol[]): OutlineSymbol | undefined => {
    const [keyNode, valueNode] = prop.children ?? [];
    if (keyNode?.type !== 'string') return undefined;
    return {
      name: visibleName(String(keyNode.value)),
      detail: valueNode ? detailOf(valueNode) : '',
      kind,
      range: range(prop),
      selectionRange: range(keyNode),
      children: valueNode ? children(valueNode) : [],
    };
  };
  const members = (node: JsonNode, kind: OutlineSymbol['kind'], children: (value: JsonNode) => OutlineSymbol[]) =>
    node.type === 'object' ? (node.children ?? []).flatMap((prop) => entry(prop, kind, children) ?? []) : [];
  // Top-level settings; the entries of an object setting (each rule id under `rules`, `files` and
  // `profiles` under `compose`) one level below. Rule options are not listed: they belong to the rule.
  // Asked after every edit and sent to the window whole: capped like the Dockerfile and Compose
  // outlines (a 7.9 MB config of 400,000 rule ids answered 95 MB). Settings past the cap too (a
  // file of nothing but top-level keys): the first ones, as VS Code's JSON outline counts.
  const all = tree ? members(tree, 'section', (value) => members(value, 'key', () => [])) : [];
  const capped = capOutline(all, OUTLINE_ENTRY_LIMIT, CONFIG_DETAIL_PARENTS);
  const symbols = capped.length > OUTLINE_ENTRY_LIMIT ? capped.slice(0, OUTLINE_ENTRY_LIMIT) : capped;
  return { symbols, folding: capFolding(foldingOf(text, lines, tree)) };
}

/** What the outline shows beside a name: the value when it is short, as written (a rule's severity). */
function detailOf(node: JsonNode): string {
  let detail: string;
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean' || node.type === 'null') detail = String(node.value);
  // `["warning", { options }]`: the severity.
  else if (node.type === 'array' && node.children?.length && node.children.every((c) => c.type === 'string')) detail = node.children.map((c) => String(c.value)).join(', ');
  else if (node.type === 'array' && node.children?.[0]?.type === 'string') detail = String(node.children[0].value);
  else detail = '';
  return detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL - 1)}…` : detail;
}

/**
 * Every object and array written over several lines folds from its opening line, keeping its
 * closing bracket in sight (as VS Code folds JSON); a block comment over several lines and a run
 * of line comments fold as comments.
 */
function foldingOf(text: string, lines: LineIndex, tree: JsonNode | undefined): FoldingRegion[] {
  const out: FoldingRegion[] = [];
  const walk = (node: JsonNode) => {
    if (node.type === 'object' || node.type === 'array') {
      const start = lines.positionAt(node.offset).line;
      const close = lines.positionAt(node.offset + node.length - 1);
      // `}` first on its line stays visible; `…]` at the end of a line with content folds with it.
      const end = text.slice(lines.offsetAt({ line: close.line, character: 0 }), node.offset + node.length - 1).trim() === '' ? close.line - 1 : close.line;
      if (end > start) out.push({ start, end });
    }
    for (const child of node.children ?? []) walk(child);
  };
  if (tree) walk(tree);
  let run: FoldingRegion | undefined;
  visit(
    text,
    {
      onComment: (offset, length) => {
        const start = lines.positionAt(offset).line;
        const end = lines.positionAt(offset + length).line;
        const isLineComment = text.startsWith('//', offset);
        const firstOnLine = text.slice(lines.offsetAt({ line: start, character: 0 }), offset).trim() === '';
        if (!isLineComment || !firstOnLine) {
          if (end > start) out.push({ start, end, kind: 'comment' });
          run = undefined;
          return;
        }
        if (run && run.end === start - 1) run.end = start;
        else {
          run = { start, end: start, kind: 'comment' };
          out.push(run);
        }
      },
    },
    CONFIG_PARSE_OPTIONS,
  );
  return out.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || b.end - a.end);
}
