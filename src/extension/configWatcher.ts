import vscode = require('vscode');
import { pick } from '../core/types';
import { CONFIG_FILE_NAME, isHadolintConfigPath } from '../core/lint/config/types';
import type { ConfigProblem } from '../core/lint/config/types';
import { readConfigFile } from '../node/readBounded';
import { refusalNotice } from '../core/documents/fileText';
import type { ConfigSummary } from '../worker/protocol';
import type { Analysis } from './analysis/analysis';
import { corePathOf, diskFileOf } from './analysis/analysis';
import { toVsRange } from './convert';
import { languageSetting } from './settings';
import { configChecks } from './configChecks';
import type { ConfigCheck } from './configChecks';

export { corePathOf, CONFIG_FILE_NAME };
export const CONFIG_DIAGNOSTIC_SOURCE = 'docker-explain';

/**
 * Keeps the worker's view of `.docker-explain.json` files current and shows a broken config as
 * Korean diagnostics on the config file itself, at the exact place. The worker resolves configs
 * (the same `resolveConfigForFile` as the CLI) and reads them from disk; this class tells it
 * the editor's unsaved text of open JSON files, which wins over the disk, and when to forget
 * what it resolved. Nothing here throws into the editor: a config that cannot be read means
 * the defaults apply.
 */
export class ConfigWatcher implements vscode.Disposable {
  /** What the worker last said about each folder's config. */
  private readonly byDir = new Map<string, ConfigSummary>();
  private readonly collection = vscode.languages.createDiagnosticCollection('docker-explain-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private lastPublished = '';
  /** The config files whose editor text the worker has (it wins over the disk there). */
  private readonly overlaid = new Set<string>();
  /**
   * Config files deleted on disk while a tab still shows them (a \`git checkout\`, a branch
   * switch): the deletion wins over the editor's text, so the config stops applying at once
   * (review 54). Saving the tab creates the file again, and then it applies again.
   */
  private readonly deleted = new Set<string>();
  /** Fired when a config file changes: every open document should be linted again. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly analysis: Analysis) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.json');
    // A `.hadolint.yaml` applies when no `.docker-explain.json` does: its changes count too.
    const hadolintWatcher = vscode.workspace.createFileSystemWatcher('**/.hadolint.{yaml,yml}');
    this.disposables.push(
      this.collection,
      this.changed,
      watcher,
      hadolintWatcher,
      watcher.onDidChange((uri) => this.maybeInvalidate(uri)),
      watcher.onDidCreate((uri) => this.created(uri)),
      watcher.onDidDelete((uri) => this.removed(uri)),
      hadolintWatcher.onDidChange((uri) => this.maybeInvalidate(uri)),
      hadolintWatcher.onDidCreate((uri) => this.created(uri)),
      hadolintWatcher.onDidDelete((uri) => this.removed(uri)),
      vscode.workspace.onDidOpenTextDocument((d) => {
        this.sendOverlay(d);
        this.checkOpened(d.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!this.isKnownConfig(e.document.uri)) return;
        this.sendOverlay(e.document);
        this.maybeInvalidate(e.document.uri, true);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (!this.isKnownConfig(d.uri)) return;
        this.sendOverlay(d, true);
        this.maybeInvalidate(d.uri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dockerExplain.language')) this.publishProblems(true);
      }),
    );
  }

  /**
   * Sends the open config files and checks each workspace folder's own config, so a broken one
   * shows up even before a Dockerfile is opened. Called right after activation.
   */
  start(): void {
    for (const d of vscode.workspace.textDocuments) this.sendOverlay(d);
    this.checkConfigs();
  }

  /** Records what a lint answer said about the config it used, and shows its problems. */
  record(summary: ConfigSummary | undefined): void {
    if (!summary) return;
    this.byDir.set(summary.dir, summary);
    this.publishProblems();
    // A file that became known only now (an `extends` target) may be open with unsaved edits
    // that the worker read from disk instead: send them and resolve again.
    for (const file of summary.files) {
      if (this.overlaid.has(file)) continue;
      const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && corePathOf(d.uri) === file);
      if (!open) continue;
      this.sendOverlay(open);
      if (open.isDirty) this.maybeInvalidate(open.uri);
    }
  }

  /** The nearest `.docker-explain.json` that applies to a document, if any. */
  async nearestConfigFile(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (uri.scheme !== 'file') return undefined;
    const summary = await this.analysis.request('configFor', diskFileOf(uri));
    this.record(summary);
    const nearest = summary.files.find((f) => f.endsWith(`/${CONFIG_FILE_NAME}`));
    return nearest ? vscode.Uri.file(nearest) : undefined;
  }

  /**
   * Reads a config file for the "disable in team config" quick fix: the editor's text when it is
   * open (unsaved edits count), else the disk through the bounded reader, on the host's only
   * thread, so a pipe, a device or a huge file is refused at once instead of blocking or filling
   * the memory. Undefined when there is no such file; a refused file throws its Korean notice,
   * which the quick fix shows instead of editing the file.
   */
  readonly reader = (path: string): string | undefined => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && corePathOf(d.uri) === path);
    if (open) return open.getText();
    const read = readConfigFile(path);
    if (typeof read === 'object') throw new Error(`${path}: ${refusalNotice(read.refused, languageSetting(vscode.Uri.file(path)))}`);
    return read;
  };

  /**
   * A `.docker-explain.json` opened in an editor shows its mistakes at once, even in a folder
   * where nothing linted has used it yet (its only other check is the workspace folder's own).
   */
  private checkOpened(uri: vscode.Uri): void {
    const check = this.openedCheck(uri);
    if (check) this.check(check);
  }

  /** The `.docker-explain.json` of an open document, if it is one. */
  private openedCheck(uri: vscode.Uri): ConfigCheck | undefined {
    if (uri.scheme !== 'file' || !corePathOf(uri).endsWith(`/${CONFIG_FILE_NAME}`)) return undefined;
    return diskFileOf(uri);
  }

  /** Every workspace folder's own config and every open one, each asked once (./configChecks.ts). */
  private checkConfigs(): void {
    const folders = (vscode.workspace.workspaceFolders ?? [])
      .filter((folder) => folder.uri.scheme === 'file')
      .map((folder) => ({ path: corePathOf(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME)), workspaceRoot: corePathOf(folder.uri) }));
    const open = vscode.workspace.textDocuments.map((d) => this.openedCheck(d.uri)).filter((c): c is ConfigCheck => c !== undefined);
    for (const check of configChecks(folders, open)) this.check(check);
  }

  private check({ path, workspaceRoot }: ConfigCheck): void {
    this.analysis
      .request('configFor', { path, workspaceRoot })
      .then((summary) => this.record(summary))
      .catch((err: unknown) => console.error('[docker-explain] config check failed', err));
  }

  /** A config file deleted on disk: its open tab's text no longer counts. */
  private removed(uri: vscode.Uri): void {
    if (!this.isKnownConfig(uri)) return;
    const path = corePathOf(uri);
    this.deleted.add(path);
    if (this.overlaid.delete(path)) this.analysis.request('overlay', { path, text: null }).catch(() => undefined);
    this.maybeInvalidate(uri);
  }

  /** A config file (re)created on disk: an open tab's text counts again. */
  private created(uri: vscode.Uri): void {
    if (uri.scheme === 'file' && this.deleted.delete(corePathOf(uri))) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open) this.sendOverlay(open);
    }
    this.maybeInvalidate(uri);
  }

  /** The editor's text of an open JSON file goes to the worker; a closed one's is withdrawn. */
  private sendOverlay(document: vscode.TextDocument, closed = false): void {
    if (!this.isKnownConfig(document.uri)) return;
    const path = corePathOf(document.uri);
    // Deleted on disk while open: the tab's text is not a config until it is saved again.
    if (this.deleted.has(path) && !closed) return;
    if (closed) this.overlaid.delete(path);
    else this.overlaid.add(path);
    this.analysis.request('overlay', { path, text: closed ? null : document.getText() }).catch(() => undefined);
  }

  private isKnownConfig(uri: vscode.Uri): boolean {
    if (uri.scheme !== 'file') return false;
    const path = corePathOf(uri);
    if (path.endsWith(`/${CONFIG_FILE_NAME}`) || isHadolintConfigPath(path)) return true;
    for (const config of this.byDir.values()) if (config.files.includes(path)) return true;
    return false;
  }

  private maybeInvalidate(uri: vscode.Uri, debounce = false): void {
    if (!this.isKnownConfig(uri)) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.invalidate(), debounce ? 300 : 0);
  }

  private invalidate(): void {
    this.timer = undefined;
    this.byDir.clear();
    this.analysis.request('invalidateConfigs', {}).catch(() => undefined);
    this.publishProblems();
    this.checkConfigs();
    this.changed.fire();
  }

  /** Every problem of every config read, on its own file, once; nothing is redrawn when nothing changed. */
  private publishProblems(force = false): void {
    const byFile = new Map<string, Map<string, ConfigProblem>>();
    for (const config of this.byDir.values()) {
      for (const p of config.problems) {
        const list = byFile.get(p.file) ?? new Map<string, ConfigProblem>();
        list.set(`${p.range.start.line}:${p.range.start.character}:${p.message.en}`, p);
        byFile.set(p.file, list);
      }
    }
    const key = JSON.stringify([...byFile].map(([file, problems]) => [file, [...problems.keys()]]));
    if (!force && key === this.lastPublished) return;
    this.lastPublished = key;
    this.collection.clear();
    for (const [file, problems] of byFile) {
      const uri = vscode.Uri.file(file);
      const language = languageSetting(uri);
      this.collection.set(
        uri,
        [...problems.values()].map((p) => {
          const d = new vscode.Diagnostic(toVsRange(p.range), pick(p.message, language), p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
          d.source = CONFIG_DIAGNOSTIC_SOURCE;
          d.code = 'config';
          return d;
        }),
      );
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
