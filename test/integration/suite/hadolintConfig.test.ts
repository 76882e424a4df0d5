// A team that lints with hadolint opens its repository: with only a `.hadolint.yaml` (no
// `.docker-explain.json`), the rules it ignores stay silent in the real editor and the others
// still report; a broken `.hadolint.yaml` shows a Korean problem on itself and the defaults apply.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ours, waitFor, workspaceRoot } from './helpers';

const enc = new TextEncoder();
const DOCKERFILE = 'FROM ubuntu:22.04\nRUN echo a\nRUN echo b\nUSER root\n';

describe('hadolint config read directly in the editor', () => {
  const dir = () => vscode.Uri.joinPath(workspaceRoot(), 'hadolint-it');
  before(async () => {
    await vscode.workspace.fs.createDirectory(dir());
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false });
  });

  it('only .hadolint.yaml ignoring DL3059: merge-consecutive-run is absent while no-root-user is present', async () => {
    const sub = vscode.Uri.joinPath(dir(), 'ignore');
    await vscode.workspace.fs.createDirectory(sub);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(sub, '.hadolint.yaml'), enc.encode('ignored:\n  - DL3059\n'));
    const uri = vscode.Uri.joinPath(sub, 'Dockerfile');
    await vscode.workspace.fs.writeFile(uri, enc.encode(DOCKERFILE));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(() => ours(uri, 'no-root-user').length === 1, { message: 'no-root-user is not reported next to a .hadolint.yaml' });
    assert.deepStrictEqual(ours(uri, 'merge-consecutive-run').map((d) => d.message), [], 'the rule hadolint ignores (DL3059) is still reported');

    // The same file without the hadolint config: the rule comes back (so the silence above was the config's doing).
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(sub, '.hadolint.yaml'));
    await waitFor(() => ours(uri, 'merge-consecutive-run').length === 1, { message: 'merge-consecutive-run did not come back once .hadolint.yaml was deleted' });
  });

  it('a broken .hadolint.yaml: a Korean problem on it, and the defaults apply', async () => {
    const sub = vscode.Uri.joinPath(dir(), 'broken');
    await vscode.workspace.fs.createDirectory(sub);
    const configUri = vscode.Uri.joinPath(sub, '.hadolint.yaml');
    await vscode.workspace.fs.writeFile(configUri, enc.encode('ignored: DL3059\noverride:\n  error: [DL3002]\n'));
    const uri = vscode.Uri.joinPath(sub, 'Dockerfile');
    await vscode.workspace.fs.writeFile(uri, enc.encode(DOCKERFILE));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const problem = await waitFor(() => vscode.languages.getDiagnostics(configUri).find((d) => d.source === 'docker-explain'), { message: 'no diagnostic on the broken .hadolint.yaml' });
    assert.match(problem.message, /규칙 코드 목록/);
    assert.strictEqual(problem.range.start.line, 0);
    // The broken entry is skipped; the valid override still applies and nothing else is lost.
    const root = await waitFor(() => ours(uri, 'no-root-user')[0], { message: 'no-root-user is missing' });
    assert.strictEqual(root.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(ours(uri, 'merge-consecutive-run').length, 1);
  });
});
