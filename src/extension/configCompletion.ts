import vscode = require('vscode');
import type { Analysis } from './analysis/analysis';
import { WorkerUnavailableError } from './analysis/workerClient';
import { languageSetting } from './settings';
import { toVsItem } from './completionProvider';

// Completion in `.docker-explain.json` (issue 14 item 8). The extension no longer contributes its
// JSON schema through `jsonValidation`: VS Code then reported every config mistake twice, once
// in English by the schema and once in Korean by us (review 39). The list (rule ids completing
// to a whole entry with a severity choice, severities, keys, presets) is the core's
// (src/core/complete/config.ts), asked of the worker, so the Language Server gives the same.

export const CONFIG_SELECTOR: vscode.DocumentSelector = [{ pattern: '**/.docker-explain.json' }];

export class ConfigCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly analysis: Analysis) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    try {
      const { items } = await this.analysis.request('completeConfig', {
        text: document.getText(),
        position: { line: position.line, character: position.character },
        language: languageSetting(document),
      });
      return items.map(toVsItem);
    } catch (err) {
      if (!(err instanceof WorkerUnavailableError)) console.error('[docker-explain] config completion failed', err);
      return [];
    }
  }
}
