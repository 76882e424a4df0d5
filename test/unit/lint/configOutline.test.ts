import * as assert from 'assert';
import { configOutline } from '../../../src/core/lint/config/configOutline';
import { LineIndex } from '../../../src/core/documents/lineIndex';
import type { OutlineSymbol } from '../../../src/core/navigate';
import { FOLDING_REGION_LIMIT, OUTLINE_ENTRY_LIMIT, visibleName } from '../../../src/core/navigate';

// The outline and folding of `.docker-explain.json` (its own editor language lost VS Code's JSON
// outline): top-level settings, each rule id under `rules`, ranges on the text as written.

/** Each symbol as `name [detail] kind` plus the text its range and selection range cover. */
function flat(text: string, symbols: OutlineSymbol[], depth = 0): string[] {
  const lines = new LineIndex(text);
  const cut = (r: OutlineSymbol['range']) => text.slice(lines.offsetAt(r.start), lines.offsetAt(r.end));
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.name} [${s.detail}] ${s.kind} | ${cut(s.selectionRange)} | ${cut(s.range).replace(/\s+/g, ' ')}`,
    ...flat(text, s.children, depth + 1),
  ]);
}

const TEAM = [
  '{',
  '  // 팀 설정',
  '  "$schema": "https://example.com/docker-explain.schema.json",',
  '  "extends": ["recommended", "../base.json"],',
  '  "rules": {',
  '    "no-privileged": "off",',
  '    /* 옵션이 있는 규칙 */',
  '    "require-image-tag": ["error", { "allow": ["scratch"] }],',
  '  },',
  '  "ignore": ["vendor/**"],',
  '  "compose": { "files": [["compose.yaml", "compose.prod.yaml"]], "profiles": ["debug"] },',
  '  "root": true,',
  '}',
  '',
].join('\n');

describe('config outline (.docker-explain.json: outline, breadcrumbs, folding)', () => {
  it('lists the top-level settings and, under an object setting, its entries (each rule id), with comments and trailing commas', () => {
    assert.deepStrictEqual(flat(TEAM, configOutline(TEAM).symbols), [
      '$schema [https://example.com/docker-explain.schema.json] section | "$schema" | "$schema": "https://example.com/docker-explain.schema.json"',
      'extends [recommended, ../base.json] section | "extends" | "extends": ["recommended", "../base.json"]',
      'rules [] section | "rules" | "rules": { "no-privileged": "off", /* 옵션이 있는 규칙 */ "require-image-tag": ["error", { "allow": ["scratch"] }], }',
      '  no-privileged [off] key | "no-privileged" | "no-privileged": "off"',
      '  require-image-tag [error] key | "require-image-tag" | "require-image-tag": ["error", { "allow": ["scratch"] }]',
      'ignore [vendor/**] section | "ignore" | "ignore": ["vendor/**"]',
      'compose [] section | "compose" | "compose": { "files": [["compose.yaml", "compose.prod.yaml"]], "profiles": ["debug"] }',
      '  files [] key | "files" | "files": [["compose.yaml", "compose.prod.yaml"]]',
      '  profiles [debug] key | "profiles" | "profiles": ["debug"]',
      'root [true] section | "root" | "root": true',
    ]);
  });

  it('folds objects and arrays written over several lines (closing bracket kept in sight) and comment runs', () => {
    const text = '{\n  // 한 줄\n  // 두 줄\n  "rules": {\n    "no-privileged": "off"\n  },\n  /* 여러\n     줄 */\n  "ignore": [\n    "a"]\n}\n';
    assert.deepStrictEqual(configOutline(text).folding, [
      { start: 0, end: 9 },
      { start: 1, end: 2, kind: 'comment' },
      { start: 3, end: 4 },
      { start: 6, end: 7, kind: 'comment' },
      { start: 8, end: 9 },
    ]);
    // One-line objects and a comment after a value fold nothing.
    assert.deepStrictEqual(configOutline('{ "rules": { "a": "off" } } // x\n// y\n').folding, []);
  });

  const cases: { name: string; text: string; names: string[] }[] = [
    { name: 'an empty file', text: '', names: [] },
    { name: 'only a comment', text: '// 아직 비어 있어요\n', names: [] },
    { name: 'not an object', text: '["rules"]', names: [] },
    { name: 'a missing comma while typing: what parses still shows', text: '{\n  "rules": {\n    "no-privileged": "off"\n    "require-image-tag": "error"\n  }\n}', names: ['rules', 'no-privileged', 'require-image-tag'] },
    { name: 'an unclosed object', text: '{\n  "root": true,\n  "rules": {\n    "no-privileged": ', names: ['root', 'rules', 'no-privileged'] },
    { name: 'a key without a value', text: '{ "rules" }', names: ['rules'] },
    { name: 'a leading BOM (positions stay the editor\'s)', text: '\ufeff{"root": true}', names: ['root'] },
    { name: 'nested too deep to read', text: `{"rules": ${'['.repeat(200)}`, names: [] },
  ];
  for (const c of cases) {
    it(`never throws: ${c.name}`, () => {
      const outline = configOutline(c.text);
      const names = (s: OutlineSymbol[]): string[] => s.flatMap((x) => [x.name, ...names(x.children)]);
      assert.deepStrictEqual(names(outline.symbols), c.names);
    });
  }

  it('keeps the range of a setting after a BOM on the editor\'s columns', () => {
    const [root] = configOutline('\ufeff{"root": true}').symbols;
    assert.deepStrictEqual(root.selectionRange, { start: { line: 0, character: 2 }, end: { line: 0, character: 8 } });
  });

  it('names an empty key \'""\' (VS Code throws on an empty symbol name and the outline goes)', () => {
    const { symbols } = configOutline('{"": 1, "rules": {"": "off", " ": "warning", "no-privileged": "off"}}');
    assert.deepStrictEqual(symbols.map((s) => s.name), ['""', 'rules']);
    assert.deepStrictEqual(symbols[1].children.map((s) => s.name), ['""', '" "', 'no-privileged']);
    for (const s of [...symbols, ...symbols[1].children]) assert.ok(s.name.trim() !== '');
    assert.deepStrictEqual(['', ' ', 'x', ' x'].map(visibleName), ['""', '" "', 'x', ' x']);
  });

  it('caps a huge config: the settings stay, the rule ids under them go; folding at VS Code\'s 5,000 regions', () => {
    // 20,000 rule ids, each with options over several lines (20,000 folding regions).
    const rules = Array.from({ length: 20_000 }, (_, i) => `    "rule-${i}": [\n      "warning",\n      { "allow": ["a"] }\n    ]`).join(',\n');
    const { symbols, folding } = configOutline(`{\n  "ignore": ["x"],\n  "rules": {\n${rules}\n  }\n}\n`);
    assert.deepStrictEqual(symbols.map((s) => `${s.name}:${s.children.length}`), ['ignore:0', 'rules:0']);
    assert.strictEqual(folding.length, FOLDING_REGION_LIMIT);
    assert.deepStrictEqual(folding[0], { start: 0, end: 80_003 });
    // Nothing but top-level keys: the first ones.
    const flatKeys = configOutline(`{${Array.from({ length: 10_000 }, (_, i) => `"k${i}": ${i}`).join(', ')}}`).symbols;
    assert.strictEqual(flatKeys.length, OUTLINE_ENTRY_LIMIT);
    assert.strictEqual(flatKeys[0].name, 'k0');
    // A small config is as before.
    assert.strictEqual(configOutline('{"rules": {"a": "off", "b": "off"}}').symbols[0].children.length, 2);
  });

  it('cuts a long detail to one short line', () => {
    const [ignore] = configOutline(`{"ignore": [${Array.from({ length: 20 }, (_, i) => `"vendor${i}/**"`).join(', ')}]}`).symbols;
    assert.ok(ignore.detail.length <= 60 && ignore.detail.endsWith('…'), ignore.detail);
  });
});
