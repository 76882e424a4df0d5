import type { FileResult } from '../format';
import { XML_DECLARATION, xmlOpen, xmlText } from './xml';

// JUnit XML, the test report every CI shows (GitLab `artifacts:reports:junit`, Jenkins, Azure
// Pipelines): one <testsuite> per linted file, one failing <testcase> per finding (its type is
// the severity), and one passing <testcase> for a file with no finding, so a clean run still
// shows what was checked. Counts are attributes the readers sum; times are 0 (not measured).

export function formatJunit(results: FileResult[]): string {
  const total = results.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  const failures = results.reduce((n, r) => n + r.diagnostics.length, 0);
  const out = [XML_DECLARATION, `${xmlOpen('testsuites', { name: 'docker-explain', tests: total, failures, errors: 0, time: 0 })}>`];
  for (const r of results) {
    const cases = Math.max(1, r.diagnostics.length);
    out.push(`  ${xmlOpen('testsuite', { name: r.file, tests: cases, failures: r.diagnostics.length, errors: 0, skipped: 0, time: 0 })}>`);
    if (r.diagnostics.length === 0) out.push(`    ${xmlOpen('testcase', { classname: r.file, name: 'docker-explain', time: 0 })}/>`);
    for (const d of r.diagnostics) {
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(`    ${xmlOpen('testcase', { classname: r.file, name: `${d.rule} (${where})`, time: 0 })}>`);
      out.push(`      ${xmlOpen('failure', { message: d.message, type: d.severity })}>${xmlText(`${r.file}:${where} ${d.severity} ${d.rule}: ${d.message}`)}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n');
}
