import vscode = require('vscode');
import type { Analysis } from './analysis/analysis';
import type { ConceptsViewProvider } from './panel/conceptsView';
import { languageSetting } from './settings';
import { explainErrorText } from './errorExplanation';

export const EXPLAIN_COMMAND_COMMAND = 'dockerExplain.explainCommand';

/**
 * "Docker 해설: 명령어 설명": explains a docker command in the panel. Takes, in order, a text
 * argument (other extensions, tests), the selection, the docker command on the cursor's line
 * (with its backslash continuations), or what the user types into an input box. A text that
 * holds an error message Docker printed (pasted from a terminal or a CI log) gets that error's
 * explanation instead.
 */
export async function explainCommand(analysis: Analysis, concepts: ConceptsViewProvider, argument?: unknown): Promise<boolean> {
  const language = languageSetting();
  let command: string | undefined = typeof argument === 'string' ? argument : undefined;
  let markdown: string | null = null;
  const editor = vscode.window.activeTextEditor;
  if (command !== undefined) {
    if (await explainErrorText(analysis, concepts, command)) return true;
    markdown = (await analysis.request('explainCommand', { text: command, language })).markdown;
  } else if (editor) {
    if (!editor.selection.isEmpty) {
      command = editor.document.getText(editor.selection);
      if (await explainErrorText(analysis, concepts, command)) return true;
      markdown = (await analysis.request('explainCommand', { text: command, language })).markdown;
    } else {
      const answer = await analysis.request('explainCommand', { text: editor.document.getText(), line: editor.selection.active.line, language });
      markdown = answer.markdown;
      command = answer.command ?? undefined;
    }
  }
  if (command === undefined) {
    const typed = await vscode.window.showInputBox({
      title: language === 'ko' ? 'Docker 해설: 명령어 설명' : 'Docker 해설: Explain a command',
      prompt: language === 'ko' ? '설명을 볼 docker 명령어나 Docker가 출력한 오류 메시지를 입력하세요.' : 'Type a docker command, or paste an error Docker printed.',
      placeHolder: 'docker run -d -p 8080:80 --name web nginx:1.27',
      ignoreFocusOut: true,
    });
    if (typed === undefined) return false;
    if (await explainErrorText(analysis, concepts, typed)) return true;
    command = typed;
    markdown = (await analysis.request('explainCommand', { text: typed, language })).markdown;
  }
  const shown = command;
  concepts.showCommandExplanation(command.trim(), markdown, () => explainCommand(analysis, concepts, shown));
  return markdown !== null;
}
