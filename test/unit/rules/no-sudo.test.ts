import * as assert from 'assert';
import { noSudo as rule } from '../../../src/core/lint/rules/no-sudo';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('no-sudo', () => {
  it('reports sudo used as a command, on the word sudo', () => {
    const text = df('FROM ubuntu', 'RUN sudo -E apt-get install -y curl && echo ok');
    assert.deepStrictEqual(hits(rule, text), [['sudo', 1, 4, 'sudo']]);
    assert.strictEqual(reportsOf(rule, text)[0].data?.command, 'apt-get');
    assertMessagesFilled(rule, text);
  });

  it('finds sudo after a variable assignment and in heredoc scripts', () => {
    assert.deepStrictEqual(hits(rule, df('FROM ubuntu', 'RUN <<EOF', 'sudo make install', 'EOF')), [['sudo', 2, 0, 'sudo']]);
  });

  it('accepts installing the sudo package and mentioning it in strings', () => {
    assertClean(rule, df('FROM ubuntu', 'RUN apt-get install -y sudo && echo "sudo is installed"', "RUN echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/app"));
  });
});
