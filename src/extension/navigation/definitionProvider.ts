import vscode = require('vscode');
import type { Analysis } from '../analysis/analysis';
import { toVsRange } from '../convert';
import { navigableRef, quietly, uriOf } from './request';

/** Go to definition: stages, ARG/ENV, services, volumes, networks, secrets, configs, YAML anchors, across a Compose project. */
export class NavigationDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly analysis: Analysis) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token?: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    const doc = navigableRef(this.analysis, document, 'definition');
    if (!doc) return undefined;
    const found = await quietly('definition', () => this.analysis.request('definition', { doc, position: { line: position.line, character: position.character } }));
    if (!found || token?.isCancellationRequested) return undefined;
    return found.map((l) => new vscode.Location(uriOf(l.path, document), toVsRange(l.range)));
  }
}
