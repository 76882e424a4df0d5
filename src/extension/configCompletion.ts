import vscode = require('vscode');
import type { Analysis } from './analysis/analysis';
import { quietly } from './navigation/request';
import { languageSetting } from './settings';
import { toVsItem } from './completionProvider';
import { toVsRange } from './convert';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

// Completion in `.docker-explain.json` (issue 14 item 8). The extension no longer contributes its
// JSON schema through `jsonValidation`: VS Code then reported every config mistake twice, once
// in English by the schema and once in Korean by us (review 39). The list (rule ids completing
// to a whole entry with a severity choice, severities, keys, presets) is the core's
// (src/core/complete/config.ts), asked of the worker, so the Language Server gives the same.

export const CONFIG_SELECTOR: vscode.DocumentSelector = [{ pattern: '**/.docker-explain.json' }];

/**
 * Format Document for the config: its own language (package.json) keeps VS Code's JSON service,
 * and so its formatter, away; the worker formats with jsonc-parser, comments kept.
 */
export class ConfigFormattingProvider implements vscode.DocumentFormattingEditProvider {
  constructor(private readonly analysis: Analysis) {}

  async provideDocumentFormattingEdits(document: vscode.TextDocument, options: vscode.FormattingOptions): Promise<vscode.TextEdit[]> {
    const edits = await quietly('config formatting', async () => {
      const found = await this.analysis.request('formatConfig', { text: document.getText(), tabSize: options.tabSize, insertSpaces: options.insertSpaces });
      return found.map((e) => vscode.TextEdit.replace(toVsRange(e.range), e.newText));
    });
    return edits ?? [];
  }
}

export class ConfigCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly analysis: Analysis) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const ranked = await quietly('config completion', async () => {
      const { items } = await this.analysis.request('completeConfig', {
        text: document.getText(),
        position: { line: position.line, character: position.character },
        language: languageSetting(document),
      });
      const out = items.map(toVsItem);
      rankReported(out, document.uri);
      return out;
    });
    return ranked ?? [];
  }
}

/**
 * Rule ids that Docker 해설 reports right now under the config's folder come first, the first of
 * them preselected: a lead who types ‘no-dup’ is most likely turning off the finding in front of
 * them, not the first id in alphabetical order (review 36).
 */
function rankReported(items: vscode.CompletionItem[], config: vscode.Uri): void {
  const folder = config.path.slice(0, config.path.lastIndexOf('/') + 1);
  const reported = new Set<string>();
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    if (uri.scheme !== config.scheme || !uri.path.startsWith(folder)) continue;
    for (const d of diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const code = typeof d.code === 'object' ? d.code.value : d.code;
      if (code !== undefined) reported.add(String(code));
    }
  }
  let first = true;
  for (const item of items) {
    const id = typeof item.label === 'string' ? item.label : item.label.label;
    const isReported = item.kind === vscode.CompletionItemKind.Property && reported.has(id);
    item.sortText = `${isReported ? '0' : '1'}${item.sortText ?? id}`;
    if (isReported && first) {
      item.preselect = true;
      first = false;
    }
  }
}
