import * as fs from 'fs';
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, pick, resolveConfigForFile } from '../core';
import type { ConfigProblem, ConfigReader, ResolvedConfig } from '../core';
import { toVsRange } from './convert';
import { languageSetting } from './settings';

export const CONFIG_DIAGNOSTIC_SOURCE = 'docker-explain';

/** The core's path form for a file URI: absolute, `/` separators. */
export function corePathOf(uri: vscode.Uri): string {
  return uri.fsPath.replace(/\\/g, '/');
}

/**
 * Finds the `.docker-explain.json` each document obeys (the same resolution as the CLI:
 * `resolveConfigForFile`, bounded by the workspace folder), watches config files, and shows a
 * broken config as Korean diagnostics on the config file itself at the exact place. Nothing
 * here throws into the editor: a config that cannot be read means the defaults apply.
 * Open config documents are read from the editor, so problems update as the user types.
 */
export class ConfigWatcher implements vscode.Disposable {
  private readonly byDir = new Map<string, ResolvedConfig>();
  private readonly collection = vscode.languages.createDiagnosticCollection('docker-explain-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Fired when a config file changes: every open document should be linted again. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.json');
    this.disposables.push(
      this.collection,
      this.changed,
      watcher,
      watcher.onDidChange((uri) => this.maybeInvalidate(uri)),
      watcher.onDidCreate((uri) => this.maybeInvalidate(uri)),
      watcher.onDidDelete((uri) => this.maybeInvalidate(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.maybeInvalidate(e.document.uri, true)),
      vscode.workspace.onDidCloseTextDocument((d) => this.maybeInvalidate(d.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dockerExplain.language')) this.publishProblems();
      }),
    );
    // Each workspace folder's own config is read at once, so a broken one shows up even before
    // a Dockerfile is opened.
    for (const folder of vscode.workspace.workspaceFolders ?? []) this.configFor(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
  }

  /** The config for a document, or undefined (defaults) for documents that are not files. */
  configFor(uri: vscode.Uri): ResolvedConfig | undefined {
    if (uri.scheme !== 'file') return undefined;
    const path = corePathOf(uri);
    const dir = path.slice(0, path.lastIndexOf('/')) || '/';
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let config: ResolvedConfig | undefined;
    try {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      config = resolveConfigForFile(path, this.reader, { workspaceRoot: folder ? corePathOf(folder.uri) : undefined });
    } catch (err) {
      console.error('[docker-explain] config resolution failed', err);
      return undefined;
    }
    this.byDir.set(dir, config);
    this.publishProblems();
    return config;
  }

  /** The nearest `.docker-explain.json` that applies to a document, if any. */
  nearestConfigFile(uri: vscode.Uri): vscode.Uri | undefined {
    const nearest = this.configFor(uri)?.files.find((f) => f.endsWith(`/${CONFIG_FILE_NAME}`));
    return nearest ? vscode.Uri.file(nearest) : undefined;
  }

  /** Reads a config file: the editor's text when it is open (unsaved edits count), else the disk. */
  readonly reader: ConfigReader = (path) => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && corePathOf(d.uri) === path);
    if (open) return open.getText();
    try {
      return fs.readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };

  private isKnownConfig(uri: vscode.Uri): boolean {
    if (uri.scheme !== 'file') return false;
    const path = corePathOf(uri);
    if (path.endsWith(`/${CONFIG_FILE_NAME}`)) return true;
    for (const config of this.byDir.values()) if (config.files.includes(path)) return true;
    return false;
  }

  private maybeInvalidate(uri: vscode.Uri, debounce = false): void {
    if (!this.isKnownConfig(uri)) return;
    if (!debounce) {
      this.invalidate();
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.invalidate(), 300);
  }

  private invalidate(): void {
    this.timer = undefined;
    this.byDir.clear();
    this.collection.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) this.configFor(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
    this.changed.fire();
  }

  /** Every problem of every config read, on its own file, once. */
  private publishProblems(): void {
    const byFile = new Map<string, Map<string, ConfigProblem>>();
    for (const config of this.byDir.values()) {
      for (const p of config.problems) {
        const list = byFile.get(p.file) ?? new Map<string, ConfigProblem>();
        list.set(`${p.range.start.line}:${p.range.start.character}:${p.message.en}`, p);
        byFile.set(p.file, list);
      }
    }
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
