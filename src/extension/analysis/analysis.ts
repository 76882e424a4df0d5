import vscode = require('vscode');
import { fileKindOf } from '../../core/documents/fileKind';
import { isTooLargeToAnalyse } from '../../core/documents/sizeLimit';
import type { FileKind } from '../../core/types';
import type { DocumentRef, LintTarget, Op, Params, Result, RuleInfo } from '../../worker/protocol';
import { languageSetting } from '../settings';
import { WorkerPool } from './workerPool';

// The extension host's door to the analysis worker. The host only decides *whether* a document
// is ours and small enough, and names it by URI and version; parsing, lint, hovers and the
// panel's model all happen in the worker (src/worker), so this bundle stays small (fast
// activation) and a keystroke costs the host one message.

export type DocumentStatus =
  | { status: 'ok'; kind: FileKind }
  | { status: 'too-large'; kind: FileKind; length: number }
  | { status: 'unsupported' };

export interface Catalogue {
  rules: RuleInfo[];
  conceptIds: string[];
}

export class Analysis implements vscode.Disposable {
  private readonly client: WorkerPool;
  private readonly subscription: vscode.Disposable;
  private catalogue?: Promise<Catalogue>;

  /**
   * @param timeoutMs how long one request may take before the worker is restarted: far above
   *   a lint of the largest file we analyse (2 MB, about 2 s here), far below "the editor hangs".
   */
  constructor(extensionUri: vscode.Uri, readonly timeoutMs = 15_000) {
    // Two workers: one lints, one answers hovers, so a hover never waits behind a lint (./workerPool.ts).
    this.client = new WorkerPool({
      script: vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath,
      timeoutMs,
      log: (message, error) => console.error(`[docker-explain] ${message}`, error ?? ''),
    });
    this.subscription = vscode.Disposable.from(
      vscode.workspace.onDidCloseTextDocument((d) => {
        openFiles.delete(d.uri.toString());
        this.client.close(d.uri.toString());
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => openFiles.clear()),
      // Every edit is recorded (cheaply), so the next request sends the edits instead of the text.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        this.client.change(
          e.document.uri.toString(),
          e.document.version,
          e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text })),
        );
      }),
    );
  }

  /** `as`: the kind the caller knows the document has (a file a Compose project includes, whatever its name). */
  status(document: vscode.TextDocument, as?: FileKind): DocumentStatus {
    const kind = as ?? fileKindOf(document.uri.path, document.languageId);
    if (!kind) return { status: 'unsupported' };
    // The length without building the whole text: the offset of the document's end.
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    return isTooLargeToAnalyse(length) ? { status: 'too-large', kind, length } : { status: 'ok', kind };
  }

  /** The document as a request names it (the text goes along once per version). */
  ref(document: vscode.TextDocument, kind: FileKind): DocumentRef {
    return this.client.ref(document.uri.toString(), document.version, kind, () => document.getText(), openFileOf(document));
  }

  request<O extends Op>(op: O, params: Params<O>): Promise<Result<O>> {
    return this.client.request(op, params);
  }

  /** The rules and concept pages the worker knows (asked once; asked again if the worker failed). */
  rules(): Promise<Catalogue> {
    this.catalogue ??= this.client.request('hello', {}).catch((err: unknown) => {
      this.catalogue = undefined;
      throw err;
    });
    return this.catalogue;
  }

  dispose(): void {
    this.subscription.dispose();
    this.client.dispose();
  }
}

/** The core's path form for a file URI: absolute, `/` separators. */
export function corePathOf(uri: vscode.Uri): string {
  return uri.fsPath.replace(/\\/g, '/');
}

/** Where a document's (or a file's) team config is looked for, as the CLI does: its path within its workspace folder. */
export function lintTargetOf(scope: vscode.TextDocument | vscode.Uri): LintTarget {
  const file = scope instanceof vscode.Uri ? fileOf(scope) : openFileOf(scope);
  return { ...file, language: languageSetting(scope) };
}

/**
 * Where each open document is on disk. Every request names it (and a lint names it twice: the
 * document and its config target), and looking up its workspace folder each time cost the
 * host's thread about 2 ms per keystroke in the 10,000-line Dockerfile (lint, hover, outline,
 * folding and links each ask): kept until the document closes or the workspace folders change
 * (the subscriptions in `Analysis`). Only open documents: a closed file never says it closed.
 */
const openFiles = new Map<string, DocumentRef['file']>();

function openFileOf(document: vscode.TextDocument): DocumentRef['file'] {
  const uri = document.uri.toString();
  if (openFiles.has(uri)) return openFiles.get(uri);
  const file = fileOf(document.uri);
  openFiles.set(uri, file);
  return file;
}

/** Where a document is on disk (file URIs only): its path and the workspace folder that bounds the config search. */
function fileOf(uri: vscode.Uri): DocumentRef['file'] {
  return uri.scheme === 'file' ? diskFileOf(uri) : undefined;
}

/** A file URI's path and the workspace folder that bounds its config search. */
export function diskFileOf(uri: vscode.Uri): { path: string; workspaceRoot: string | undefined } {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return { path: corePathOf(uri), workspaceRoot: folder ? corePathOf(folder.uri) : undefined };
}
