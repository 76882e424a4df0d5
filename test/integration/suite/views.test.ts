// Puts the editor in the states the README shows: a hover open on the screen, the problem
// under a ports entry, the concepts panel. With the runner's --screenshots DIR each state is
// saved as DIR/<name>.png; without it the states are still set up and checked.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { screenshot } from './harness';
import { lineOf, openAndActivate, openWorkspaceFile, waitFor } from './helpers';

describe('views: what a person sees', () => {
  before(async () => {
    await openAndActivate('Dockerfile');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the hover of FROM in the Dockerfile', async () => {
    const editor = await openWorkspaceFile('Dockerfile');
    await showHoverAt(editor, /^FROM\b/, 'FROM'.length - 1);
    await screenshot('hover-dockerfile-from', { settleMs: 1500 });
  });

  it('shows the hover of a ports entry in compose.yaml', async () => {
    const editor = await openWorkspaceFile('compose.yaml');
    const line = lineOf(editor.document, /"8080:80"/);
    await showHoverAt(editor, /"8080:80"/, editor.document.lineAt(line).text.indexOf('8080') + 1);
    await screenshot('hover-compose-ports', { settleMs: 1500 });
  });

  it('shows the duplicate host port as a problem', async () => {
    const editor = await openWorkspaceFile('compose.yaml');
    await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).some((d) => d.source === 'docker-explain'), {
      message: 'no docker-explain diagnostic on compose.yaml',
    });
    const line = lineOf(editor.document, /"8080:80"/, 2);
    const character = editor.document.lineAt(line).text.indexOf('8080') + 1;
    editor.selection = new vscode.Selection(line, character, line, character);
    // The problem's hover shows the message where it is.
    await vscode.commands.executeCommand('editor.action.showHover');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('problem-duplicate-host-port', { settleMs: 1500 });
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('opens the concepts panel', async () => {
    await openWorkspaceFile('Dockerfile');
    await vscode.commands.executeCommand('dockerExplain.showConcepts');
    await screenshot('panel-concepts', { settleMs: 2500 });
  });
});

/** Puts the cursor on the first line matching `pattern`, at `character`, and opens the hover there. */
async function showHoverAt(editor: vscode.TextEditor, pattern: RegExp, character: number): Promise<void> {
  const line = lineOf(editor.document, pattern);
  assert.ok(character >= 0, `no position to hover on line ${line}`);
  editor.selection = new vscode.Selection(line, character, line, character);
  editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.commands.executeCommand('editor.action.showHover');
}
