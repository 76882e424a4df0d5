import type { Language } from '../types';
import type { ParsedDocument } from '../documents/parsedDocument';
import { lintDocument } from './engine';
import type { LintDiagnostic, Rule } from './types';
import { isFileIgnored } from './config/resolveConfig';
import type { ResolvedConfig } from './config/types';
import type { ProjectView } from './compose/projectView';
import { singleFileView } from './compose/projectView';
import type { BuildContextFiles } from './buildContext';

export interface LintFileInput {
  /** The file's path (for `ignore` globs); `/` or `\` separators. */
  path: string;
  doc: ParsedDocument;
  /** The resolved team config; none: the recommended severities. */
  config?: ResolvedConfig;
  /** The language when the config does not set one (editor setting or CLI `--lang`). */
  language?: Language;
  rules?: readonly Rule[];
  /** The Compose project of the file, when the caller loaded its set; none: the file alone. */
  project?: ProjectView;
  /** A Dockerfile's build context files (`.dockerignore`), read by the caller; none: unknown. */
  buildContext?: BuildContextFiles;
  /** False: the file's disable comments are not obeyed (engine.ts LintOptions.inlineConfig). */
  inlineConfig?: boolean;
}

export interface LintFileResult {
  /** True when the config's `ignore` excludes the file: then there are no diagnostics. */
  ignored: boolean;
  language: Language;
  diagnostics: LintDiagnostic[];
}

/**
 * The one entry both the editor and the CLI use to lint a file under a team config, so that
 * the same file and config give the same diagnostics in both (a unit test checks that both
 * call this). The config file's `language` wins over the editor setting and the CLI flag.
 */
export function lintFile(input: LintFileInput): LintFileResult {
  const language = input.config?.language ?? input.language ?? 'ko';
  if (input.config && isFileIgnored(input.config, input.path)) return { ignored: true, language, diagnostics: [] };
  // A Compose file linted without its set is its own project: its name still tells whether it
  // is an override file (names it uses may live in the base file).
  const project = input.project ?? (input.doc.kind === 'compose' ? singleFileView(input.doc, input.path) : undefined);
  const diagnostics = lintDocument(input.doc, { config: input.config ? { rules: input.config.rules } : undefined, language, rules: input.rules, project, buildContext: input.buildContext, inlineConfig: input.inlineConfig });
  return { ignored: false, language, diagnostics };
}
