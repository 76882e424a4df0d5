import vscode = require('vscode');
import type { Analysis } from './analysis/analysis';
import type { ConceptsViewProvider } from './panel/conceptsView';
import { languageSetting } from './settings';

export const EXPLAIN_COMMAND_COMMAND = 'dockerExplain.explainCommand';

/**
 * "Docker 해설: 명령어 설명": explains a docker command in the panel. Takes, in order, a text
 * argument (other extensions, tests), the selection, the docker command on the cursor's line
 * (with its backslash continuations), or what the user types into an input box.
 */
export async function explainCommand(analysis: Analysis, concepts: ConceptsViewProvider, argument?: unknown): Promise<boolean> {
  const language = languageSetting();
  let command: string | undefined = typeof argument === 'string' ? argument : undefined;
  let markdown: string | null = null;
  const editor = vscode.window.activeTextEditor;
  if (command !== undefined) {
    markdown = (await analysis.request('explainCommand', { text: command, language })).markdown;
  } else if (editor) {
    if (!editor.selection.isEmpty) {
      command = editor.document.getText(editor.selection);
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
      prompt: language === 'ko' ? '설명을 볼 docker 명령어를 입력하세요.' : 'Type a docker command to explain.',
      placeHolder: 'docker run -d -p 8080:80 --name web nginx:1.27',
      ignoreFocusOut: true,
    });
    if (typed === undefined) return false;
    command = typed;
    markdown = (await analysis.request('explainCommand', { text: typed, language })).markdown;
  }
  concepts.showCommandExplanation(command.trim(), markdown);
  return markdown !== null;
}
