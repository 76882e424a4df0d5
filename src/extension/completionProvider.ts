import vscode = require('vscode');
import type { Analysis } from './analysis/analysis';
import { WorkerUnavailableError } from './analysis/workerClient';
import { toVsRange } from './convert';
import { languageSetting } from './settings';
import { featureEnabled } from './navigation/coexistence';
import type { CompletionItem, CompletionKind } from '../core/complete/types';

// Korean completion (issue 16): the hover worker finds what is being typed and answers with
// items whose documentation is the hover's own text; the host only builds CompletionItems.
// Asking the worker costs one message: typing never waits on a parse in this thread.

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  keyword: vscode.CompletionItemKind.Keyword,
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  enum: vscode.CompletionItemKind.EnumMember,
  variable: vscode.CompletionItemKind.Variable,
  reference: vscode.CompletionItemKind.Reference,
  snippet: vscode.CompletionItemKind.Snippet,
  module: vscode.CompletionItemKind.Module,
  field: vscode.CompletionItemKind.Field,
};

/** Characters after which the list opens by itself: flags, values, variables, list items. */
export const COMPLETION_TRIGGERS = ['-', '=', '$', '{', ',', ' ', ':'];

/** In Markdown only what starts a flag, a value or a variable: prose has spaces everywhere. */
export const MARKDOWN_TRIGGERS = ['-', '=', '$', '{'];

export class ExplainCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly analysis: Analysis) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token?: vscode.CancellationToken): Promise<vscode.CompletionItem[] | undefined> {
    const status = this.analysis.status(document);
    if (status.status !== 'ok' || !completionEnabled(document, status.kind)) return undefined;
    try {
      const result = await this.analysis.request('complete', {
        doc: this.analysis.ref(document, status.kind),
        position: { line: position.line, character: position.character },
        language: languageSetting(document),
      });
      if (token?.isCancellationRequested || result.items.length === 0) return undefined;
      return result.items.map(toVsItem);
    } catch (err) {
      // Completion must never throw into the editor; the failure is logged for bug reports.
      if (!(err instanceof WorkerUnavailableError)) console.error('[docker-explain] completion failed', err);
      return undefined;
    }
  }
}

/**
 * `dockerExplain.completion.enabled`: in Dockerfiles and Compose files "auto" steps aside where
 * Docker DX or Container Tools already completes (./navigation/coexistence.ts); in shell
 * scripts and Markdown no other extension completes docker commands, so only "off" turns it off.
 */
function completionEnabled(document: vscode.TextDocument, kind: string): boolean {
  if (kind === 'dockerfile' || kind === 'compose') return featureEnabled('completion', document, kind);
  const value = vscode.workspace.getConfiguration('dockerExplain', document).get<string | boolean>('completion.enabled', 'auto');
  return value !== false && value !== 'off';
}

export function toVsItem(item: CompletionItem): vscode.CompletionItem {
  const out = new vscode.CompletionItem(item.label, KINDS[item.kind]);
  out.detail = item.detail;
  out.documentation = new vscode.MarkdownString(item.documentation);
  out.insertText = item.snippet ? new vscode.SnippetString(item.insertText) : item.insertText;
  out.sortText = item.sortText;
  if (item.filterText !== undefined) out.filterText = item.filterText;
  if (item.range) out.range = toVsRange(item.range);
  // A flag or option that ends with `=` (`--mount=type=`) opens the list of its values next.
  if (item.insertText.endsWith('=') || item.insertText.endsWith(':')) out.command = { title: '', command: 'editor.action.triggerSuggest' };
  return out;
}
