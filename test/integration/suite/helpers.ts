// Small helpers for tests that drive the editor through the vscode API.
import * as vscode from 'vscode';
import { waitFor } from './harness';

export { sleep, waitFor } from './harness';

export const EXTENSION_ID = 'docker-explain.docker-explain';

/** The first workspace folder: the runner's copy of examples/. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('no workspace folder is open; the runner opens a copy of examples/');
  }
  return folder.uri;
}

/** Opens `relativePath` from the workspace in an editor and returns the editor. */
export async function openWorkspaceFile(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), relativePath));
  return vscode.window.showTextDocument(document);
}

/**
 * Opens `relativePath` and waits until our extension is active: opening a file of ours is
 * what activates it (onLanguage), and each test must work alone (--grep) as well as in order.
 */
export async function openAndActivate(relativePath: string): Promise<vscode.TextEditor> {
  const editor = await openWorkspaceFile(relativePath);
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) {
    throw new Error(`${EXTENSION_ID} is not loaded`);
  }
  await waitFor(() => extension.isActive, { message: `${EXTENSION_ID} did not activate on ${relativePath}` });
  return editor;
}

/** The 0-based line of the `occurrence`-th line matching `pattern`; throws if there is none. */
export function lineOf(document: vscode.TextDocument, pattern: RegExp, occurrence = 1): number {
  let seen = 0;
  for (let line = 0; line < document.lineCount; line++) {
    if (pattern.test(document.lineAt(line).text) && ++seen === occurrence) {
      return line;
    }
  }
  throw new Error(`${document.uri.path} has no line #${occurrence} matching ${pattern}`);
}

/** All hover text that every provider gives at `position`, Markdown as its source. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** The rule id of one of our diagnostics: Diagnostic.code is `{ value, target }` when it links to the rule's doc. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

/** Docker 해설's diagnostics on a document, of one rule when `rule` is given. */
export function ours(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'docker-explain' && (rule === undefined || codeOf(d) === rule));
}
