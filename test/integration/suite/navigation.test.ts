// Navigation in the real editor: go to definition, rename (and its Korean refusal), the
// outline, folding and document links come from our providers through VS Code's own commands,
// and the per-feature setting turns a provider off. Works in a folder of its own inside the
// workspace copy, so the other suites' files are untouched.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openAndActivate, waitFor, workspaceRoot } from './helpers';

const enc = new TextEncoder();
const dir = () => vscode.Uri.joinPath(workspaceRoot(), 'navigation-it');

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(dir(), name);
  await vscode.workspace.fs.writeFile(uri, enc.encode(text));
  return uri;
}

const DOCKERFILE = 'FROM golang:1.23 AS build\nRUN go build -o /app \\\n    ./cmd/app\nFROM alpine:3.20\nCOPY --from=build /app /app\n';
const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n    env_file: web.env\n    depends_on: [db]\n  db:\n    image: postgres:16\n';
const OVERRIDE = 'services:\n  web:\n    links: [db]\n';

describe('navigation: definitions, rename, outline, folding and links', function () {
  this.timeout(120_000);
  let dockerfile: vscode.Uri;
  let compose: vscode.Uri;
  let override: vscode.Uri;

  before(async () => {
    await vscode.workspace.fs.createDirectory(dir());
    dockerfile = await write('Dockerfile', DOCKERFILE);
    compose = await write('compose.yaml', COMPOSE);
    override = await write('compose.override.yaml', OVERRIDE);
    await write('web.env', 'A=1\n');
    await openAndActivate('navigation-it/Dockerfile');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false });
  });

  it('go to definition: COPY --from=build goes to the stage', async () => {
    const found = await waitFor(
      async () => {
        const locations = (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', dockerfile, new vscode.Position(4, 14))) ?? [];
        return locations.length ? locations : undefined;
      },
      { message: 'no definition for --from=build' },
    );
    const first = found[0];
    const uri = 'uri' in first ? first.uri : first.targetUri;
    const range = 'range' in first ? first.range : first.targetRange;
    assert.strictEqual(uri.toString(), dockerfile.toString());
    assert.deepStrictEqual([range.start.line, range.start.character, range.end.character], [0, 20, 25]);
  });

  it('go to definition across the Compose project: the override file’s link goes to compose.yaml', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(override));
    const found = await waitFor(
      async () => {
        const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', override, new vscode.Position(2, 13))) ?? [];
        return locations.length ? locations : undefined;
      },
      { message: 'no definition for links: [db]' },
    );
    assert.deepStrictEqual(found.map((l) => `${l.uri.path.split('/').pop()}:${l.range.start.line}`), ['compose.yaml:5']);
  });

  it('rename a service: every file of the project; a taken name is refused in Korean', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(compose));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', compose, new vscode.Position(5, 3), 'postgres');
    assert.ok(edit, 'no rename edit');
    const byFile = edit.entries().map(([uri, edits]) => `${uri.path.split('/').pop()}:${edits.map((e) => `${e.range.start.line}:${e.newText}`).join(',')}`).sort();
    assert.deepStrictEqual(byFile, ['compose.override.yaml:2:postgres', 'compose.yaml:4:postgres,5:postgres']);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', compose, new vscode.Position(5, 3), 'web')),
      (err: unknown) => /이미 있어요/.test(String(err instanceof Error ? err.message : err)),
    );
  });

  it('rename a stage in the Dockerfile: the Compose build.target that names it changes too', async () => {
    const stageDockerfile = await write('stage/Dockerfile', 'FROM golang:1.23 AS build\nFROM alpine:3.20 AS runtime\nCOPY --from=build /a /a\n');
    const stageCompose = await write('stage/compose.yaml', 'services:\n  app:\n    build:\n      context: .\n      target: runtime\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(stageDockerfile));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', stageDockerfile, new vscode.Position(1, 22), 'final');
    assert.ok(edit, 'no rename edit');
    const byFile = edit.entries().map(([uri, edits]) => `${uri.path.split('/').slice(-2).join('/')}:${edits.map((e) => `${e.range.start.line}:${e.newText}`).join(',')}`).sort();
    assert.deepStrictEqual(byFile, ['stage/Dockerfile:1:final', 'stage/compose.yaml:4:final']);
    assert.ok(stageCompose);
  });

  it('outline: the Dockerfile’s stages with their instructions', async () => {
    // A file of its own, shown first: VS Code keeps one outline per document version and shares it with the outline view.
    const fresh = await write('outline.Dockerfile', DOCKERFILE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fresh));
    const symbols = await waitFor(
      async () => {
        const found = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', fresh)) ?? [];
        return found.length ? found : undefined;
      },
      { message: 'no outline for the Dockerfile' },
    );
    assert.deepStrictEqual(symbols.map((s) => s.name), ['build', 'alpine:3.20']);
    assert.deepStrictEqual(symbols[0].children.map((c) => c.name), ['RUN']);
    assert.strictEqual(symbols[0].kind, vscode.SymbolKind.Class);
  });

  it('folding: the stage and the instruction on two lines', async () => {
    const ranges = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', dockerfile)) ?? [];
    assert.deepStrictEqual(ranges.map((r) => [r.start, r.end]).sort(), [[0, 2], [1, 2], [3, 4]]);
  });

  it('document links: the image’s Docker Hub page and the env_file', async () => {
    const links = await waitFor(
      async () => {
        const found = (await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', compose)) ?? [];
        return found.length >= 3 ? found : undefined;
      },
      { message: 'no links in compose.yaml' },
    );
    const targets = links.map((l) => `${l.range.start.line}:${l.target?.scheme === 'file' ? l.target.path.split('/').pop() : l.target?.toString()}`);
    assert.ok(targets.includes('2:https://hub.docker.com/_/nginx'), targets.join(' '));
    assert.ok(targets.includes('3:web.env'), targets.join(' '));
    assert.ok(targets.includes('6:https://hub.docker.com/_/postgres'), targets.join(' '));
  });

  it('dockerExplain.symbols.enabled = off: no outline from us', async () => {
    const config = vscode.workspace.getConfiguration('dockerExplain');
    await config.update('symbols.enabled', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      // A file never outlined before, so no outline kept from when the setting was on.
      const fresh = await write('off.Dockerfile', DOCKERFILE);
      // The workspace setting reaches the extension host as a configuration event after update()
      // resolves; ask once the host reads 'off', and again until the outline is empty (it was
      // seen non-empty on a loaded machine when asked at once).
      await waitFor(async () => vscode.workspace.getConfiguration('dockerExplain').get('symbols.enabled') === 'off' || undefined, { message: 'the setting never read off' });
      const found = await waitFor(
        async () => {
          const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', fresh)) ?? [];
          return symbols.length === 0 ? symbols : undefined;
        },
        { message: 'our outline is still there with the setting off' },
      );
      assert.deepStrictEqual(found.map((x) => x.name), []);
    } finally {
      await config.update('symbols.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
