import vscode = require('vscode');
import type { Analysis } from './analysis/analysis';
import { lintTargetOf } from './analysis/analysis';
import { isEnabled, languageSetting } from './settings';
import { fill } from '../core/types';

// "Fix all" for one file: the code action kind `source.fixAll.dockerExplain` (run from "Fix
// All", "Source Action…" or `editor.codeActionsOnSave`) and the command "이 파일의 안전한 수정 모두
// 적용". Only fixes a rule marks safe (Fix.safe) are applied; the worker lints, applies and lints
// again until none is left with the CLI's `--fix` engine (src/core/lint/applyFixes.ts), so both
// give the same text and running it twice changes nothing. A file with a syntax error is left as it is.

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('dockerExplain');
export const FIX_ALL_COMMAND = 'dockerExplain.fixAllSafe';

const TEXT = {
  action: { ko: '이 파일의 안전한 수정 모두 적용', en: 'Apply all safe fixes in this file' },
  actionCount: { ko: '이 파일의 안전한 수정 모두 적용 ({count}개)', en: 'Apply all safe fixes in this file ({count})' },
  none: { ko: '이 파일에는 자동으로 고칠 수 있는 안전한 수정이 없어요.', en: 'There is no safe fix to apply in this file.' },
  parseError: { ko: '구문 오류가 있어서 고치지 않았어요. 구문 오류를 먼저 고치세요.', en: 'The file has a syntax error, so nothing was fixed. Fix the syntax error first.' },
  done: { ko: '안전한 수정 {count}개를 적용했어요.', en: 'Applied {count} safe fixes.' },
};

export function fixAllTitle(language: 'ko' | 'en', count?: number): string {
  return count === undefined ? TEXT.action[language] : fill(TEXT.actionCount[language], { count });
}

/**
 * One edit that turns the document into its fixed text (the changed middle only, so markers and
 * the cursor stay), or why there is none (`stopped`: a syntax error).
 */
export async function fixAllEdit(analysis: Analysis, document: vscode.TextDocument): Promise<{ edit: vscode.WorkspaceEdit; edits: number } | { stopped: 'parse-error' } | undefined> {
  const answer = await askFixAll(analysis, document);
  if (!answer) return undefined;
  if (!('text' in answer)) return answer.stopped === 'parse-error' ? { stopped: 'parse-error' } : undefined;
  const before = document.getText();
  const after = answer.text;
  if (after === before) return answer.stopped === 'parse-error' ? { stopped: 'parse-error' } : undefined;
  let start = 0;
  while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(endBefore)), after.slice(start, endAfter));
  return { edit, edits: answer.edits };
}

/** The worker's fix-all answer for this version of the document (undefined: not ours, or it changed meanwhile). */
async function askFixAll(analysis: Analysis, document: vscode.TextDocument) {
  const status = analysis.status(document);
  if (status.status !== 'ok' || !isEnabled('lint.enabled', document)) return undefined;
  const version = document.version;
  const answer = await analysis.request('fixAll', { doc: analysis.ref(document, status.kind), target: lintTargetOf(document) });
  return answer && !document.isClosed && document.version === version ? answer : undefined;
}

/**
 * How many fixes "fix all" will apply to this version: the engine's own count (the worker runs
 * it and keeps the result for the command), not the findings that have a safe fix, since the
 * engine skips a fix that collides with another or edits another file, fixes nothing in a file
 * with a syntax error, and may fix more in a second pass.
 */
export async function fixAllCount(analysis: Analysis, document: vscode.TextDocument): Promise<number> {
  const answer = await askFixAll(analysis, document);
  return answer && 'text' in answer ? answer.edits : 0;
}

export class FixAllProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [FIX_ALL_KIND] };

  constructor(private readonly analysis: Analysis) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    // Asked only for the source actions that include ours (fix all, on save), never for the lightbulb.
    if (!context.only || !context.only.contains(FIX_ALL_KIND)) return [];
    try {
      const fixed = await this.fixed(document);
      if (!fixed || !('edit' in fixed)) return [];
      const action = new vscode.CodeAction(fixAllTitle(languageSetting(document), fixed.edits), FIX_ALL_KIND);
      action.edit = fixed.edit;
      return [action];
    } catch (err) {
      console.error('[docker-explain] fix all failed', err);
      return [];
    }
  }

  private fixed(document: vscode.TextDocument) {
    return fixAllEdit(this.analysis, document);
  }
}

/** The command: applies the safe fixes of the given document (or the active editor's); returns how many edits. */
export async function fixAllCommand(analysis: Analysis, uri?: unknown): Promise<number> {
  const document = uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
  if (!document) return 0;
  const language = languageSetting(document);
  const fixed = await fixAllEdit(analysis, document);
  if (!fixed || !('edit' in fixed) || !(await vscode.workspace.applyEdit(fixed.edit))) {
    void vscode.window.showInformationMessage((fixed && 'stopped' in fixed ? TEXT.parseError : TEXT.none)[language]);
    return 0;
  }
  vscode.window.setStatusBarMessage(fill(TEXT.done[language], { count: fixed.edits }), 4000);
  return fixed.edits;
}
