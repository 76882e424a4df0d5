import * as assert from 'assert';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { lintDocument } from '../../../src/core/lint/engine';

// Review 51: a learner's first Dockerfile, as the reviewer typed it. Every finding reads as a
// finished Korean sentence in the Problems panel: plain text, and no particle left in both forms
// ("‘ADD .’은(는)") because the value before it ends in a symbol the particle engine cannot read.
const LEARNER = 'FROM ubuntu\nMAINTAINER kim@example.com\nRUN apt-get update\nRUN apt-get install curl python3-pip\nRUN pip install flask\nADD . /app\nWORKDIR app\nENV SECRET_KEY=abc123\nEXPOSE 5000\nCMD python3 /app/app.py\n';

const BOTH_FORMS = /은\(는\)|이\(가\)|을\(를\)|과\(와\)|\(으\)로|\(이\)에요/;

describe('a learner\'s first Dockerfile (review 51)', () => {
  for (const language of ['ko', 'en'] as const) {
    it(`every message is plain text, with no particle in both forms (${language})`, () => {
      const found = lintDocument(parseDocument(LEARNER, 'dockerfile'), { language });
      assert.ok(found.length >= 10, `${found.length} findings`);
      for (const d of found) {
        assert.ok(!d.message.includes('`'), `${d.rule}: ${d.message}`);
        assert.ok(!BOTH_FORMS.test(d.message), `${d.rule}: ${d.message}`);
      }
    });
  }

  it('the ADD line names the line without a guessed particle', () => {
    const add = lintDocument(parseDocument(LEARNER, 'dockerfile'), { language: 'ko' }).find((d) => d.rule === 'prefer-copy-over-add');
    assert.ok(add);
    assert.ok(add.message.startsWith('‘ADD .’ 줄은 빌드 컨텍스트의 일반 파일을 복사할 뿐이에요.'), add.message);
  });

  // Brief rulefacts item 4 (docs/rules/README.md, "같은 원인은 한 번만"): apt-get-update-with-install
  // and merge-consecutive-run both said "lines 3 and 4 are two RUNs"; the specific one stays.
  it('reports each cause once: 12 findings, no "merge" on the install RUN that apt-get-update-with-install explains', () => {
    const found = lintDocument(parseDocument(LEARNER, 'dockerfile'), { language: 'ko' });
    assert.strictEqual(found.length, 12, found.map((d) => `${d.range.start.line + 1} ${d.rule}`).join('\n'));
    assert.ok(found.some((d) => d.rule === 'apt-get-update-with-install' && d.range.start.line === 2));
    assert.deepStrictEqual(found.filter((d) => d.rule === 'merge-consecutive-run').map((d) => d.range.start.line + 1), [5]);
  });

  it('brings the general finding back when the specific rule is off or suppressed on its line', () => {
    const off = lintDocument(parseDocument(LEARNER, 'dockerfile'), { config: { rules: { 'apt-get-update-with-install': { severity: 'off', options: {} } } } });
    assert.deepStrictEqual(off.filter((d) => d.rule === 'merge-consecutive-run').map((d) => d.range.start.line + 1), [4, 5]);
    const suppressed = LEARNER.replace('RUN apt-get update\n', '# docker-explain-disable-next-line apt-get-update-with-install\nRUN apt-get update\n');
    const found = lintDocument(parseDocument(suppressed, 'dockerfile'));
    assert.deepStrictEqual(found.filter((d) => d.rule === 'merge-consecutive-run').map((d) => d.range.start.line + 1), [5, 6]);
  });

  it('keeps "merge" when the install RUN does not follow the update RUN directly (another pair of RUNs)', () => {
    const text = 'FROM debian:bookworm\nRUN apt-get update\nRUN echo hi\nRUN apt-get install -y --no-install-recommends curl\n';
    const found = lintDocument(parseDocument(text, 'dockerfile'));
    assert.deepStrictEqual(found.filter((d) => d.rule === 'merge-consecutive-run').map((d) => d.range.start.line + 1), [3, 4]);
  });
});
