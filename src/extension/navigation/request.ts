import vscode = require('vscode');
import type { Analysis } from '../analysis/analysis';
import { WorkerUnavailableError } from '../analysis/workerClient';
import type { DocumentRef } from '../../worker/protocol';
import type { Feature } from './coexistence';
import { featureEnabled } from './coexistence';

/** The document as a navigation request names it, when the feature is on for it (Dockerfiles and Compose files only). */
export function navigableRef(analysis: Analysis, document: vscode.TextDocument, feature: Feature): DocumentRef | undefined {
  const status = analysis.status(document);
  if (status.status !== 'ok' || (status.kind !== 'dockerfile' && status.kind !== 'compose')) return undefined;
  if (!featureEnabled(feature, document, status.kind)) return undefined;
  return analysis.ref(document, status.kind);
}

/** A location's file: a core path is a file on disk; anything else is the document's own URI. */
export function uriOf(path: string, document: vscode.TextDocument): vscode.Uri {
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) return vscode.Uri.file(path);
  return path === document.uri.toString() ? document.uri : vscode.Uri.parse(path);
}

/** Runs a worker request for a provider: a failure is logged and answered with nothing, never thrown into the editor. */
export async function quietly<T>(what: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof WorkerUnavailableError)) console.error(`[docker-explain] ${what} failed`, err);
    return undefined;
  }
}
