// The editor-free core: the extension, the CLI and the tests all enter here.
export * from './types';
export { fileKindOf, isLintableFileName } from './documents/fileKind';
export { parseDocument } from './documents/parsedDocument';
export type { ParsedDocument } from './documents/parsedDocument';
export { explainAt } from './explain';
export type { HoverResult, RenderOptions } from './explain';
export { lintDocument } from './lint/engine';
export type { LintDiagnostic, LintConfig, Severity } from './lint/types';
export { allRules, ruleById } from './lint/rules';
