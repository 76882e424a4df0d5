// UX review findings checked where the reviewer saw them (../shared/reviews/ux.md, by screenshot
// number): the "명령어 설명" card (34, 35), rule completion in the team config (36), every
// palette command by its Korean and its English name (33, issue 14 item 3), and the notification
// after "팀 설정에서 끄기" as plain text (40, issue 14 item 1).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DockerExplainApi } from '../../../src/extension/extension';
import { screenshot } from './harness';
import { EXTENSION_ID, openAndActivate, ours, waitFor, workspaceRoot } from './helpers';
import { WebviewDriver, WorkbenchDriver, webviewBridge } from './webview';

const panel = new WebviewDriver('Docker 개념');
const workbench = new WorkbenchDriver();
const encode = (text: string) => new TextEncoder().encode(text);

describe('UX review findings in the editor', function () {
  this.timeout(120_000);

  before(async () => {
    await openAndActivate('compose.yaml');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('review 34, 35: a typed "docker build -d" — the steps numbered once, the mistaken option first and marked, the command wrapped in the sidebar', async () => {
    const typed = 'docker build --file ./docker/Dockerfile.production --tag registry.example.com/team/app:1.0 -d .';
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dockerExplain.explainCommand', typed), true);
    if (!webviewBridge()) return;
    const card = await panel.waitFor('#command-explanation', (m) => m.length === 1 && m[0].visible && m[0].text.includes('docker build'), { message: 'the command card did not open' });
    assert.ok(card[0].text.includes('Dockerfile의 명령을'), card[0].text);
    // One ordered list of 4 steps, not a bullet per step with its own list inside.
    const steps = await panel.query('#command-explanation .command-doc > ol > li');
    assert.strictEqual(steps.length, 4, steps.map((s) => s.text).join(' | '));
    assert.deepStrictEqual(await panel.query('#command-explanation .command-doc ul li ol'), [], 'a step list inside a bullet');
    // The options: the mistake first, marked, without repeating the option.
    const options = await panel.query('#command-explanation .command-doc ul ul > li');
    assert.ok(options.length >= 3, options.map((o) => o.text).join(' | '));
    assert.match(options[0].text, /^⚠ -d — docker build의 옵션이 아니라 docker run, docker exec의 옵션이에요\. 이대로 실행하면 명령 전체가 실패해요\.$/);
    assert.ok(!options.some((o) => o.text.includes('-d — -d')), options.map((o) => o.text).join(' | '));
    // The typed command wraps inside the card's box instead of running past its edge.
    const pre = await panel.query('#command-explanation pre.code');
    assert.strictEqual(pre.length, 1);
    assert.ok(pre[0].scrollWidth !== undefined && pre[0].clientWidth !== undefined && pre[0].scrollWidth <= pre[0].clientWidth + 1, `the command is ${pre[0].scrollWidth} px wide in a ${pre[0].clientWidth} px box`);
    await screenshot('ux-34-35-command-card', { settleMs: 500 });
    await panel.click('#command-explanation vscode-button');
    await panel.waitFor('#command-explanation', (m) => m.length === 0);
  });

  it('review 36: "no-dup" in the team config offers the rule reported in this folder first, preselected, as a whole entry', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'ux-36');
    await vscode.workspace.fs.createDirectory(folder);
    const compose = vscode.Uri.joinPath(folder, 'compose.yaml');
    await vscode.workspace.fs.writeFile(compose, encode('services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n  admin:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n'));
    const config = vscode.Uri.joinPath(folder, '.docker-explain.json');
    await vscode.workspace.fs.writeFile(config, encode('{\n  "rules": {\n    "no-dup"\n  }\n}\n'));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(compose));
      await waitFor(() => ours(compose, 'no-duplicate-host-port').length > 0, { message: 'no duplicate host port reported' });
      const document = await vscode.workspace.openTextDocument(config);
      await vscode.window.showTextDocument(document);
      const at = new vscode.Position(2, document.lineAt(2).text.indexOf('no-dup') + 'no-dup'.length);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', config, at);
      const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
      const dup = list.items.filter((i) => label(i).startsWith('no-duplicate-')).sort((a, b) => (a.sortText ?? label(a)).localeCompare(b.sortText ?? label(b)));
      assert.ok(dup.length >= 3, dup.map(label).join(', '));
      assert.strictEqual(label(dup[0]), 'no-duplicate-host-port', dup.map((i) => `${label(i)} ${i.sortText}`).join(', '));
      assert.strictEqual(dup[0].preselect, true);
      assert.ok(dup.slice(1).every((i) => !i.preselect));
      const snippet = dup[0].insertText instanceof vscode.SnippetString ? dup[0].insertText.value : String(dup[0].insertText);
      assert.strictEqual(snippet, '"no-duplicate-host-port": "${1|off,info,warning,error|}"');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });

  it('review 33: every command in the palette is found by its Korean name and by its English one, labelled "Docker 해설: 한국어 (English)"', async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const manifest = extension.packageJSON as { contributes: { commands: { command: string; title: string }[]; menus: { commandPalette?: { command: string; when?: string }[] } } };
    const hidden = new Set((manifest.contributes.menus.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
    const nls = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'package.nls.json')))) as Record<string, string>;
    const shown = manifest.contributes.commands.filter((c) => !hidden.has(c.command)).map((c) => ({ id: c.command, title: /^%.*%$/.test(c.title) ? nls[c.title.slice(1, -1)] ?? '' : c.title }));
    assert.ok(shown.length >= 7, shown.map((c) => c.id).join(', '));
    for (const c of shown) assert.match(c.title, /^[^()]*[\uac00-\ud7a3][^()]* \([A-Z][^가-힣]+\)$/, `${c.id}: ${c.title}`);
    if (!webviewBridge()) return;
    for (const c of shown) {
      const korean = c.title.slice(0, c.title.indexOf(' ('));
      const english = c.title.slice(c.title.indexOf(' (') + 2, -1);
      for (const typed of [`Docker 해설: ${korean}`, english]) {
        await vscode.commands.executeCommand('workbench.action.showCommands');
        await workbench.waitFor('.quick-input-widget .quick-input-box input', (m) => m.some((i) => i.visible));
        await workbench.type(typed);
        const rows = await workbench.waitFor('.quick-input-list .monaco-list-row', (m) => m.some((r) => r.text.includes(`Docker 해설: ${c.title}`)), {
          attributes: ['aria-label'],
          message: `"${typed}" does not list ${c.id}`,
        });
        assert.ok(rows.length > 0);
        await workbench.press('Escape');
        await workbench.waitFor('.quick-input-widget', (m) => m.every((w) => !w.visible), { message: 'the palette stayed open' });
      }
    }
  });

  it('review 40: the notification after "팀 설정에서 끄기" is plain text that names the rule and the file', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'ux-40');
    await vscode.workspace.fs.createDirectory(folder);
    const compose = vscode.Uri.joinPath(folder, 'compose.yaml');
    await vscode.workspace.fs.writeFile(compose, encode('version: "3"\nservices:\n  a:\n    image: nginx:1.27\n'));
    const api = vscode.extensions.getExtension<DockerExplainApi>(EXTENSION_ID)?.exports;
    assert.ok(api);
    const real = api.teamConfigPrompts.current;
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(compose));
      await waitFor(() => ours(compose, 'no-obsolete-version').length === 1, { message: 'no finding' });
      await vscode.commands.executeCommand('notifications.clearAll');
      api.teamConfigPrompts.current = { confirm: async () => true, reason: async () => '' };
      assert.strictEqual(await vscode.commands.executeCommand<boolean>('dockerExplain.disableRuleInConfig', compose, 'no-obsolete-version'), true);
      await waitFor(() => ours(compose, 'no-obsolete-version').length === 0, { message: 'the rule still reports' });
      if (!webviewBridge()) return;
      const toasts = await workbench.waitFor('.notifications-toasts .notification-toast', (m) => m.some((t) => t.visible && t.text.includes('no-obsolete-version')), { message: 'no notification' });
      const toast = toasts.find((t) => t.visible && t.text.includes('no-obsolete-version'));
      assert.ok(toast);
      assert.ok(!toast.text.includes('`'), toast.text);
      assert.match(toast.text, /‘no-obsolete-version’/);
      assert.match(toast.text, /\.docker-explain\.json/);
    } finally {
      api.teamConfigPrompts.current = real;
      await vscode.commands.executeCommand('notifications.clearAll');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });
});
