import vscode = require('vscode');
import type { LintDiagnostic } from '../core/lint/types';
import type { Analysis } from './analysis/analysis';
import { corePathOf, lintTargetOf } from './analysis/analysis';
import { WorkerUnavailableError } from './analysis/workerClient';
import { isEnabled } from './settings';

/** What the diagnostics controller does for this module. */
export interface ComposeProjectsHost {
  /** Lints an open document again (debounced). */
  schedule(document: vscode.TextDocument): void;
  /** Shows the diagnostics of a file that is not open (undefined: none, clear them). */
  showClosed(uri: vscode.Uri, diagnostics: LintDiagnostic[] | undefined): void;
}

interface Known {
  uri: vscode.Uri;
  /** The files its project was loaded from (core paths), itself included. */
  files: ReadonlySet<string>;
  /** Linted from the disk because an open file's project holds it. */
  closed: boolean;
}

/** Files whose change on disk can change a Compose project: Compose files (any name, through include/extends) and `.env`. */
const WATCHED = '**/{*.yml,*.yaml,.env}';
/** Disk events come in bursts (a save, a branch switch): one round of lints per burst. */
const DISK_BATCH_MS = 150;

/**
 * Compose files are linted as projects (base, override, `-f` sets, includes, `extends` files):
 * a finding in compose.override.yaml may change when compose.yaml changes. This keeps, for each
 * linted Compose file, the files its project was read from, and
 * - lints again every file whose project holds a file that was edited or changed on disk,
 *   whatever workspace folder it is in;
 * - lints the files of an open file's project that are not open, from the disk text, so a clash
 *   reported in compose.override.yaml shows in Problems while only compose.yaml is open, and
 *   clears when compose.yaml is fixed; their diagnostics go when no open file's project holds
 *   them any more.
 */
export class ComposeProjects implements vscode.Disposable {
  private readonly known = new Map<string, Known>();
  /** Closed files being linted, and whether another lint was asked for meanwhile. */
  private readonly running = new Map<string, { again: boolean }>();
  private readonly changedOnDisk = new Map<string, boolean>();
  private diskTimer?: NodeJS.Timeout;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly analysis: Analysis,
    private readonly host: ComposeProjectsHost,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(WATCHED);
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => this.onDisk(uri, false)),
      watcher.onDidCreate((uri) => this.onDisk(uri, true)),
      watcher.onDidDelete((uri) => this.onDisk(uri, true)),
    );
  }

  /** An open Compose document was linted with these project files. */
  linted(document: vscode.TextDocument, projectFiles: readonly string[] | undefined): void {
    if (document.uri.scheme !== 'file') return;
    const own = corePathOf(document.uri);
    this.known.set(document.uri.toString(), { uri: document.uri, files: new Set(projectFiles ?? [own]), closed: false });
    for (const path of projectFiles ?? []) if (path !== own) this.lintClosed(path);
    this.prune();
  }

  /**
   * True when a linted Compose file's project reads this document: a file it includes or
   * extends from may have any name (`db.yaml`), and is a Compose file all the same.
   */
  holds(document: vscode.TextDocument): boolean {
    if (document.uri.scheme !== 'file') return false;
    const path = corePathOf(document.uri);
    for (const k of this.known.values()) if (k.files.has(path)) return true;
    return false;
  }

  /** An open document was edited: the files whose project holds it are linted again. */
  edited(document: vscode.TextDocument): void {
    if (document.uri.scheme !== 'file') return;
    this.relintHolders(new Set([corePathOf(document.uri)]), document.uri.toString());
    // A file that is not in the set yet (a new override, an `include` just typed) joins it through its folder.
    if (this.isCompose(document)) this.relintFolder(vscode.Uri.joinPath(document.uri, '..'), document);
  }

  /** An open document was closed (its diagnostics were cleared): if an open file's project holds it, lint it from the disk. */
  closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.known.delete(key) || document.uri.scheme !== 'file') return;
    const path = corePathOf(document.uri);
    if ([...this.known.values()].some((k) => !k.closed && k.files.has(path))) this.lintClosed(path);
    this.prune();
  }

  private isCompose(document: vscode.TextDocument): boolean {
    const status = this.analysis.status(document);
    return status.status === 'ok' && status.kind === 'compose';
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  /** Lints again every known file (open or not) whose project holds one of `paths`. */
  private relintHolders(paths: ReadonlySet<string>, except?: string): void {
    for (const [key, k] of this.known) {
      if (key === except || ![...paths].some((p) => k.files.has(p))) continue;
      const open = this.openDocument(k.uri);
      if (open) this.host.schedule(open);
      else if (k.closed) this.lintClosed(corePathOf(k.uri));
    }
  }

  /** The open Compose documents of a folder: a file created, deleted or edited there may change their set. */
  private relintFolder(folder: vscode.Uri, except?: vscode.TextDocument): void {
    const dir = folder.toString();
    for (const other of vscode.workspace.textDocuments) {
      if (other === except || other.uri.scheme !== 'file' || vscode.Uri.joinPath(other.uri, '..').toString() !== dir) continue;
      if (this.isCompose(other)) this.host.schedule(other);
    }
  }

  private onDisk(uri: vscode.Uri, createdOrDeleted: boolean): void {
    if (uri.scheme !== 'file') return;
    // Saving an open document changes nothing the worker reads (it has the editor's text).
    const open = this.openDocument(uri);
    if (open && !createdOrDeleted && !open.isDirty && this.isCompose(open)) return;
    const path = corePathOf(uri);
    this.changedOnDisk.set(path, (this.changedOnDisk.get(path) ?? false) || createdOrDeleted || path.endsWith('/.env'));
    if (this.diskTimer) return;
    this.diskTimer = setTimeout(() => void this.flushDisk(), DISK_BATCH_MS);
  }

  private async flushDisk(): Promise<void> {
    this.diskTimer = undefined;
    const changes = [...this.changedOnDisk];
    this.changedOnDisk.clear();
    try {
      await this.analysis.request('filesChanged', { paths: changes.map(([p]) => p) });
    } catch {
      // A worker that failed starts fresh and reads the disk anyway.
    }
    this.relintHolders(new Set(changes.map(([p]) => p)));
    for (const [path, folderWide] of changes) if (folderWide) this.relintFolder(vscode.Uri.joinPath(vscode.Uri.file(path), '..'));
  }

  /** Lints a file of an open file's project that is not open itself (only inside the workspace). */
  private lintClosed(path: string): void {
    const running = this.running.get(path);
    if (running) {
      running.again = true;
      return;
    }
    const uri = vscode.Uri.file(path);
    if (this.openDocument(uri) || !vscode.workspace.getWorkspaceFolder(uri) || !isEnabled('lint.enabled', uri)) return;
    const state = { again: false };
    this.running.set(path, state);
    void this.analysis
      .request('lintPath', { path, target: lintTargetOf(uri) })
      .then(
        (outcome) => {
          // Opened meanwhile: its own lint, of the editor's text, is the one to show.
          if (this.openDocument(uri)) return;
          if (!outcome || outcome.ignored) {
            this.known.delete(uri.toString());
            this.host.showClosed(uri, undefined);
            return;
          }
          this.known.set(uri.toString(), { uri, files: new Set(outcome.projectFiles ?? [path]), closed: true });
          this.host.showClosed(uri, outcome.diagnostics);
          this.prune();
        },
        (err: unknown) => {
          if (!(err instanceof WorkerUnavailableError)) console.error('[docker-explain] lint of a project file failed', err);
        },
      )
      .finally(() => {
        this.running.delete(path);
        if (state.again) this.lintClosed(path);
      });
  }

  /** Closed files that no open file's project holds any more lose their diagnostics. */
  private prune(): void {
    const held = new Set<string>();
    for (const k of this.known.values()) if (!k.closed) for (const f of k.files) held.add(f);
    for (const [key, k] of this.known) {
      if (!k.closed || held.has(corePathOf(k.uri)) || this.openDocument(k.uri)) continue;
      this.known.delete(key);
      this.host.showClosed(k.uri, undefined);
    }
  }

  dispose(): void {
    if (this.diskTimer) clearTimeout(this.diskTimer);
    for (const d of this.disposables) d.dispose();
  }
}
