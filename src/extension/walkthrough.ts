import vscode = require('vscode');
import type { ConceptsViewProvider } from './panel/conceptsView';

/**
 * Commands only the walkthrough "Docker 처음 배우기" links to. VS Code ticks a step when a
 * command in its `completionEvents` runs, whatever the arguments, so two steps that both
 * linked `dockerExplain.openConcept` were ticked together (UX review 45). Each step's main
 * button has its own command; both open a concept page. Hidden from the palette (package.json).
 */
export const WALKTHROUGH_CONCEPT_COMMANDS: Record<string, string> = {
  'dockerExplain.walkthrough.imagesContainers': 'images-containers',
  'dockerExplain.walkthrough.networks': 'networks',
};

export function registerWalkthroughCommands(concepts: ConceptsViewProvider): vscode.Disposable[] {
  return Object.entries(WALKTHROUGH_CONCEPT_COMMANDS).map(([command, concept]) => vscode.commands.registerCommand(command, () => concepts.showConcept(concept)));
}
