import * as assert from 'assert';
import { consistentInstructionCasing as rule } from '../../../src/core/lint/rules/consistent-instruction-casing';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('consistent-instruction-casing', () => {
  const rows: { name: string; text: string; want: [string, number, number, string][]; after?: string }[] = [
    {
      name: 'a lower-case keyword among upper-case ones',
      text: df('FROM alpine', 'run echo hi', 'CMD ["sh"]'),
      want: [['upper', 1, 0, 'run']],
      after: df('FROM alpine', 'RUN echo hi', 'CMD ["sh"]'),
    },
    {
      name: 'an upper-case keyword among lower-case ones',
      text: df('from alpine', 'run echo hi', 'COPY . .', 'cmd ["sh"]'),
      want: [['lower', 2, 0, 'COPY']],
      after: df('from alpine', 'run echo hi', 'copy . .', 'cmd ["sh"]'),
    },
    {
      name: 'a mixed-case keyword, whatever the majority',
      text: df('FROM alpine', 'Run echo hi'),
      want: [['upper', 1, 0, 'Run']],
    },
    {
      name: 'a tie counts as upper case (BuildKit: lower only when it has more)',
      text: df('FROM alpine', 'run echo hi'),
      want: [['upper', 1, 0, 'run']],
    },
  ];
  for (const row of rows) {
    it(`reports ${row.name}`, () => {
      assert.deepStrictEqual(hits(rule, row.text), row.want);
      if (row.after) assert.strictEqual(fixed(rule, row.text), row.after);
      assertMessagesFilled(rule, row.text);
    });
  }

  it('does not count or report the ARGs above the first FROM, as BuildKit does', () => {
    assertClean(rule, df('arg VERSION=1', 'arg BASE=alpine', 'FROM alpine', 'RUN true'));
  });

  it('stays silent on a file in one casing', () => {
    assertClean(rule, df('FROM alpine AS a', 'RUN true', 'FROM a', 'COPY . .'));
    assertClean(rule, df('from alpine', 'run true', 'onbuild run make'));
  });
});
