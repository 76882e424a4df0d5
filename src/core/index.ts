// The editor-free core: the extension, the CLI and the tests all enter here.
export * from './types';
export { fileKindOf, isLintableFileName } from './documents/fileKind';
export { parseDocument } from './documents/parsedDocument';
export type { ParsedDocument } from './documents/parsedDocument';
export { MAX_ANALYSED_CHARS, isTooLargeToAnalyse, tooLargeNotice } from './documents/sizeLimit';
export { explainAt } from './explain';
export { explainCommandLine, explainCommandOnLine } from './explain/explainCommands';
export type { HoverResult, RenderOptions } from './explain';
export { lintDocument } from './lint/engine';
export type { LintDiagnostic, LintConfig, Severity } from './lint/types';
export { allRules, ruleById } from './lint/rules';
export type { Rule, RuleMeta } from './lint/types';
export { lintFile } from './lint/lintFile';
export type { LintFileInput, LintFileResult } from './lint/lintFile';
export { CONFIG_FILE_NAME, EMPTY_CONFIG, PRESET_NAMES, buildConfigSchema, discoverConfigFiles, isFileIgnored, parseConfigText, resolveConfigForFile, resolveExplicitConfig } from './lint/config';
export type { ConfigProblem, ConfigReader, ResolvedConfig } from './lint/config';
export { pragmaIds } from './lint/suppressions';
