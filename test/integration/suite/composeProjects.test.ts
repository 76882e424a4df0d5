// Compose files as a project in the real editor: a clash between compose.yaml and its override
// is reported in the override even while only compose.yaml is open, clears when either file is
// fixed, and an edit to an included file lints the file that includes it again. Works in a
// folder of its own inside the workspace copy, so the other suites' files are untouched.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, ours, waitFor, workspaceRoot } from './helpers';
import type { DockerExplainApi } from '../../../src/extension/extension';

const enc = new TextEncoder();
const dir = () => vscode.Uri.joinPath(workspaceRoot(), 'compose-set-it');

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(dir(), name);
  await vscode.workspace.fs.writeFile(uri, enc.encode(text));
  return uri;
}

async function replaceIn(uri: vscode.Uri, from: string, to: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const at = document.getText().indexOf(from);
  assert.ok(at >= 0, `${from} not in ${uri.path}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(document.positionAt(at), document.positionAt(at + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

describe('compose projects: the files of a set lint each other', function () {
  this.timeout(120_000);

  before(async () => {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(dir(), 'shared'));
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false });
  });

  it('an override clash shows on the closed override, points at compose.yaml, and clears when compose.yaml is fixed', async () => {
    const base = await write('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n');
    const override = await write('compose.override.yaml', 'services:\n  api:\n    image: nginx:1.27\n    ports:\n      - "8080:3000"\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(base));
    const clash = await waitFor(() => ours(override, 'no-duplicate-host-port')[0], { message: 'no clash reported on compose.override.yaml' });
    assert.ok(!isOpen(override), 'the override was never opened');
    assert.deepStrictEqual([clash.range.start.line, clash.range.start.character], [4, 8]);
    assert.match(clash.message, /compose\.yaml/);
    const related = clash.relatedInformation?.[0];
    assert.ok(related, 'the clash points at compose.yaml');
    assert.strictEqual(related.location.uri.toString(), base.toString());
    assert.strictEqual(related.location.range.start.line, 4);
    assert.deepStrictEqual(ours(base, 'no-duplicate-host-port'), [], 'reported once, in the file that must change');
    // compose.yaml edited (not saved): the override's diagnostic follows the editor's text.
    await replaceIn(base, '8080:80', '8081:80');
    await waitFor(() => ours(override, 'no-duplicate-host-port').length === 0, { message: 'the clash stayed after compose.yaml changed its port' });
    await vscode.commands.executeCommand('undo');
    await waitFor(() => ours(override, 'no-duplicate-host-port').length === 1, { message: 'the clash did not come back after undo' });
  });

  it('fixing the override clears the clash, and its related line in compose.yaml goes with it', async () => {
    const override = vscode.Uri.joinPath(dir(), 'compose.override.yaml');
    const base = vscode.Uri.joinPath(dir(), 'compose.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(base));
    await waitFor(() => ours(override, 'no-duplicate-host-port')[0]?.relatedInformation?.length === 1, { message: 'no clash once compose.yaml is open again' });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(override), { preview: false });
    await replaceIn(override, '8080:3000', '9090:3000');
    await waitFor(() => ours(override, 'no-duplicate-host-port').length === 0, { message: 'the clash stayed after the override was fixed' });
    assert.ok(!vscode.languages.getDiagnostics(override).some((d) => d.relatedInformation?.some((r) => r.location.uri.toString() === base.toString())));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('an edit to an included file lints the file that includes it again', async () => {
    // A folder of its own: a compose.yaml whose only other file is the one it includes.
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(dir(), 'app'));
    const main = await write('app/compose.yaml', 'include:\n  - ../shared/db.yaml\nservices:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n');
    const included = await write('shared/db.yaml', 'services:\n  db:\n    image: postgres:16\n');
    const api = vscode.extensions.getExtension<DockerExplainApi>(EXTENSION_ID)?.exports;
    assert.ok(api, 'the extension is active');
    const lintedMain = new Promise<void>((resolve) => {
      const sub = api.onDidLint((e) => {
        if (e.uri.toString() !== main.toString()) return;
        sub.dispose();
        resolve();
      });
    });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(main));
    await lintedMain;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(included), { preview: false, viewColumn: vscode.ViewColumn.Beside });
    // The file names a service of the include: no finding until the include renames it.
    assert.deepStrictEqual(ours(main, 'no-undefined-service'), []);
    await replaceIn(included, '  db:', '  database:');
    await waitFor(() => ours(main, 'no-undefined-service').length === 1, { message: 'app/compose.yaml did not see the rename in shared/db.yaml' });
    await vscode.commands.executeCommand('undo');
    await waitFor(() => ours(main, 'no-undefined-service').length === 0, { message: 'app/compose.yaml did not see the undo' });
  });
});
