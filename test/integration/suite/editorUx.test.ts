// Editor details a learner and a team lead meet (issue 14, the `editorux` part): the command
// card follows `dockerExplain.language`, an error card puts its answer before the places it
// points at, and a team config deleted on disk stops applying while its tab is still open.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { screenshot } from './harness';
import { EXTENSION_ID, openAndActivate, ours, sleep, waitFor, workspaceRoot } from './helpers';
import { WebviewDriver, WorkbenchDriver, webviewBridge } from './webview';
import type { DockerExplainApi } from '../../../src/extension/extension';

const panel = new WebviewDriver('Docker 개념');
/** The same view after `dockerExplain.language` is `en`: its page title follows the language. */
const englishPanel = new WebviewDriver('Docker Concepts');
const enc = new TextEncoder();
const workbench = new WorkbenchDriver();

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
  it('the rules tab: each rule\'s severity for the active file under the team config, where it was set, grouped and filtered (issue 14 item 9)', async () => {
    const { conceptsView } = await api();
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'rules-tab-it');
    await vscode.workspace.fs.createDirectory(folder);
    const config = vscode.Uri.joinPath(folder, '.docker-explain.json');
    await vscode.workspace.fs.writeFile(config, enc.encode('{\n  "extends": ["docker-explain:strict"],\n  "rules": {\n    "no-privileged": "off"\n  }\n}\n'));
    const compose = vscode.Uri.joinPath(folder, 'compose.yaml');
    await vscode.workspace.fs.writeFile(compose, enc.encode('services:\n  a:\n    image: nginx:1.27\n'));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(compose));
      await vscode.commands.executeCommand('dockerExplain.showConcepts');
      const overview = await waitFor(() => {
        const o = conceptsView.lastRulesOverview;
        return o?.fileName === 'compose.yaml' && o.configFiles.includes('rules-tab-it/.docker-explain.json') ? o : undefined;
      }, { message: `no rules overview for compose.yaml: ${JSON.stringify(conceptsView.lastRulesOverview?.configFiles)}` });
      assert.strictEqual(overview.kind, 'compose');
      const byId = new Map(overview.rules.map((r) => [r.id, r]));
      assert.deepStrictEqual(byId.get('no-privileged'), { id: 'no-privileged', severity: 'off', origin: { kind: 'file', where: 'rules-tab-it/.docker-explain.json:4' } });
      assert.deepStrictEqual(byId.get('require-image-tag'), { id: 'require-image-tag', severity: 'error', origin: { kind: 'preset', where: 'rules-tab-it/.docker-explain.json:2', detail: 'docker-explain:strict' } });
      if (webviewBridge()) {
        await panel.click('vscode-tab-header[data-tab="rules"]');
        const row = await panel.waitFor('li.rule-state[data-id="no-privileged"]', (m) => m.length >= 1 && m[0].text.includes('꺼짐') && m[0].text.includes('rules-tab-it/.docker-explain.json:4'));
        assert.ok(row[0].visible);
        const groups = await panel.query('section.rule-group', ['data-group']);
        assert.strictEqual(groups[0]?.attributes['data-group'], 'compose', 'the active file\'s group comes first');
        assert.match(groups[0].text, /\(이 파일\)/);
        assert.deepStrictEqual(groups.map((g) => g.attributes['data-group']).sort(), ['commands', 'compose', 'dockerfile']);
        const tag = await panel.query('section.rule-group[data-group="compose"] li.rule-state[data-id="require-image-tag"]');
        await screenshot('panel-rules-overview', { settleMs: 500 });
        assert.match(tag[0].text, /오류 · 프리셋 docker-explain:strict \(rules-tab-it\/\.docker-explain\.json:2\)/);
        // Only the rules that are off.
        await panel.click('vscode-button[data-filter="off"]');
        const off = await panel.waitFor('li.rule-state', (m) => m.length > 0 && m.length < overview.rules.length, { attributes: ['data-severity', 'data-id'] });
        assert.ok(off.every((r) => r.attributes['data-severity'] === 'off'), JSON.stringify(off.map((r) => r.attributes)));
        assert.ok(off.some((r) => r.attributes['data-id'] === 'no-privileged'));
        // The origin opens the config at the line that set it.
        await panel.click('li.rule-state[data-id="no-privileged"] a.rule-origin');
        await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === config.toString() && vscode.window.activeTextEditor.selection.active.line === 3, { message: 'the origin did not open the config at line 4' });
        await panel.click('vscode-button[data-filter="all"]');
      }
      // The config changes on disk: the overview follows.
      await vscode.workspace.fs.writeFile(config, enc.encode('{\n  "rules": {\n    "no-privileged": "warning"\n  }\n}\n'));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(compose));
      await waitFor(() => conceptsView.lastRulesOverview?.rules.find((r) => r.id === 'no-privileged')?.severity === 'warning', { message: 'the overview did not follow the config change' });
      assert.deepStrictEqual(conceptsView.lastRulesOverview?.rules.find((r) => r.id === 'require-image-tag')?.origin, { kind: 'default' });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });
  it('fix all: source.fixAll.dockerExplain and the command apply only safe fixes; a second run changes nothing (issue 14 item 5)', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'fix-all-it');
    await vscode.workspace.fs.createDirectory(folder);
    const file = vscode.Uri.joinPath(folder, 'Dockerfile');
    await vscode.workspace.fs.writeFile(file, enc.encode('FROM ubuntu:24.04 as Build\nrun apt-get update && apt-get install curl\nENV MODE production\n'));
    try {
      const document = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(document);
      await waitFor(() => ours(file).length > 0, { message: 'the Dockerfile was not linted' });
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', file, new vscode.Range(0, 0, 0, 0), 'source.fixAll.dockerExplain')) ?? [];
      const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.dockerExplain');
      assert.ok(fixAll?.edit, `no fix-all action among ${actions.map((a) => a.title).join(' | ')}`);
      assert.match(fixAll.title, /^이 파일의 안전한 수정 모두 적용 \(\d+개\)$/);
      // The quick-fix menu offers it too, next to a finding with a safe fix.
      const casing = await waitFor(() => ours(file, 'consistent-instruction-casing')[0], { message: 'no casing finding' });
      const quick = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', file, casing.range)) ?? [];
      assert.ok(quick.some((a) => a.command?.command === 'dockerExplain.fixAllSafe'), quick.map((a) => a.title).join(' | '));
      const count = await vscode.commands.executeCommand<number>('dockerExplain.fixAllSafe', file);
      assert.ok(count >= 3, `edits: ${count}`);
      // apt-get's -y is a choice (not safe): it stays for a person to pick.
      assert.strictEqual(document.getText(), 'FROM ubuntu:24.04 AS build\nRUN apt-get update && apt-get install curl\nENV MODE=production\n');
      const again = await vscode.commands.executeCommand<number>('dockerExplain.fixAllSafe', file);
      assert.strictEqual(again, 0);
      assert.strictEqual(document.getText(), 'FROM ubuntu:24.04 AS build\nRUN apt-get update && apt-get install curl\nENV MODE=production\n');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });

  // The quick fix's count was the findings with a safe fix; the engine fixes this file in two
  // passes (5 fixes for 4 such findings) and a file with a syntax error not at all.
  it('fix all: the quick fix\'s count is what the command applies; a file with a syntax error gets none', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'fix-all-count-it');
    await vscode.workspace.fs.createDirectory(folder);
    const file = vscode.Uri.joinPath(folder, 'Dockerfile');
    const broken = vscode.Uri.joinPath(folder, 'broken', 'Dockerfile');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, 'broken'));
    await vscode.workspace.fs.writeFile(file, enc.encode('FROM --platform=$BUILDPLATFORM a as B\nfrom b as C\n'));
    await vscode.workspace.fs.writeFile(broken, enc.encode('FROM node:20 as Build\nCOPY onlyone\nrun echo hi\n'));
    const quickFixes = async (uri: vscode.Uri, rule: string) => {
      const finding = await waitFor(() => ours(uri, rule)[0], { message: `no ${rule} finding in ${uri.path}` });
      return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range)) ?? [];
    };
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(broken));
      const brokenActions = await quickFixes(broken, 'consistent-instruction-casing');
      assert.ok(brokenActions.length > 0, 'the finding has its own actions');
      assert.ok(!brokenActions.some((a) => a.command?.command === 'dockerExplain.fixAllSafe'), brokenActions.map((a) => a.title).join(' | '));
      const document = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(document);
      const all = (await quickFixes(file, 'stage-name-casing')).find((a) => a.command?.command === 'dockerExplain.fixAllSafe');
      assert.ok(all, 'no fix-all quick fix');
      assert.strictEqual(all.title, '이 파일의 안전한 수정 모두 적용 (5개)');
      assert.strictEqual(await vscode.commands.executeCommand<number>('dockerExplain.fixAllSafe', file), 5);
      assert.strictEqual(document.getText(), 'FROM --platform=$BUILDPLATFORM a AS b\nFROM b AS c\n');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });

  it('"팀 설정에서 끄기" asks first in a modal that names the rule and the file; cancelling writes nothing (issue 14 item 5)', async function () {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'team-off-it');
    await vscode.workspace.fs.createDirectory(folder);
    const config = vscode.Uri.joinPath(folder, '.docker-explain.json');
    const original = '{\n    // our team\n    "rules": {\n        "require-image-tag": "warning"\n    }\n}\n';
    await vscode.workspace.fs.writeFile(config, enc.encode(original));
    const compose = vscode.Uri.joinPath(folder, 'compose.yaml');
    await vscode.workspace.fs.writeFile(compose, enc.encode('version: "3"\nservices:\n  a:\n    image: nginx:1.27\n'));
    const { teamConfigPrompts } = await api();
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(compose));
      await waitFor(() => ours(compose, 'no-obsolete-version').length === 1, { message: 'no finding' });
      if (webviewBridge()) {
        // The real modal: VS Code refuses every dialog while extension tests run ("DialogService:
        // refused to show dialog in tests. Contents: …"), which shows that a modal with the rule's
        // question was asked for; the refusal counts as a cancel and nothing is written.
        const running = vscode.commands.executeCommand<boolean>('dockerExplain.disableRuleInConfig', compose, 'no-obsolete-version');
        const dialog = await workbench.waitFor('.monaco-dialog-box, [role="dialog"]', (m) => m.some((d) => d.visible && /no-obsolete-version/.test(d.text)), { timeoutMs: 30_000 });
        assert.ok(dialog.some((d) => /팀 설정에서 ‘no-obsolete-version’ 규칙을 끌까요\?/.test(d.text)), dialog.map((d) => d.text).join(' | '));
        assert.strictEqual(await running, false);
      }
      // Answered through the prompts' seam (the only way under any test host): declining writes nothing.
      const asked: string[] = [];
      const declining = teamConfigPrompts.current;
      teamConfigPrompts.current = { confirm: async (m, d) => (asked.push(m, d), false), reason: async () => 'never asked' };
      try {
        assert.strictEqual(await vscode.commands.executeCommand<boolean>('dockerExplain.disableRuleInConfig', compose, 'no-obsolete-version'), false);
      } finally {
        teamConfigPrompts.current = declining;
      }
      assert.strictEqual(asked[0], '팀 설정에서 ‘no-obsolete-version’ 규칙을 끌까요?');
      assert.match(asked[1], /‘team-off-it\/\.docker-explain\.json’ 파일에 "no-obsolete-version": "off"를 써요/);
      assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(config)), original);
      // Confirmed with a reason: written next to the entry, in the file's own 4-space style.
      const real = teamConfigPrompts.current;
      teamConfigPrompts.current = { confirm: async () => true, reason: async () => 'v1 파일을 아직 씀' };
      try {
        assert.strictEqual(await vscode.commands.executeCommand<boolean>('dockerExplain.disableRuleInConfig', compose, 'no-obsolete-version'), true);
      } finally {
        teamConfigPrompts.current = real;
      }
      assert.strictEqual(
        new TextDecoder().decode(await vscode.workspace.fs.readFile(config)),
        '{\n    // our team\n    "rules": {\n        "require-image-tag": "warning",\n        // v1 파일을 아직 씀\n        "no-obsolete-version": "off"\n    }\n}\n',
      );
      await waitFor(() => ours(compose, 'no-obsolete-version').length === 0, { message: 'the rule still reports after it was turned off' });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });
});
