// Completion in the real editor (issue 16): VS Code asks every provider through
// `vscode.executeCompletionItemProvider`, as when someone types; ours answers from the worker
// with Korean documentation. The files are written into the workspace copy so they are files
// of the workspace like any other (team config, `.env`).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openAndActivate, waitFor, workspaceRoot } from './helpers';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function docOf(item: vscode.CompletionItem): string {
  const doc = item.documentation;
  return doc === undefined ? '' : typeof doc === 'string' ? doc : doc.value;
}

async function write(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Our items at a position: the ones with our Korean documentation (other providers add plain words). */
async function ours(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.filter((i) => /[가-힣]/.test(docOf(i)));
}

describe('completion in the real editor', () => {
  it('Dockerfile: mount types, --from= stages and instructions, each with a Korean explanation', async () => {
    const uri = await write('completion-test/Dockerfile', 'FROM node:20 AS deps\nFROM deps AS build\nRUN --mount=type=\nCOPY --from= . .\n\n');
    await openAndActivate('completion-test/Dockerfile');
    const types = await waitFor(async () => {
      const items = await ours(uri, new vscode.Position(2, 17));
      return items.some((i) => labelOf(i) === 'cache') ? items : undefined;
    }, { message: 'no mount types at RUN --mount=type=' });
    const cache = types.find((i) => labelOf(i) === 'cache');
    assert.ok(docOf(cache as vscode.CompletionItem).includes('빌드 사이에 유지되는 캐시'), docOf(cache as vscode.CompletionItem));
    assert.ok(cache?.detail && cache.detail.length > 0);
    const stages = (await ours(uri, new vscode.Position(3, 12))).map(labelOf);
    assert.ok(stages.includes('deps'), stages.join(', '));
    assert.ok(!stages.includes('build'), 'a stage cannot copy from itself');
    const instructions = await ours(uri, new vscode.Position(4, 0));
    const from = instructions.find((i) => labelOf(i) === 'FROM');
    assert.ok(from && docOf(from).includes('베이스 이미지'), instructions.map(labelOf).join(', '));
    assert.ok(from.insertText instanceof vscode.SnippetString, 'instructions insert snippets');
  });

  it('Compose: restart policies and the keys of a service', async () => {
    const uri = await write('completion-test/compose.yaml', 'services:\n  db:\n    image: postgres:16\n  web:\n    image: nginx\n    restart: \n    depends_on:\n      - \n    \n');
    await openAndActivate('completion-test/compose.yaml');
    const restart = await waitFor(async () => {
      const items = await ours(uri, new vscode.Position(5, 13));
      return items.some((i) => labelOf(i) === 'unless-stopped') ? items : undefined;
    }, { message: 'no restart policies' });
    assert.ok(docOf(restart.find((i) => labelOf(i) === 'unless-stopped') as vscode.CompletionItem).includes('직접 멈춘'));
    const deps = (await ours(uri, new vscode.Position(7, 8))).map(labelOf);
    assert.ok(deps.includes('db') && !deps.includes('web'), deps.join(', '));
    const keys = (await ours(uri, new vscode.Position(8, 4))).map(labelOf);
    assert.ok(keys.includes('ports') && keys.includes('healthcheck'), keys.join(', '));
    assert.ok(!keys.includes('image') && !keys.includes('restart'), 'keys already written are not offered again');
  });

  it('dockerExplain.completion.enabled: false turns our items off', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'completion-test/Dockerfile');
    await openAndActivate('completion-test/Dockerfile');
    const config = vscode.workspace.getConfiguration('dockerExplain');
    await config.update('completion.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      const items = await ours(uri, new vscode.Position(2, 17));
      assert.deepStrictEqual(items.map(labelOf), []);
    } finally {
      await config.update('completion.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
