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
});
