import vscode = require('vscode');
import { Analysis } from './analysis/analysis';
import { ExplainHoverProvider } from './hoverProvider';
import { DiagnosticsController } from './diagnostics';
import { ConceptsViewProvider } from './panel/conceptsView';
import { registerExampleCommands } from './examples';
import { registerWalkthroughCommands } from './walkthrough';
import { LargePicture, OPEN_LARGE_PICTURE_COMMAND } from './panel/largePicture';
import { MARKDOWN_SELECTOR, SUPPORTED_SELECTOR, TYPED_SELECTOR } from './selectors';
import { ConfigWatcher } from './configWatcher';
import { DISABLE_IN_CONFIG_COMMAND, LintCodeActionProvider, SHOW_RULE_COMMAND, disableRuleInConfig, teamConfigPrompts } from './codeActions';
import { FIX_ALL_COMMAND, FixAllProvider, fixAllCommand } from './fixAll';
import { EXPLAIN_COMMAND_COMMAND, explainCommand } from './explainCommand';
import { DockerErrorLinkProvider } from './terminalErrorLinks';
import { explainErrorText } from './errorExplanation';
import { HOVER_DETAILS_COMMAND, showHoverDetails } from './hoverDetails';
import { CONFIG_SELECTOR, ConfigCompletionProvider, ConfigFormattingProvider } from './configCompletion';
import { registerConfigOutline } from './configOutline';
import { registerNavigation } from './navigation/register';
import { COMPLETION_TRIGGERS, ExplainCompletionProvider, MARKDOWN_TRIGGERS } from './completionProvider';

// Only registers; each feature lives in its own module. Nothing here parses or lints: the
// analysis worker (dist/worker.js) does, so activating loads a small bundle.
/** What the extension hands to whoever activates it: the integration tests and the benchmark. */
export interface DockerExplainApi {
  conceptsView: ConceptsViewProvider;
  /** Fires when a document version's lint is in, even when its diagnostics did not change. */
  onDidLint: vscode.Event<{ uri: vscode.Uri; version: number }>;
  /** How long `activate()` ran, in ms. */
  activateMs: number;
  /** The integrated terminal's link provider for Docker's error messages (tests drive it directly). */
  terminalErrorLinks: DockerErrorLinkProvider;
  /** How "팀 설정에서 끄기" asks (the tests answer it where they cannot click the dialog). */
  teamConfigPrompts: typeof teamConfigPrompts;
}

export function activate(context: vscode.ExtensionContext): DockerExplainApi {
  const started = performance.now();
  const analysis = new Analysis(context.extensionUri);
  const configs = new ConfigWatcher(analysis);
  const diagnostics = new DiagnosticsController(analysis, context.extensionUri, configs);
  const concepts = new ConceptsViewProvider(context.extensionUri, analysis, context.workspaceState);
  const largePicture = new LargePicture(context.extensionUri, analysis, () => concepts.lastFileView);
  const terminalErrorLinks = new DockerErrorLinkProvider(analysis, (text) => explainErrorText(analysis, concepts, text));
  context.subscriptions.push(
    analysis,
    configs,
    vscode.languages.registerCodeActionsProvider(SUPPORTED_SELECTOR, new LintCodeActionProvider(diagnostics, analysis), LintCodeActionProvider.metadata),
    vscode.languages.registerCodeActionsProvider(SUPPORTED_SELECTOR, new FixAllProvider(analysis), FixAllProvider.metadata),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, (uri: unknown) => fixAllCommand(analysis, uri)),
    vscode.commands.registerCommand(DISABLE_IN_CONFIG_COMMAND, (uri: unknown, rule: unknown) =>
      uri instanceof vscode.Uri && typeof rule === 'string' ? disableRuleInConfig(configs, analysis, uri, rule) : false,
    ),
    vscode.commands.registerCommand(SHOW_RULE_COMMAND, (rule: unknown) => (typeof rule === 'string' ? concepts.showRule(rule) : undefined)),
    vscode.languages.registerHoverProvider(SUPPORTED_SELECTOR, new ExplainHoverProvider(analysis)),
    registerNavigation(analysis),
    diagnostics,
    concepts,
    vscode.window.registerWebviewViewProvider(ConceptsViewProvider.viewId, concepts),
    configs.onDidChange(() => concepts.updateRules()),
    vscode.commands.registerCommand('dockerExplain.showConcepts', () => vscode.commands.executeCommand(`${ConceptsViewProvider.viewId}.focus`)),
    vscode.commands.registerCommand('dockerExplain.openConcept', (id: unknown) => (typeof id === 'string' ? concepts.showConcept(id) : undefined)),
    vscode.commands.registerCommand('dockerExplain.showThisFile', () => concepts.showFile()),
    vscode.commands.registerCommand(EXPLAIN_COMMAND_COMMAND, (text: unknown) => explainCommand(analysis, concepts, text)),
    vscode.window.registerTerminalLinkProvider(terminalErrorLinks),
    vscode.languages.registerCompletionItemProvider(TYPED_SELECTOR, new ExplainCompletionProvider(analysis), ...COMPLETION_TRIGGERS),
    vscode.languages.registerCompletionItemProvider(MARKDOWN_SELECTOR, new ExplainCompletionProvider(analysis), ...MARKDOWN_TRIGGERS),
    vscode.languages.registerCompletionItemProvider(CONFIG_SELECTOR, new ConfigCompletionProvider(analysis), '"'),
    vscode.languages.registerDocumentFormattingEditProvider(CONFIG_SELECTOR, new ConfigFormattingProvider(analysis)),
    registerConfigOutline(analysis),
    vscode.commands.registerCommand(HOVER_DETAILS_COMMAND, (uri: unknown, line: unknown, character: unknown) => showHoverDetails(analysis, concepts, uri, line, character)),
    ...registerExampleCommands(context),
    ...registerWalkthroughCommands(concepts),
    largePicture,
    vscode.commands.registerCommand(OPEN_LARGE_PICTURE_COMMAND, (concept: unknown) => largePicture.open(concept)),
  );
  // The first requests start the analysis worker (about 5 ms of this thread to create it; the
  // worker then loads the core on its own thread). That happens just after activation, so
  // activating registers the providers and returns.
  const startup = setTimeout(() => {
    configs.start();
    diagnostics.lintAll();
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(startup) });
  // For the integration tests, which drive the panel through its provider, and the benchmark,
  // which waits for lints and reports how long this function ran (VS Code's "activate call" time).
  return { conceptsView: concepts, onDidLint: diagnostics.onDidLint, activateMs: performance.now() - started, terminalErrorLinks, teamConfigPrompts };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
