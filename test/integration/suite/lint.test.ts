// Lint in the real editor: the team config, quick fixes applied through the editor's own
// code action machinery, and the config file's own diagnostics. Works in a folder of its own
// inside the workspace copy, so the other suites' files are untouched.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { lintFile, parseDocument, resolveConfigForFile } from '../../../src/core';
import { EXTENSION_ID, codeOf, hoverText, ours, waitFor, workspaceRoot } from './helpers';
import type { DockerExplainApi } from '../../../src/extension/extension';

const enc = new TextEncoder();
const dir = () => vscode.Uri.joinPath(workspaceRoot(), 'lint-it');

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(dir(), name);
  await vscode.workspace.fs.writeFile(uri, enc.encode(text));
  return uri;
}

async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

const COMPOSE = 'services:\n  sftp:\n    image: atmoz/sftp\n    ports:\n      - 2222:22\n';

describe('lint: team config and quick fixes in the editor', () => {
  before(async () => {
    await vscode.workspace.fs.createDirectory(dir());
    await write('.docker-explain.json', '{\n  // team settings for this folder\n  "rules": {}\n}\n');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false });
  });

  it('diagnostics carry source, code {value, target} and equal what the core (and so the CLI) computes', async () => {
    const uri = await write('compose.yaml', COMPOSE);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const quote = await waitFor(() => ours(uri, 'quote-port-mapping')[0], { message: 'no quote-port-mapping diagnostic' });
    assert.deepStrictEqual([quote.range.start.line, quote.range.start.character, quote.range.end.line, quote.range.end.character], [4, 8, 4, 15]);
    // The rule link leads to the panel's rule page, not to the raw docs/rules/<id>.md (issue 14 item 4).
    assert.ok(typeof quote.code === 'object' && quote.code.target.scheme === 'command' && quote.code.target.path === 'dockerExplain.showRule');
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(quote.code.target.query)), ['quote-port-mapping']);
    // Plain text where VS Code shows plain text (issue 14 item 1): no Markdown code marks.
    for (const d of ours(uri)) assert.ok(!d.message.includes('`'), d.message);
    const path = uri.fsPath.replace(/\\/g, '/');
    const config = resolveConfigForFile(path, (p) => {
      try {
        return fs.readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    }, { workspaceRoot: workspaceRoot().fsPath.replace(/\\/g, '/') });
    const expected = lintFile({ path, doc: parseDocument(document.getText(), 'compose'), config, language: 'ko' }).diagnostics;
    const shown = ours(uri);
    assert.deepStrictEqual(
      shown.map((d) => [codeOf(d), d.message, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]).sort(),
      expected.map((d) => [d.rule, d.message, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]).sort(),
    );
  });

  it('the quote fix, applied through the editor, quotes the mapping and the warning goes', async () => {
    const uri = vscode.Uri.joinPath(dir(), 'compose.yaml');
    const quote = await waitFor(() => ours(uri, 'quote-port-mapping')[0], { message: 'no quote-port-mapping diagnostic' });
    const actions = await actionsAt(uri, quote.range);
    const fix = actions.find((a) => a.title === '따옴표로 감싸기');
    assert.ok(fix?.edit, `no quote fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.title === '이 줄에서 ‘quote-port-mapping’ 끄기'));
    assert.ok(actions.some((a) => a.title === '팀 설정(.docker-explain.json)에서 ‘quote-port-mapping’ 끄기'));
    assert.ok(actions.some((a) => a.title === '‘quote-port-mapping’ 규칙 설명 보기'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.lineAt(4).text, '      - "2222:22"');
    await waitFor(() => ours(uri, 'quote-port-mapping').length === 0, { message: 'the warning stayed after the fix' });
  });

  it('"이 줄에서 끄기" inserts the pragma above the line and the diagnostic goes', async () => {
    const uri = vscode.Uri.joinPath(dir(), 'compose.yaml');
    const tag = await waitFor(() => ours(uri, 'require-image-tag')[0], { message: 'no require-image-tag diagnostic' });
    const action = (await actionsAt(uri, tag.range)).find((a) => a.title === '이 줄에서 ‘require-image-tag’ 끄기');
    assert.ok(action?.edit);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.lineAt(2).text, '    # docker-explain-disable-next-line require-image-tag');
    await waitFor(() => ours(uri, 'require-image-tag').length === 0, { message: 'require-image-tag still shown' });
    // Hovering the rule id in the pragma explains what it switches off.
    const hover = await hoverText(uri, new vscode.Position(2, document.lineAt(2).text.indexOf('require-image-tag') + 3));
    assert.match(hover, /이미지는 ‘latest’가 아닌 태그\(또는 다이제스트\)로 고정해요/);
  });

  it('"팀 설정에서 끄기" edits the nearest .docker-explain.json and the rule goes', async () => {
    const uri = await write('compose.old.yaml', 'version: "3"\nservices:\n  a:\n    image: nginx:1.27\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const version = await waitFor(() => ours(uri, 'no-obsolete-version')[0], { message: 'no no-obsolete-version diagnostic' });
    const action = (await actionsAt(uri, version.range)).find((a) => a.title === '팀 설정(.docker-explain.json)에서 ‘no-obsolete-version’ 끄기');
    assert.ok(action?.command);
    // It asks first (a modal naming the rule and the file) and takes a reason: answered here.
    const api = vscode.extensions.getExtension<DockerExplainApi>(EXTENSION_ID)!.exports;
    const asked: string[] = [];
    const real = api.teamConfigPrompts.current;
    api.teamConfigPrompts.current = { confirm: async (m, d) => (asked.push(m, d), true), reason: async () => '예전 파일이라 그대로 둬요' };
    try {
      assert.strictEqual(await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])), true);
    } finally {
      api.teamConfigPrompts.current = real;
    }
    assert.match(asked[0], /‘no-obsolete-version’/);
    assert.match(asked[1], /lint-it\/\.docker-explain\.json/);
    const config = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir(), '.docker-explain.json')));
    assert.match(config, /\/\/ team settings for this folder/, 'the comment is kept');
    assert.match(config, /\/\/ 예전 파일이라 그대로 둬요\n\s+"no-obsolete-version": "off"/);
    await waitFor(() => ours(uri, 'no-obsolete-version').length === 0, { message: 'the rule is still reported after the config change' });
  });

  it('a broken config: Korean diagnostic on the config file at the exact place, defaults apply', async () => {
    const sub = vscode.Uri.joinPath(dir(), 'broken');
    await vscode.workspace.fs.createDirectory(sub);
    const configUri = vscode.Uri.joinPath(sub, '.docker-explain.json');
    await vscode.workspace.fs.writeFile(configUri, enc.encode('{\n  "rules": {\n    "require-image-tag": "off"\n    "no-privileged": "off"\n  }\n}\n'));
    const uri = vscode.Uri.joinPath(sub, 'compose.yaml');
    await vscode.workspace.fs.writeFile(uri, enc.encode('services:\n  a:\n    image: nginx\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const problem = await waitFor(() => vscode.languages.getDiagnostics(configUri).find((d) => d.source === 'docker-explain'), { message: 'no diagnostic on the broken config' });
    assert.deepStrictEqual([problem.range.start.line, problem.range.start.character], [3, 4]);
    assert.match(problem.message, /JSON 문법이 잘못됐어요/);
    await waitFor(() => ours(uri, 'require-image-tag').length === 1, { message: 'defaults did not apply next to a broken config' });
  });

  it('a .docker-explain.json that is a FIFO: a Korean problem on it, defaults apply, the quick fix says why instead of blocking (review F2)', async function () {
    // On main the worker's thread blocked in open(2) waiting for a writer, and the quick fix's
    // reader blocked the extension host itself.
    const sub = vscode.Uri.joinPath(dir(), 'fifo');
    await vscode.workspace.fs.createDirectory(sub);
    const configUri = vscode.Uri.joinPath(sub, '.docker-explain.json');
    const made = spawnSync('mkfifo', [configUri.fsPath]);
    assert.strictEqual(made.status, 0, `mkfifo failed: ${String(made.stderr)}`);
    const uri = vscode.Uri.joinPath(sub, 'compose.yaml');
    await vscode.workspace.fs.writeFile(uri, enc.encode('services:\n  a:\n    image: nginx\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // The FIFO is not a root: lint-it/.docker-explain.json (no-obsolete-version off since the test above) still applies.
    const tag = await waitFor(() => ours(uri, 'require-image-tag')[0], { message: 'no lint next to a FIFO config' });
    const problem = await waitFor(() => vscode.languages.getDiagnostics(configUri).find((d) => d.source === 'docker-explain'), { message: 'no diagnostic on the FIFO config' });
    assert.match(problem.message, /일반 파일이 아니에요/);
    const action = (await actionsAt(uri, tag.range)).find((a) => a.title === '팀 설정(.docker-explain.json)에서 ‘require-image-tag’ 끄기');
    assert.ok(action?.command);
    const started = Date.now();
    assert.strictEqual(await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])), false);
    assert.ok(Date.now() - started < 5_000, `the quick fix took ${Date.now() - started} ms`);
    fs.rmSync(configUri.fsPath);
  });
});
