import * as assert from 'assert';
import { aptGetUpdateWithInstall as rule } from '../../../src/core/lint/rules/apt-get-update-with-install';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('apt-get-update-with-install', () => {
  it('reports an update alone in a RUN when a later RUN installs', () => {
    const text = df('FROM debian', 'RUN apt-get update', 'RUN apt-get install -y curl');
    assert.deepStrictEqual(hits(rule, text), [['separate', 1, 4, 'apt-get update']]);
    assert.strictEqual(reportsOf(rule, text)[0].data?.installLine, 3);
    assertMessagesFilled(rule, text);
  });

  it('accepts update and install in one RUN, in shell or heredoc', () => {
    assertClean(rule, df('FROM debian', 'RUN apt-get update && apt-get install -y curl'));
    assertClean(rule, df('FROM debian', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF'));
  });

  it('does not report when the later install updates first, or when nothing installs', () => {
    assertClean(rule, df('FROM debian', 'RUN apt-get update', 'RUN apt-get update && apt-get install -y curl'));
    assertClean(rule, df('FROM debian', 'RUN apt-get update'));
    assertClean(rule, df('FROM debian AS a', 'RUN apt-get update', 'FROM debian AS b', 'RUN apt-get install -y curl'));
  });
});
