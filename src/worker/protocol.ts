// The messages between the extension host and the analysis worker (src/worker/main.ts).
// Everything that parses, lints or explains runs in the worker, so the extension host's only
// thread never spends more than a message on a keystroke (issue 6: a 10,000-line Dockerfile
// took 334 ms of parse + lint + hover on that thread). Plain data only: each message crosses
// the thread boundary by structured clone.

import type { FileKind, Language, Position, Range, TextEdit } from '../core/types';
import type { LintDiagnostic, RuleMeta } from '../core/lint/types';
import type { ConfigProblem } from '../core/lint/config/types';
import type { ConfigOutline } from '../core/lint/config/configOutline';
import type { FixStop } from '../core/lint/applyFixes';
import type { EffectiveRule } from '../core/lint/config/origin';
import type { FileView } from '../core/model/panelModel';
import type { HostMessage } from '../extension/panel/protocol';
import type { DocumentLinkTarget, FileEdits, FoldingRegion, Highlight, NavLocation, OutlineSymbol, RenameRefusal, RenameTarget } from '../core/navigate';
import type { CompletionList } from '../core/complete/types';

/** One edit as the editor reports it: `length` characters at `offset` replaced by `text`. */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

/**
 * A document as a request names it. The first time a version is asked about, either its whole
 * `text` comes along or the `changes` that lead to it from the version the worker has (applied
 * one after another, as the editor made them; `length` is the resulting text's, a check).
 * After that the name is enough (the host keeps track: src/extension/analysis/documentSync.ts).
 */
export interface DocumentRef {
  uri: string;
  version: number;
  kind: FileKind;
  text?: string;
  changes?: { base: number; edits: TextChange[]; length: number };
  /**
   * Where the document is on disk (file URIs only): its team config and its Compose set are
   * found from here. Sent with every request, so a worker that never linted the document (the
   * hover worker) knows it too.
   */
  file?: { path: string; workspaceRoot?: string };
}

/** Where the team config is looked for: the document's path and the workspace folder that bounds the search. */
export interface LintTarget {
  /** The file's path in the core's form (absolute, `/`), or undefined for documents that are not files. */
  path?: string;
  workspaceRoot?: string;
  /** The editor setting; a config file's `language` wins over it. */
  language: Language;
}

/** What the host needs of a resolved team config: which files made it, and what is wrong with them. */
export interface ConfigSummary {
  /** The folder whose files share this config. */
  dir: string;
  files: string[];
  problems: ConfigProblem[];
}

export interface LintOutcome {
  ignored: boolean;
  diagnostics: LintDiagnostic[];
  config?: ConfigSummary;
  /**
   * Every file the project of a Compose file was loaded from (its set, includes, `extends`
   * files), core paths: an edit to any of them lints this file again. Undefined: the file alone.
   */
  projectFiles?: string[];
}

export interface HoverAnswer {
  markdown: string;
  range: Range;
  /** The only commands the hover's links may run. */
  enabledCommands: string[];
}

export interface CommandExplanation {
  /** The command that was explained, as written (the line with its continuations, or the text given). */
  command: string | null;
  markdown: string | null;
}

/** A Docker message found on one terminal line: where it is and the answer in one plain line. */
export interface ErrorLineMatch {
  error: string;
  start: number;
  end: number;
  title: string;
}

/** A file the host read from the workspace, so an explanation can point at the cause. */
export interface ErrorWorkspaceFile {
  /** Workspace-relative, `/`-separated: what the explanation prints. */
  path: string;
  text: string;
}

export interface ErrorAnswer {
  error: string;
  title: string;
  markdown: string;
  /** The places, by the `path` the host gave, 0-based. */
  locations: { path: string; line: number; character: number; endLine: number; endCharacter: number; label: string }[];
}

export interface RuleInfo {
  id: string;
  title: { ko: string; en: string };
  severity: RuleMeta['severity'];
  hadolint: string[];
}

/** Every rule as a file sees it under its team config (the panel's rules tab). */
export interface RulesAnswer {
  /** The config's \`ignore\` globs leave this file out: nothing is checked in it. */
  ignored: boolean;
  /** The config files read, nearest first. */
  files: string[];
  rules: EffectiveRule[];
}

/** Each request and the answer it gets. */
export interface Requests {
  hello: { params: Record<string, never>; result: { rules: RuleInfo[]; conceptIds: string[] } };
  lint: { params: { doc: DocumentRef; target: LintTarget }; result: LintOutcome };
  /** A Compose file of an edited file's project that is not open: linted from the disk (null: unreadable). */
  lintPath: { params: { path: string; target: LintTarget }; result: LintOutcome | null };
  /** Files that changed on disk (core paths): lints that read them are stale. */
  filesChanged: { params: { paths: string[] }; result: null };
  /**
   * `brief`: the editor's hover (the answer line, a few facts, "자세히" to the panel); `line`: the
   * answer line only, under a diagnostic. Absent: the whole explanation (the panel's "자세히").
   * `conceptLinks: false`: no `command:` links to our panel (the Language Server's clients cannot run them).
   */
  hover: { params: { doc: DocumentRef; position: Position; language: Language; brief?: 'hover' | 'line'; conceptLinks?: boolean }; result: HoverAnswer | null };
  /** `profiles`: the Compose profiles the reader turned on in the panel (null or absent: the project's default). */
  fileView: { params: { doc: DocumentRef; fileName: string; target: LintTarget | null; profiles?: string[] | null }; result: FileView };
  commentLine: { params: { doc: DocumentRef; line: number }; result: number };
  explainCommand: { params: { text: string; line?: number; language: Language }; result: CommandExplanation };
  /** The integrated terminal's link provider: a known Docker message on this line, if any. */
  errorLine: { params: { line: string; language: Language }; result: ErrorLineMatch | null };
  /** A pasted error or a terminal line, explained, with the workspace files to point into. */
  explainError: { params: { text: string; language: Language; files: ErrorWorkspaceFile[] }; result: ErrorAnswer | null };
  panelInit: { params: { language: Language }; result: HostMessage };
  configFor: { params: { path: string; workspaceRoot?: string }; result: ConfigSummary };
  /** "팀 설정에서 끄기": the config text with \`"rule": "off"\` and the reason as a comment (core/lint/config/editConfig.ts). */
  ruleOffText: { params: { text: string; rule: string; reason: string }; result: string };
  /**
   * "Fix all": the text with every safe fix applied until none is left (core/lint/applyFixes.ts, the
   * CLI's `--fix` engine), how many fixes that made, and why it stopped early if it did (a syntax
   * error: nothing is touched); only `stopped` when it stopped with nothing changed. Null: nothing to fix.
   */
  fixAll: { params: { doc: DocumentRef; target: LintTarget }; result: { text: string; edits: number; stopped?: FixStop } | { stopped: FixStop } | null };
  /** Each rule's effective severity for this path and who set it (no path: the defaults). */
  rulesOverview: { params: { path?: string; workspaceRoot?: string }; result: RulesAnswer };
  /** The editor's text of an open config file (null when closed): it wins over the disk. */
  overlay: { params: { path: string; text: string | null }; result: null };
  invalidateConfigs: { params: Record<string, never>; result: null };
  close: { params: { uri: string }; result: null };
  /** Completion items at a position (issue 16), each with the hover knowledge's explanation. */
  complete: { params: { doc: DocumentRef; position: Position; language: Language }; result: CompletionList };
  /** Completion in a `.docker-explain.json` (its text as the editor has it): rule ids, severities, keys, presets. */
  completeConfig: { params: { text: string; position: Position; language: Language }; result: CompletionList };
  /** Format Document in a `.docker-explain.json` (core/lint/config/formatConfig.ts). */
  formatConfig: { params: { text: string; tabSize: number; insertSpaces: boolean }; result: TextEdit[] };
  /** Outline and folding of a `.docker-explain.json` (core/lint/config/configOutline.ts). */
  configOutline: { params: { text: string }; result: ConfigOutline };
  /** Keeps a document's text (and where it is) without analysing it: the hover worker reads the open texts of a Compose set. */
  sync: { params: { doc: DocumentRef }; result: null };
  // Navigation (src/worker/navigation.ts): over the file, or a Compose file's whole project. A
  // location's `path` is a core path, or the document's URI when it is not a file.
  definition: { params: { doc: DocumentRef; position: Position }; result: NavLocation[] };
  references: { params: { doc: DocumentRef; position: Position; includeDeclaration: boolean }; result: NavLocation[] };
  highlights: { params: { doc: DocumentRef; position: Position }; result: Highlight[] };
  /** Null: nothing to rename here. A refusal carries the reason in both languages. */
  prepareRename: { params: { doc: DocumentRef; position: Position }; result: RenameTarget | RenameRefusal | null };
  rename: { params: { doc: DocumentRef; position: Position; newName: string }; result: { changes: FileEdits[] } | RenameRefusal };
  symbols: { params: { doc: DocumentRef }; result: OutlineSymbol[] };
  folding: { params: { doc: DocumentRef }; result: FoldingRegion[] };
  links: { params: { doc: DocumentRef }; result: DocumentLinkTarget[] };
}

export type Op = keyof Requests;
export type Params<O extends Op> = Requests[O]['params'];
export type Result<O extends Op> = Requests[O]['result'];

export interface RequestMessage<O extends Op = Op> {
  id: number;
  op: O;
  params: Params<O>;
}

/**
 * `superseded`: not answered, because a later request asks about a newer version of the same
 * document. `resync`: the worker does not have the text the request counts on; send it whole.
 */
export type ResponseMessage = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string; superseded?: true; resync?: true };
