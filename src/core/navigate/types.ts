import type { Range } from '../types';

// The shapes of the navigation answers (definitions, references, rename, outline, folding,
// links). Plain data with 0-based positions: the VS Code providers, the CLI and a language
// server all turn them into their own types.

/** What a name names. */
export type SymbolKind = 'stage' | 'variable' | 'service' | 'volume' | 'network' | 'secret' | 'config' | 'anchor';

/**
 * One place a name is written: where it is defined (`FROM … AS build`, `services: web:`) or
 * used (`COPY --from=build`, `depends_on: [web]`). `keys` say which symbol it is: two
 * occurrences that share a key are the same symbol (a service key in an override file and in
 * the main file share one).
 */
export interface Occurrence {
  kind: SymbolKind;
  /** The name as written here. */
  name: string;
  /** The file (core path, or the document's URI when it is not a file). */
  path: string;
  range: Range;
  role: 'definition' | 'reference';
  keys: string[];
  /**
   * False where the text is not the name itself, so a rename leaves it alone: a stage index
   * (`COPY --from=0`) still names the same stage after a rename.
   */
  renamable: boolean;
  /** For a Compose `build.target`: the Dockerfile it names a stage of (core path), when known. */
  dockerfile?: string;
}

/** A place in a file. */
export interface NavLocation {
  path: string;
  range: Range;
}

export interface FileEdits {
  path: string;
  edits: { range: Range; newText: string }[];
}

/** A rename that cannot be done, with the reason in plain text (shown as a notification). */
export interface RenameRefusal {
  error: { ko: string; en: string };
}

export type OutlineKind = 'stage' | 'instruction' | 'argument' | 'section' | 'service' | 'volume' | 'network' | 'secret' | 'config' | 'key' | 'include';

/** One entry of the outline (VS Code's DocumentSymbol, LSP's DocumentSymbol). */
export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: OutlineKind;
  /** The whole entry. */
  range: Range;
  /** What to reveal and select: the name. Inside `range`. */
  selectionRange: Range;
  children: OutlineSymbol[];
}

export interface FoldingRegion {
  /** 0-based first and last line. */
  start: number;
  end: number;
  kind?: 'comment' | 'region';
}

/** A link in the text: a registry page for an image, or a file the value names. */
export interface DocumentLinkTarget {
  range: Range;
  target: { kind: 'url'; url: string } | { kind: 'file'; path: string };
  tooltip: { ko: string; en: string };
}
