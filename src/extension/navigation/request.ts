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

/**
 * The last version's answer. The editor asks for some things of each new version twice at once
 * (the outline: breadcrumbs and sticky scroll each build their own): one worker request and one
 * conversion serve both. Not tied to a caller's token: the other caller may still want it.
 */
export class LastVersion<T> {
  private last?: { uri: string; version: number; answer: Promise<T | undefined> };

  get(uri: string, version: number, ask: () => Promise<T | undefined>): Promise<T | undefined> {
    let last = this.last;
    if (last?.uri !== uri || last.version !== version) {
      const answer = ask();
      last = this.last = { uri, version, answer };
      // A failed (or superseded) request is not kept: the next ask tries again.
      void answer.then((found) => {
        if (!found && this.last === last) this.last = undefined;
      });
    }
    return last.answer;
  }
}
