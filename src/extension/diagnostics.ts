import * as vscode from 'vscode';
import { lintFile, tooLargeNotice } from '../core';
import type { LintDiagnostic } from '../core';
import type { ConfigWatcher } from './configWatcher';
import { corePathOf } from './configWatcher';
import type { DocumentCache } from './documentCache';
import { toVsRange } from './convert';
import { isEnabled, languageSetting } from './settings';

const DEBOUNCE_MS = 250;
export const DIAGNOSTIC_SOURCE = 'docker-explain';

const SEVERITY: Record<LintDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * Lints open documents: at once when opened, debounced while typing, cleared on close.
 * A stale run (the document moved on while waiting) is dropped rather than shown.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [];
  /** The last lint result per document, for code actions and the panel. */
  readonly results = new Map<string, { version: number; diagnostics: LintDiagnostic[] }>();

  constructor(private readonly cache: DocumentCache, private readonly docsBase: vscode.Uri, private readonly configs?: ConfigWatcher) {
    if (configs) this.disposables.push(configs.onDidChange(() => this.lintAll()));
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.lintNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dockerExplain')) this.lintAll();
      }),
    );
    this.lintAll();
  }

  lintAll(): void {
    for (const d of vscode.workspace.textDocuments) this.lintNow(d);
  }

  /**
   * The diagnostics of this very version, for the panel. When the debounced run has not
   * happened yet, lint now (the same lintFile and team config as always) and keep the result,
   * so the pending run finds it done instead of linting the same version twice.
   */
  resultsFor(document: vscode.TextDocument): LintDiagnostic[] | undefined {
    const key = document.uri.toString();
    if (this.results.get(key)?.version !== document.version) this.lintNow(document);
    const result = this.results.get(key);
    return result && result.version === document.version ? result.diagnostics : undefined;
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    const version = document.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed || document.version !== version) return;
        if (this.results.get(key)?.version === version) return; // the panel asked first: already linted
        this.lintNow(document);
      }, DEBOUNCE_MS),
    );
  }

  lintNow(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!isEnabled('lint.enabled', document)) {
      this.clear(document.uri);
      return;
    }
    const analysis = this.cache.get(document);
    if (analysis.status === 'unsupported') return;
    if (analysis.status === 'too-large') {
      const language = languageSetting(document);
      const notice = new vscode.Diagnostic(
        new vscode.Range(0, 0, 0, 0),
        tooLargeNotice(analysis.length, language),
        vscode.DiagnosticSeverity.Information,
      );
      notice.source = DIAGNOSTIC_SOURCE;
      this.collection.set(document.uri, [notice]);
      return;
    }
    let diagnostics: LintDiagnostic[];
    try {
      // The same entry and the same config resolution as the CLI: identical diagnostics.
      const result = lintFile({ path: corePathOf(document.uri), doc: analysis.parsed, config: this.configs?.configFor(document.uri), language: languageSetting(document) });
      if (result.ignored) {
        this.clear(document.uri);
        return;
      }
      diagnostics = result.diagnostics;
    } catch (err) {
      console.error('[docker-explain] lint failed', err);
      return;
    }
    this.results.set(key, { version: document.version, diagnostics });
    this.collection.set(document.uri, diagnostics.map((d) => this.toVsDiagnostic(d)));
  }

  private toVsDiagnostic(d: LintDiagnostic): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toVsRange(d.range), d.message, SEVERITY[d.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: d.rule, target: vscode.Uri.joinPath(this.docsBase, `${d.rule}.md`) };
    return diagnostic;
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.collection.delete(uri);
    this.results.delete(key);
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
