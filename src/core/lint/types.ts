import type { FileKind, Localized, Range, TextEdit } from '../types';
import type { ParsedDocument } from '../documents/parsedDocument';
import type { ProjectView } from './compose/projectView';
import type { BuildContextFiles } from './buildContext';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** What other linters call the same check, so teams can map their habits (and pragmas). */
export interface Equivalents {
  hadolint?: string[];
  buildkit?: string;
  dclint?: string;
}

export interface RuleMeta {
  /** Public id, part of the config and CLI contract: never rename. */
  id: string;
  /** Which files the rule reads. */
  kinds: FileKind[];
  /** Severity in the `recommended` preset. */
  severity: SeveritySetting;
  /**
   * Severity in another built-in preset when it is not the one that preset derives from
   * `severity` (config/presets.ts): an opt-in rule is `off` in recommended and on in strict.
   */
  presetSeverity?: Partial<Record<'strict' | 'learner', SeveritySetting>>;
  /** One line for docs, the panel and the config schema. */
  title: Localized;
  /**
   * Message templates keyed by message id; `{name}` placeholders are filled from a report's data.
   * Korean writes a particle pair after a value (`` `{keyword}`은/는 ``, `{port}을/를`, `{path}으로/로`);
   * `fill` keeps the one that fits the value (text/particles.ts).
   */
  messages: Record<string, Localized>;
  equivalents?: Equivalents;
  /**
   * Where the behaviour the rule reports can be checked (anchored docs pages or pinned source
   * files; knowledge/sources.ts). The rule doc's "근거" section lists the same URLs.
   */
  sources?: string[];
  /** Whether some reports carry an automatic fix. */
  fixable?: boolean;
  /**
   * JSON Schema of the rule's options object (`["warning", {…}]` in the config). Absent: the
   * rule takes no options. The config schema is generated from it.
   */
  optionsSchema?: Record<string, unknown>;
}

/** An edit of a fix; `file`: another file of the Compose set (its path as the project names it), else the linted file. */
export interface FixEdit extends TextEdit {
  file?: string;
}

export interface Fix {
  title: Localized;
  edits: FixEdit[];
  /**
   * Safe to apply without a person looking: what Docker builds and runs stays the same (spelling,
   * letter case, text Docker ignores or reads the same way), and there is exactly one way to
   * apply it (no name or port to choose). Only safe fixes are applied by the CLI's `--fix` and the
   * editor's fix-all; the others stay quick fixes a person picks. Absent: not safe.
   */
  safe?: boolean;
}

export interface Report {
  range: Range;
  messageId: string;
  data?: Record<string, string | number>;
  fixes?: Fix[];
  /**
   * The most serious this finding can be, whatever the config says (the config may still
   * lower it). For checks that cannot be sure from one file, e.g. duplicate host ports across
   * the `docker run` lines of a script (it may run them on different hosts): a warning there,
   * while the same rule id is an error in a Compose file.
   */
  maxSeverity?: Severity;
  /** Other places that take part in the finding, e.g. the line of another Compose file of the set. */
  related?: RelatedReport[];
  /**
   * Findings of more general rules that this one explains better: same cause, same lines
   * (docs/rules/README.md, "같은 원인은 한 번만"). The engine drops each `{rule, line}` (0-based start
   * line) that is reported too, once this finding is kept (not off, not suppressed), so turning
   * this rule off brings the general one back.
   */
  supersedes?: { rule: string; line: number }[];
}

/** A place in another (or the same) file that explains a finding. `file` is the path as the project names it. */
export interface RelatedReport {
  file: string;
  range: Range;
  message: Localized;
}

export interface RuleContext<D extends ParsedDocument = ParsedDocument> {
  doc: D;
  /** The rule's options from the config (`[severity, {options}]`), or `{}`. */
  options: Readonly<Record<string, unknown>>;
  report(report: Report): void;
  /**
   * The Compose project the linted file belongs to (its file set, includes, profiles), when the
   * caller loaded it; rules read it through `projectViewOf` (lint/compose/projectView.ts), which
   * falls back to the file alone.
   */
  project?: ProjectView;
  /** Files of a Dockerfile's build context (`.dockerignore`), when the caller read them; none: unknown. */
  buildContext?: BuildContextFiles;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A finished diagnostic: message in the chosen language, severity after config. */
export interface LintDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes: { title: string; edits: FixEdit[]; safe?: boolean }[];
  /** Other places that take part in the finding (another file of a Compose set). */
  related?: { file: string; range: Range; message: string }[];
}

/** Config after presets, `extends` and overrides: what the engine obeys. */
export interface RuleSettings {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface LintConfig {
  rules: Record<string, RuleSettings>;
}
