import type { FileResult } from '../format';
import { relatedPath } from '../format';
import { reportPath } from './reportPath';

// GitHub Actions workflow commands: each line `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
// becomes an annotation on the pull request's changed lines
// (https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#setting-an-error-message).
// The runner splits a command at `::`, its properties at `,` and `=`, and ends it at a line
// break, so the message escapes `%`, CR and LF, and property values also `:` and `,` (the same
// table as @actions/core's escapeData / escapeProperty in actions/toolkit packages/core/src/command.ts).
// info becomes a notice. Places that take part in a finding (another Compose file) follow on
// lines of their own inside the message.

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: FileResult[], cwd: string): string {
  const lines: string[] = [];
  for (const r of results) {
    const file = reportPath(r.file, cwd);
    for (const d of r.diagnostics) {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(`docker-explain ${d.rule}`)}`,
      ].join(',');
      const related = (d.related ?? []).map((x) => `\n관련: ${relatedPath(x.file, cwd)}:${x.range.start.line + 1}:${x.range.start.character + 1} ${x.message}`).join('');
      lines.push(`::${COMMAND[d.severity]} ${props}::${escapeData(d.message + related)}`);
    }
  }
  return lines.join('\n');
}
