import type { AnalysisService } from './service';
import { OutOfSyncError } from './service';
import type { DocumentRef, RequestMessage, ResponseMessage } from './protocol';

/**
 * The requests whose answer is worthless once a newer version of the same document is asked
 * about. The outline, folding and links are asked by the editor after every edit and wait
 * behind the lint; the editor drops an answer for an older version, so computing it is waste.
 */
const SUPERSEDABLE = new Set(['lint', 'fileView', 'symbols', 'folding', 'links']);

/**
 * Requests someone is waiting on with the mouse: taken before the lints and panel models queued
 * ahead of them, so a hover waits at most for the one request already running, not for every
 * lint queued before it (each lint of a 2,000-service Compose file takes most of a second).
 */
const URGENT = new Set(['hover', 'commentLine']);

/**
 * Answers requests one at a time, one per turn of the event loop, so that requests arriving
 * while a long one runs (a lint of a 2,000-service Compose file takes a second) are seen before
 * the next one starts. A lint or panel request for a version that a later queued request has
 * already moved past is answered "superseded" without the work: while someone types in a large
 * file, the diagnostics of the newest version arrive after one lint, not after every version's.
 */
export class RequestQueue {
  private readonly queue: RequestMessage[] = [];
  private scheduled = false;

  constructor(
    private readonly service: AnalysisService,
    private readonly send: (response: ResponseMessage) => void,
    private readonly schedule: (next: () => void) => void = (next) => setImmediate(next),
  ) {}

  push(message: RequestMessage): void {
    this.queue.push(message);
    this.wake();
  }

  private wake(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      const message = this.next();
      if (message) this.send(this.answer(message));
      this.wake();
    });
  }

  /** The first urgent request if one is queued, else the oldest request. */
  private next(): RequestMessage | undefined {
    const urgent = this.queue.findIndex((m) => URGENT.has(m.op));
    if (urgent <= 0) return this.queue.shift();
    // The requests it overtakes may carry the text of the version it names: keep their text
    // first, in the order they came (they are answered later, from the text kept here).
    for (const skipped of this.queue.slice(0, urgent)) {
      const doc = documentOf(skipped);
      if (!doc) continue;
      try {
        this.service.accept(doc);
      } catch {
        // That request gets its own "resync" answer when its turn comes.
      }
    }
    return this.queue.splice(urgent, 1)[0];
  }

  private answer(message: RequestMessage): ResponseMessage {
    try {
      const doc = documentOf(message);
      if (doc && SUPERSEDABLE.has(message.op) && this.queue.some((later) => isNewer(documentOf(later), doc))) {
        // Keep the text it carried: a later request for this version may count on it.
        this.service.accept(doc);
        return { id: message.id, ok: false, error: 'superseded', superseded: true };
      }
      return { id: message.id, ok: true, value: this.service.handle(message.op, message.params) };
    } catch (err) {
      if (err instanceof OutOfSyncError) return { id: message.id, ok: false, error: err.message, resync: true };
      return { id: message.id, ok: false, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
    }
  }
}

function documentOf(message: RequestMessage): DocumentRef | undefined {
  const params = message.params as { doc?: DocumentRef };
  return params.doc;
}

function isNewer(later: DocumentRef | undefined, doc: DocumentRef): boolean {
  return later !== undefined && later.uri === doc.uri && later.version > doc.version;
}
