import fs = require('fs');
import vscode = require('vscode');
import { applyEdits, modify } from 'jsonc-parser';
import type { Language } from '../core/types';
import { fill } from '../core/types';
import type { ConfigWatcher } from './configWatcher';
import { CONFIG_FILE_NAME } from './configWatcher';
import type { DiagnosticsController } from './diagnostics';
import type { Analysis } from './analysis/analysis';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { toVsRange } from './convert';
import { languageSetting } from './settings';

export const DISABLE_IN_CONFIG_COMMAND = 'dockerExplain.disableRuleInConfig';
export const SHOW_RULE_COMMAND = 'dockerExplain.showRule';

const TEXT = {
  disableLine: { ko: '이 줄에서 ‘{rule}’ 끄기', en: 'Disable ‘{rule}’ for this line' },
  disableConfig: { ko: '팀 설정(.docker-explain.json)에서 ‘{rule}’ 끄기', en: 'Disable ‘{rule}’ in the team config (.docker-explain.json)' },
  showRule: { ko: '‘{rule}’ 규칙 설명 보기', en: 'Show the ‘{rule}’ rule' },
  disabled: { ko: '‘{file}’에서 ‘{rule}’을/를 껐어요. 이 설정은 CLI에도 똑같이 적용돼요.', en: 'Disabled ‘{rule}’ in ‘{file}’; the CLI obeys it too.' },
  failed: { ko: '팀 설정을 고치지 못했어요: {error}', en: 'Could not edit the team config: {error}' },
};

function t(key: keyof typeof TEXT, language: Language, values: Record<string, string>): string {
  return fill(TEXT[key][language], values);
}

function ruleIdOf(diagnostic: vscode.Diagnostic, known: ReadonlySet<string>): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  const id = typeof code === 'object' && code !== null ? String(code.value) : typeof code === 'string' ? code : undefined;
  return id && known.has(id) ? id : undefined;
}

/**
 * Quick fixes for our diagnostics: the rule's own fixes where it is certain (quote a port,
 * remove `version:` …), then for every rule "이 줄에서 끄기" (a disable-next-line comment),
 * "팀 설정에서 끄기" (edits `.docker-explain.json`, only when chosen) and "규칙 설명 보기".
 */
export class LintCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly diagnostics: DiagnosticsController, private readonly analysis: Analysis) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    try {
      if (!context.diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE)) return actions;
      const known = new Set((await this.analysis.rules()).rules.map((r) => r.id));
      const language = languageSetting(document);
      const result = this.diagnostics.results.get(document.uri.toString());
      const fresh = result && result.version === document.version ? result.diagnostics : [];
      const seenRules = new Set<string>();
      for (const diagnostic of context.diagnostics) {
        const rule = ruleIdOf(diagnostic, known);
        if (!rule) continue;
        const lint = fresh.find((d) => d.rule === rule && toVsRange(d.range).isEqual(diagnostic.range));
        for (const [i, fix] of (lint?.fixes ?? []).entries()) {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.edit = new vscode.WorkspaceEdit();
          // An edit may go to another file of the Compose set (a volume declared in compose.yaml).
          for (const e of fix.edits) action.edit.replace(e.file ? vscode.Uri.file(e.file) : document.uri, toVsRange(e.range), e.newText);
          action.diagnostics = [diagnostic];
          action.isPreferred = i === 0;
          actions.push(action);
        }
        const disableLine = new vscode.CodeAction(t('disableLine', language, { rule }), vscode.CodeActionKind.QuickFix);
        disableLine.edit = new vscode.WorkspaceEdit();
        const at = await this.commentLine(document, diagnostic.range.start.line);
        const indent = /^\s*/.exec(document.lineAt(at).text)?.[0] ?? '';
        disableLine.edit.insert(document.uri, new vscode.Position(at, 0), `${indent}# docker-explain-disable-next-line ${rule}${document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'}`);
        disableLine.diagnostics = [diagnostic];
        actions.push(disableLine);
        if (seenRules.has(rule)) continue;
        seenRules.add(rule);
        const disableConfig = new vscode.CodeAction(t('disableConfig', language, { rule }), vscode.CodeActionKind.QuickFix);
        disableConfig.command = { command: DISABLE_IN_CONFIG_COMMAND, title: disableConfig.title, arguments: [document.uri, rule] };
        disableConfig.diagnostics = [diagnostic];
        actions.push(disableConfig);
        const show = new vscode.CodeAction(t('showRule', language, { rule }), vscode.CodeActionKind.QuickFix);
        show.command = { command: SHOW_RULE_COMMAND, title: show.title, arguments: [rule] };
        actions.push(show);
      }
    } catch (err) {
      console.error('[docker-explain] code actions failed', err);
    }
    return actions;
  }

  /**
   * Where the disable comment goes: above the line, or above the start of the Dockerfile
   * instruction / docker command it belongs to (a comment inside a `\` continuation of a
   * shell command would end the command).
   */
  private async commentLine(document: vscode.TextDocument, line: number): Promise<number> {
    const status = this.analysis.status(document);
    if (status.status !== 'ok') return line;
    return this.analysis.request('commentLine', { doc: this.analysis.ref(document, status.kind), line });
  }
}

/**
 * Sets `rules[rule] = "off"` in the nearest `.docker-explain.json` (or creates one in the
 * workspace folder), through a WorkspaceEdit, and saves it so the CLI sees the same setting.
 * Runs only when the user picks the quick fix.
 */
export async function disableRuleInConfig(configs: ConfigWatcher, documentUri: vscode.Uri, rule: string): Promise<boolean> {
  const language = languageSetting(documentUri);
  try {
    const folder = vscode.workspace.getWorkspaceFolder(documentUri);
    const target = (await configs.nearestConfigFile(documentUri)) ?? vscode.Uri.joinPath(folder?.uri ?? vscode.Uri.joinPath(documentUri, '..'), CONFIG_FILE_NAME);
    const existing = configs.reader(target.fsPath.replace(/\\/g, '/')) ?? (target.scheme === 'file' && fs.existsSync(target.fsPath) ? '' : undefined);
    const edit = new vscode.WorkspaceEdit();
    const formattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };
    if (existing === undefined) {
      const text = applyEdits('{}', modify('{}', ['rules', rule], 'off', { formattingOptions })) + '\n';
      edit.createFile(target, { ignoreIfExists: true, contents: new TextEncoder().encode(text) });
    } else {
      const document = await vscode.workspace.openTextDocument(target);
      const text = document.getText();
      const base = text.trim() === '' ? '{}' : text;
      const edits = modify(base, ['rules', rule], 'off', { formattingOptions });
      if (base !== text) edit.replace(target, new vscode.Range(0, 0, document.lineCount, 0), applyEdits(base, edits));
      else for (const e of edits) edit.replace(target, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.content);
    }
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    const saved = await vscode.workspace.openTextDocument(target);
    await saved.save();
    void vscode.window.showInformationMessage(t('disabled', language, { rule, file: vscode.workspace.asRelativePath(target) }));
    return true;
  } catch (err) {
    void vscode.window.showErrorMessage(t('failed', language, { error: err instanceof Error ? err.message : String(err) }));
    return false;
  }
}
