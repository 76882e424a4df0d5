import vscode = require('vscode');
import { tooLargeNotice } from '../core/documents/sizeLimit';
import type { LintDiagnostic } from '../core/lint/types';
import type { ConfigWatcher } from './configWatcher';
import type { Analysis } from './analysis/analysis';
import { lintTargetOf } from './analysis/analysis';
import { WorkerUnavailableError } from './analysis/workerClient';
import { lintFailureNotice } from './analysis/lintFailure';
import { toVsRange } from './convert';
import { isEnabled, languageSetting } from './settings';
import { ComposeProjects } from './composeProjects';

const DEBOUNCE_MS = 250;
export const DIAGNOSTIC_SOURCE = 'docker-explain';

const SEVERITY: Record<LintDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * Where the rule id in Problems and in the hover leads: the panel's rule page (the
 * `dockerExplain.showRule` command), not the raw docs/rules/<id>.md, which opened as an
 * editable file of the extension's install folder (review 17). VS Code opens a diagnostic's
 * code link with commands allowed, in the Problems panel and in the hover alike.
 */
export function ruleLink(rule: string): vscode.Uri {
  return vscode.Uri.parse(`command:dockerExplain.showRule?${encodeURIComponent(JSON.stringify([rule]))}`);
}

/**
 * Whether `uri` lies inside `folder`. Files of the extension itself (its rule docs, examples,
 * README) are never linted: a rule doc's `docker run … -p 8080:80` examples are examples, and
 * warnings about them in the user's Problems panel were noise about files the user does not own.
 */
export function isInside(uri: vscode.Uri, folder: vscode.Uri): boolean {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return false;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return uri.path.startsWith(base);
}

/**
 * Lints open documents: at once when opened, debounced while typing, cleared on close. The
 * lint itself runs in the analysis worker; a stale answer (the document moved on while the
 * worker worked) is dropped rather than shown.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [];
  /** The last lint result per document, for code actions and the panel. */
  readonly results = new Map<string, { version: number; diagnostics: LintDiagnostic[] }>();
  /** What the collection shows per document, to skip setting the same diagnostics again. */
  private readonly shown = new Map<string, string>();
  private readonly linted = new vscode.EventEmitter<{ uri: vscode.Uri; version: number }>();
  /** Fires when a version's lint is in, whether or not its diagnostics changed (tests and the benchmark wait on it). */
  readonly onDidLint = this.linted.event;
  /** Which files each Compose file's project reads: edits re-lint the others, closed ones are linted from disk. */
  private readonly projects: ComposeProjects;

  constructor(private readonly analysis: Analysis, private readonly extensionUri: vscode.Uri, private readonly configs?: ConfigWatcher) {
    if (configs) this.disposables.push(configs.onDidChange(() => this.lintAll()));
    this.projects = new ComposeProjects(analysis, { schedule: (d) => this.schedule(d), showClosed: (uri, diagnostics) => this.showClosed(uri, diagnostics) });
    this.disposables.push(
      this.projects,
      this.collection,
      this.linted,
      vscode.workspace.onDidOpenTextDocument((d) => void this.lintNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        this.schedule(e.document);
        this.projects.edited(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.clear(d.uri);
        this.projects.closed(d);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dockerExplain')) this.lintAll();
      }),
    );
  }

  /** Lints every open document (after activation, when the config changes, when settings change). */
  lintAll(): void {
    for (const d of vscode.workspace.textDocuments) void this.lintNow(d);
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
        void this.lintNow(document);
      }, DEBOUNCE_MS),
    );
  }

  async lintNow(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (!isEnabled('lint.enabled', document) || this.isExtensionFile(document.uri)) {
      this.clear(document.uri);
      return;
    }
    let status = this.analysis.status(document);
    // A file an open Compose file includes or extends from is a Compose file whatever its name:
    // linted so the worker has its text (the includer's next lint reads it) and its findings show.
    if (status.status === 'unsupported' && this.projects.holds(document)) status = this.analysis.status(document, 'compose');
    if (status.status === 'unsupported') return;
    if (status.status === 'too-large') {
      this.notice(document, tooLargeNotice(status.length, languageSetting(document)));
      return;
    }
    const version = document.version;
    const target = lintTargetOf(document);
    let outcome;
    try {
      // The same entry and the same config resolution as the CLI: identical diagnostics.
      outcome = await this.analysis.request('lint', { doc: this.analysis.ref(document, status.kind), target });
    } catch (err) {
      // A failure is said on the file (why, in plain text), never only logged; the next good
      // lint replaces it. The worker that timed out or died is started again by the next request.
      if (!(err instanceof WorkerUnavailableError)) console.error('[docker-explain] lint failed', err);
      const notice = lintFailureNotice(err, target.language, this.analysis.timeoutMs);
      if (notice !== undefined && !document.isClosed && document.version === version) this.notice(document, notice, vscode.DiagnosticSeverity.Warning);
      return;
    }
    // The document moved on (or closed) while the worker linted: a newer run is coming.
    if (document.isClosed || document.version !== version) return;
    this.configs?.record(outcome.config);
    if (outcome.ignored) {
      this.clear(document.uri);
      return;
    }
    this.results.set(key, { version, diagnostics: outcome.diagnostics });
    if (status.kind === 'compose') this.projects.linted(document, outcome.projectFiles);
    this.linted.fire({ uri: document.uri, version });
    // Most keystrokes change no finding: then the editor keeps the diagnostics it has (setting
    // them costs VS Code about 4 ms a time for a file with 60 findings, on this thread).
    const shown = JSON.stringify(outcome.diagnostics.map((d) => [d.rule, d.severity, d.message, d.range]));
    if (this.shown.get(key) === shown) return;
    this.shown.set(key, shown);
    this.collection.set(document.uri, outcome.diagnostics.map((d) => this.toVsDiagnostic(d)));
  }

  /**
   * A file shipped with the extension and opened from there (a rule doc through a link, say),
   * not from the user's workspace. When the workspace is the extension's own repository (its
   * developers, `npm start`), its files are the user's and are linted.
   */
  private isExtensionFile(uri: vscode.Uri): boolean {
    return isInside(uri, this.extensionUri) && vscode.workspace.getWorkspaceFolder(uri) === undefined;
  }

  /** The diagnostics of a Compose file that is not open, linted because an open file's project reads it. */
  private showClosed(uri: vscode.Uri, diagnostics: LintDiagnostic[] | undefined): void {
    const key = uri.toString();
    this.results.delete(key);
    this.shown.delete(key);
    if (diagnostics?.length) this.collection.set(uri, diagnostics.map((d) => this.toVsDiagnostic(d)));
    else this.collection.delete(uri);
  }

  /** One notice instead of diagnostics (too large: information; the check failed: a warning). */
  private notice(document: vscode.TextDocument, message: string, severity = vscode.DiagnosticSeverity.Information): void {
    const notice = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, severity);
    notice.source = DIAGNOSTIC_SOURCE;
    this.results.delete(document.uri.toString());
    this.shown.delete(document.uri.toString());
    this.collection.set(document.uri, [notice]);
  }

  private toVsDiagnostic(d: LintDiagnostic): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toVsRange(d.range), d.message, SEVERITY[d.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: d.rule, target: ruleLink(d.rule) };
    // A finding caused by two Compose files points at the other one too.
    if (d.related?.length) diagnostic.relatedInformation = d.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.file(r.file), toVsRange(r.range)), r.message));
    return diagnostic;
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    this.collection.delete(uri);
    this.shown.delete(key);
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
