import fs = require('fs');
import vscode = require('vscode');
import type { Language } from '../core/types';
import { fill } from '../core/types';
import { DISABLE_LINE_TITLE, disableCommentIndent, disableNextLineComment } from '../core/lint/suppressions';
import type { ConfigWatcher } from './configWatcher';
import { CONFIG_FILE_NAME } from './configWatcher';
import type { DiagnosticsController } from './diagnostics';
import type { Analysis } from './analysis/analysis';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { toVsRange } from './convert';
import { languageSetting } from './settings';
import { FIX_ALL_COMMAND, fixAllCount, fixAllTitle } from './fixAll';

export const DISABLE_IN_CONFIG_COMMAND = 'dockerExplain.disableRuleInConfig';
export const SHOW_RULE_COMMAND = 'dockerExplain.showRule';

const TEXT = {
  disableLine: DISABLE_LINE_TITLE,
  disableConfig: { ko: '팀 설정(.docker-explain.json)에서 ‘{rule}’ 끄기', en: 'Disable ‘{rule}’ in the team config (.docker-explain.json)' },
  showRule: { ko: '‘{rule}’ 규칙 설명 보기', en: 'Show the ‘{rule}’ rule' },
  disabled: { ko: '‘{file}’에서 ‘{rule}’을/를 껐어요. 이 설정은 CLI에도 똑같이 적용돼요.', en: 'Disabled ‘{rule}’ in ‘{file}’; the CLI obeys it too.' },
  failed: { ko: '팀 설정을 고치지 못했어요: {error}', en: 'Could not edit the team config: {error}' },
  confirm: { ko: '팀 설정에서 ‘{rule}’ 규칙을 끌까요?', en: 'Turn ‘{rule}’ off in the team config?' },
  confirmDetail: {
    ko: '‘{file}’ 파일에 "{rule}": "off"를 써요. 이 파일을 커밋하면 팀 모두의 편집기와 CI(CLI)에서 이 규칙이 꺼져요. 한 줄만 끄려면 "이 줄에서 끄기"를 쓰세요.',
    en: 'This writes "{rule}": "off" into ‘{file}’. Once committed, the rule is off for the whole team, in every editor and in CI (the CLI). To silence one line, use "Disable for this line".',
  },
  confirmButton: { ko: '팀 설정에서 끄기', en: 'Turn off for the team' },
  reasonTitle: { ko: '‘{rule}’을/를 끄는 이유', en: 'Why turn ‘{rule}’ off' },
  reasonPrompt: { ko: '이유를 적으면 설정 옆에 주석으로 남아서 팀이 볼 수 있어요. 비워 둬도 돼요. Esc를 누르면 취소해요.', en: 'The reason is written as a comment next to the setting, for the team. It may stay empty. Esc cancels.' },
  reasonPlaceholder: { ko: '예: 개발용 Compose 파일이라 포트 충돌을 따로 관리해요', en: 'e.g. this Compose file is for development only' },
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
      // How many "fix all" applies, asked of the engine only when a finding here has a safe fix.
      let fixAll: Promise<number> | undefined;
      for (const diagnostic of context.diagnostics) {
        const rule = ruleIdOf(diagnostic, known);
        if (!rule) continue;
        const lint = fresh.find((d) => d.rule === rule && toVsRange(d.range).isEqual(diagnostic.range));
        // "Fix all in this file" next to a finding that has a safe fix, when it would fix more than one.
        const count = lint?.fixes.some((f) => f.safe === true) ? await (fixAll ??= fixAllCount(this.analysis, document)) : 0;
        if (count > 1 && !actions.some((a) => a.command?.command === FIX_ALL_COMMAND)) {
          const all = new vscode.CodeAction(fixAllTitle(language, count), vscode.CodeActionKind.QuickFix);
          all.command = { command: FIX_ALL_COMMAND, title: all.title, arguments: [document.uri] };
          all.diagnostics = [diagnostic];
          actions.push(all);
        }
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
        const indent = disableCommentIndent(document.lineAt(at).text, document.languageId === 'markdown');
        disableLine.edit.insert(document.uri, new vscode.Position(at, 0), disableNextLineComment(rule, indent, document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'));
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

/** How "팀 설정에서 끄기" asks: a modal confirmation, then an optional reason. Replaceable in tests. */
export interface TeamConfigPrompts {
  /** True when the user confirmed. */
  confirm(message: string, detail: string, button: string): Thenable<boolean>;
  /** The reason typed (empty: none), or undefined when the user cancelled. */
  reason(title: string, prompt: string, placeHolder: string): Thenable<string | undefined>;
}

export const VSCODE_PROMPTS: TeamConfigPrompts = {
  confirm: async (message, detail, button) => (await vscode.window.showWarningMessage(message, { modal: true, detail }, button)) === button,
  reason: (title, prompt, placeHolder) => vscode.window.showInputBox({ title, prompt, placeHolder, ignoreFocusOut: true }),
};

/** The prompts in use (integration tests answer them where no workbench bridge can click the dialog). */
export const teamConfigPrompts: { current: TeamConfigPrompts } = { current: VSCODE_PROMPTS };

/**
 * Sets `rules[rule] = "off"` in the nearest `.docker-explain.json` (or creates one in the
 * workspace folder), after asking: it changes the file the whole team commits (review 40). The
 * reason, if given, is written as a comment next to the entry; the file's other comments and
 * formatting stay (core/lint/config/editConfig.ts). Saved, so the CLI sees the same setting.
 */
export async function disableRuleInConfig(configs: ConfigWatcher, analysis: Analysis, documentUri: vscode.Uri, rule: string): Promise<boolean> {
  const language = languageSetting(documentUri);
  try {
    const folder = vscode.workspace.getWorkspaceFolder(documentUri);
    const target = (await configs.nearestConfigFile(documentUri)) ?? vscode.Uri.joinPath(folder?.uri ?? vscode.Uri.joinPath(documentUri, '..'), CONFIG_FILE_NAME);
    const existing = configs.reader(target.fsPath.replace(/\\/g, '/')) ?? (target.scheme === 'file' && fs.existsSync(target.fsPath) ? '' : undefined);
    const file = vscode.workspace.asRelativePath(target);
    const prompts = teamConfigPrompts.current;
    if (!(await prompts.confirm(t('confirm', language, { rule }), t('confirmDetail', language, { rule, file }), t('confirmButton', language, {})))) return false;
    const reason = await prompts.reason(t('reasonTitle', language, { rule }), t('reasonPrompt', language, {}), t('reasonPlaceholder', language, {}));
    if (reason === undefined) return false;
    const edit = new vscode.WorkspaceEdit();
    if (existing === undefined) {
      edit.createFile(target, { ignoreIfExists: true, contents: new TextEncoder().encode((await analysis.request('ruleOffText', { text: '{}', rule, reason })) + '\n') });
    } else {
      const document = await vscode.workspace.openTextDocument(target);
      const text = document.getText();
      edit.replace(target, new vscode.Range(document.positionAt(0), document.positionAt(text.length)), await analysis.request('ruleOffText', { text, rule, reason }));
    }
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    const saved = await vscode.workspace.openTextDocument(target);
    await saved.save();
    void vscode.window.showInformationMessage(t('disabled', language, { rule, file }));
    return true;
  } catch (err) {
    void vscode.window.showErrorMessage(t('failed', language, { error: err instanceof Error ? err.message : String(err) }));
    return false;
  }
}
