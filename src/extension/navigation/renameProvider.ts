import vscode = require('vscode');
import type { Analysis } from '../analysis/analysis';
import { toVsRange } from '../convert';
import { languageSetting } from '../settings';
import { navigableRef, quietly, uriOf } from './request';

/** The Refactor Preview's group for edits to files that are not open (plain text). */
const REVIEW_NOT_OPEN = { ko: '열려 있지 않은 파일: 확인한 뒤에 바꿔요', en: 'Files that are not open: changed after you review them' };

/**
 * Rename of stage and service names, every reference with them (in a Compose project, in every
 * file). A rename Docker would not accept (an invalid or taken name) is refused with the
 * reason, in plain text: VS Code shows a thrown error's message to the user.
 */
export class NavigationRenameProvider implements vscode.RenameProvider {
  constructor(private readonly analysis: Analysis) {}

  async prepareRename(document: vscode.TextDocument, position: vscode.Position): Promise<{ range: vscode.Range; placeholder: string } | undefined> {
    const doc = navigableRef(this.analysis, document, 'rename');
    if (!doc) return undefined;
    const found = await quietly('rename', () => this.analysis.request('prepareRename', { doc, position: { line: position.line, character: position.character } }));
    if (!found) return undefined;
    if ('error' in found) throw new Error(found.error[languageSetting(document)]);
    return { range: toVsRange(found.range), placeholder: found.placeholder };
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit | undefined> {
    const doc = navigableRef(this.analysis, document, 'rename');
    if (!doc) return undefined;
    const result = await quietly('rename', () => this.analysis.request('rename', { doc, position: { line: position.line, character: position.character }, newName }));
    if (!result) return undefined;
    if ('error' in result) throw new Error(result.error[languageSetting(document)]);
    const edit = new vscode.WorkspaceEdit();
    // A rename reaches files the user may never have opened (an override, an included file, the
    // Compose file whose build.target names a stage): those edits need confirmation, so VS Code
    // shows them in the Refactor Preview before anything changes. A file outside every workspace
    // folder is never changed (the worker does not read those either: core/compose/readScope.ts).
    const review: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: true, label: REVIEW_NOT_OPEN[languageSetting(document)] };
    for (const file of result.changes) {
      const uri = uriOf(file.path, document);
      const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
      if (!open && !vscode.workspace.getWorkspaceFolder(uri)) continue;
      for (const e of file.edits) edit.replace(uri, toVsRange(e.range), e.newText, open ? undefined : review);
    }
    return edit;
  }
}
