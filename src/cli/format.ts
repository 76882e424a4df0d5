import type { LintDiagnostic } from '../core';

export interface FileResult {
  /** The path as given on the command line (or as found under a given folder). */
  file: string;
  diagnostics: LintDiagnostic[];
}

/** The JSON contract: 1-based positions, one entry per linted file. */
export function formatJson(results: FileResult[]): string {
  return JSON.stringify({
    files: results.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      })),
    })),
  });
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
const LABEL = { error: '오류', warning: '경고', info: '정보' };

/** Grouped by file like ESLint's stylish; coloured only on a terminal. */
export function formatStylish(results: FileResult[], color: boolean): string {
  const c = (code: string, text: string) => (color ? `${code}${text}${COLORS.reset}` : text);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    out.push(c(COLORS.bold, r.file));
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8);
      out.push(`  ${c(COLORS.dim, where)} ${c(COLORS[d.severity], LABEL[d.severity].padEnd(3))} ${d.message}  ${c(COLORS.dim, d.rule)}`);
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  out.push(total === 0 ? `문제 없음: 파일 ${results.length}개를 검사했어요.` : `문제 ${total}개 (오류 ${errors}, 경고 ${warnings}, 정보 ${infos}), 파일 ${results.length}개 검사`);
  return out.join('\n') + '\n';
}
