import vscode = require('vscode');
import type { Analysis } from '../analysis/analysis';
import { NavigationDefinitionProvider } from './definitionProvider';
import { NavigationReferenceProvider } from './referenceProvider';
import { NavigationHighlightProvider } from './highlightProvider';
import { NavigationRenameProvider } from './renameProvider';
import { NavigationSymbolProvider } from './symbolProvider';
import { NavigationFoldingProvider } from './foldingProvider';
import { NavigationLinkProvider } from './linkProvider';

/** Dockerfiles and Compose files (a `yaml` file is ours only when its name is a Compose file's: analysis.status decides). */
const NAVIGATION_SELECTOR: vscode.DocumentSelector = [{ language: 'dockerfile' }, { language: 'dockercompose' }, { language: 'yaml' }];

/** Registers every navigation provider; each asks the worker and checks its own setting per document. */
export function registerNavigation(analysis: Analysis): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDefinitionProvider(NAVIGATION_SELECTOR, new NavigationDefinitionProvider(analysis)),
    vscode.languages.registerReferenceProvider(NAVIGATION_SELECTOR, new NavigationReferenceProvider(analysis)),
    vscode.languages.registerDocumentHighlightProvider(NAVIGATION_SELECTOR, new NavigationHighlightProvider(analysis)),
    vscode.languages.registerRenameProvider(NAVIGATION_SELECTOR, new NavigationRenameProvider(analysis)),
    vscode.languages.registerDocumentSymbolProvider(NAVIGATION_SELECTOR, new NavigationSymbolProvider(analysis), { label: 'Docker 해설' }),
    vscode.languages.registerFoldingRangeProvider([{ language: 'dockerfile' }], new NavigationFoldingProvider(analysis)),
    vscode.languages.registerDocumentLinkProvider(NAVIGATION_SELECTOR, new NavigationLinkProvider(analysis)),
  );
}
