import * as vscode from 'vscode';
import { DocumentCache } from './documentCache';
import { ExplainHoverProvider } from './hoverProvider';
import { DiagnosticsController } from './diagnostics';
import { ConceptsViewProvider, openExample } from './panel/conceptsView';
import { SUPPORTED_SELECTOR } from './selectors';
import { ConfigWatcher } from './configWatcher';
import { DISABLE_IN_CONFIG_COMMAND, LintCodeActionProvider, SHOW_RULE_COMMAND, disableRuleInConfig } from './codeActions';
import { PragmaHoverProvider } from './pragmaHover';
import { EXPLAIN_COMMAND_COMMAND, explainCommand } from './explainCommand';

// Only registers; each feature lives in its own module.
export function activate(context: vscode.ExtensionContext): { conceptsView: ConceptsViewProvider } {
  const cache = new DocumentCache();
  const docsBase = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
  const configs = new ConfigWatcher();
  const diagnostics = new DiagnosticsController(cache, docsBase, configs);
  const concepts = new ConceptsViewProvider(context.extensionUri, {
    cache,
    lintResults: (document) => diagnostics.resultsFor(document),
  });
  context.subscriptions.push(
    configs,
    vscode.languages.registerCodeActionsProvider(SUPPORTED_SELECTOR, new LintCodeActionProvider(diagnostics, cache), LintCodeActionProvider.metadata),
    vscode.languages.registerHoverProvider(SUPPORTED_SELECTOR, new PragmaHoverProvider()),
    vscode.commands.registerCommand(DISABLE_IN_CONFIG_COMMAND, (uri: unknown, rule: unknown) =>
      uri instanceof vscode.Uri && typeof rule === 'string' ? disableRuleInConfig(configs, uri, rule) : false,
    ),
    vscode.commands.registerCommand(SHOW_RULE_COMMAND, (rule: unknown) => {
      if (typeof rule === 'string') concepts.showRule(rule);
    }),
    cache,
    vscode.languages.registerHoverProvider(SUPPORTED_SELECTOR, new ExplainHoverProvider(cache)),
    diagnostics,
    concepts,
    vscode.window.registerWebviewViewProvider(ConceptsViewProvider.viewId, concepts),
    vscode.commands.registerCommand('dockerExplain.showConcepts', () => vscode.commands.executeCommand(`${ConceptsViewProvider.viewId}.focus`)),
    vscode.commands.registerCommand('dockerExplain.openConcept', (id: unknown) => {
      if (typeof id === 'string') concepts.showConcept(id);
    }),
    vscode.commands.registerCommand('dockerExplain.showThisFile', () => concepts.showFile()),
    vscode.commands.registerCommand(EXPLAIN_COMMAND_COMMAND, (text: unknown) => explainCommand(concepts, text)),
    vscode.commands.registerCommand('dockerExplain.openExample', (file: unknown) =>
      openExample(context.extensionUri, file === 'compose.yaml' ? 'compose.yaml' : 'Dockerfile'),
    ),
  );
  // For the integration tests, which drive the panel through its provider.
  return { conceptsView: concepts };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
