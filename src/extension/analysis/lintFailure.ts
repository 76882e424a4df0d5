// What the editor shows when a file could not be linted: a failure of the analysis worker is
// the file's problem, said on the file, never only in a log (issue 11). No `vscode` here, so the
// mapping is unit-tested; src/extension/diagnostics.ts shows the text as a diagnostic.
import type { Language } from '../../core/types';
import { fill } from '../../core/types';
import { WorkerUnavailableError } from './workerClient';

const TIMED_OUT = {
  ko: 'Docker 해설이 이 파일을 {seconds}초 안에 검사하지 못해서 검사를 멈췄어요. 편집은 그대로 할 수 있고, 파일을 고치면 다시 검사해요.',
  en: 'Docker 해설 could not check this file within {seconds} s and stopped; editing is unaffected, and the next change is checked again.',
};

const EXITED = {
  ko: 'Docker 해설이 이 파일을 검사하는 동안 분석 워커가 멈춰서(종료 코드 {code}) 이 파일을 검사하지 못했어요. 워커는 다시 시작하고, 파일을 고치면 다시 검사해요.',
  en: 'Docker 해설 could not check this file: its analysis worker stopped (exit code {code}). The worker restarts, and the next change is checked again.',
};

const FAILED = {
  ko: 'Docker 해설이 이 파일을 검사하다 내부 오류가 나서 이 파일을 검사하지 못했어요: {error}. 파일을 고치면 다시 검사해요.',
  en: 'Docker 해설 could not check this file because of an internal error: {error}. The next change is checked again.',
};

/** Longest error text shown (its first line only): the rest is in the extension's log. */
const MAX_ERROR = 200;

/**
 * The plain-text notice for a lint that failed, or undefined when there is nothing to say:
 * `superseded` (a newer version's lint is coming) and `disposed` (the extension is stopping)
 * are not failures.
 */
export function lintFailureNotice(err: unknown, language: Language, timeoutMs: number): string | undefined {
  if (err instanceof WorkerUnavailableError) {
    if (err.reason === 'timeout') return fill(TIMED_OUT[language], { seconds: Math.round(timeoutMs / 1000) });
    if (err.reason === 'exit') return fill(EXITED[language], { code: err.exitCode ?? '?' });
    return undefined;
  }
  const first = (err instanceof Error ? err.message : String(err)).split(/\r?\n/, 1)[0].trim() || (language === 'ko' ? '알 수 없는 오류' : 'unknown error');
  return fill(FAILED[language], { error: first.length > MAX_ERROR ? `${first.slice(0, MAX_ERROR)}…` : first });
}
