import * as vscode from 'vscode';
import { commandTextOnLine, explainCommandLine, explainCommandOnLine } from '../core/explain/explainCommands';
import type { ConceptsViewProvider } from './panel/conceptsView';
import { languageSetting } from './settings';

export const EXPLAIN_COMMAND_COMMAND = 'dockerExplain.explainCommand';

/**
 * "Docker 해설: 명령어 설명": explains a docker command in the panel. Takes, in order, a text
 * argument (other extensions, tests), the selection, the docker command on the cursor's line
 * (with its backslash continuations), or what the user types into an input box.
 */
export async function explainCommand(concepts: ConceptsViewProvider, argument?: unknown): Promise<boolean> {
  const language = languageSetting();
  // The panel renders its own safe Markdown: no command links, only https ones.
  const options = { language, conceptLinks: false };
  let command: string | undefined = typeof argument === 'string' ? argument : undefined;
  let result = command !== undefined ? explainCommandLine(command, options) : null;
  const editor = vscode.window.activeTextEditor;
  if (command === undefined && editor) {
    if (!editor.selection.isEmpty) {
      command = editor.document.getText(editor.selection);
      result = explainCommandLine(command, options);
    } else {
      const text = editor.document.getText();
      const line = editor.selection.active.line;
      result = explainCommandOnLine(text, line, options);
      if (result) command = commandTextOnLine(text, line) ?? undefined;
    }
  }
  if (command === undefined) {
    const typed = await vscode.window.showInputBox({
      title: language === 'ko' ? 'Docker 해설: 명령어 설명' : 'Docker 해설: Explain a command',
      prompt: language === 'ko' ? '설명을 볼 docker 명령어를 입력하세요.' : 'Type a docker command to explain.',
      placeHolder: 'docker run -d -p 8080:80 --name web nginx:1.27',
      ignoreFocusOut: true,
    });
    if (typed === undefined) return false;
    command = typed;
    result = explainCommandLine(typed, options);
  }
  concepts.showCommandExplanation(command.trim(), result ? result.markdown : null);
  return result !== null;
}
