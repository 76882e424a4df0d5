// The navigation requests of the worker (definitions, references, highlights, rename, outline,
// folding, links): editor-free, so a language server can serve the same answers. The index of a
// Compose file covers its project (the set, includes, extends files) and the Dockerfiles its
// `build.target` values name; it is kept while the files it read do not change.

import { SymbolIndex, capOutline, composeLinks, composeOutline, definitionsAt, dockerfileFolding, dockerfileLinks, dockerfileOutline, dockerfilesNamed, highlightsAt, nothingToRename, prepareRenameAt, projectIndexFiles, referencesAt, renameAt } from '../core/navigate';
import type { IndexedFile } from '../core/navigate';
import type { ParsedDocument } from '../core';
import { parseDocument } from '../core';
import type { ComposeProject } from '../core/compose/loadProject';
import type { DocumentRef, Params, Result } from './protocol';

export type NavigationOp = 'definition' | 'references' | 'highlights' | 'prepareRename' | 'rename' | 'symbols' | 'folding' | 'links';

/** What the navigation needs of the service that holds the documents. */
export interface NavigationHost {
  parsed(ref: DocumentRef): ParsedDocument;
  /** The document's path on disk, if it is a file. */
  pathOf(ref: DocumentRef): string | undefined;
  /**
   * The Compose project a file belongs to (its set, or the file alone): a key that changes when
   * any of its files does, found without loading it (`read`: the files its last load read, as
   * `load` returns them), and its load (the project, the files it read, its key from them).
   */
  project(path: string, read: readonly string[] | undefined): ProjectSource;
  /** A file's text (the editor's when open), or undefined. */
  textOf(path: string): string | undefined;
  /**
   * The Compose files whose project may build this Dockerfile: the team config's sets and the
   * Compose files of its folder and the folders above it, within the workspace. A stage rename
   * reaches their `build.target` through them.
   */
  composeFilesAround(dockerfilePath: string): string[];
}

export interface ProjectSource {
  key: string;
  load(): { project: ComposeProject; files: string[]; key: string };
}

/** How many indexes are kept: a few documents side by side (two editors, a Compose file and its Dockerfile) each keep theirs. */
export const NAVIGATION_CACHE_SIZE = 4;

interface CachedIndex {
  /** What the index was built from (the document's version, its project's files and versions): another key builds it again. */
  key: string;
  index: SymbolIndex;
  /** The parse it was built from: a document closed and opened again starts at version 1 again with a new parse. */
  source: ParsedDocument;
  /** The texts of the Dockerfiles a Compose index read (an edit to one makes it stale). */
  dockerfiles?: Map<string, string>;
  /** The files each Compose project of the index read, by the path it was asked for: the next key is found from them without loading. */
  projectFiles?: Map<string, string[]>;
}

export class NavigationRequests {
  // Indexes by document URI (a Dockerfile's cross-file index in a slot of its own): a single slot was
  // rebuilt at every request that alternated between two documents, or between a Dockerfile's own
  // and its cross-file index. One slot per URI: a new version replaces the index of the old one,
  // which no request asks for again (keyed by version, 5 versions of a 1.7 MB Compose file held 350 MB).
  private readonly cache = new Map<string, CachedIndex>();
  /** How many indexes were built (tests check the cache). */
  builds = 0;

  /** How many indexes are held (tests check the cache). */
  get size(): number {
    return this.cache.size;
  }

  constructor(private readonly host: NavigationHost) {}

  handle<O extends NavigationOp>(op: O, params: Params<O>): Result<O> {
    const p = params as Params<NavigationOp>;
    switch (op) {
      case 'definition': {
        const { doc, position } = p as Params<'definition'>;
        const { index, path } = this.index(doc);
        return definitionsAt(index, path, position) as Result<O>;
      }
      case 'references': {
        const { doc, position, includeDeclaration } = p as Params<'references'>;
        const { index, path } = this.index(doc, true);
        return referencesAt(index, path, position, includeDeclaration) as Result<O>;
      }
      case 'highlights': {
        const { doc, position } = p as Params<'highlights'>;
        const { index, path } = this.index(doc);
        return highlightsAt(index, path, position) as Result<O>;
      }
      case 'prepareRename': {
        const { doc, position } = p as Params<'prepareRename'>;
        const { index, path } = this.index(doc, true);
        return (prepareRenameAt(index, path, position) ?? nothingToRename()) as Result<O>;
      }
      case 'rename': {
        const { doc, position, newName } = p as Params<'rename'>;
        const { index, path } = this.index(doc, true);
        return renameAt(index, path, position, newName) as Result<O>;
      }
      case 'symbols': {
        const parsed = this.host.parsed((p as Params<'symbols'>).doc);
        // Asked after every edit, and turned into messages by the editor: capped for huge files (core/navigate/outlineLimit.ts).
        return capOutline(parsed.kind === 'dockerfile' ? dockerfileOutline(parsed) : parsed.kind === 'compose' ? composeOutline(parsed) : []) as Result<O>;
      }
      case 'folding': {
        const parsed = this.host.parsed((p as Params<'folding'>).doc);
        return (parsed.kind === 'dockerfile' ? dockerfileFolding(parsed) : []) as Result<O>;
      }
      case 'links': {
        const { doc } = p as Params<'links'>;
        const parsed = this.host.parsed(doc);
        return (parsed.kind === 'dockerfile' ? dockerfileLinks(parsed) : parsed.kind === 'compose' ? composeLinks(parsed, this.host.pathOf(doc)) : []) as Result<O>;
      }
    }
    throw new Error(`unknown navigation request ${String(op)}`);
  }

  /** An edit to a Dockerfile the index read (open in the editor) makes the index stale. */
  private sameDockerfiles(texts: Map<string, string> | undefined): boolean {
    for (const [path, text] of texts ?? []) if (this.host.textOf(path) !== text) return false;
    return true;
  }

  /**
   * The index the position is looked up in, and the document's name in it (its path, or its URI).
   * `acrossFiles`: a Dockerfile's index also holds the Compose projects around it, so references
   * and a stage rename reach the `build.target` values that name its stages (definitions and
   * highlights stay in the file and read no other).
   */
  private index(ref: DocumentRef, acrossFiles = false): { index: SymbolIndex; path: string } {
    const parsed = this.host.parsed(ref);
    const filePath = this.host.pathOf(ref);
    const path = filePath ?? ref.uri;
    if (parsed.kind === 'dockerfile' && filePath !== undefined && acrossFiles) return { index: this.dockerfileIndex(ref, parsed, filePath), path: filePath };
    if (parsed.kind !== 'compose' || filePath === undefined) {
      const key = `${ref.uri}@${ref.version}`;
      return { index: this.cached(ref.uri, key, parsed, () => ({ key, index: new SymbolIndex([{ path, doc: parsed }]), source: parsed })), path };
    }
    // The project is loaded only to build the index: the key comes from the files its last load read.
    const source = this.host.project(filePath, this.cache.get(ref.uri)?.projectFiles?.get(filePath));
    const keyOf = (projectKey: string): string => `${projectKey}#${ref.uri}@${ref.version}`;
    const index = this.cached(ref.uri, keyOf(source.key), parsed, () => {
      const { project, files: read, key: projectKey } = source.load();
      const files: IndexedFile[] = projectIndexFiles(project);
      if (!files.some((f) => f.path === filePath)) files.unshift({ path: filePath, doc: parsed });
      // The Dockerfiles `build.target` names, so the target goes to (and renames) their stage.
      const dockerfiles: IndexedFile[] = [];
      const texts = new Map<string, string>();
      for (const dockerfile of dockerfilesNamed(new SymbolIndex(files))) {
        const text = this.host.textOf(dockerfile);
        if (text === undefined) continue;
        texts.set(dockerfile, text);
        dockerfiles.push({ path: dockerfile, doc: parseDocument(text, 'dockerfile') });
      }
      return { key: keyOf(projectKey), index: new SymbolIndex([...files, ...dockerfiles]), source: parsed, dockerfiles: texts, projectFiles: new Map([[filePath, read]]) };
    });
    return { index, path: filePath };
  }

  /** The index in `slot`, built when missing, of another `key`, or stale; the least recently used goes when the cache is full. */
  private cached(slot: string, key: string, source: ParsedDocument, build: () => CachedIndex): SymbolIndex {
    let entry = this.cache.get(slot);
    if (entry && (entry.key !== key || entry.source !== source || !this.sameDockerfiles(entry.dockerfiles))) entry = undefined;
    // The old entry goes before the new one is built: both are never held at once.
    this.cache.delete(slot);
    if (!entry) {
      entry = build();
      this.builds++;
    }
    this.cache.set(slot, entry);
    while (this.cache.size > NAVIGATION_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return entry.index;
  }

  /** A Dockerfile with the Compose projects around it (their files only: a project's other Dockerfiles name other stages). */
  private dockerfileIndex(ref: DocumentRef, parsed: ParsedDocument, filePath: string): SymbolIndex {
    const slot = `dockerfile#${ref.uri}`;
    const read = this.cache.get(slot)?.projectFiles;
    const around = this.host.composeFilesAround(filePath);
    const sources = around.map((c) => this.host.project(c, read?.get(c)));
    const keyOf = (keys: string[]): string => `dockerfile#${ref.uri}@${ref.version}#${keys.join(',')}`;
    return this.cached(slot, keyOf(sources.map((s) => s.key)), parsed, () => {
      const files: IndexedFile[] = [{ path: filePath, doc: parsed }];
      const loaded = sources.map((s) => s.load());
      for (const { project } of loaded) files.push(...projectIndexFiles(project));
      return { key: keyOf(loaded.map((l) => l.key)), index: new SymbolIndex(files), source: parsed, projectFiles: new Map(around.map((c, i) => [c, loaded[i].files])) };
    });
  }
}
