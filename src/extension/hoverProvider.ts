import vscode = require('vscode');
import type { Analysis } from './analysis/analysis';
import { WorkerUnavailableError } from './analysis/workerClient';
import { toVsRange } from './convert';
import { isEnabled, languageSetting } from './settings';

/**
 * Korean hovers: the worker explains the thing under the cursor (or, in a
 * `docker-explain-disable…` comment, the rule it switches off). The host only builds the Hover.
 */
export class ExplainHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analysis: Analysis) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token?: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!isEnabled('hover.enabled', document)) return undefined;
    const status = this.analysis.status(document);
    if (status.status !== 'ok') return undefined;
    try {
      // VS Code shows a diagnostic at this place above our part of the hover, in the same
      // 250 px box: then only our answer line, so the message, "Quick Fix…" and ours all fit.
      const underDiagnostic = vscode.languages.getDiagnostics(document.uri).some((d) => d.range.contains(position));
      const result = await this.analysis.request('hover', {
        doc: this.analysis.ref(document, status.kind),
        position: { line: position.line, character: position.character },
        language: languageSetting(document),
        brief: underDiagnostic ? 'line' : 'hover',
      });
      if (!result || token?.isCancellationRequested) return undefined;
      const markdown = new vscode.MarkdownString(result.markdown);
      // Only our own commands may run from a hover link, never arbitrary ones.
      markdown.isTrusted = { enabledCommands: result.enabledCommands };
      return new vscode.Hover(markdown, toVsRange(result.range));
    } catch (err) {
      // A hover must never throw into the editor; the failure is logged for bug reports.
      if (!(err instanceof WorkerUnavailableError)) console.error('[docker-explain] hover failed', err);
      return undefined;
    }
  }
}
