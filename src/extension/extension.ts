import * as vscode from 'vscode';
import { DocumentCache } from './documentCache';
import { ExplainHoverProvider } from './hoverProvider';
import { DiagnosticsController } from './diagnostics';
import { ConceptsViewProvider } from './panel/conceptsView';
import { SUPPORTED_SELECTOR } from './selectors';

// Only registers; each feature lives in its own module.
export function activate(context: vscode.ExtensionContext): void {
  const cache = new DocumentCache();
  const concepts = new ConceptsViewProvider(context.extensionUri);
  const docsBase = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
  context.subscriptions.push(
    cache,
    vscode.languages.registerHoverProvider(SUPPORTED_SELECTOR, new ExplainHoverProvider(cache)),
    new DiagnosticsController(cache, docsBase),
    vscode.window.registerWebviewViewProvider(ConceptsViewProvider.viewId, concepts),
    vscode.commands.registerCommand('dockerExplain.showConcepts', () => vscode.commands.executeCommand(`${ConceptsViewProvider.viewId}.focus`)),
    vscode.commands.registerCommand('dockerExplain.openConcept', (id: unknown) => {
      if (typeof id === 'string') concepts.showConcept(id);
    }),
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
