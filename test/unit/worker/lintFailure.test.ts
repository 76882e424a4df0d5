import * as assert from 'assert';
import { lintFailureNotice } from '../../../src/extension/analysis/lintFailure';
import { WorkerUnavailableError } from '../../../src/extension/analysis/workerClient';

// A lint the analysis worker could not finish is said on the file, in plain text, with why
// (issue 11): a timeout, a worker that exited, an internal error. A superseded lint (a newer
// version's is coming) and a disposed worker (the extension stops) are not failures.

describe('what the editor says when a file could not be linted', () => {
  const rows: { name: string; err: unknown; ko: RegExp | undefined; en: RegExp | undefined }[] = [
    { name: 'timeout', err: new WorkerUnavailableError('lint took over 15000 ms', 'timeout'), ko: /15초 안에 검사하지 못해서/, en: /within 15 s/ },
    { name: 'exit', err: new WorkerUnavailableError('the analysis worker exited (code 134)', 'exit', 134), ko: /분석 워커가 멈춰서\(종료 코드 134\) 이 파일을 검사하지 못했어요/, en: /worker stopped \(exit code 134\)/ },
    { name: 'exit without a code', err: new WorkerUnavailableError('the analysis worker exited', 'exit'), ko: /종료 코드 \?/, en: /exit code \?/ },
    { name: 'an error answered by the worker', err: new Error('Maximum call stack size exceeded\n    at parse (worker.js:1:2)'), ko: /내부 오류가 나서 이 파일을 검사하지 못했어요: Maximum call stack size exceeded\. /, en: /internal error: Maximum call stack size exceeded\. / },
    { name: 'superseded', err: new WorkerUnavailableError('superseded by a newer version', 'superseded'), ko: undefined, en: undefined },
    { name: 'disposed', err: new WorkerUnavailableError('the analysis worker was disposed', 'disposed'), ko: undefined, en: undefined },
  ];
  for (const row of rows) {
    it(`${row.name}: ${row.ko ? 'a notice' : 'nothing'}`, () => {
      for (const [language, expected] of [['ko', row.ko], ['en', row.en]] as const) {
        const notice = lintFailureNotice(row.err, language, 15_000);
        if (!expected) {
          assert.strictEqual(notice, undefined);
          continue;
        }
        assert.match(notice ?? '', expected);
        // Plain text: VS Code shows a diagnostic's message as it is, so no Markdown and no stack.
        assert.doesNotMatch(notice ?? '', /[`*_[\]]|\n|worker\.js:/);
      }
    });
  }

  it('keeps only the first line of a long error, cut to 200 characters', () => {
    const notice = lintFailureNotice(new Error(`${'x'.repeat(500)}\nsecond line`), 'ko', 15_000) ?? '';
    assert.match(notice, /: x{200}…\. /);
    assert.doesNotMatch(notice, /second line/);
  });
});
