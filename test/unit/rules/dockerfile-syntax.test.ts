import * as assert from 'assert';
import { dockerfileSyntax as rule } from '../../../src/core/lint/rules/dockerfile-syntax';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('dockerfile-syntax', () => {
  it('reports an unknown instruction on its keyword, suggesting the closest one', () => {
    const text = df('FROM alpine', 'RUNN echo hi', 'FOOBAR x');
    assert.deepStrictEqual(hits(rule, text), [
      ['unknownInstructionSuggest', 1, 0, 'RUNN'],
      ['unknownInstruction', 2, 0, 'FOOBAR'],
    ]);
    assert.strictEqual(reportsOf(rule, text)[0].data?.suggestion, 'RUN');
    assertMessagesFilled(rule, text);
  });

  it('explains a shell line cut off from its RUN by a missing backslash', () => {
    const text = df('FROM alpine', 'RUN apk add curl &&', '    rm -rf /tmp/*');
    assert.deepStrictEqual(hits(rule, text), [['missingContinuation', 2, 4, 'rm']]);
    assert.strictEqual(reportsOf(rule, text)[0].data?.previousLine, 2);
  });

  it('reports missing arguments, ENV without value, COPY with one path', () => {
    const text = df('FROM alpine', 'EXPOSE', 'ENV DEBUG', 'COPY app.py');
    assert.deepStrictEqual(hits(rule, text), [
      ['missingArguments', 1, 0, 'EXPOSE'],
      ['envWithoutValue', 2, 4, 'DEBUG'],
      ['copyNeedsTwo', 3, 5, 'app.py'],
    ]);
  });

  it('leaves a bare CMD, ENTRYPOINT or RUN to BuildKit, which accepts them', () => {
    assertClean(rule, df('FROM alpine', 'ENTRYPOINT', 'CMD'));
  });

  it('reports the first instruction before FROM other than ARG', () => {
    assert.deepStrictEqual(hits(rule, df('ARG V=1', 'RUN echo hi', 'ENV A=1', 'FROM alpine')), [['beforeFrom', 1, 0, 'RUN']]);
  });

  it('reports ONBUILD with a trigger that is not allowed', () => {
    assert.deepStrictEqual(hits(rule, df('FROM alpine', 'ONBUILD FROM debian')), [['badOnbuild', 1, 8, 'FROM']]);
    // hadolint DL3043's three: FROM, ONBUILD, MAINTAINER (Dockerfile reference, ONBUILD: "isn't allowed").
    assert.deepStrictEqual(hits(rule, df('FROM alpine', 'ONBUILD ONBUILD RUN x', 'onbuild maintainer me')).map((h) => [h[0], h[3]]), [['badOnbuild', 'ONBUILD'], ['badOnbuild', 'maintainer']]);
  });

  it('accepts the triggers ONBUILD may hold (RUN, COPY, ADD, ENV …)', () => {
    assertClean(rule, df('FROM alpine', 'ONBUILD RUN make', 'ONBUILD COPY . /src', 'ONBUILD ADD x.tar /x', 'ONBUILD ENV A=1', 'ONBUILD USER app'));
  });

  it('checks parser directives: bad escape, repeated, and written too late to count', () => {
    assert.deepStrictEqual(hits(rule, df('# escape=x', 'FROM alpine')), [['badEscape', 0, 0, '# escape=x']]);
    assert.deepStrictEqual(hits(rule, df('# syntax=docker/dockerfile:1', '# syntax=docker/dockerfile:1.7', 'FROM alpine')), [['duplicateDirective', 1, 0, '# syntax=docker/dockerfile:1.7']]);
    assert.deepStrictEqual(hits(rule, df('# Build the web image', '# syntax=docker/dockerfile:1', 'FROM alpine')), [['lateDirective', 1, 0, '# syntax=docker/dockerfile:1']]);
    assert.strictEqual(reportsOf(rule, df('# Build', '# syntax=docker/dockerfile:1', 'FROM alpine'))[0].maxSeverity, 'warning', 'an ignored directive does not stop the build');
  });

  // BuildKit v0.32.2: linter/linter.go (ParseLintOptions, WithMergedConfigFromComments), a per-instruction
  // check comment since Dockerfile 1.21.0 (BuildKit v0.27.0, commit a248d48).
  it('reports a check directive BuildKit cannot parse (the build stops) and unknown check names', () => {
    assert.deepStrictEqual(hits(rule, df('# check=skip=A;fail=yes', 'FROM alpine')), [['badCheck', 0, 0, '# check=skip=A;fail=yes']]);
    assert.deepStrictEqual(hits(rule, df('# check=skip=JsonArgsRecommended,StageNameCasing', 'FROM alpine')), [['unknownCheck', 0, 13, 'JsonArgsRecommended']]);
    assert.strictEqual(reportsOf(rule, df('# check=skip=JsonArgsRecommended', 'FROM alpine'))[0].data?.suggestion, 'JSONArgsRecommended');
    assert.deepStrictEqual(hits(rule, df('FROM alpine', '# check=skip=NoSuchThing', 'RUN x')), [['unknownCheckNoSuggestion', 1, 13, 'NoSuchThing']]);
    assertMessagesFilled(rule, df('# check=skip=A;fail=yes', 'FROM alpine'));
  });

  it('does not call a check comment above an instruction a late directive', () => {
    assertClean(rule, df('FROM alpine', '# check=skip=JSONArgsRecommended // shell form on purpose', 'CMD ls'));
    assertClean(rule, df('# syntax=docker/dockerfile:1', '# check=skip=all', 'FROM alpine', '', '# check=skip=MaintainerDeprecated', '', 'MAINTAINER me'));
  });

  it('says when BuildKit will not read a check comment as written', () => {
    assert.deepStrictEqual(hits(rule, df('FROM alpine', '# check=skip=JSONArgsRecommended;oops', 'CMD ls')), [['instructionCheckInvalid', 1, 0, '# check=skip=JSONArgsRecommended;oops']]);
    assert.deepStrictEqual(hits(rule, df('FROM alpine', '# check=error=true', 'CMD ls')), [['instructionCheckError', 1, 0, '# check=error=true']]);
    assert.deepStrictEqual(hits(rule, df('FROM alpine', '# check=skip=JSONArgsRecommended', '# check=skip=MaintainerDeprecated', 'CMD ls')), [['instructionCheckShadowed', 2, 0, '# check=skip=MaintainerDeprecated']]);
    assert.deepStrictEqual(hits(rule, df('FROM alpine', '# check=skip=JSONArgsRecommended', '#', 'CMD ls')), [['lateCheck', 1, 0, '# check=skip=JSONArgsRecommended']]);
    assert.deepStrictEqual(hits(rule, df('FROM alpine', 'CMD ls', '# check=skip=all')), [['lateCheck', 2, 0, '# check=skip=all']]);
    assert.deepStrictEqual(hits(rule, df('# syntax=docker/dockerfile:1.7', 'FROM alpine', '# check=skip=JSONArgsRecommended', 'CMD ls')), [['checkNeedsNewerFrontend', 2, 0, '# check=skip=JSONArgsRecommended']]);
    for (const r of reportsOf(rule, df('FROM alpine', '# check=error=true', '# check=skip=X', 'CMD ls', '# check=skip=all'))) assert.strictEqual(r.maxSeverity, 'warning', r.messageId);
    assertMessagesFilled(rule, df('FROM alpine', '# check=skip=A;oops', 'CMD ls', '# check=skip=B', '# check=skip=C', 'RUN x'));
  });

  it('accepts valid files: heredocs, COPY heredoc, lowercase instructions, windows escape', () => {
    assertClean(rule, df('# syntax=docker/dockerfile:1', '# escape=\\', 'ARG BASE=alpine', 'FROM $BASE', 'RUN <<EOF', 'echo hi', 'EOF', 'COPY <<EOF /etc/motd', 'hello', 'EOF', 'run echo lower', 'HEALTHCHECK NONE'));
    assertClean(rule, df('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN dir c:\\'));
    assertClean(rule, df('# Copyright', '# key=value is just a comment here', 'FROM alpine'));
  });

  it('leaves generator templates ({{ … }}) alone', () => {
    assertClean(rule, df('{{ if env.alpine then ( -}}', 'FROM alpine', '{{ ) end -}}', 'RUN echo hi'));
  });
});
