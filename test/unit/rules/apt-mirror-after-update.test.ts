import * as assert from 'assert';
import { aptMirrorAfterUpdate as rule } from '../../../src/core/lint/rules/apt-mirror-after-update';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');
const SED = "sed -i 's|archive.ubuntu.com|mirror.kakao.com|g' /etc/apt/sources.list";

describe('apt-mirror-after-update', () => {
  it('reports a mirror switch after apt-get update when an install follows with no update between, in one RUN', () => {
    const text = df('FROM ubuntu:22.04', `RUN apt-get update && ${SED} && apt-get install -y curl`);
    assert.deepStrictEqual(hits(rule, text), [['afterUpdate', 1, 22, SED]]);
    assertMessagesFilled(rule, text);
  });

  it('reports it across RUNs and through a parent stage (deb822 files too)', () => {
    const sed = "sed -i 's/deb.debian.org/mirror.kakao.com/g' /etc/apt/sources.list.d/debian.sources";
    const text = df('FROM debian:bookworm AS base', 'RUN apt-get update', 'FROM base', `RUN ${sed}`, 'RUN apt-get install -y curl');
    assert.deepStrictEqual(hits(rule, text), [['afterUpdate', 3, 4, sed]]);
  });

  it('stays silent when the mirror is switched first, when update runs again, or when nothing is installed after', () => {
    assertClean(rule, df('FROM ubuntu:22.04', `RUN ${SED} && apt-get update && apt-get install -y curl`));
    assertClean(rule, df('FROM ubuntu:22.04', 'RUN apt-get update', `RUN ${SED}`, 'RUN apt-get update && apt-get install -y curl'));
    assertClean(rule, df('FROM ubuntu:22.04', `RUN apt-get update && apt-get install -y curl && ${SED}`));
    assertClean(rule, df('FROM ubuntu:22.04', "RUN apt-get update && sed -i 's/a/b/' /etc/hosts && apt-get install -y curl"));
    assertClean(rule, df('FROM ubuntu:22.04', "RUN apt-get update && sed 's/a/b/' /etc/apt/sources.list > /tmp/x && apt-get install -y curl"));
  });
});
