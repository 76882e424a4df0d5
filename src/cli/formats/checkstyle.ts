import type { FileResult } from '../format';
import { XML_DECLARATION, xmlOpen } from './xml';

// Checkstyle XML, the report Jenkins (Warnings NG), Bitbucket, SonarQube and reviewdog read: one
// <file> per linted file, one <error> per finding with 1-based line and column. Severities are
// checkstyle's own words (error, warning, info). `source` is the rule id with our prefix, the
// way checkstyle names a check by its class.

export function formatCheckstyle(results: FileResult[]): string {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const r of results) {
    out.push(`  ${xmlOpen('file', { name: r.file })}>`);
    for (const d of r.diagnostics) {
      out.push(`    ${xmlOpen('error', { line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity, message: d.message, source: `docker-explain.${d.rule}` })}/>`);
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n');
}
