import * as vscode from 'vscode';
import { explainAt } from '../core';
import type { DocumentCache } from './documentCache';
import { toVsRange } from './convert';
import { isEnabled, languageSetting } from './settings';

export class ExplainHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isEnabled('hover.enabled', document)) return undefined;
    const analysis = this.cache.get(document);
    if (analysis.status !== 'ok') return undefined;
    try {
      const result = explainAt(analysis.parsed, { line: position.line, character: position.character }, { language: languageSetting(document), conceptLinks: true });
      if (!result) return undefined;
      const markdown = new vscode.MarkdownString(result.markdown);
      // Only our own command may run from a hover link, never arbitrary commands.
      markdown.isTrusted = { enabledCommands: ['dockerExplain.openConcept'] };
      return new vscode.Hover(markdown, toVsRange(result.range));
    } catch (err) {
      // A hover must never throw into the editor; the failure is logged for bug reports.
      console.error('[docker-explain] hover failed', err);
      return undefined;
    }
  }
}
