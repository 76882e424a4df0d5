// What a user sees on VS Code's own surfaces (issue 14): the palette finds our commands by
// their Korean names in an English VS Code (code-server's default display language), the rule
// link in the Problems panel opens the panel's rule page, and files shipped with the extension
// are never linted. These read the workbench page itself through the bridge
// (lib/webview-bridge.mjs); without it (under @vscode/test-electron) they check what the API
// can see instead.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { screenshot } from './harness';
import { EXTENSION_ID, hoverText, lineOf, openAndActivate, ours, sleep, waitFor, workspaceRoot } from './helpers';
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

  it('the palette finds "Docker 해설: 명령어 설명" in an English VS Code, by its Korean or its English name', async () => {
    if (!webviewBridge()) {
      // Without the page, check what the palette would list: the command is registered, and its
      // English-display title (package.nls.json) carries the Korean name with the English one.
      assert.ok((await vscode.commands.getCommands(true)).includes('dockerExplain.explainCommand'));
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext);
      const contributed = (ext.packageJSON.contributes.commands as { command: string; title: string; category: string }[]).find((c) => c.command === 'dockerExplain.explainCommand');
      assert.deepStrictEqual([contributed?.category, contributed?.title], ['Docker 해설', '%command.explainCommand%']);
      const nls = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'package.nls.json')))) as Record<string, string>;
      assert.strictEqual(nls['command.explainCommand'], '명령어 설명 (Explain a Docker Command)');
      return;
    }
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

  it('hovers fit a 1400×900 window: the answer on the first line, nothing cut, with a diagnostic stacked too; "자세히" opens the rest in the panel', async function () {
    const cases: { file: string; pattern: RegExp; occurrence: number; at: (text: string) => number; first: RegExp; shot: string }[] = [
      { file: 'Dockerfile', pattern: /^FROM node/, occurrence: 1, at: () => 1, first: /FROM — 새 빌드 스테이지/, shot: 'hover-brief-from' },
      // The image's own hover says what the image is first (review 02), not the grammar of names.
      { file: 'Dockerfile', pattern: /^FROM nginx/, occurrence: 1, at: (t) => t.indexOf('1.27') + 1, first: /nginx:1\.27-alpine — nginx 1\.27 버전, Alpine Linux 기반 이미지예요/, shot: 'hover-brief-image-tag' },
      { file: 'compose.yaml', pattern: /"8080:80"/, occurrence: 1, at: (t) => t.indexOf('8080') + 1, first: /8080:80 — 호스트 8080 → 컨테이너 80 \(tcp\), 모든 인터페이스/, shot: 'hover-brief-ports' },
      // The second claim of the port: VS Code stacks the diagnostic above our part.
      { file: 'compose.yaml', pattern: /"8080:80"/, occurrence: 2, at: (t) => t.indexOf('8080') + 1, first: /8080:80 — 호스트 8080 → 컨테이너 80/, shot: 'hover-brief-under-diagnostic' },
    ];
    for (const c of cases) {
      const editor = await openAndActivate(c.file);
      await waitFor(() => ours(editor.document.uri).length > 0 || c.file === 'Dockerfile', { message: `no diagnostics on ${c.file}` });
      const line = lineOf(editor.document, c.pattern, c.occurrence);
      const character = c.at(editor.document.lineAt(line).text);
      editor.selection = new vscode.Selection(line, character, line, character);
      const hover = await hoverText(editor.document.uri, new vscode.Position(line, character));
      assert.ok(hover.includes('[자세히](command:dockerExplain.showHoverDetails?'), hover);
      if (!webviewBridge()) continue;
      await vscode.commands.executeCommand('editor.action.showHover');
      const shown = await workbench.waitFor('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content', (m) => m.some((h) => h.visible && c.first.test(h.text)), {
        message: `${c.file}:${line + 1}: the hover's answer line did not show`,
      });
      const content = shown.find((h) => h.visible && c.first.test(h.text));
      assert.ok(content?.scrollHeight !== undefined && content.clientHeight !== undefined);
      // Nothing below the fold: the content is no taller than the box VS Code gives it.
      assert.ok(content.scrollHeight <= content.clientHeight + 2, `${c.file}:${line + 1}: ${content.scrollHeight} px of content in a ${content.clientHeight} px box`);
      const viewport = await workbench.viewport();
      assert.deepStrictEqual(viewport, { width: 1400, height: 900 });
      await screenshot(c.shot, { settleMs: 800 });
      await workbench.press('Escape');
    }
    const editor = await openAndActivate('Dockerfile');
    const from = lineOf(editor.document, /^FROM node/);
    assert.strictEqual(await vscode.commands.executeCommand('dockerExplain.showHoverDetails', editor.document.uri.toString(), from, 1), true);
    if (webviewBridge()) {
      const card = await panel.waitFor('#command-explanation', (m) => m.length === 1 && m[0].visible && m[0].text.includes('왜 중요한가요?'), { message: 'the whole explanation did not open in the panel' });
      assert.match(card[0].text, /자세히: Dockerfile 줄 4/);
      await screenshot('hover-details-in-panel', { settleMs: 500 });
      await panel.click('#command-explanation vscode-button');
    }
  });

  it('team config: one Korean diagnostic per mistake (no English schema duplicate), and a rule id completes to "rule-id": severity', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'config-it');
    await vscode.workspace.fs.createDirectory(folder);
    const config = vscode.Uri.joinPath(folder, '.docker-explain.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{\n  "rules": {\n    "no-such-rule": "off",\n    "no-privileged": "errr"\n  }\n}\n'));
    const compose = vscode.Uri.joinPath(folder, 'compose.yaml');
    await vscode.workspace.fs.writeFile(compose, new TextEncoder().encode('services:\n  a:\n    image: nginx:1.27\n'));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(compose));
      const document = await vscode.workspace.openTextDocument(config);
      await vscode.window.showTextDocument(document);
      await waitFor(() => vscode.languages.getDiagnostics(config).filter((d) => d.source === 'docker-explain').length >= 2, { message: 'no Korean diagnostics on the config' });
      await sleep(1500);
      const all = vscode.languages.getDiagnostics(config);
      const lines = all.map((d) => d.range.start.line);
      assert.strictEqual(new Set(lines).size, lines.length, `two diagnostics for one mistake: ${all.map((d) => `${d.source}: ${d.message}`).join(' | ')}`);
      assert.ok(all.every((d) => d.source === 'docker-explain' && /[\uac00-\ud7a3]/.test(d.message)), all.map((d) => `${d.source}: ${d.message}`).join(' | '));
      // Completion inside "rules": a rule id becomes a whole entry with a choice of severity.
      const at = new vscode.Position(4, 4);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(config, new vscode.Position(3, document.lineAt(3).text.length), ',\n    ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', config, at);
      const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'no-duplicate-host-port');
      assert.ok(item, `no rule id among ${list.items.length} items`);
      const snippet = item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText);
      assert.strictEqual(snippet, '"no-duplicate-host-port": "${1|off,info,warning,error|}"');
      assert.ok(!list.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'no-privileged'), 'a rule already in the file is offered again');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
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
