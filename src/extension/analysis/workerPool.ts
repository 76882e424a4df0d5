// Two analysis workers instead of one, so that a hover never waits behind a lint. No `vscode`
// here: unit tests and the benchmark (scripts/bench.mjs) drive it against dist/worker.js.
import type { DocumentRef, Op, Params, Result, TextChange } from '../../worker/protocol';
import type { WorkerClientOptions } from './workerClient';
import { WorkerClient } from './workerClient';

/**
 * Which worker answers each request. `lint`: lints and what is built on them (the panel's file
 * view, the config summary). `interactive`: what someone waits on with the mouse or the
 * keyboard (hovers, where a disable comment goes, command explanations, the panel's first
 * message). `both`: state both workers need (config overlays and invalidation, files changed
 * on disk, closing).
 * A new request must be given a lane here (the type checks it).
 */
export const LANE_OF: Record<Op, 'lint' | 'interactive' | 'both'> = {
  lint: 'lint',
  lintPath: 'lint',
  fileView: 'lint',
  configFor: 'lint',
  rulesOverview: 'lint',
  fixAll: 'lint',
  // A config edit is clicked for, once: the lint worker answers it between lints.
  ruleOffText: 'lint',
  hover: 'interactive',
  // Typed for: never behind a lint.
  complete: 'interactive',
  completeConfig: 'interactive',
  formatConfig: 'interactive',
  commentLine: 'interactive',
  explainCommand: 'interactive',
  // A terminal link is asked for while the pointer is over a line; its explanation is clicked for.
  errorLine: 'interactive',
  explainError: 'interactive',
  hello: 'interactive',
  panelInit: 'interactive',
  sync: 'interactive',
  // Asked for when someone clicks or presses a key for them.
  definition: 'interactive',
  references: 'interactive',
  highlights: 'interactive',
  prepareRename: 'interactive',
  rename: 'interactive',
  // Asked for by the editor after each edit: on the lint worker, so they never delay a hover.
  symbols: 'lint',
  folding: 'lint',
  configOutline: 'lint',
  links: 'lint',
  overlay: 'both',
  filesChanged: 'both',
  invalidateConfigs: 'both',
  close: 'both',
};

/**
 * One worker lints, the other answers hovers. A worker thread runs one request at a time, and
 * the slow parts of a lint cannot be cut into pieces: the YAML parse of a 2,000-service
 * Compose file is one call of 300–400 ms, and any rule can take tens of ms on a hostile file.
 * With one worker a hover (in that file or in any other) waited for all of it (0.5–0.9 s).
 * Here the two share nothing mutable: each holds its own texts, parses and configs, and each
 * is restarted alone when it times out or dies.
 *
 * The cost: a document that is linted and hovered is parsed in both (memory for two parses,
 * and the hover worker parses a new version once, when it is first hovered). Compose files
 * are also sent (as edits) to the hover worker when they are linted, because a Compose hover
 * reads the open texts of the other files of its set.
 */
export class WorkerPool {
  readonly lint: WorkerClient;
  readonly interactive: WorkerClient;
  /** The text of each document a caller named, until a worker's reference is made for it. */
  private readonly texts = new WeakMap<DocumentRef, () => string>();

  constructor(options: WorkerClientOptions) {
    this.lint = new WorkerClient(options);
    this.interactive = new WorkerClient(options);
  }

  /**
   * A document as the caller names it. What goes to a worker (the text, the edits since the
   * version it has, or only the name) depends on which worker answers, so it is decided when
   * the request is made.
   */
  ref(uri: string, version: number, kind: DocumentRef['kind'], text: () => string, file?: DocumentRef['file']): DocumentRef {
    const ref: DocumentRef = file ? { uri, version, kind, file } : { uri, version, kind };
    this.texts.set(ref, text);
    return ref;
  }

  /** An edit the editor made (`version`: after it): both workers get it with their next request about the document. */
  change(uri: string, version: number, changes: readonly TextChange[]): void {
    this.lint.change(uri, version, changes);
    this.interactive.change(uri, version, changes);
  }

  /** Forgets a closed document in both workers. */
  close(uri: string): void {
    this.lint.close(uri);
    this.interactive.close(uri);
  }

  request<O extends Op>(op: O, params: Params<O>): Promise<Result<O>> {
    const lane = LANE_OF[op];
    if (lane === 'both') {
      // Both get it; the caller hears the lint worker's answer (both answer the same, null).
      this.interactive.request(op, this.bind(this.interactive, params)).catch(() => undefined);
      return this.lint.request(op, this.bind(this.lint, params));
    }
    const client = lane === 'lint' ? this.lint : this.interactive;
    const answer = client.request(op, this.bind(client, params));
    const doc = (params as { doc?: DocumentRef }).doc;
    if (op === 'lint' && doc?.kind === 'compose') {
      this.interactive.request('sync', this.bind(this.interactive, { doc })).catch(() => undefined);
    }
    return answer;
  }

  /** The params with the document as this worker needs it (the caller's own reference is passed through). */
  private bind<P>(client: WorkerClient, params: P): P {
    const doc = (params as { doc?: DocumentRef }).doc;
    const text = doc && this.texts.get(doc);
    if (!doc || !text) return params;
    return { ...params, doc: client.ref(doc.uri, doc.version, doc.kind, text, doc.file) };
  }

  dispose(): void {
    this.lint.dispose();
    this.interactive.dispose();
  }
}
