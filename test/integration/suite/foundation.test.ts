// The extension in a real editor: activation, hover, diagnostics and the command, on the
// files of examples/ (the runner opens a fresh copy of that folder as the workspace).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, hoverText, lineOf, openAndActivate, openWorkspaceFile, ours, waitFor } from './helpers';

describe('foundation: the extension in the editor', () => {
  it('activates when a Dockerfile opens', async () => {
    await openWorkspaceFile('Dockerfile');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    // Opening the file fires onLanguage:dockerfile; activation runs on its own.
    await waitFor(() => extension.isActive, { message: `${EXTENSION_ID} did not activate` });
  });

  it('explains FROM in Korean on hover', async () => {
    const editor = await openAndActivate('Dockerfile');
    const line = lineOf(editor.document, /^FROM\b/);
    const text = await waitFor(
      async () => {
        const hover = await hoverText(editor.document.uri, new vscode.Position(line, 1));
        return hover.includes('베이스 이미지') && hover;
      },
      { message: 'no hover with 베이스 이미지 on FROM' },
    );
    assert.match(text, /베이스 이미지/);
  });

  it('reports the second use of host port 8080 in compose.yaml', async () => {
    const editor = await openAndActivate('compose.yaml');
    const uri = editor.document.uri;
    const second = lineOf(editor.document, /"8080:80"/, 2);
    const diagnostic = await waitFor(() => ours(uri, 'no-duplicate-host-port')[0], { message: 'no no-duplicate-host-port diagnostic from docker-explain' });
    assert.strictEqual(diagnostic.range.start.line, second, 'the diagnostic is on the second "8080:80"');
  });

  it('explains a ports entry with its host and container port', async () => {
    const editor = await openAndActivate('compose.yaml');
    const line = lineOf(editor.document, /"8080:80"/);
    const character = editor.document.lineAt(line).text.indexOf('8080') + 1;
    // The first hover of a new document may come before its parse is cached: ask until ours answers.
    const text = await waitFor(
      async () => {
        const hover = await hoverText(editor.document.uri, new vscode.Position(line, character));
        return hover.includes('호스트') && hover;
      },
      { message: 'no hover with 호스트 on "8080:80"' },
    );
    assert.match(text, /8080/);
    assert.match(text, /\b80\b/);
    assert.match(text, /호스트/);
  });

  it('contributes the dockerExplain.showConcepts command', async () => {
    // Commands are registered on activation; before it only package.json lists them.
    await openAndActivate('Dockerfile');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('dockerExplain.showConcepts'), 'dockerExplain.showConcepts is not registered');
  });
});
