import type { DocumentRef, TextChange } from '../../worker/protocol';

/** Above this many pending edits, or this share of the text being new, the whole text is cheaper to send. */
const MAX_PENDING_EDITS = 1_000;
const MAX_INSERTED_SHARE = 0.5;

interface Synced {
  /** The version the worker has the text of. */
  workerVersion: number;
  /** The edits since then, in the order the editor made them, and the version they lead to. */
  pending: TextChange[];
  pendingVersion: number;
  inserted: number;
  /** The text's length at `pendingVersion`: the worker checks its result against it. */
  length: number;
}

/**
 * What the analysis worker has of each open document, so a request names a version without
 * copying the text again: the whole text the first time, then only the editor's edits since
 * the version the worker has (as language clients send incremental changes). Copying the
 * whole of a 2 MB file cost the extension host about 30 ms per lint (join 16 ms + clone 11 ms).
 * Any gap in the versions (an event missed, a worker restarted) falls back to the whole text.
 */
export class DocumentSync {
  private readonly documents = new Map<string, Synced>();
  private readonly texts = new WeakMap<DocumentRef, () => string>();

  /** Records an edit the editor made; `version` is the document's version after it. */
  change(uri: string, version: number, changes: readonly TextChange[]): void {
    const synced = this.documents.get(uri);
    if (!synced || changes.length === 0) return;
    if (synced.pendingVersion !== version - 1) {
      this.documents.delete(uri);
      return;
    }
    for (const c of changes) {
      synced.pending.push(c);
      synced.inserted += c.text.length;
      synced.length += c.text.length - c.length;
    }
    synced.pendingVersion = version;
    if (synced.pending.length > MAX_PENDING_EDITS || synced.inserted > synced.length * MAX_INSERTED_SHARE) this.documents.delete(uri);
  }

  /** The reference for this version: nothing, the edits since the worker's version, or the whole text. */
  ref(uri: string, version: number, kind: DocumentRef['kind'], text: () => string, file?: DocumentRef['file']): DocumentRef {
    const synced = this.documents.get(uri);
    let ref: DocumentRef;
    if (synced && synced.workerVersion === version) ref = { uri, version, kind };
    else if (synced && synced.pendingVersion === version) {
      ref = { uri, version, kind, changes: { base: synced.workerVersion, edits: synced.pending, length: synced.length } };
      synced.workerVersion = version;
      synced.pending = [];
      synced.inserted = 0;
    } else {
      const whole = text();
      this.documents.set(uri, { workerVersion: version, pending: [], pendingVersion: version, inserted: 0, length: whole.length });
      ref = { uri, version, kind, text: whole };
    }
    if (file) ref.file = file;
    this.texts.set(ref, text);
    return ref;
  }

  /** The same version again, with its whole text: after the worker said it could not follow. */
  resend(ref: DocumentRef): DocumentRef | undefined {
    const text = this.texts.get(ref);
    if (!text) return undefined;
    this.documents.delete(ref.uri);
    return this.ref(ref.uri, ref.version, ref.kind, text, ref.file);
  }

  forget(uri: string): boolean {
    return this.documents.delete(uri);
  }

  /** A new worker knows nothing. */
  clear(): void {
    this.documents.clear();
  }
}
