// The analysis worker seen from the real editor: answers follow the newest version while the
// user types fast, an oversized file gets one Korean notice instead of analysis, broken YAML
// gets a Korean diagnostic, and the rule-id hover in a disable comment (answered by the
// worker) still works. Files in a folder of their own in the workspace copy, removed after.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, hoverText, ours, waitFor, workspaceRoot } from './helpers';

const dir = () => vscode.Uri.joinPath(workspaceRoot(), 'worker-it');

/**
 * A file of its own in the workspace copy, opened in an editor. Not an untitled document: VS
 * Code may give a new untitled document the text of a closed one under the same name (its
 * backup), which made these tests see the 2.2 MB text of the test before.
 */
async function fileWith(name: string, content: string, language?: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(dir(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  let document = await vscode.workspace.openTextDocument(uri);
  if (language && document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
  assert.strictEqual(document.getText(), content, `${uri.toString()} did not open with its text`);
  const editor = await vscode.window.showTextDocument(document);
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  await waitFor(() => extension?.isActive === true, { message: `${EXTENSION_ID} did not activate` });
  return editor;
}

describe('analysis worker in the editor', () => {
  before(async () => {
    await vscode.workspace.fs.createDirectory(dir());
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
  after(async () => {
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false });
  });

  it('shows the diagnostics of the last version after a burst of edits, never a stale one', async () => {
    const editor = await fileWith('burst/compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n    ports:\n      - "8080:80"\n  api:\n    image: nginx:1.27\n    ports:\n      - "9090:80"\n');
    const uri = editor.document.uri;
    await waitFor(() => ours(uri).some((d) => codeOf(d) === 'no-privileged'), { message: 'no first lint' });
    const line = 9;
    const setPort = async (port: string) => {
      const text = editor.document.lineAt(line).text;
      const start = text.indexOf('"') + 1;
      assert.ok(await editor.edit((b) => b.replace(new vscode.Range(line, start, line, start + 4), port), { undoStopBefore: false, undoStopAfter: false }));
    };
    // Ten quick edits alternate between a clash (8080) and none (9090), ending with none; the
    // last one also drops api's image tag, so its own finding says when the last version is in.
    // From then on no answer for an earlier, clashing version may replace it.
    for (let i = 0; i < 10; i++) await setPort(i % 2 === 0 ? '8080' : '9090');
    assert.ok(await editor.edit((b) => b.replace(editor.document.lineAt(7).range, '    image: nginx')));
    assert.match(editor.document.lineAt(line).text, /"9090:80"/);
    await waitFor(() => ours(uri).some((d) => codeOf(d) === 'require-image-tag'), { message: 'the last version was not linted' });
    const settled = Date.now() + 2_000;
    while (Date.now() < settled) {
      const now = ours(uri);
      assert.ok(!now.some((d) => codeOf(d) === 'no-duplicate-host-port'), 'an answer for an earlier version replaced the last one');
      assert.ok(now.some((d) => codeOf(d) === 'require-image-tag'), 'the last version\'s diagnostics went away');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // And the clash of a version that has it arrives, on its entry.
    await setPort('8080');
    const clash = await waitFor(() => ours(uri).find((d) => codeOf(d) === 'no-duplicate-host-port'), { message: 'the clash of the final version was not reported' });
    assert.strictEqual(clash.range.start.line, line);
    assert.match(clash.message, /8080/);
  });

  it('gives an oversized Dockerfile one Korean notice, no hover, and keeps typing possible', async () => {
    const line = 'RUN echo "' + 'x'.repeat(90) + '"\n';
    const content = 'FROM alpine:3.20\n' + line.repeat(Math.ceil((2.2 * 1024 * 1024) / line.length));
    const editor = await fileWith('large/Dockerfile', content);
    const uri = editor.document.uri;
    const notice = await waitFor(() => ours(uri)[0], { message: 'no notice for the oversized file' });
    assert.strictEqual(ours(uri).length, 1);
    assert.strictEqual(notice.severity, vscode.DiagnosticSeverity.Information);
    assert.match(notice.message, /파일이 너무 커서\(2\.\dMB\) Docker 해설이 검사하지 않았어요/);
    assert.strictEqual(await hoverText(uri, new vscode.Position(0, 1)), '', 'an oversized file got a hover');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# still typing\n')));
  });

  it('reports broken YAML in Korean at its place and keeps explaining the rest', async () => {
    const editor = await fileWith('broken/compose.yaml', 'services:\n  web:\n    image: "nginx:1.27\n    ports:\n      - 8080:80\n');
    const uri = editor.document.uri;
    const syntax = await waitFor(() => ours(uri).find((d) => codeOf(d) === 'yaml-syntax'), { timeoutMs: 45_000 }).catch((err: unknown) => {
      // Say what was there instead, so a failure on a loaded machine can be told from a bug.
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.source}/${codeOf(d)}@${d.range.start.line}`);
      throw new Error(`no YAML syntax diagnostic on ${uri.toString()} (${editor.document.languageId}, version ${editor.document.version}); diagnostics: ${JSON.stringify(seen)}; ${String(err)}`);
    });
    assert.match(syntax.message, /[가-힣]/);
    assert.ok(syntax.range.start.line >= 2, `the syntax error is placed at line ${syntax.range.start.line}`);
  });

  it('explains the rule a disable comment switches off (answered by the worker)', async () => {
    const editor = await fileWith('pragma/Dockerfile', 'FROM node:20\n# docker-explain-disable-next-line no-root-user\nUSER root\n');
    const character = editor.document.lineAt(1).text.indexOf('no-root-user') + 3;
    const text = await waitFor(async () => {
      const hover = await hoverText(editor.document.uri, new vscode.Position(1, character));
      return hover.includes('no-root-user') ? hover : undefined;
    }, { message: 'no hover on the rule id' });
    assert.match(text, /규칙 설명 보기/);
    assert.match(text, /command:dockerExplain\.showRule/);
  });
});
