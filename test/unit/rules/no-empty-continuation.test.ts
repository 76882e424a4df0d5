import * as assert from 'assert';
import { noEmptyContinuation as rule } from '../../../src/core/lint/rules/no-empty-continuation';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('no-empty-continuation', () => {
  it('reports each blank line inside a continued instruction and removes it', () => {
    const text = df('FROM alpine', 'RUN apk add \\', '', '    gnupg \\', '  ', '    curl');
    assert.deepStrictEqual(hits(rule, text), [['empty', 2, 0, ''], ['empty', 4, 0, '  ']]);
    assert.strictEqual(fixed(rule, text), df('FROM alpine', 'RUN apk add \\', '    gnupg \\', '    curl'));
    assertMessagesFilled(rule, text);
  });

  it('follows the escape directive', () => {
    const text = df('# escape=`', 'FROM mcr.microsoft.com/windows/servercore', 'RUN dir `', '', '  C:\\');
    assert.deepStrictEqual(hits(rule, text).map((h) => h[1]), [3]);
  });

  it('stays silent on comment lines inside a continuation, heredoc bodies and blank lines between instructions', () => {
    assertClean(rule, df('FROM alpine', 'EXPOSE \\', '# Port', '80'));
    assertClean(rule, df('FROM alpine', 'RUN <<EOF', 'echo a', '', 'echo b', 'EOF', '', 'CMD ["sh"]'));
    assertClean(rule, df('FROM alpine', '', 'RUN echo a', '', 'RUN echo b'));
  });
});
