import vscode = require('vscode');
import type { Analysis } from '../analysis/analysis';
import { toVsRange } from '../convert';
import { navigableRef, quietly } from './request';

/** The same symbol's other places in this file, definitions marked as written. */
export class NavigationHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly analysis: Analysis) {}

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position, token?: vscode.CancellationToken): Promise<vscode.DocumentHighlight[] | undefined> {
    const doc = navigableRef(this.analysis, document, 'highlights');
    if (!doc) return undefined;
    const found = await quietly('highlights', () => this.analysis.request('highlights', { doc, position: { line: position.line, character: position.character } }));
    if (!found || token?.isCancellationRequested) return undefined;
    return found.map((h) => new vscode.DocumentHighlight(toVsRange(h.range), h.kind === 'write' ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
  }
}
