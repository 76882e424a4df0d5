import type { LintDiagnostic, LintFileInput } from '../core';
import type { FileEncoding } from '../core/documents/fileText';
import { autoFixOf, fixFileText } from '../core/lint/applyFixes';
import { unifiedDiff } from './diff';
import { UsageError } from './args';
import { writeFixedFile } from './writeAtomic';
import type { WriteOutcome } from './writeAtomic';

// `lint --fix` and `--fix-dry-run` for one file: the safe fixes applied by the engine the editor's
// "fix all" uses too (core/lint/applyFixes.ts),
// then either written in place (atomically) or shown as a unified diff. What is left is
// reported by the chosen format; notes say why a file with fixable findings was not touched.

export type FixMode = 'write' | 'diff';

const NOT_UTF8 = 'UTF-8이 아닌 파일(UTF-16이나 잘못된 바이트)이라 고치지 않았어요.';

export function fixModeOf(switches: Set<string>, fromStdin: boolean): FixMode | undefined {
  const write = switches.has('fix');
  const diff = switches.has('fix-dry-run');
  if (write && diff) throw new UsageError('--fix와 --fix-dry-run은 함께 쓸 수 없어요. 하나만 주세요.');
  if (write && fromStdin) throw new UsageError('표준 입력(-)에는 --fix를 쓸 수 없어요. 고칠 내용을 보려면 --fix-dry-run을 쓰세요.');
  return write ? 'write' : diff ? 'diff' : undefined;
}

export interface FixFileInput {
  file: string;
  /** The name shown in reports and diffs. */
  label: string;
  /** How the file was linted (its parsed text, config, project, build context): every pass is linted the same way. */
  lint: LintFileInput;
  /** The findings of that lint. */
  diagnostics: LintDiagnostic[];
  mode: FixMode;
  /** How the file's bytes were decoded: only a UTF-8 file is written back, so only it is fixed. */
  encoding: FileEncoding;
}

export interface FixFileOutcome {
  diagnostics: LintDiagnostic[];
  applied: number;
  diff?: string;
  /** Said on stderr; the run goes on. */
  note?: string;
  /** The file could not be written: the run ends with exit 2. */
  problem?: string;
  /** The text now on disk, when `--fix` wrote the file (the other files of its Compose set are linted against it). */
  written?: string;
}

export function fixFile(input: FixFileInput): FixFileOutcome {
  const { diagnostics } = input;
  const text = input.lint.doc.text;
  if (!diagnostics.some((d) => autoFixOf(d))) return { diagnostics, applied: 0 };
  // A UTF-16 Compose file is read (Compose reads it) but never written back (writeFixedFile
  // writes UTF-8): it is refused before the fix loop, which used to run to the end first, and
  // the dry run no longer shows a diff that --fix would then refuse.
  if (input.encoding !== 'utf-8') return { diagnostics, applied: 0, note: NOT_UTF8 };
  const result = fixFileText(input.lint, diagnostics);
  const note =
    result.stopped === 'parse-error'
      ? '구문 오류가 있어서 고치지 않았어요. 구문 오류를 먼저 고치세요.'
      : result.stopped === 'would-break-parse'
        ? '한 고침이 파일에 구문 오류를 만들어서 거기서 멈췄어요. 이 파일과 함께 버그로 알리세요.'
        : result.stopped === 'pass-limit'
          ? '고치기를 여러 번 되풀이해도 끝나지 않아서 멈췄어요. 이 파일과 함께 버그로 알리세요.'
          : undefined;
  if (result.applied === 0 || result.text === text) return { diagnostics: result.diagnostics, applied: 0, note };
  if (input.mode === 'diff') return { diagnostics: result.diagnostics, applied: result.applied, diff: unifiedDiff(input.label.replace(/\\/g, '/').replace(/^\.\//, ''), text, result.text), note };
  let written: WriteOutcome;
  try {
    written = writeFixedFile(input.file, text, result.text);
  } catch (err) {
    return { diagnostics, applied: 0, note, problem: `고친 내용을 쓰지 못했어요 (${err instanceof Error ? err.message : String(err)}). 파일은 그대로예요.` };
  }
  if (written === 'not-utf8') return { diagnostics, applied: 0, note: NOT_UTF8 };
  if (written === 'changed-on-disk') return { diagnostics, applied: 0, note: '검사하는 동안 파일이 바뀌어서 고치지 않았어요. 다시 실행하세요.' };
  return { diagnostics: result.diagnostics, applied: result.applied, note, written: result.text };
}
