import vscode = require('vscode');
import type { Analysis } from './analysis/analysis';
import type { ConceptsViewProvider } from './panel/conceptsView';
import { languageSetting } from './settings';

/** The command behind a brief hover's "자세히" link (its arguments: the document URI and the position). */
export const HOVER_DETAILS_COMMAND = 'dockerExplain.showHoverDetails';

const TITLE = { ko: '자세히: {file} 줄 {line}', en: 'More: {file} line {line}' };

/**
 * Opens the whole explanation of a hovered place in the panel: the editor's hover is brief
 * (VS Code shows about 250 px of it), and this is where the rest is read, scrollable.
 */
export async function showHoverDetails(analysis: Analysis, concepts: ConceptsViewProvider, uri: unknown, line: unknown, character: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || typeof line !== 'number' || typeof character !== 'number') return false;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!document) return false;
  const status = analysis.status(document);
  if (status.status !== 'ok') return false;
  const position = document.validatePosition(new vscode.Position(line, character));
  const language = languageSetting(document);
  const result = await analysis.request('hover', { doc: analysis.ref(document, status.kind), position: { line: position.line, character: position.character }, language });
  if (!result) return false;
  const file = document.uri.path.split('/').pop() ?? document.uri.path;
  const title = TITLE[language].replace('{file}', file).replace('{line}', String(position.line + 1));
  concepts.showDetails(title, document.lineAt(position.line).text.trim(), result.markdown, () => showHoverDetails(analysis, concepts, uri, line, character));
  return true;
}
