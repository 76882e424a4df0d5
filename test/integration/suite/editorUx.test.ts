// Editor details a learner and a team lead meet (issue 14, the `editorux` part): the command
// card follows `dockerExplain.language`, an error card puts its answer before the places it
// points at, and a team config deleted on disk stops applying while its tab is still open.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, openAndActivate, ours, sleep, waitFor, workspaceRoot } from './helpers';
import { WebviewDriver, webviewBridge } from './webview';
import type { DockerExplainApi } from '../../../src/extension/extension';

const panel = new WebviewDriver('Docker 개념');
/** The same view after `dockerExplain.language` is `en`: its page title follows the language. */
const englishPanel = new WebviewDriver('Docker Concepts');
const enc = new TextEncoder();

async function api(): Promise<DockerExplainApi> {
  const extension = vscode.extensions.getExtension<DockerExplainApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.isActive ? extension.exports : extension.activate();
}

describe('editor details: command card language, error card order, deleted config', function () {
  this.timeout(120_000);

  before(async () => {
    await openAndActivate('compose.yaml');
    const { conceptsView } = await api();
    await vscode.commands.executeCommand('dockerExplain.showConcepts');
    await waitFor(() => conceptsView.isResolved, { message: 'the concepts view did not resolve' });
    if (webviewBridge()) await panel.waitFor('vscode-tabs', (m) => m.length === 1, { message: 'the panel did not render its tabs' });
  });

  after(async () => {
    await vscode.workspace.getConfiguration('dockerExplain').update('language', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the command card is explained again when dockerExplain.language changes (review 50)', async () => {
    const { conceptsView } = await api();
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dockerExplain.explainCommand', 'docker run -p 8080:80 nginx:1.27'), true);
    await waitFor(() => conceptsView.lastCard?.markdown?.includes('컨테이너'), { message: 'no Korean card' });
    if (webviewBridge()) await panel.waitFor('#command-explanation', (m) => m.length === 1 && /컨테이너/.test(m[0].text));
    await vscode.workspace.getConfiguration('dockerExplain').update('language', 'en', vscode.ConfigurationTarget.Global);
    const english = await waitFor(() => (conceptsView.lastCard?.markdown && !/[\uac00-\ud7a3]/.test(conceptsView.lastCard.markdown) ? conceptsView.lastCard : undefined), {
      message: `the card stayed in Korean: ${conceptsView.lastCard?.markdown?.slice(0, 80)}`,
    });
    assert.strictEqual(english.command, 'docker run -p 8080:80 nginx:1.27');
    assert.match(english.markdown ?? '', /Creates a new container/);
    if (webviewBridge()) {
      const card = await englishPanel.waitFor('#command-explanation', (m) => m.length === 1 && /Creates a new container/.test(m[0].text));
      assert.doesNotMatch(card[0].text, /[\uac00-\ud7a3]/, 'no Korean left on the card');
      await englishPanel.click('#command-explanation vscode-button');
      await englishPanel.waitFor('#command-explanation', (m) => m.length === 0);
    }
    await vscode.workspace.getConfiguration('dockerExplain').update('language', undefined, vscode.ConfigurationTarget.Global);
    if (webviewBridge()) await panel.waitFor('vscode-tabs', (m) => m.length === 1 && /개념/.test(m[0].text));
  });

  it('an error card gives its answer before the places in the workspace', async function () {
    const { conceptsView } = await api();
    const error = 'docker: Error response from daemon: driver failed programming external connectivity on endpoint web: Bind for 0.0.0.0:8080 failed: port is already allocated.';
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dockerExplain.explainCommand', error), true);
    await waitFor(() => conceptsView.lastErrorExplanation?.message === error && conceptsView.lastErrorExplanation.locations.length > 0, { message: 'no error card with locations' });
    if (!webviewBridge()) return;
    const answer = await panel.waitFor('#command-explanation .command-answer', (m) => m.length === 1 && m[0].visible);
    assert.match(answer[0].text, /^호스트 포트 8080을 다른 컨테이너가 이미 쓰고 있어요$/);
    await panel.waitFor('#command-explanation .error-locations', (m) => m.length === 1 && m[0].visible);
    const parts = (await panel.query('#command-explanation > *', ['class'])).map((p) => p.attributes.class ?? '');
    const answerAt = parts.findIndex((c) => c.includes('command-answer'));
    const placesAt = parts.findIndex((c) => c.includes('error-locations'));
    assert.ok(answerAt >= 0 && answerAt < placesAt, `the card's parts: ${parts.join(' | ')}`);
    const card = await panel.query('#command-explanation');
    assert.strictEqual(card[0].text.split('호스트 포트 8080을 다른 컨테이너가 이미 쓰고 있어요').length, 2, 'the answer is said once');
    await panel.click('#command-explanation vscode-button');
    await panel.waitFor('#command-explanation', (m) => m.length === 0);
  });

  it('a .docker-explain.json deleted on disk stops applying at once, even while its tab is open (review 54)', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'deleted-config-it');
    await vscode.workspace.fs.createDirectory(folder);
    const config = vscode.Uri.joinPath(folder, '.docker-explain.json');
    await vscode.workspace.fs.writeFile(config, enc.encode('{\n  "rules": { "require-image-tag": "off" }\n}\n'));
    const compose = vscode.Uri.joinPath(folder, 'compose.yaml');
    await vscode.workspace.fs.writeFile(compose, enc.encode('version: "3"\nservices:\n  a:\n    image: nginx\n'));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(config), { preview: false });
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(compose), { preview: false, viewColumn: vscode.ViewColumn.Beside });
      await waitFor(() => ours(compose, 'no-obsolete-version').length === 1, { message: 'compose.yaml was not linted' });
      await sleep(500);
      assert.deepStrictEqual(ours(compose, 'require-image-tag'), [], 'the team config turns require-image-tag off');
      // Deleted the way `git checkout` deletes it: on disk, behind the editor's back.
      fs.rmSync(config.fsPath);
      await waitFor(() => ours(compose, 'require-image-tag').length === 1, { message: 'the deleted config still applies while its tab is open' });
      assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.toString() === config.toString() && !d.isClosed), 'the config tab is still open');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });
});
