import vscode = require('vscode');
import type { Feature, FileKindWithNavigation } from './coexistenceTable';
import { providedBy } from './coexistenceTable';

export type { Feature } from './coexistenceTable';

/**
 * Whether we give `feature` for this document: the setting, and for "auto" whether another
 * installed extension already does. A boolean setting value (true/false) is read as on/off.
 */
export function featureEnabled(feature: Feature, document: vscode.TextDocument, kind: FileKindWithNavigation): boolean {
  const value = vscode.workspace.getConfiguration('dockerExplain', document).get<string | boolean>(`${feature}.enabled`, 'auto');
  if (value === true || value === 'on') return true;
  if (value === false || value === 'off') return false;
  return providedBy(feature, kind, (id) => vscode.extensions.getExtension(id) !== undefined) === undefined;
}
