import vscode = require('vscode');
import type { Analysis } from '../analysis/analysis';
import { toVsRange } from '../convert';
import { navigableRef, quietly, uriOf } from './request';

/** Find references: every place that names the symbol, in the file or the Compose project. */
export class NavigationReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly analysis: Analysis) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext, token?: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    const doc = navigableRef(this.analysis, document, 'references');
    if (!doc) return undefined;
    const found = await quietly('references', () =>
      this.analysis.request('references', { doc, position: { line: position.line, character: position.character }, includeDeclaration: context.includeDeclaration }),
    );
    if (!found || token?.isCancellationRequested) return undefined;
    return found.map((l) => new vscode.Location(uriOf(l.path, document), toVsRange(l.range)));
  }
}
