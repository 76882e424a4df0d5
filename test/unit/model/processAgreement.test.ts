import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { explainDockerfile } from '../../../src/core/explain/explainDockerfile';
import { cmdRoleSentence, pid1Sentence } from '../../../src/core/explain/dockerfile/processFacts';
import { CMD_ENTRYPOINT_CASES, cmdEntrypoint } from '../../../src/core/knowledge/concepts/cmdEntrypoint';
import { containerProcess } from '../../../src/core/model/containerProcess';
import { stageProcess } from '../../../src/core/model/dockerfileProcess';
import { preferExecForm as rule } from '../../../src/core/lint/rules/prefer-exec-form';
import { reportsOf } from '../rules/dockerfileRuleHarness';
import type { Language } from '../../../src/core/types';

// Issue 10, "done when": for the same Dockerfiles, the CMD/ENTRYPOINT hover, the prefer-exec-form
// message and the "CMD와 ENTRYPOINT" concept page say what the container-process model says.
// Each row is a Dockerfile and the concept page's case that describes it.

interface Row {
  file: string;
  /** 0-based line whose hover must state the model's PID 1 sentence. */
  hoverLine: number;
  /** Index into CMD_ENTRYPOINT_CASES. */
  conceptCase: number;
  /** The rule's message ids on this file (in order). */
  rule: string[];
}

const ROWS: Row[] = [
  { file: 'FROM debian:bookworm\nCMD ["nginx", "-g", "daemon off;"]\n', hoverLine: 1, conceptCase: 0, rule: [] },
  { file: 'FROM python:3.12-slim\nCOPY app.py /app/\nENTRYPOINT ["python", "/app/app.py"]\nCMD ["--port", "8000"]\n', hoverLine: 3, conceptCase: 1, rule: [] },
  { file: 'FROM debian:bookworm\nENTRYPOINT myapp\nCMD ["--debug"]\n', hoverLine: 1, conceptCase: 2, rule: ['entrypoint'] },
  { file: 'FROM debian:bookworm\nCMD myapp\n', hoverLine: 1, conceptCase: 3, rule: ['cmd'] },
  { file: 'FROM alpine:3.20\nCMD myapp\n', hoverLine: 1, conceptCase: 4, rule: ['cmdExecs'] },
  { file: 'FROM debian:bookworm\nCMD exec myapp\n', hoverLine: 1, conceptCase: 5, rule: [] },
];

const SIGTERM_OF_MESSAGE: Record<string, string> = { cmd: 'no', entrypoint: 'no', cmdExecs: 'yes', entrypointExecs: 'yes', cmdDepends: 'depends', entrypointDepends: 'depends' };

function hover(text: string, line: number, lang: Language): string {
  return explainDockerfile(parseDockerfile(text), { line, character: 1 }, { language: lang })?.markdown ?? '';
}

describe('CMD/ENTRYPOINT: hover, rule and concept page agree with the model (issue 10)', () => {
  ROWS.forEach((row, i) => {
    it(`row ${i}: ${row.file.split('\n').slice(1).join(' | ')}`, () => {
      const doc = parseDockerfile(row.file);
      const model = stageProcess(doc, doc.stages[doc.stages.length - 1]).process;
      const concept = CMD_ENTRYPOINT_CASES[row.conceptCase];
      const conceptModel = containerProcess(concept.config, concept.sh);
      // The concept page's case is the same behaviour as this Dockerfile.
      assert.deepStrictEqual(conceptModel.pid1, model.pid1);
      assert.strictEqual(conceptModel.cmd, model.cmd);
      assert.strictEqual(conceptModel.appGetsSigterm, model.appGetsSigterm);
      for (const lang of ['ko', 'en'] as const) {
        const pid1 = pid1Sentence(lang, model.pid1);
        const md = hover(row.file, row.hoverLine, lang);
        assert.ok(md.includes(pid1), `hover (${lang}) lacks the model's sentence "${pid1}":\n${md}`);
        const page = cmdEntrypoint.sections.map((s) => s.body[lang]).join('\n');
        assert.ok(page.includes(pid1), `concept page (${lang}) lacks "${pid1}"`);
        const role = cmdRoleSentence(lang, conceptModel, undefined, '');
        if (role && model.cmd !== 'arguments') assert.ok(page.includes(role), `concept page (${lang}) lacks "${role}"`);
      }
      const reports = reportsOf(rule, row.file);
      assert.deepStrictEqual(reports.map((r) => r.messageId), row.rule);
      for (const r of reports) assert.strictEqual(SIGTERM_OF_MESSAGE[r.messageId], model.appGetsSigterm, `rule message ${r.messageId} vs the model`);
    });
  });
});

describe('variable scope and heredoc sentences (review findings 8 and 4)', () => {
  it('finding 8: `$TARGETARCH` declared in a stage is filled by BuildKit, not empty', () => {
    const md = hover('FROM golang:1.22\nARG TARGETARCH\nRUN GOARCH=$TARGETARCH go build\n', 2, 'ko');
    const text = parseDockerfile('FROM golang:1.22\nARG TARGETARCH\nRUN GOARCH=$TARGETARCH go build\n');
    const at = explainDockerfile(text, { line: 2, character: 16 }, { language: 'ko' })?.markdown ?? '';
    assert.ok(at.includes('BuildKit이 빌드 대상 플랫폼으로 자동으로 채워요 (예: `amd64`)'), at);
    assert.ok(!at.includes('빈 값'), at);
    void md;
  });

  it('finding 4: a quoted delimiter does not stop the shell expanding `$VAR` in a plain RUN heredoc', () => {
    const run = explainDockerfile(parseDockerfile('FROM alpine\nRUN <<"EOT"\necho $HOME\nEOT\n'), { line: 1, character: 6 }, { language: 'ko' })?.markdown ?? '';
    assert.ok(run.includes('구분자의 따옴표와 상관없이 셸이 `$변수`를 풀어요'), run);
    assert.ok(!run.includes('빌드 때 풀지 않아요'), run);
    const copy = explainDockerfile(parseDockerfile('FROM alpine\nCOPY <<"EOT" /a.txt\n$HOME\nEOT\n'), { line: 1, character: 7 }, { language: 'ko' })?.markdown ?? '';
    assert.ok(copy.includes('빌드 때 풀지 않아요'), copy);
  });
});
