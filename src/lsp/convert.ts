// Between the core's shapes and the Language Server Protocol's: plain functions, so the unit
// tests check them without a connection.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CompletionItem as LspCompletionItem, CompletionItemKind, Diagnostic, DocumentSymbol, SymbolKind, DiagnosticRelatedInformation, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { LintDiagnostic, FixEdit } from '../core/lint/types';
import type { CompletionItem, CompletionKind } from '../core/complete';
import type { OutlineKind, OutlineSymbol } from '../core/navigate';

/** The source every diagnostic carries, so a client (and our code actions) can tell ours apart. */
export const SOURCE = 'docker-explain';

/** LSP severities: 1 error, 2 warning, 3 information. */
const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** The core's path of a `file:` URI (absolute, `/`-separated); undefined for any other scheme. */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri).replace(/\\/g, '/');
  } catch {
    return undefined;
  }
}

export function uriOfPath(path: string): string {
  return pathToFileURL(path).toString();
}

/** A navigation answer's place: a core path (`/…` or `C:/…`), or the URI of a document that is not a file. */
export function uriOf(pathOrUri: string): string {
  return pathOrUri.startsWith('/') || /^[A-Za-z]:\//.test(pathOrUri) ? uriOfPath(pathOrUri) : pathOrUri;
}

/** The workspace folder holding a path: the longest one that contains it. */
export function workspaceRootOf(path: string, roots: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const root of roots) {
    const prefix = root.endsWith('/') ? root : `${root}/`;
    if ((path === root || path.startsWith(prefix)) && (!best || root.length > best.length)) best = root;
  }
  return best;
}

/**
 * A lint finding as an LSP diagnostic: the rule id is its code (a code action request finds the
 * finding's fixes again by rule and range); `related` lines of other Compose files become related
 * information.
 */
export function toLspDiagnostic(d: LintDiagnostic, ruleDoc?: (rule: string) => string | undefined): Diagnostic {
  const href = ruleDoc?.(d.rule);
  const related: DiagnosticRelatedInformation[] | undefined = d.related?.map((r) => ({ location: { uri: uriOfPath(r.file), range: r.range }, message: r.message }));
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    source: SOURCE,
    code: d.rule,
    ...(href ? { codeDescription: { href } } : {}),
    message: d.message,
    ...(related?.length ? { relatedInformation: related } : {}),
  };
}

/** A fix's edits grouped by document: an edit may go to another file of the Compose set. */
export function toWorkspaceEdit(uri: string, edits: readonly FixEdit[]): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const e of edits) {
    const target = e.file ? uriOfPath(e.file) : uri;
    (changes[target] ??= []).push({ range: e.range, newText: e.newText });
  }
  return { changes };
}

/**
 * Hovers are written for VS Code, whose `command:` links open our panel. Other editors cannot run
 * them, so they keep the link's words and lose the link; https links stay.
 */
export function withoutCommandLinks(markdown: string): string {
  return markdown.replace(/\[([^\]\n]*)\]\(command:[^)\s]*\)/g, '$1');
}

/** LSP's CompletionItemKind numbers for the core's kinds (the icons a client shows). */
const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = { keyword: 14, property: 10, value: 12, enum: 20, variable: 6, reference: 18, snippet: 15, module: 9, field: 5 };

/** A core completion item as LSP's: a snippet keeps its tab stops (insertTextFormat 2), the range becomes a text edit. */
export function toLspCompletionItem(item: CompletionItem): LspCompletionItem {
  return {
    label: item.label,
    kind: COMPLETION_KIND[item.kind],
    detail: item.detail,
    documentation: { kind: 'markdown', value: withoutCommandLinks(item.documentation) },
    sortText: item.sortText,
    ...(item.filterText !== undefined ? { filterText: item.filterText } : {}),
    insertTextFormat: item.snippet ? 2 : 1,
    ...(item.range ? { textEdit: { range: item.range, newText: item.insertText } } : { insertText: item.insertText }),
  };
}

/** LSP's SymbolKind numbers for the outline's kinds, the same icons as the VS Code outline (src/extension/navigation/symbolProvider.ts). */
const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = { stage: 5, instruction: 6, argument: 13, section: 3, service: 5, volume: 23, network: 11, secret: 20, config: 1, key: 7, include: 2 };

export function toLspSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return { name: symbol.name, detail: symbol.detail, kind: SYMBOL_KIND[symbol.kind], range: symbol.range, selectionRange: symbol.selectionRange, children: symbol.children.map(toLspSymbol) };
}
