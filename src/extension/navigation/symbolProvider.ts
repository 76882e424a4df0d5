import vscode = require('vscode');
import type { Analysis } from '../analysis/analysis';
import type { OutlineKind, OutlineSymbol } from '../../core/navigate';
import { visibleName } from '../../core/navigate/symbolName';
import { toVsRange } from '../convert';
import { LastVersion, navigableRef, quietly } from './request';

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
  /** The last version's outline, converted once (huge files get a coarser one from the worker: core/navigate/outlineLimit.ts). */
  private readonly last = new LastVersion<vscode.DocumentSymbol[]>();

  constructor(private readonly analysis: Analysis) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const doc = navigableRef(this.analysis, document, 'symbols');
    if (!doc) return undefined;
    const symbols = await this.last.get(doc.uri, doc.version, () => quietly('outline', () => this.analysis.request('symbols', { doc })).then((found) => found?.map(toSymbol)));
    return token?.isCancellationRequested ? undefined : symbols;
  }
}

export function toSymbol(s: OutlineSymbol): vscode.DocumentSymbol {
  // An empty name throws in the constructor and empties the whole outline: never sent, never passed on.
  const symbol = new vscode.DocumentSymbol(visibleName(s.name), s.detail, KINDS[s.kind], toVsRange(s.range), toVsRange(s.selectionRange));
  symbol.children = s.children.map(toSymbol);
  return symbol;
}
