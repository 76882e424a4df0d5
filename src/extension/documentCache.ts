import * as vscode from 'vscode';
import { fileKindOf, isTooLargeToAnalyse, parseDocument } from '../core';
import type { FileKind, ParsedDocument } from '../core';

// Files over the core's MAX_ANALYSED_CHARS get one notice instead of analysis (the CLI uses the same limit).

export type Analysis =
  | { status: 'ok'; kind: FileKind; parsed: ParsedDocument }
  | { status: 'too-large'; kind: FileKind; length: number }
  | { status: 'unsupported' };

/**
 * Parses each document once per version and shares the result between hover, lint and the
 * panel. Keyed by URI; the entry is replaced when the version moves and dropped on close.
 */
export class DocumentCache implements vscode.Disposable {
  private readonly entries = new Map<string, { version: number; analysis: Analysis }>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString()));
  }

  kindOf(document: vscode.TextDocument): FileKind | undefined {
    return fileKindOf(document.uri.path, document.languageId);
  }

  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = this.analyse(document);
    this.entries.set(key, { version: document.version, analysis });
    return analysis;
  }

  private analyse(document: vscode.TextDocument): Analysis {
    const kind = this.kindOf(document);
    if (!kind) return { status: 'unsupported' };
    const text = document.getText();
    if (isTooLargeToAnalyse(text.length)) return { status: 'too-large', kind, length: text.length };
    return { status: 'ok', kind, parsed: parseDocument(text, kind) };
  }

  dispose(): void {
    this.subscription.dispose();
    this.entries.clear();
  }
}
