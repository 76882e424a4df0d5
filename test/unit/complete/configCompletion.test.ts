import * as assert from 'assert';
import { completeConfig } from '../../../src/core/complete/config';
import type { CompletionItem } from '../../../src/core/complete';
import { allRules } from '../../../src/core/lint/rules';
import { checkRow } from './dockerfileCompletion.test';
import type { Row } from './dockerfileCompletion.test';

// Completion in `.docker-explain.json` (cursor at `‸`): rule ids with their severities, the
// severities, the top-level keys and the preset names, from the core (the editor and the
// Language Server ask the same function).

function complete(text: string, lang: 'ko' | 'en' = 'ko'): CompletionItem[] {
  const at = text.indexOf('‸');
  const clean = text.slice(0, at) + text.slice(at + 1);
  const before = clean.slice(0, at).split('\n');
  return completeConfig(clean, { line: before.length - 1, character: before[before.length - 1].length }, lang);
}

const ROWS: Row[] = [
  { what: 'top-level keys, written ones left out', text: '{\n  "rules": {},\n  "‸"\n}', has: ['extends', 'ignore', 'language', 'root', 'compose'], not: ['rules'], first: 'extends', doc: ['root', '위 폴더'] },
  { what: 'rule ids, a rule already set left out', text: '{\n  "rules": {\n    "no-privileged": "off",\n    "‸"\n  }\n}', has: ['no-duplicate-host-port'], not: ['no-privileged'], insert: ['no-duplicate-host-port', '"no-duplicate-host-port": "${1|off,info,warning,error|}"'] },
  { what: 'severities', text: '{\n  "rules": {\n    "no-privileged": "‸"\n  }\n}', has: ['"off"', '"info"', '"warning"', '"error"'], first: '"off"', doc: ['"error"', '종료 코드 1'] },
  { what: 'presets in extends', text: '{\n  "extends": ["‸"]\n}', has: ['"docker-explain:recommended"', '"docker-explain:strict"', '"docker-explain:learner"'], doc: ['"docker-explain:strict"', '오류로'] },
  { what: 'a value elsewhere: nothing', text: '{\n  "language": "‸"\n}', has: [] },
];

describe('completion: .docker-explain.json', () => {
  for (const row of ROWS) {
    it(row.what, () => {
      const items = complete(row.text);
      checkRow(row, items);
      if (row.has.length === 0) assert.deepStrictEqual(items, []);
    });
  }

  it('every rule is offered, with its Korean title and default severity', () => {
    const items = complete('{\n  "rules": {\n    "‸"\n  }\n}');
    assert.strictEqual(items.length, allRules.length);
    const rule = allRules[0];
    const item = items.find((i) => i.label === rule.meta.id);
    assert.ok(item?.detail.includes(rule.meta.title.ko) && item.detail.includes(rule.meta.severity), item?.detail);
    assert.deepStrictEqual(item?.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 6 } });
  });
});
