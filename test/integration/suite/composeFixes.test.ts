// The Compose quick fixes in the real editor (issue 14 item 5): each is found by its plain-text
// title through VS Code's code action machinery, applied, and the finding goes. Works in a
// folder of its own inside the workspace copy, so the other suites' files are untouched.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ours, waitFor, workspaceRoot } from './helpers';

const enc = new TextEncoder();
const dir = () => vscode.Uri.joinPath(workspaceRoot(), 'compose-fixes-it');

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(dir(), name);
  await vscode.workspace.fs.writeFile(uri, enc.encode(text));
  return uri;
}

/** Applies the quick fix titled `title` on the first finding of `rule`, and waits until that finding is gone. */
async function applyFix(uri: vscode.Uri, rule: string, title: string): Promise<void> {
  const finding = await waitFor(() => ours(uri, rule)[0], { message: `no ${rule} finding` });
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range)) ?? [];
  const fix = actions.find((a) => a.title === title);
  assert.ok(fix?.edit, `no fix "${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(actions.every((a) => !a.title.includes('`')), 'quick-fix titles are plain text');
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  await waitFor(() => ours(uri, rule).length === 0, { message: `${rule} stayed after "${title}"` });
}

const text = async (uri: vscode.Uri) => (await vscode.workspace.openTextDocument(uri)).getText();

describe('compose quick fixes in the editor', function () {
  this.timeout(120_000);

  before(async () => {
    for (const sub of ['ports', 'set', 'names']) await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(dir(), sub));
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false });
  });

  it('a duplicate host port: the next free port, or 127.0.0.1 only', async () => {
    const uri = await write('ports/compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n      - "8081:443"\n  admin:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const finding = await waitFor(() => ours(uri, 'no-duplicate-host-port')[0], { message: 'no clash' });
    const titles = ((await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range)) ?? []).map((a) => a.title);
    assert.ok(titles.includes('이 컴퓨터에서만 접속하게 ‘127.0.0.1:8082:80’으로 바꾸기'), titles.join(' | '));
    // The preferred fix is the first: 8081 is web's, so 8082.
    await applyFix(uri, 'no-duplicate-host-port', '호스트 포트를 ‘8082’로 바꾸기');
    assert.match(await text(uri), /admin:\n {4}image: nginx:1\.27\n {4}ports:\n {6}- "8082:80"\n/);
  });

  it('an undeclared volume in compose.override.yaml is declared in compose.yaml, the file that holds volumes:', async () => {
    const base = await write('set/compose.yaml', 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n');
    const override = await write('set/compose.override.yaml', 'services:\n  db:\n    volumes:\n      - backup:/backup\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(override));
    await applyFix(override, 'no-undeclared-volume', 'compose.yaml의 최상위 volumes에 ‘backup’ 선언하기');
    assert.strictEqual(await text(base), 'services:\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n  backup:\n');
    assert.strictEqual(await text(override), 'services:\n  db:\n    volumes:\n      - backup:/backup\n', 'the override is left alone');
  });

  it('an undeclared network gets a new networks: section; an undefined service the nearest name; a duplicate container name a new one', async () => {
    const uri = await write('names/compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    container_name: app\n    networks: [front]\n    depends_on: [dbb]\n  db:\n    image: postgres:16\n    container_name: app\n    networks: [front]\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await applyFix(uri, 'no-undeclared-network', '최상위 networks에 ‘front’ 선언하기');
    assert.match(await text(uri), /\nnetworks:\n {2}front:\n$/);
    await applyFix(uri, 'no-undefined-service', '‘db’로 바꾸기');
    assert.match(await text(uri), /depends_on: \[db\]/);
    await applyFix(uri, 'no-duplicate-container-name', '컨테이너 이름을 ‘app-db’로 바꾸기');
    assert.match(await text(uri), /db:\n {4}image: postgres:16\n {4}container_name: app-db\n/);
    assert.deepStrictEqual(ours(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message), []);
  });
});
