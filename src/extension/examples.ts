import vscode = require('vscode');
import { fill } from '../core/types';
import { languageSetting } from './settings';

/** The example files the extension ships (examples/ in the repository, listed in .vscodeignore). */
export const EXAMPLE_FILES = ['Dockerfile', 'compose.yaml'] as const;
export type ExampleFile = (typeof EXAMPLE_FILES)[number];

export const OPEN_EXAMPLE_DOCKERFILE_COMMAND = 'dockerExplain.openExampleDockerfile';
export const OPEN_EXAMPLE_COMPOSE_COMMAND = 'dockerExplain.openExampleCompose';

/**
 * Opens one of the shipped examples as a real file in a scratch folder of the extension's own
 * storage (globalStorageUri/examples), never in the user's workspace. A real file, unlike an
 * untitled document, is not dirty when nothing was typed, so closing it asks nothing (UX review
 * 45, 46); the Compose file finds the Dockerfile beside it (`build: .`), as in a project.
 * Every example is written afresh unless its scratch copy is open, so a reader's edits in an
 * open tab are kept and a closed example starts clean. Where the storage cannot be written (a
 * virtual file system), the example opens as an untitled document as before.
 */
export async function openExample(extensionUri: vscode.Uri, storageUri: vscode.Uri, file: ExampleFile): Promise<vscode.TextEditor | undefined> {
  try {
    const folder = vscode.Uri.joinPath(storageUri, 'examples');
    let target: vscode.Uri | undefined;
    try {
      await vscode.workspace.fs.createDirectory(folder);
      for (const name of EXAMPLE_FILES) {
        const copy = vscode.Uri.joinPath(folder, name);
        if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === copy.toString())) {
          await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'examples', name)));
        }
      }
      target = vscode.Uri.joinPath(folder, file);
    } catch {
      target = undefined;
    }
    if (target) return await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
    const content = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'examples', file)));
    const document = await vscode.workspace.openTextDocument({ language: file === 'Dockerfile' ? 'dockerfile' : 'dockercompose', content });
    return await vscode.window.showTextDocument(document);
  } catch (err) {
    void vscode.window.showErrorMessage(fill(languageSetting() === 'en' ? 'Could not open the example file {file}: {error}' : '예제 파일 {file}을/를 열지 못했어요: {error}', { file, error: String(err) }));
    return undefined;
  }
}

/** The example commands: one per file, so each walkthrough step is completed by its own button only. */
export function registerExampleCommands(context: vscode.ExtensionContext): vscode.Disposable[] {
  const open = (file: ExampleFile) => openExample(context.extensionUri, context.globalStorageUri, file);
  return [
    vscode.commands.registerCommand('dockerExplain.openExample', (file: unknown) => open(file === 'compose.yaml' ? 'compose.yaml' : 'Dockerfile')),
    vscode.commands.registerCommand(OPEN_EXAMPLE_DOCKERFILE_COMMAND, () => open('Dockerfile')),
    vscode.commands.registerCommand(OPEN_EXAMPLE_COMPOSE_COMMAND, () => open('compose.yaml')),
  ];
}
