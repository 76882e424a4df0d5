import vscode = require('vscode');
import type { Analysis } from '../analysis/analysis';
import type { OutlineKind, OutlineSymbol } from '../../core/navigate';
import { toVsRange } from '../convert';
import { navigableRef, quietly } from './request';

const KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  stage: vscode.SymbolKind.Class,
  instruction: vscode.SymbolKind.Method,
  argument: vscode.SymbolKind.Variable,
  section: vscode.SymbolKind.Namespace,
  service: vscode.SymbolKind.Class,
  volume: vscode.SymbolKind.Struct,
  network: vscode.SymbolKind.Interface,
  secret: vscode.SymbolKind.Key,
  config: vscode.SymbolKind.File,
  key: vscode.SymbolKind.Property,
  include: vscode.SymbolKind.Module,
};

/** The outline and breadcrumbs: Dockerfile stages with their instructions; Compose sections with their entries. */
export class NavigationSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly analysis: Analysis) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const doc = navigableRef(this.analysis, document, 'symbols');
    if (!doc) return undefined;
    const found = await quietly('outline', () => this.analysis.request('symbols', { doc }));
    if (!found || token?.isCancellationRequested) return undefined;
    return found.map(toSymbol);
  }
}

function toSymbol(s: OutlineSymbol): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(s.name, s.detail, KINDS[s.kind], toVsRange(s.range), toVsRange(s.selectionRange));
  symbol.children = s.children.map(toSymbol);
  return symbol;
}
