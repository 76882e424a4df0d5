// What a user sees on VS Code's own surfaces (issue 14): the palette finds our commands by
// their Korean names in an English VS Code (code-server's default display language), the rule
// link in the Problems panel opens the panel's rule page, and files shipped with the extension
// are never linted. These read the workbench page itself through the bridge
// (lib/webview-bridge.mjs); without it (under @vscode/test-electron) they check what the API
// can see and skip the rest.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { screenshot } from './harness';
import { EXTENSION_ID, openAndActivate, ours, sleep, waitFor, workspaceRoot } from './helpers';
import { WebviewDriver, WorkbenchDriver, webviewBridge } from './webview';

const workbench = new WorkbenchDriver();
const panel = new WebviewDriver('Docker 개념');

async function closePalette(): Promise<void> {
  await workbench.press('Escape');
  await workbench.waitFor('.quick-input-widget', (m) => m.every((w) => !w.visible), { message: 'the palette stayed open' });
}

describe('product surfaces: palette, Problems panel, own files (issue 14)', () => {
  before(async () => {
    await openAndActivate('compose.yaml');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('the palette finds "Docker 해설: 명령어 설명" in an English VS Code, by its Korean or its English name', async function () {
    if (!webviewBridge()) this.skip();
    for (const typed of ['Docker 해설: 명령어 설명', 'Explain a Docker Command']) {
      await vscode.commands.executeCommand('workbench.action.showCommands');
      await workbench.waitFor('.quick-input-widget .quick-input-box input', (m) => m.some((i) => i.visible));
      await workbench.type(typed);
      const rows = await workbench.waitFor('.quick-input-list .monaco-list-row', (m) => m.length > 0 && m[0].text.includes('(Explain a Docker Command)'), {
        attributes: ['aria-label'],
        message: `"${typed}" does not bring the explain command first`,
      });
      assert.match(rows[0].text, /Docker 해설: 명령어 설명 \(Explain a Docker Command\)/);
      if (typed.startsWith('Docker')) await screenshot('palette-korean-title', { settleMs: 300 });
      await closePalette();
    }
  });

  it('the rule link in the Problems panel opens the panel\'s rule page, not the raw Markdown file', async function () {
    const editor = await openAndActivate('compose.yaml');
    const uri = editor.document.uri;
    const duplicate = await waitFor(() => ours(uri, 'no-duplicate-host-port')[0], { message: 'no no-duplicate-host-port on compose.yaml' });
    assert.ok(typeof duplicate.code === 'object' && duplicate.code.target.scheme === 'command');
    assert.ok(!duplicate.message.includes('`'), `Markdown in a plain-text message: ${duplicate.message}`);
    if (!webviewBridge()) {
      // Without the page, follow the link the way VS Code does (a command URI with its arguments).
      await vscode.commands.executeCommand(duplicate.code.target.path, ...(JSON.parse(decodeURIComponent(duplicate.code.target.query)) as unknown[]));
      return;
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const links = await workbench.waitFor('.markers-panel a.monaco-link', (m) => m.some((l) => l.visible && l.text === 'no-duplicate-host-port'), {
      message: 'no rule link in the Problems panel',
    });
    assert.ok(links.length > 0);
    // The message row is plain text: no backtick reaches the screen.
    const rows = await workbench.query('.markers-panel .monaco-list-row');
    assert.ok(rows.every((r) => !r.text.includes('`')), rows.map((r) => r.text).join('\n'));
    await workbench.click('.markers-panel a.monaco-link:has-text("no-duplicate-host-port")');
    const heading = await panel.waitFor('article.rule > h2', (m) => m.length === 1 && m[0].visible && m[0].text === 'no-duplicate-host-port', {
      message: 'the rule page did not open in the panel',
    });
    assert.strictEqual(heading[0].text, 'no-duplicate-host-port');
    // The page's header is drawn once: the doc's own title and summary are not repeated below it (review 16).
    const doc = await panel.waitFor('article.rule .rule-doc', (m) => m.length === 1 && m[0].text.length > 100);
    assert.ok(!doc[0].text.startsWith('no-duplicate-host-port'), doc[0].text.slice(0, 120));
    await screenshot('problems-rule-link-opens-panel', { settleMs: 500 });
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const markdownTabs = tabs.filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.path.endsWith('.md'));
    assert.deepStrictEqual(markdownTabs.map((t) => t.label), [], 'a Markdown file was opened');
  });

  it('a file shipped with the extension (a rule doc) is never linted; the same text in the workspace is', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const own = vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', 'no-duplicate-host-port.md');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(own));
    const copy = vscode.Uri.joinPath(workspaceRoot(), 'rule-doc-copy.md');
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(text));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(own));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy));
      // The copy's findings prove the text has something to find; by then the own file was handled too.
      await waitFor(() => ours(copy).length > 0, { message: 'the workspace copy of the doc was not linted' });
      await sleep(1000);
      assert.deepStrictEqual(ours(own).map((d) => `${d.range.start.line}: ${d.message}`), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(copy, { useTrash: false });
    }
  });
});
