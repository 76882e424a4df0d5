import * as assert from 'assert';
import { aptGetAssumeYes as rule } from '../../../src/core/lint/rules/apt-get-assume-yes';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('apt-get-assume-yes', () => {
  it('reports `apt-get install` without -y, on the command itself', () => {
    const text = df('FROM debian:bookworm', 'RUN apt-get update && apt-get install curl');
    assert.deepStrictEqual(hits(rule, text), [['missingYes', 1, 22, 'apt-get install']]);
    assertMessagesFilled(rule, text);
  });

  it('adds -y right after install', () => {
    const text = df('FROM debian:bookworm', 'RUN apt-get update && apt-get install curl');
    assert.strictEqual(fixed(rule, text), df('FROM debian:bookworm', 'RUN apt-get update && apt-get install -y curl'));
  });

  it('accepts -y, --yes, --assume-yes, -qq, bundles and the apt option, anywhere on the line', () => {
    for (const flags of ['-y', '--yes', '--assume-yes', '-qq', '-qy', '-yq', '-o APT::Get::Assume-Yes=true']) {
      assertClean(rule, df('FROM debian', `RUN apt-get install ${flags} curl`));
      assertClean(rule, df('FROM debian', `RUN apt-get ${flags} install curl`));
    }
    assertClean(rule, df('FROM debian', 'RUN apt install -y curl'));
    assertClean(rule, df('FROM debian', 'RUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata'));
    assertClean(rule, df('FROM debian', 'RUN yes | apt-get install curl'));
  });

  // apt-get(8) "-q": "quiet level 2 implies -y"; every -q/--quiet/--silent adds one, -q=N sets it
  // (Debian/apt 3.1.12: doc/apt-get.8.xml, apt-pkg/contrib/cmndline.cc IntLevel, apt-private/private-install.cc).
  it('counts quiet levels across separate options: level 2 answers the prompt, level 1 does not', () => {
    for (const flags of ['-q -q', '--quiet --quiet', '-q --quiet', '--silent --silent', '-q=2', '--quiet=2', '-o quiet=2', '-qq -q', '-q -y']) {
      assertClean(rule, df('FROM debian', `RUN apt-get ${flags} install curl`));
    }
    for (const flags of ['-q', '--quiet', '-q=1', '-qq -q=0', '-o quiet=1', '-q -o Dpkg::Use-Pty=0', '-oquiet=1']) {
      assert.deepStrictEqual(hits(rule, df('FROM debian', `RUN apt-get ${flags} install curl`)).map((h) => h[0]), ['missingYes'], flags);
    }
  });

  it('is not fooled by DEBIAN_FRONTEND, which does not answer apt', () => {
    assert.deepStrictEqual(hits(rule, df('FROM debian', 'RUN DEBIAN_FRONTEND=noninteractive apt-get install tzdata')), [['missingYes', 1, 35, 'apt-get install']]);
  });

  it('finds the command across continuation lines and inside a heredoc', () => {
    const text = df('FROM debian', 'RUN apt-get update \\', '  && apt-get install \\', '     curl');
    assert.deepStrictEqual(hits(rule, text), [['missingYes', 2, 5, 'apt-get install']]);
    const heredoc = df('FROM debian', 'RUN <<EOF', 'set -e', 'apt-get update', 'apt-get install git', 'EOF');
    assert.deepStrictEqual(hits(rule, heredoc), [['missingYes', 4, 0, 'apt-get install']]);
  });

  it('ignores heredocs that are data, comments, and apt-get mentioned in strings', () => {
    assertClean(rule, df('FROM debian', 'RUN cat <<EOF > /notes.txt', 'apt-get install curl', 'EOF'));
    assertClean(rule, df('FROM debian', 'RUN echo "apt-get install curl"'));
    assertClean(rule, df('FROM debian', 'RUN apt-get update \\', '# apt-get install curl', ' && apt-get install -y git'));
  });

  it('stays silent when the file configures apt to assume yes', () => {
    assertClean(rule, df('FROM debian', `RUN echo 'APT::Get::Assume-Yes "true";' > /etc/apt/apt.conf.d/90yes`, 'RUN apt-get install curl'));
  });
});
