import vscode = require('vscode');
import type { Analysis } from '../analysis/analysis';
import type { OutlineKind, OutlineSymbol } from '../../core/navigate';
import { visibleName } from '../../core/navigate/symbolName';
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
  /**
   * The last version's answer. The editor asks for the outline of each new version twice at
   * once (breadcrumbs and sticky scroll each build their own): one worker request and one
   * conversion serve both. Huge files get a coarser outline from the worker (core/navigate/outlineLimit.ts).
   */
  private last?: { uri: string; version: number; answer: Promise<vscode.DocumentSymbol[] | undefined> };

  constructor(private readonly analysis: Analysis) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const doc = navigableRef(this.analysis, document, 'symbols');
    if (!doc) return undefined;
    let last = this.last;
    if (last?.uri !== doc.uri || last.version !== doc.version) {
      // Not tied to this caller's token: the other caller may still want it.
      const answer = quietly('outline', () => this.analysis.request('symbols', { doc })).then((found) => found?.map(toSymbol));
      last = this.last = { uri: doc.uri, version: doc.version, answer };
      // A failed (or superseded) request is not kept: the next ask tries again.
      void answer.then((symbols) => {
        if (!symbols && this.last === last) this.last = undefined;
      });
    }
    const symbols = await last.answer;
    return token?.isCancellationRequested ? undefined : symbols;
  }
}

export function toSymbol(s: OutlineSymbol): vscode.DocumentSymbol {
  // An empty name throws in the constructor and empties the whole outline: never sent, never passed on.
  const symbol = new vscode.DocumentSymbol(visibleName(s.name), s.detail, KINDS[s.kind], toVsRange(s.range), toVsRange(s.selectionRange));
  symbol.children = s.children.map(toSymbol);
  return symbol;
}
