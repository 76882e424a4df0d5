// The "Docker 개념" panel in the real editor: the view resolves with a strict CSP, host
// messages become the expected DOM, clicks in the webview move the editor, hostile names stay
// text, and state survives hiding the view. DOM checks go through the webview bridge
// (./webview.ts); the provider-level checks run under every host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { screenshot } from './harness';
import { EXTENSION_ID, lineOf, openWorkspaceFile, waitFor, workspaceRoot } from './helpers';
import { WebviewDriver, webviewBridge } from './webview';
import type { ConceptsViewProvider } from '../../../src/extension/panel/conceptsView';

const panel = new WebviewDriver('Docker 개념');

async function provider(): Promise<ConceptsViewProvider> {
  const extension = vscode.extensions.getExtension<{ conceptsView: ConceptsViewProvider }>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const api = extension.isActive ? extension.exports : await extension.activate();
  return api.conceptsView;
}

async function showPanel(): Promise<ConceptsViewProvider> {
  const view = await provider();
  await vscode.commands.executeCommand('dockerExplain.showConcepts');
  await waitFor(() => view.isResolved, { message: 'the concepts view did not resolve' });
  if (webviewBridge()) await panel.waitFor('vscode-tabs', (m) => m.length === 1, { message: 'the panel did not render its tabs' });
  return view;
}

describe('panel: Docker 개념 view', function () {
  this.timeout(120_000);

  before(async () => {
    await openWorkspaceFile('Dockerfile');
    await showPanel();
    // A wider sidebar, so the pictures show the panel the way people widen it to read.
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    for (let i = 0; i < 3; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('resolves with a strict Content-Security-Policy and a nonce on its only script', async () => {
    const view = await showPanel();
    const html = view.currentHtml ?? '';
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'CSP meta tag');
    assert.match(csp, /^default-src 'none'; /);
    const nonce = /script-src 'nonce-([A-Za-z0-9]{16,})'$/.exec(csp)?.[1];
    assert.ok(nonce, 'script-src with only a nonce');
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*;|\* /);
    // Styles, fonts and images only from the extension (the webview's own source), images also data:.
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    assert.deepStrictEqual(Object.keys(directives), ['default-src', 'style-src', 'img-src', 'font-src', 'script-src']);
    assert.deepStrictEqual(directives['img-src'].slice(-1), ['data:']);
    assert.deepStrictEqual(directives['img-src'].slice(0, -1), directives['style-src']);
    assert.deepStrictEqual(directives['font-src'], directives['style-src']);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepStrictEqual(scripts.length, 1);
    assert.ok(scripts[0].includes(`nonce="${nonce}"`));
    if (webviewBridge()) {
      const metas = await panel.query('meta[http-equiv="Content-Security-Policy"]', ['content']);
      assert.strictEqual(metas.length, 1);
      assert.match(metas[0].attributes.content ?? '', /default-src 'none';.*script-src 'nonce-/);
      // Every resource the page loads is a file of this extension (through asWebviewUri).
      const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri.path;
      const resources = await panel.query('script[src], link[href], img[src]', ['src', 'href']);
      assert.deepStrictEqual(resources.length, 3, 'webview.js, codicon.css, panel.css');
      for (const r of resources) {
        const url = decodeURIComponent(r.attributes.src ?? r.attributes.href ?? '');
        assert.ok(url.includes(`${root}/dist/`) || url.includes(`${root}/media/`), `${url} is not a file of the extension`);
      }
    }
  });

  it('opens each concept a hover links to, with its Korean title and a diagram', async () => {
    if (!webviewBridge()) return;
    const expected: Record<string, string> = { 'why-containers': '왜 컨테이너인가', layers: '레이어와 빌드 캐시', ports: '포트 게시', 'cmd-entrypoint': 'CMD와 ENTRYPOINT' };
    for (const [id, title] of Object.entries(expected)) {
      await vscode.commands.executeCommand('dockerExplain.openConcept', id);
      const heading = await panel.waitFor(`article.concept[data-concept="${id}"] h2`, (m) => m.length === 1 && m[0].visible, { message: `concept ${id}` });
      assert.strictEqual(heading[0].text, title);
      const labels = await panel.query(`article.concept[data-concept="${id}"] svg.diagram text`);
      assert.ok(labels.length >= 5, `${id}: diagram has ${labels.length} labels`);
      const svg = await panel.query(`article.concept[data-concept="${id}"] svg.diagram`, ['role', 'aria-label']);
      assert.strictEqual(svg[0].attributes.role, 'img');
      assert.ok((svg[0].attributes['aria-label'] ?? '').length > 20, 'the diagram is described for screen readers');
    }
    await vscode.commands.executeCommand('dockerExplain.openConcept', 'layers');
    await panel.waitFor('article.concept[data-concept="layers"]', (m) => m.length === 1);
    await screenshot('panel-concept-layers', { settleMs: 1500 });
  });

  it('searches across concepts and rules', async () => {
    if (!webviewBridge()) return;
    await vscode.commands.executeCommand('dockerExplain.openConcept', 'volumes');
    await panel.waitFor('article.concept[data-concept="volumes"]', (m) => m.length === 1);
    await panel.click('article.concept .back');
    await panel.fill('#search input', 'veth');
    const hits = await panel.waitFor('#concept-results li.topic', (m) => m.length >= 1, { attributes: ['data-id'] });
    assert.strictEqual(hits[0].attributes['data-id'], 'networks');
    // Concept titles and summaries are Markdown: the list renders their code spans, never a backtick (UX review 23, 29).
    await panel.fill('#search input', 'docker run');
    const runHits = await panel.waitFor('#concept-results li.topic.concept', (m) => m.some((x) => x.attributes['data-id'] === 'run-flow'), { attributes: ['data-id'] });
    for (const hit of runHits) assert.ok(!hit.text.includes('`'), `a backtick in the concept list: ${hit.text}`);
    await panel.fill('#search input', 'dclint');
    const rules = await panel.waitFor('#concept-results li.topic.rule', (m) => m.length >= 1, { attributes: ['data-id'] });
    assert.ok(rules.some((r) => r.attributes['data-id'] === 'no-duplicate-host-port'));
    await panel.click('#concept-results li.topic.rule[data-id="no-duplicate-host-port"]');
    const heading = await panel.waitFor('article.rule > h2', (m) => m.length === 1 && m[0].visible);
    assert.strictEqual(heading[0].text, 'no-duplicate-host-port');
    // The rule's doc page (docs/rules/no-duplicate-host-port.md) is rendered in the panel.
    const doc = await panel.waitFor('article.rule .rule-doc', (m) => m.length === 1 && m[0].text.length > 100);
    assert.match(doc[0].text, /8080/);
    // Leave the search empty for the tests after this one.
    await panel.click('vscode-tab-header[data-tab="concepts"]');
    await panel.fill('#search input', '');
  });

  it('lists the glossary (용어집) with definitions and sources, and searches it in Korean or English', async () => {
    if (!webviewBridge()) return;
    await showPanel();
    await panel.click('vscode-tab-header[data-tab="glossary"]');
    const terms = await panel.waitFor('#glossary-list dt.term', (m) => m.length >= 30 && m[0].visible, { attributes: ['data-id'] });
    assert.ok(terms.some((t) => t.attributes['data-id'] === 'publish'));
    // A learner who read "포트 공개" in a translated guide finds our word for it.
    await panel.fill('#glossary-search input', '포트 공개');
    const hits = await panel.waitFor('#glossary-list dt.term', (m) => m.length >= 1 && m[0].text.includes('게시'), { attributes: ['data-id'] });
    assert.strictEqual(hits[0].attributes['data-id'], 'publish');
    const sources = await panel.query('#glossary-list dd[data-id="publish"] .sources a', ['href']);
    assert.ok(sources.length >= 1 && sources.every((a) => (a.attributes.href ?? '').startsWith('https://docs.docker.com/')));
    await screenshot('panel-glossary', { settleMs: 1000 });
    // Leave the tab as the tests after this one expect it.
    await panel.fill('#glossary-search input', '');
    await panel.click('vscode-tab-header[data-tab="concepts"]');
  });

  it('draws the Dockerfile as layer stacks and reveals the line of a clicked layer', async () => {
    const editor = await openWorkspaceFile('Dockerfile');
    const view = await showPanel();
    await vscode.commands.executeCommand('dockerExplain.showThisFile');
    await waitFor(() => view.lastFileView?.kind === 'dockerfile' && view.lastFileView, { message: 'no Dockerfile view' });
    if (!webviewBridge()) return;
    const stages = await panel.waitFor('article.stage', (m) => m.length === 2, { attributes: ['data-stage'] });
    assert.deepStrictEqual(stages.map((s) => s.attributes['data-stage']), ['build', 'web']);
    const writable = await panel.query('article.stage.final .step.writable');
    assert.strictEqual(writable.length, 1, 'the writable layer sits on the final stage only');
    const meta = await panel.query('article.stage.final .step.metadata', ['data-keyword']);
    assert.deepStrictEqual(meta.map((m) => m.attributes['data-keyword']), ['CMD', 'HEALTHCHECK', 'EXPOSE']);
    const buildLine = lineOf(editor.document, /^RUN <<EOF$/);
    // Move the cursor away first, so the assertion sees the click's effect.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await panel.click(`.step[data-line="${buildLine}"]`);
    await waitFor(() => vscode.window.activeTextEditor?.selection.active.line === buildLine, { message: `selection did not move to line ${buildLine}` });
    // The keyboard does the same: focus a layer, press Enter.
    const ciLine = lineOf(editor.document, /^RUN --mount=type=cache\S* npm ci$/);
    await panel.press(`.step[data-line="${ciLine}"]`, 'Enter');
    await waitFor(() => vscode.window.activeTextEditor?.selection.active.line === ciLine, { message: `Enter did not move to line ${ciLine}` });
    await screenshot('panel-file-dockerfile', { settleMs: 1500 });
  });

  it('follows typing: a new RUN line appears as a layer', async () => {
    const editor = await openWorkspaceFile('Dockerfile');
    const view = await showPanel();
    await vscode.commands.executeCommand('dockerExplain.showThisFile');
    const line = lineOf(editor.document, /^RUN --mount=type=cache\S* npm ci$/) + 1;
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), 'RUN echo "typed <b>here</b>"\n'));
    await waitFor(() => view.lastFileView?.kind === 'dockerfile' && view.lastFileView.stages[0].steps.some((s) => s.text.includes('typed')), { message: 'the model did not follow the edit' });
    if (webviewBridge()) {
      const steps = await panel.waitFor(`.step[data-line="${line}"] .what > code`, (m) => m.length === 1 && m[0].text.includes('typed'));
      assert.strictEqual(steps[0].text, 'echo "typed <b>here</b>"');
      assert.deepStrictEqual(await panel.query('.step b'), [], 'file text is never parsed as HTML');
    }
    await vscode.commands.executeCommand('undo');
  });

  it('draws the Compose file with its port conflict and reveals a clicked service', async () => {
    const editor = await openWorkspaceFile('compose.yaml');
    const view = await showPanel();
    await vscode.commands.executeCommand('dockerExplain.showThisFile');
    await waitFor(() => view.lastFileView?.kind === 'compose' && view.lastFileView.services.some((s) => s.ports.some((p) => p.conflicts.length > 0)), { message: 'no Compose view with the conflict' });
    if (!webviewBridge()) return;
    const services = await panel.waitFor('article.service', (m) => m.length === 3, { attributes: ['data-service', 'class'] });
    assert.deepStrictEqual(services.map((s) => s.attributes['data-service']), ['web', 'admin', 'db']);
    assert.deepStrictEqual(services.filter((s) => (s.attributes.class ?? '').includes('has-conflict')).map((s) => s.attributes['data-service']), ['admin']);
    const conflictPorts = await panel.query('article.service[data-service="admin"] li.port.conflict');
    assert.strictEqual(conflictPorts.length, 1);
    assert.match(conflictPorts[0].text, /8080 → 80\/tcp/);
    const boxes = await panel.query('svg.compose-diagram g.service-box.conflict', ['data-service']);
    assert.deepStrictEqual(boxes.map((b) => b.attributes['data-service']), ['admin']);
    // admin takes web's mounts (volumes_from: web:ro): an arrow between the two boxes.
    assert.strictEqual((await panel.query('svg.compose-diagram .vf-edge')).length, 1);
    const loopback = await panel.query('article.service[data-service="db"] li.port');
    assert.match(loopback[0].text, /127\.0\.0\.1:5432 → 5432\/tcp/);
    const dbLine = lineOf(editor.document, /^ {2}db:/);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await panel.click('svg.compose-diagram g.service-box[data-service="db"]');
    await waitFor(() => vscode.window.activeTextEditor?.selection.active.line === dbLine, { message: `selection did not move to db (line ${dbLine})` });
    await screenshot('panel-file-compose', { settleMs: 1500 });
  });

  it('shows the effective project of compose.yaml + compose.override.yaml and recomputes it when a profile is turned on', async () => {
    await openWorkspaceFile('compose.yaml');
    const view = await showPanel();
    await vscode.commands.executeCommand('dockerExplain.showThisFile');
    const project = await waitFor(() => view.lastFileView?.kind === 'compose' && view.lastFileView.project?.files.length === 2 && view.lastFileView.project, { message: 'no effective project in the Compose view' });
    assert.deepStrictEqual(project.profiles, ['debug', 'dev', 'test']);
    if (!webviewBridge()) return;
    const runs = async () => (await panel.query('article.project-service', ['data-service', 'data-runs'])).map((s) => `${s.attributes['data-service']}=${s.attributes['data-runs']}`);
    await panel.waitFor('article.project-service', (m) => m.length === 6);
    assert.deepStrictEqual(await runs(), ['web=true', 'admin=true', 'db=true', 'mail-dev=false', 'mail-test=false', 'pgadmin=false']);
    // The override's port is merged into web and marked with where it comes from.
    const merged = await panel.query('article.project-service[data-service="web"] li.port.from-other-file');
    assert.strictEqual(merged.length, 1);
    assert.match(merged[0].text, /9090:80/);
    assert.match(merged[0].text, /compose\.override\.yaml 10줄/);
    // debug on: pgadmin runs, and its host port 5432 meets db's 127.0.0.1:5432.
    await panel.click('input[data-profile="debug"]');
    await panel.waitFor('article.project-service[data-service="pgadmin"]', (m) => m[0]?.attributes['data-runs'] === 'true', { attributes: ['data-runs'], message: 'pgadmin did not start running with debug' });
    const clash = await panel.waitFor('article.project-service[data-service="pgadmin"] li.port.conflict', (m) => m.length === 1);
    assert.match(clash[0].text, /db/);
    assert.deepStrictEqual(view.lastFileView?.kind === 'compose' && view.lastFileView.project?.active, ['debug']);
    // dev and test on too: the two mail services that share 8025 now clash; off again, they do not run.
    await panel.click('input[data-profile="dev"]');
    await panel.waitFor('article.project-service[data-service="mail-dev"]', (m) => m[0]?.attributes['data-runs'] === 'true', { attributes: ['data-runs'] });
    await panel.click('input[data-profile="test"]');
    await panel.waitFor('article.project-service[data-service="mail-test"] li.port.conflict', (m) => m.length === 1 && /mail-dev/.test(m[0].text), { message: 'mail-test did not clash with mail-dev' });
    await screenshot('panel-compose-project-profiles', { settleMs: 1500 });
    for (const profile of ['debug', 'dev', 'test']) {
      await panel.click(`input[data-profile="${profile}"]`);
      await waitFor(() => view.lastFileView?.kind === 'compose' && !view.lastFileView.project?.active.includes(profile), { message: `${profile} stayed on` });
    }
    await panel.waitFor('article.project-service', (m) => m.filter((s) => s.attributes['data-runs'] === 'true').length === 3, { attributes: ['data-runs'] });
    // A value's origin opens the override at its line.
    await panel.click('article.project-service[data-service="web"] li.port.from-other-file .origin');
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('/compose.override.yaml') && vscode.window.activeTextEditor.selection.active.line === 9, { message: 'the origin did not open compose.override.yaml at line 10' });
  });

  it('names the project in the Compose view as Compose does: COMPOSE_PROJECT_NAME from .env, else the folder name', async () => {
    // compose-go v2.13.0 cli/options.go: -p, then COMPOSE_PROJECT_NAME (the project's .env
    // counts), then `name:`, then the folder's name, lowercased, only a-z 0-9 _ - kept.
    const root = vscode.Uri.joinPath(workspaceRoot(), 'compose-name-it');
    const files: Record<string, string> = {
      'shop/.env': 'COMPOSE_PROJECT_NAME=shop\n',
      'shop/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
      'shop/compose.override.yaml': 'services:\n  web:\n    image: nginx:1.28\n    ports: ["8080:80"]\n',
      'My.App/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
      'My.App/compose.override.yaml': 'services:\n  web:\n    ports: ["8080:80"]\n',
    };
    for (const [name, text] of Object.entries(files)) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, name), new TextEncoder().encode(text));
    try {
      const cases = [
        { folder: 'shop', name: 'shop', from: 'environment', label: '.env의 COMPOSE_PROJECT_NAME' },
        { folder: 'My.App', name: 'myapp', from: 'directory', label: '폴더 이름' },
      ] as const;
      for (const c of cases) {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root, c.folder, 'compose.yaml')));
        const view = await showPanel();
        await vscode.commands.executeCommand('dockerExplain.showThisFile');
        const project = await waitFor(() => view.lastFileView?.kind === 'compose' && view.lastFileView.project?.projectName.name === c.name && view.lastFileView.project, { message: `no project named ${c.name} for ${c.folder}` });
        assert.strictEqual(project.projectName.from, c.from);
        assert.deepStrictEqual(
          project.files.map((f) => f.file),
          ['compose.yaml', 'compose.override.yaml'],
        );
        if (!webviewBridge()) continue;
        const shown = await panel.waitFor('section.project p.project-name', (m) => m.length === 1 && m[0].text.includes(c.name), { message: `the Compose view did not show ${c.name}` });
        assert.strictEqual(shown[0].text, `프로젝트 이름: ${c.name} (${c.label})`);
      }
      // The override's image is marked with its line and the base value it replaced.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root, 'shop', 'compose.yaml')));
      await vscode.commands.executeCommand('dockerExplain.showThisFile');
      if (webviewBridge()) {
        const image = await panel.waitFor('article.project-service[data-service="web"] li.image.from-other-file', (m) => m.length === 1, { message: 'the override image is not marked' });
        assert.match(image[0].text, /nginx:1\.28/);
        assert.match(image[0].text, /compose\.override\.yaml 3줄/);
        assert.match(image[0].text, /\(compose\.yaml 3줄의 nginx:1\.27 대신\)/);
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(root, { recursive: true, useTrash: false });
    }
  });

  it('shows a hostile service name as text', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const document = await vscode.workspace.openTextDocument({ language: 'dockercompose', content: `services:\n  "${name}":\n    image: nginx\n    ports: ["80:80"]\n` });
    await vscode.window.showTextDocument(document);
    const view = await showPanel();
    await vscode.commands.executeCommand('dockerExplain.showThisFile');
    await waitFor(() => view.lastFileView?.kind === 'compose' && view.lastFileView.services[0]?.name === name, { message: 'the hostile file was not modelled' });
    if (!webviewBridge()) return;
    const titles = await panel.waitFor('article.service .service-name', (m) => m.length === 1);
    assert.strictEqual(titles[0].text, name);
    assert.deepStrictEqual(await panel.query('img'), [], 'no <img> element was created');
    const box = await panel.query('svg.compose-diagram g.service-box', ['data-service']);
    assert.strictEqual(box[0].attributes['data-service'], name);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('explains the docker command on the cursor line in the panel (명령어 설명)', async () => {
    const editor = await openWorkspaceFile('scripts/run.sh');
    const line = lineOf(editor.document, /^docker run -d --name web1 -p 8080:80/);
    editor.selection = new vscode.Selection(line, 3, line, 3);
    const explained = await vscode.commands.executeCommand<boolean>('dockerExplain.explainCommand');
    assert.strictEqual(explained, true, 'the command on the line was explained');
    if (!webviewBridge()) return;
    const card = await panel.waitFor('#command-explanation', (m) => m.length === 1 && /8080/.test(m[0].text));
    // The bridge folds white space: the continuation `\` and the next line's -v follow each other.
    assert.match(card[0].text, /docker run -d --name web1 -p 8080:80 \\ -v site-data:\/usr\/share\/nginx\/html \\ nginx:1\.27-alpine/, 'the whole command, continuation lines included, is shown');
    assert.match(card[0].text, /호스트 8080 → 컨테이너 80/, 'its -p flag is explained with the actual ports');
    await screenshot('panel-command', { settleMs: 800 });
  });

  it('shows a typed command as text, and says so when there is no docker command', async () => {
    const hostile = 'docker run --name "<img src=x onerror=alert(1)>" nginx';
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dockerExplain.explainCommand', hostile), true);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dockerExplain.explainCommand', 'ls -la'), false);
    if (!webviewBridge()) return;
    const card = await panel.waitFor('#command-explanation pre', (m) => m.length === 1 && m[0].text === 'ls -la');
    assert.strictEqual(card.length, 1);
    await panel.waitFor('#command-explanation', (m) => /docker` 명령어가 없어요|docker 명령어가 없어요/.test(m[0]?.text ?? ''));
    await vscode.commands.executeCommand<boolean>('dockerExplain.explainCommand', hostile);
    const shown = await panel.waitFor('#command-explanation pre', (m) => m[0]?.text === hostile);
    assert.strictEqual(shown[0].text, hostile);
    assert.deepStrictEqual(await panel.query('#command-explanation img'), [], 'no <img> element was created');
    await panel.click('#command-explanation vscode-button');
    await panel.waitFor('#command-explanation', (m) => m.length === 0, { message: 'the close button removes the explanation' });
  });

  it('shows diagnostics in "이 파일" as plain text: a link in the file stays text (review F7)', async () => {
    const content = 'FROM alpine:3.20\nENV X `[여기를눌러자동수정](https://evil.example/panel)`\nWORKDIR ``[공식문서](https://evil.example/workdir)``\nCMD echo hi\n';
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content });
    await vscode.window.showTextDocument(document);
    const view = await showPanel();
    await vscode.commands.executeCommand('dockerExplain.showThisFile');
    await waitFor(() => view.lastFileView?.kind === 'dockerfile' && view.lastFileView.stages.some((st) => st.steps.some((step) => step.diagnostics.length > 0)), { message: 'no diagnostics in the file view' });
    if (!webviewBridge()) return;
    const diags = await panel.waitFor('.diag', (m) => m.some((d) => d.text.includes('evil.example')), { message: 'the diagnostics quoting the file were not shown' });
    assert.ok(diags.length >= 2, `${diags.length} diagnostics`);
    assert.deepStrictEqual(await panel.query('a[href*="evil"]'), [], 'no link to the file’s URL');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('renders a command explanation with CommonMark code spans: no link from the command (review F7)', async () => {
    const hostile = "docker run --name 'a`[이름안내](https://evil.example/n)`b' nginx:1.27";
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dockerExplain.explainCommand', hostile), true);
    if (!webviewBridge()) return;
    await panel.waitFor('#command-explanation pre', (m) => m[0]?.text === hostile);
    const doc = await panel.waitFor('#command-explanation .command-doc code', (m) => m.some((c) => c.text.includes('evil.example/n')), { message: 'the name was not shown as code' });
    assert.ok(doc.length > 0);
    assert.deepStrictEqual(await panel.query('#command-explanation a[href*="evil"]'), [], 'no link to the command’s URL');
    await panel.click('#command-explanation vscode-button');
    await panel.waitFor('#command-explanation', (m) => m.length === 0);
  });

  it('says a selection over 100,000 characters is too long instead of showing nothing (review F16)', async () => {
    const long = `docker run ${'a'.repeat(100_001)}`;
    await vscode.commands.executeCommand<boolean>('dockerExplain.explainCommand', long);
    if (!webviewBridge()) return;
    await panel.waitFor('#command-explanation', (m) => m.length === 1 && /너무 길어서|too long/.test(m[0].text), { message: 'no notice for a long command' });
    await panel.click('#command-explanation vscode-button');
    await panel.waitFor('#command-explanation', (m) => m.length === 0);
  });

  it('keeps the open topic and scroll position when the view is hidden and shown again', async () => {
    if (!webviewBridge()) return;
    await openWorkspaceFile('Dockerfile');
    await showPanel();
    await vscode.commands.executeCommand('dockerExplain.openConcept', 'volumes');
    await panel.waitFor('article.concept[data-concept="volumes"]', (m) => m.length === 1 && m[0].visible);
    const y = await panel.scroll(400);
    assert.ok(y > 100, `the page scrolled (${y})`);
    await new Promise((r) => setTimeout(r, 400)); // the panel saves scroll after 120 ms of quiet
    await vscode.commands.executeCommand('workbench.view.explorer');
    await new Promise((r) => setTimeout(r, 800));
    await vscode.commands.executeCommand('dockerExplain.showConcepts');
    await panel.waitFor('article.concept[data-concept="volumes"]', (m) => m.length === 1 && m[0].visible, { message: 'the topic was not restored' });
    const restored = await waitFor(async () => {
      const now = await panel.scrollY();
      return now > 100 ? now : undefined;
    }, { message: 'the scroll position was not restored' });
    assert.ok(Math.abs(restored - y) < 40, `scroll ${restored} vs ${y}`);
  });
});

describe('panel: walkthrough commands', function () {
  this.timeout(60_000);

  /** The example opens as a real file in the extension's scratch folder: not untitled, not dirty, not in the workspace. */
  function assertScratchFile(document: vscode.TextDocument): void {
    assert.strictEqual(document.isUntitled, false, 'an untitled example asks to be saved on close (UX review 46)');
    assert.strictEqual(document.isDirty, false, 'a dirty example asks to be saved on close');
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.path ?? '';
    assert.ok(folder && !document.uri.path.startsWith(`${folder}/`), `${document.uri.path} is inside the workspace ${folder}`);
    assert.ok(document.uri.path.endsWith('/examples/' + document.uri.path.split('/').pop()), document.uri.path);
  }

  it('opens the example Compose file as a real scratch file, with the Dockerfile beside it, and draws it', async () => {
    const view = await provider();
    await vscode.commands.executeCommand('dockerExplain.openExampleCompose');
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('/examples/compose.yaml') && vscode.window.activeTextEditor, { message: 'no example compose.yaml' });
    assertScratchFile(editor.document);
    assert.strictEqual(editor.document.languageId, 'dockercompose');
    assert.match(editor.document.getText(), /"8080:80"[\s\S]*"8080:80"/);
    // `build: .` finds a Dockerfile in the same scratch folder, as in a project.
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(editor.document.uri, '..', 'Dockerfile'));
    await vscode.commands.executeCommand('dockerExplain.showThisFile');
    await waitFor(() => view.lastFileView?.kind === 'compose' && view.lastFileView.uri === editor.document.uri.toString() && view.lastFileView.services.length === 3, { message: 'the example was not drawn' });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('opens the example Dockerfile as a real scratch file with its one deliberate mistake found', async () => {
    await vscode.commands.executeCommand('dockerExplain.openExampleDockerfile');
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'dockerfile' && vscode.window.activeTextEditor.document.uri.path.endsWith('/examples/Dockerfile') && vscode.window.activeTextEditor, { message: 'no example Dockerfile' });
    assertScratchFile(editor.document);
    assert.match(editor.document.getText(), /^FROM node:\$\{NODE_VERSION\}-bookworm-slim AS build$/m);
    const found = await waitFor(() => {
      const ours = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'docker-explain');
      return ours.length > 0 && ours;
    }, { message: 'no finding on the example Dockerfile' });
    assert.deepStrictEqual(found.map((d) => (typeof d.code === 'object' ? d.code.value : d.code)), ['prefer-copy-over-add']);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('keeps the old command with its argument working (the panel\'s button used it)', async () => {
    await vscode.commands.executeCommand('dockerExplain.openExample', 'compose.yaml');
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('/examples/compose.yaml') && vscode.window.activeTextEditor, { message: 'no example compose.yaml' });
    assertScratchFile(editor.document);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

describe('panel: 크게 보기 (issue 14 item 6)', function () {
  this.timeout(60_000);

  const pictureTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('dockerExplain.picture'));

  afterEach(async () => {
    const tab = pictureTab();
    if (tab) await vscode.window.tabGroups.close(tab);
  });

  it('opens a concept\'s picture in an editor-area panel', async () => {
    await vscode.commands.executeCommand('dockerExplain.openPictureLarge', 'ports');
    const tab = await waitFor(() => pictureTab(), { message: 'no editor-area picture panel' });
    assert.match(tab.label, /포트 게시/);
    assert.ok(tab.group.viewColumn !== undefined, 'the panel sits in an editor group');
    if (!webviewBridge()) return;
    const large = new WebviewDriver('Docker 그림');
    const svg = await large.waitFor('article.large.concept[data-concept="ports"] svg.diagram', (m) => m.length === 1 && m[0].visible, { attributes: ['data-layout-width'] });
    // Laid out again for the editor's width (issue 14 item 6), not the sidebar's picture scaled up.
    assert.ok(Number(svg[0].attributes['data-layout-width']) >= 480, `laid out for ${svg[0].attributes['data-layout-width']} px`);
    await screenshot('picture-large-concept', { settleMs: 1000 });
  });

  it('opens this file\'s Compose picture, laid out for the editor\'s width, from the sidebar\'s button', async () => {
    await openWorkspaceFile('compose.yaml');
    const view = await showPanel();
    await vscode.commands.executeCommand('dockerExplain.showThisFile');
    await waitFor(() => view.lastFileView?.kind === 'compose' && view.lastFileView, { message: 'no Compose view' });
    if (webviewBridge()) await panel.click('#panel-file .open-large');
    else await vscode.commands.executeCommand('dockerExplain.openPictureLarge');
    const tab = await waitFor(() => pictureTab(), { message: 'no editor-area picture panel' });
    assert.match(tab.label, /compose\.yaml/);
    if (!webviewBridge()) return;
    const large = new WebviewDriver('Docker 그림');
    const svg = await large.waitFor('svg.compose-diagram', (m) => m.length === 1 && m[0].visible, { attributes: ['data-columns', 'width'] });
    assert.ok(Number(svg[0].attributes['data-columns']) >= 2, `the wide panel puts cards side by side (${svg[0].attributes['data-columns']} column)`);
    // Each picture is laid out for its own width: the narrower sidebar never has more columns.
    const sidebar = await panel.query('#panel-file svg.compose-diagram', ['data-columns', 'width']);
    assert.ok(Number(sidebar[0].attributes.width) < Number(svg[0].attributes.width), `sidebar ${sidebar[0].attributes.width} px, editor ${svg[0].attributes.width} px`);
    assert.ok(Number(sidebar[0].attributes['data-columns']) <= Number(svg[0].attributes['data-columns']));
    if (Number(sidebar[0].attributes.width) < 380) assert.strictEqual(sidebar[0].attributes['data-columns'], '1', 'a narrow sidebar stacks the cards');
    const texts = await large.query('svg.compose-diagram text');
    assert.ok(texts.some((t) => t.text === './site'), 'the bind mount is drawn');
    await screenshot('picture-large-compose', { settleMs: 1000 });
  });
});

describe('panel: language', function () {
  this.timeout(60_000);

  it('follows dockerExplain.language, keeping the open topic across the reload', async () => {
    if (!webviewBridge()) return;
    await openWorkspaceFile('Dockerfile');
    await showPanel();
    await vscode.commands.executeCommand('dockerExplain.openConcept', 'ports');
    await panel.waitFor('article.concept[data-concept="ports"] h2', (m) => m.length === 1 && m[0].text === '포트 게시');
    const config = vscode.workspace.getConfiguration('dockerExplain');
    try {
      await config.update('language', 'en', vscode.ConfigurationTarget.Global);
      // The page reloads in English; its state (the open topic) comes back from getState().
      const english = new WebviewDriver('Docker Concepts');
      const heading = await english.waitFor('article.concept[data-concept="ports"] h2', (m) => m.length === 1 && m[0].text === 'Publishing ports', { message: 'the panel did not switch to English' });
      assert.strictEqual(heading[0].text, 'Publishing ports');
      const html = await english.query('html', ['lang']);
      assert.strictEqual(html[0].attributes.lang, 'en');
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Global);
    }
    await panel.waitFor('article.concept[data-concept="ports"] h2', (m) => m.length === 1 && m[0].text === '포트 게시', { message: 'the panel did not switch back to Korean' });
  });
});
