import type { Language, Range } from '../types';

/**
 * What a completion item is, for the editor's icon. Editor-free: the VS Code provider and a
 * language server map these to their own kinds.
 */
export type CompletionKind = 'keyword' | 'property' | 'value' | 'enum' | 'variable' | 'reference' | 'snippet' | 'module' | 'field';

/** One completion item: a label, a short plain `detail` and a Korean (or English) Markdown explanation. */
export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** One short plain line (no Markdown): shown next to the label. */
  detail: string;
  /** Markdown, from the same knowledge as the hovers. */
  documentation: string;
  /** The text put in; a snippet (`$1`, `${1|a,b|}`) when `snippet` is true. */
  insertText: string;
  snippet?: boolean;
  /** The text the item replaces (the word being typed); the cursor alone when absent. */
  range?: Range;
  /** Orders the list: smaller first. */
  sortText: string;
  /** What the editor matches the typed text against, when it differs from the label. */
  filterText?: string;
}

export interface CompletionList {
  items: CompletionItem[];
}

export interface CompleteOptions {
  language: Language;
  /**
   * Variable names of the Compose project's `.env` file (the caller reads it: the core reads no
   * files), for `${…}` in a Compose file.
   */
  envNames?: readonly string[];
}

