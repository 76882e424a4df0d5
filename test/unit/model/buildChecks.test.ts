import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { buildCheckDirectives, frontendReadsInstructionChecks, instructionCheckAt, parseCheckValue } from '../../../src/core/model/buildChecks';
import { lintDocument } from '../../../src/core/lint/engine';
import { explainDockerfile } from '../../../src/core/explain/explainDockerfile';

// BuildKit's `# check=` settings, read as moby/buildkit v0.32.2 reads them:
// linter/linter.go (ParseLintOptions, WithMergedConfigFromComments, Run), parser/parser.go (the
// comments kept above an instruction), parser/directives.go (the header), and
// dockerfile_check_test.go testSecretsUsedInArgOrEnv (a per-instruction skip, reason after ` //`).

const df = (...lines: string[]) => lines.join('\n');
const lint = (text: string) => lintDocument(parseDockerfile(text)).map((d) => [d.rule, d.range.start.line, d.severity]);

describe('build checks: reading `# check=` (model)', () => {
  it('parses skip, error and experimental as ParseLintOptions does', () => {
    const rows: [string, unknown][] = [
      ['skip=A,B', { skipAll: false, skip: ['A', 'B'], error: false }],
      ['skip=all', { skipAll: true, skip: [], error: false }],
      ['skip=A;error=true', { skipAll: false, skip: ['A'], error: true }],
      ['error=1', { skipAll: false, skip: [], error: true }],
      ['error=false', { skipAll: false, skip: [], error: false }],
      ['', { skipAll: false, skip: [], error: false }],
    ];
    for (const [value, want] of rows) {
      const parsed = parseCheckValue(value);
      assert.ok(parsed.ok, value);
      const { skipAll, skip, error } = parsed.settings;
      assert.deepStrictEqual({ skipAll, skip, error }, want, value);
    }
    for (const bad of ['skip', 'error=maybe', 'ignore=A', 'Skip=A']) assert.strictEqual(parseCheckValue(bad).ok, false, bad);
  });

  it('reads the header directive (after a shebang) and stops at the first other line', () => {
    const header = buildCheckDirectives(parseDockerfile(df('#!/usr/bin/env docker', '# syntax=docker/dockerfile:1', '#check=skip=A // why', 'FROM alpine')));
    assert.strictEqual(header.file?.line, 2);
    assert.strictEqual(header.file?.value, 'skip=A', 'the value is cut at the first space');
    assert.strictEqual(buildCheckDirectives(parseDockerfile(df('# a comment', '# check=skip=A', 'FROM alpine'))).file, undefined);
    assert.strictEqual(buildCheckDirectives(parseDockerfile(df('', '# check=skip=A', 'FROM alpine'))).file, undefined);
    assert.strictEqual(buildCheckDirectives(parseDockerfile(df(' # check=skip=A', 'FROM alpine'))).file, undefined, 'the header wants # in column 0');
  });

  it('gives an instruction the first `# check=` of the comments above it; blank lines keep them, a bare # drops them', () => {
    const text = df('FROM alpine', '# check=skip=A', '', '# why', 'RUN a', '# check=skip=B', '#', 'RUN b', '# check=skip=C', '# check=skip=D', 'RUN c \\', '  d', '  # check=skip=E', 'RUN e');
    const d = buildCheckDirectives(parseDockerfile(text));
    assert.deepStrictEqual(d.instructions.map((c) => [c.value, c.instructionStart]), [['skip=A', 4], ['skip=C', 10]]);
    assert.deepStrictEqual(d.unread.map((c) => [c.line, c.shadowedBy]), [[5, undefined], [9, 8]]);
    assert.strictEqual(instructionCheckAt(d, 11)?.value, 'skip=C', 'a continuation line belongs to its instruction');
    assert.strictEqual(instructionCheckAt(d, 7), undefined);
  });

  it('knows which frontends read a check comment above an instruction (Dockerfile 1.21, BuildKit v0.27.0)', () => {
    const reads = (syntax: string) => frontendReadsInstructionChecks(parseDockerfile(df(`# syntax=${syntax}`, 'FROM alpine')));
    assert.deepStrictEqual(['docker/dockerfile:1', 'docker/dockerfile:1.21', 'docker/dockerfile:1.22-labs', 'docker.io/docker/dockerfile:2'].map(reads), [true, true, true, true]);
    assert.deepStrictEqual(['docker/dockerfile:1.20', 'docker/dockerfile:1.7', 'docker/dockerfile:1.4.3'].map(reads), [false, false, false]);
    assert.ok(frontendReadsInstructionChecks(parseDockerfile('FROM alpine')));
  });
});

describe('build checks: our rules with a BuildKit equivalent obey them (engine)', () => {
  const base = df('FROM alpine:3.20', 'MAINTAINER me', 'CMD ls');

  it('fires without a check directive (the baseline)', () => {
    assert.deepStrictEqual(lint(base), [['no-maintainer', 1, 'warning'], ['prefer-exec-form', 2, 'warning']]);
  });

  it('`# check=skip=` at the top silences the rules that map to those checks, in the whole file', () => {
    assert.deepStrictEqual(lint(`# check=skip=MaintainerDeprecated\n${base}`), [['prefer-exec-form', 3, 'warning']]);
    assert.deepStrictEqual(lint(`# check=skip=all\n${base}`), []);
  });

  it('check names are case-sensitive, as in BuildKit (a wrongly cased name skips nothing)', () => {
    assert.deepStrictEqual(lint(`# check=skip=maintainerdeprecated\n${base}`).filter((r) => r[0] !== 'dockerfile-syntax'), [['no-maintainer', 2, 'warning'], ['prefer-exec-form', 3, 'warning']]);
  });

  it('`error=true` makes those rules errors; rules without a BuildKit equivalent keep their severity', () => {
    const text = `# check=error=true\n${base}\nRUN apt-get install curl`;
    const found = lint(text);
    assert.deepStrictEqual(found.filter((r) => r[0] === 'no-maintainer' || r[0] === 'prefer-exec-form'), [['no-maintainer', 2, 'error'], ['prefer-exec-form', 3, 'error']]);
    assert.deepStrictEqual(found.filter((r) => r[0] === 'apt-get-assume-yes'), [['apt-get-assume-yes', 4, 'warning']]);
  });

  it('a `# check=skip=` above an instruction silences it there only (reason after a space)', () => {
    const text = df('FROM alpine:3.20', '# check=skip=MaintainerDeprecated // we keep it for old tooling', 'MAINTAINER me', 'MAINTAINER you');
    assert.deepStrictEqual(lint(text).filter((r) => r[0] === 'no-maintainer'), [['no-maintainer', 3, 'warning']]);
  });

  it('a per-instruction skip covers a finding on any line of a continued instruction, and never another instruction', () => {
    const text = df('FROM alpine:3.20', '# check=skip=SecretsUsedInArgOrEnv', 'ENV A=1 \\', '    API_TOKEN=abc123', 'ENV DB_PASSWORD=hunter2');
    assert.deepStrictEqual(lint(text).filter((r) => r[0] === 'no-secrets-in-env'), [['no-secrets-in-env', 4, 'warning']]);
  });

  it('an unparsable comment above an instruction is ignored (it skips nothing), as WithMergedConfigFromComments does', () => {
    const text = df('FROM alpine:3.20', '# check=skip=MaintainerDeprecated;oops', 'MAINTAINER me');
    assert.deepStrictEqual(lint(text).filter((r) => r[0] === 'no-maintainer'), [['no-maintainer', 2, 'warning']]);
  });

  it('the team config still switches a rule off whatever the directive says', () => {
    const found = lintDocument(parseDockerfile(`# check=error=true\n${base}`), { config: { rules: { 'no-maintainer': { severity: 'off', options: {} } } } });
    assert.deepStrictEqual(found.map((d) => d.rule), ['prefer-exec-form']);
  });
});

describe('build checks: hover on a `# check=` comment above an instruction', () => {
  const hover = (text: string, line: number, lang: 'ko' | 'en' = 'ko') => explainDockerfile(parseDockerfile(text), { line, character: 3 }, { language: lang })?.markdown ?? '';
  const text = df('FROM alpine', '# check=skip=JSONArgsRecommended;error=true // why', 'CMD ls', '# check=skip=A', '#', 'RUN x');

  it('says which instruction it covers and that error= is ignored there', () => {
    const ko = hover(text, 1);
    assert.ok(ko.includes('줄 3의 `CMD`에서만 `JSONArgsRecommended` 검사를 건너뛰어요'), ko);
    assert.ok(ko.includes('`error=`는 무시돼요'), ko);
    const en = hover(text, 1, 'en');
    assert.ok(en.includes('Skips `JSONArgsRecommended` for the `CMD` on line 3 only'), en);
  });

  it('says when BuildKit does not read the line', () => {
    assert.ok(hover(text, 3).includes('BuildKit이 읽지 않는 그냥 주석이에요'));
  });
});
