// The extension host's side of the analysis worker. No `vscode` here, so unit tests drive it
// against the built dist/worker.js (and against a worker that hangs or dies).
import type { Worker } from 'node:worker_threads';
import type { DocumentRef, Op, Params, RequestMessage, ResponseMessage, Result, TextChange } from '../../worker/protocol';
import { DocumentSync } from './documentSync';

export interface WorkerClientOptions {
  /** The worker script (dist/worker.js). */
  script: string;
  /** A request not answered within this many ms ends the worker; the next request starts a new one. */
  timeoutMs?: number;
  /** Where failures are logged (the extension's console in the editor). */
  log?: (message: string, error?: unknown) => void;
}

/**
 * A request that did not get its answer: the worker timed out, died, or was disposed, or the
 * request was superseded (a later request asks about a newer version of its document).
 */
export class WorkerUnavailableError extends Error {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'exit' | 'disposed' | 'superseded',
    /** The worker's exit code, when it exited. */
    readonly exitCode?: number,
  ) {
    super(message);
  }
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
  /** The request, to send again with the whole text if the worker could not follow. */
  message: RequestMessage;
  resent: boolean;
}

/**
 * Starts the worker on first use, numbers requests, and matches answers to them. Documents are
 * named by version (./documentSync.ts): the whole text the first time, then only the editor's
 * edits; a worker that cannot follow says so and the request goes again with the whole text.
 *
 * A request that takes longer than `timeoutMs` (a pathological file) ends the worker and fails
 * every pending request; nothing on the editor's side waits on it longer than that.
 */
export class WorkerClient {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly sync = new DocumentSync();
  private disposed = false;
  /** How many workers were started (1 unless one timed out or died). */
  starts = 0;

  constructor(private readonly options: WorkerClientOptions) {}

  /** A reference to send for this version: its text, its edits, or only its name. */
  ref(uri: string, version: number, kind: DocumentRef['kind'], text: () => string, file?: DocumentRef['file']): DocumentRef {
    this.ensureWorker();
    return this.sync.ref(uri, version, kind, text, file);
  }

  /** An edit the editor made to a document (`version`: after it). */
  change(uri: string, version: number, changes: readonly TextChange[]): void {
    this.sync.change(uri, version, changes);
  }

  /** Forgets a closed document on both sides. */
  close(uri: string): void {
    if (!this.sync.forget(uri) || !this.worker) return;
    this.request('close', { uri }).catch(() => undefined);
  }

  request<O extends Op>(op: O, params: Params<O>): Promise<Result<O>> {
    if (this.disposed) return Promise.reject(new WorkerUnavailableError('the analysis worker was disposed', 'disposed'));
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const timeoutMs = this.options.timeoutMs ?? 15_000;
    return new Promise<Result<O>>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.options.log?.(`analysis worker: ${op} took over ${timeoutMs} ms; restarting the worker`);
        this.stop(new WorkerUnavailableError(`${op} took over ${timeoutMs} ms`, 'timeout'));
      }, timeoutMs);
      const message: RequestMessage<O> = { id, op, params };
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer, message, resent: false });
      worker.postMessage(message);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // Required here, not at the top: the module loads with the extension, and Node's worker
    // support is only needed once the first request is made (after activation).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new WorkerThread(this.options.script);
    this.starts++;
    worker.on('message', (response: ResponseMessage) => this.answer(response));
    worker.on('error', (err) => this.options.log?.('analysis worker failed', err));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.options.log?.(`analysis worker exited with code ${code}`);
      this.stop(new WorkerUnavailableError(`the analysis worker exited (code ${code})`, 'exit', code));
    });
    // The worker must not keep the process alive by itself (the CLI and tests end normally).
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private answer(response: ResponseMessage): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    if (!response.ok && response.resync && !pending.resent && this.resend(pending, response.error)) return;
    this.pending.delete(response.id);
    clearTimeout(pending.timer);
    if (response.ok) pending.resolve(response.value);
    else if (response.superseded) pending.reject(new WorkerUnavailableError('superseded by a newer version', 'superseded'));
    else pending.reject(new Error(response.error));
  }

  /** Sends a request again, its document with the whole text (once; the answer keeps its id). */
  private resend(pending: Pending, why: string): boolean {
    const params = pending.message.params as { doc?: DocumentRef };
    const doc = params.doc && this.sync.resend(params.doc);
    if (!doc || !this.worker) return false;
    this.options.log?.(`analysis worker: sending ${doc.uri} version ${doc.version} whole again (${why})`);
    pending.resent = true;
    pending.message = { ...pending.message, params: { ...params, doc } as Params<Op> };
    this.worker.postMessage(pending.message);
    return true;
  }

  /** Ends the current worker and fails what it still owed; the next request starts a fresh one. */
  private stop(error: WorkerUnavailableError): void {
    const worker = this.worker;
    this.worker = undefined;
    this.sync.clear();
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    this.pending.clear();
    if (worker) void worker.terminate();
  }

  dispose(): void {
    this.disposed = true;
    this.stop(new WorkerUnavailableError('the analysis worker was disposed', 'disposed'));
  }
}
