import vscode = require('vscode');
import type { Analysis } from './analysis/analysis';
import type { ConceptsViewProvider, ErrorLocationTarget } from './panel/conceptsView';
import type { ErrorWorkspaceFile } from '../worker/protocol';
import { languageSetting } from './settings';

// A Docker error message (a terminal line, a pasted block) explained in the panel, with the
// workspace files that can say where its cause is written. The worker matches and explains;
// this module only gathers the files and hands the answer to the panel.

/** The files an error can point into: Dockerfiles, Compose files, .dockerignore files and shell scripts. */
const ERROR_FILES =
  '{**/Dockerfile,**/Dockerfile.*,**/*.Dockerfile,**/*.dockerfile,**/Containerfile,**/compose.yaml,**/compose.yml,**/compose.*.yaml,**/compose.*.yml,**/docker-compose*.yaml,**/docker-compose*.yml,**/.dockerignore,**/*.dockerignore,**/*.sh}';
const SKIPPED = '**/{node_modules,.git}/**';
const MAX_FILES = 200;
const MAX_FILE_BYTES = 1_000_000;

async function workspaceFiles(): Promise<{ files: ErrorWorkspaceFile[]; uris: Map<string, vscode.Uri> }> {
  const files: ErrorWorkspaceFile[] = [];
  const uris = new Map<string, vscode.Uri>();
  if (!vscode.workspace.workspaceFolders?.length) return { files, uris };
  const found = await vscode.workspace.findFiles(ERROR_FILES, SKIPPED, MAX_FILES);
  const decoder = new TextDecoder();
  for (const uri of found) {
    // The editor's text when the file is open (unsaved edits are what the user sees).
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text: string;
    if (open) text = open.getText();
    else {
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength > MAX_FILE_BYTES) continue;
        text = decoder.decode(bytes);
      } catch {
        continue;
      }
    }
    const path = vscode.workspace.asRelativePath(uri, false);
    files.push({ path, text });
    uris.set(path, uri);
  }
  return { files, uris };
}

/**
 * Explains a Docker message in the panel. Returns false, showing nothing, when the text holds
 * no message the catalog knows (the caller may then try it as a command).
 */
export async function explainErrorText(analysis: Analysis, concepts: ConceptsViewProvider, text: string): Promise<boolean> {
  const language = languageSetting();
  // Most texts given to "명령어 설명" are commands: ask without files first, so a command never
  // waits for a search of the workspace.
  const known = await analysis.request('explainError', { text, language, files: [] });
  if (!known) return false;
  const { files, uris } = await workspaceFiles();
  const answer = files.length > 0 ? ((await analysis.request('explainError', { text, language, files })) ?? known) : known;
  const locations: ErrorLocationTarget[] = [];
  for (const l of answer.locations) {
    const uri = uris.get(l.path);
    if (uri) locations.push({ uri, range: new vscode.Range(l.line, l.character, l.endLine, l.endCharacter), label: l.label });
  }
  concepts.showErrorExplanation(text.trim(), answer.markdown, locations, () => explainErrorText(analysis, concepts, text));
  return true;
}
