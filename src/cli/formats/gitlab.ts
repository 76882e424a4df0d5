import { createHash } from 'crypto';
import type { FileResult } from '../format';
import { reportPath } from './reportPath';

// GitLab Code Quality (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
// a JSON array of issues with description, check_name, fingerprint, severity (info, minor, major,
// critical, blocker) and location.path + location.lines.begin, read from
// `artifacts:reports:codequality` and shown in the merge request. GitLab compares fingerprints
// between the base and the head of a merge request to tell new findings from fixed ones, and
// shows one issue per fingerprint: so it is built from the path, the rule and the message plus
// the finding's rank among identical ones in the file, not from the line (a line added above
// must not make every later finding "new").

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

export function formatGitlab(results: FileResult[], cwd: string): string {
  const issues = [];
  for (const r of results) {
    const file = reportPath(r.file, cwd);
    const seen = new Map<string, number>();
    for (const d of r.diagnostics) {
      const key = `${file}\0${d.rule}\0${d.message}`;
      const rank = seen.get(key) ?? 0;
      seen.set(key, rank + 1);
      issues.push({
        type: 'issue',
        description: d.message,
        check_name: d.rule,
        fingerprint: createHash('sha256').update(`${key}\0${rank}`).digest('hex').slice(0, 32),
        severity: SEVERITY[d.severity],
        location: { path: file, lines: { begin: d.range.start.line + 1, end: d.range.end.line + 1 } },
      });
    }
  }
  return JSON.stringify(issues, null, 2);
}
