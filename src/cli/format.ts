import * as path from 'path';
import type { LintDiagnostic } from '../core';
import { inert } from './inert';

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
        ...(d.related?.length ? { related: d.related.map((x) => ({ file: x.file, line: x.range.start.line + 1, column: x.range.start.character + 1, message: x.message })) } : {}),
      })),
    })),
  });
}

/**
 * A related place's file is absolute (the core's form, `/` separators); shown relative to the
 * folder the CLI runs in, like the linted file's own path (`../lib/compose.yaml` when it is outside).
 */
export function relatedPath(file: string, cwd: string | undefined): string {
  if (cwd === undefined || (!path.posix.isAbsolute(file) && !/^[A-Za-z]:\//.test(file))) return file;
  const base = cwd.replace(/\\/g, '/');
  // Another drive on Windows has no relative form.
  if (/^[A-Za-z]:/.test(file) && file.slice(0, 2).toLowerCase() !== base.slice(0, 2).toLowerCase()) return file;
  const rel = path.posix.relative(base.replace(/^[A-Za-z]:/, ''), file.replace(/^[A-Za-z]:/, ''));
  return rel === '' ? file : rel;
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
const LABEL = { error: '오류', warning: '경고', info: '정보' };

/** What kept a run from checking everything (its exit code is then 2). */
export interface Incomplete {
  /** Files named or found that were not checked (each reported on stderr). */
  unchecked: number;
  configBroken: boolean;
}

/**
 * Grouped by file like ESLint's stylish; coloured only on a terminal. File text and paths are
 * shown inert (./inert.ts). The last line never says "문제 없음" when something was not checked.
 */
export function formatStylish(results: FileResult[], color: boolean, incomplete: Incomplete = { unchecked: 0, configBroken: false }, cwd?: string): string {
  const c = (code: string, text: string) => (color ? `${code}${text}${COLORS.reset}` : text);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    out.push(c(COLORS.bold, inert(r.file)));
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8);
      out.push(`  ${c(COLORS.dim, where)} ${c(COLORS[d.severity], LABEL[d.severity].padEnd(3))} ${inert(d.message)}  ${c(COLORS.dim, d.rule)}`);
      for (const x of d.related ?? []) out.push(`  ${' '.repeat(8)} ${c(COLORS.dim, `관련: ${inert(relatedPath(x.file, cwd))}:${x.range.start.line + 1}:${x.range.start.character + 1} ${inert(x.message)}`)}`);
    }
    out.push('');
  }
  const total = errors + warnings + infos;
  const found = total === 0 ? `파일 ${results.length}개를 검사했고 문제를 찾지 못했어요` : `문제 ${total}개 (오류 ${errors}, 경고 ${warnings}, 정보 ${infos}), 파일 ${results.length}개 검사`;
  const missing = [incomplete.unchecked ? `파일 ${incomplete.unchecked}개는 검사하지 못했어요` : '', incomplete.configBroken ? '설정 파일에 오류가 있어요' : ''].filter(Boolean);
  if (missing.length) out.push(`${found}. 하지만 ${missing.join('. ')}. 위의 메시지를 보세요.`);
  else out.push(total === 0 ? `문제 없음: 파일 ${results.length}개를 검사했어요.` : found);
  return out.join('\n') + '\n';
}
