// docker commands in the real editor: hovers in a shell script (examples/scripts/run.sh), in
// a Markdown sh fence (examples/README.md) and in an untitled shell document, and the
// command-side lint in a shell script.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, lineOf, openAndActivate, waitFor } from './helpers';
import { WebviewDriver, webviewBridge } from './webview';

async function hoverIncluding(uri: vscode.Uri, position: vscode.Position, needle: string): Promise<string> {
  // The first hover of a new document may come before its parse is cached: ask until ours answers.
  return waitFor(
    async () => {
      const text = await hoverText(uri, position);
      return text.includes(needle) && text;
    },
    { message: `no hover with ${needle} at ${position.line}:${position.character}` },
  );
}

describe('docker commands in the editor', () => {
  it('explains docker run in order on the subcommand of a shell script', async () => {
    const editor = await openAndActivate('scripts/run.sh');
    const line = lineOf(editor.document, /docker run -d --name web1/);
    const character = editor.document.lineAt(line).text.indexOf('run') + 1;
    // The editor's hover is brief (issue 14 item 2): this line's options with their values, then "자세히".
    const text = await hoverIncluding(editor.document.uri, new vscode.Position(line, character), '호스트 8080 → 컨테이너 80');
    assert.match(text, /`--name web1`/);
    assert.match(text, /\[자세히\]\(command:dockerExplain\.showHoverDetails\?/);
    // The whole explanation, in order, is what "자세히" asks the worker for.
    const api = vscode.extensions.getExtension('docker-explain.docker-explain');
    assert.ok(api?.isActive);
    assert.strictEqual(await vscode.commands.executeCommand('dockerExplain.showHoverDetails', editor.document.uri.toString(), line, character), true);
    if (webviewBridge()) {
      const card = await new WebviewDriver('Docker 개념').waitFor('#command-explanation', (m) => m.length === 1 && m[0].text.includes('Docker 클라이언트(docker)가 요청을'), { message: 'the run flow is not in the panel' });
      assert.match(card[0].text, /nginx:1\.27-alpine/);
      assert.match(card[0].text, /호스트 8080 → 컨테이너 80/);
    }
  });

  it('explains --volumes-from with its container in a shell script', async () => {
    const editor = await openAndActivate('scripts/run.sh');
    const line = lineOf(editor.document, /--volumes-from web1/);
    const character = editor.document.lineAt(line).text.indexOf('--volumes-from') + 3;
    const text = await hoverIncluding(editor.document.uri, new vscode.Position(line, character), 'web1');
    assert.match(text, /모든 마운트/);
  });

  it('explains -p inside a Markdown sh fence', async () => {
    const editor = await openAndActivate('README.md');
    const line = lineOf(editor.document, /^docker run --rm -p 8080:80/);
    const character = editor.document.lineAt(line).text.indexOf('-p') + 1;
    const text = await hoverIncluding(editor.document.uri, new vscode.Position(line, character), '호스트 8080');
    assert.match(text, /컨테이너 80/);
  });

  it('says that -d belongs to docker run when used on docker build (untitled shell document)', async () => {
    await openAndActivate('scripts/run.sh');
    const document = await vscode.workspace.openTextDocument({ language: 'shellscript', content: 'docker build -d -p 80 img\n' });
    await vscode.window.showTextDocument(document);
    const text = await hoverIncluding(document.uri, new vscode.Position(0, 14), 'docker run');
    assert.match(text, /docker build/);
  });
});
