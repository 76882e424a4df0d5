import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../../src/core/lint/rules';
import { repoRoot } from '../../helpers/paths';

// Every rule ships three files with one base name (ESLint's layout): the rule, its Korean doc
// and its test, and every message has Korean and English text with the same placeholders.
// This test fails for a rule whose doc or test is missing: that is its job.
describe('rules: meta', () => {
  const seen = new Set<string>();
  for (const rule of allRules) {
    const id = rule.meta.id;
    describe(id, () => {
      it('has a unique kebab-case id', () => {
        assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
        assert.ok(!seen.has(id), `duplicate rule id ${id}`);
        seen.add(id);
      });
      it('has its Korean doc docs/rules/<id>.md', () => {
        const doc = path.join(repoRoot, 'docs', 'rules', `${id}.md`);
        assert.ok(fs.existsSync(doc), `missing ${path.relative(repoRoot, doc)}`);
        const text = fs.readFileSync(doc, 'utf8');
        assert.ok(text.startsWith(`# \`${id}\``), 'the doc starts with the rule id as its title');
        assert.match(text, /[가-힣]/, 'the doc is in Korean');
        assert.match(text, /끄는 방법|끄기/, 'the doc says how to switch the rule off');
      });
      it('has its test test/unit/rules/<id>.test.ts', () => {
        const test = path.join(repoRoot, 'test', 'unit', 'rules', `${id}.test.ts`);
        assert.ok(fs.existsSync(test), `missing ${path.relative(repoRoot, test)}`);
      });
      it('has Korean and English text for its title and every message, with the same placeholders', () => {
        const texts = [['title', rule.meta.title] as const, ...Object.entries(rule.meta.messages)];
        assert.ok(Object.keys(rule.meta.messages).length > 0, 'at least one message');
        for (const [key, text] of texts) {
          assert.ok(text.ko.trim().length > 0 && /[가-힣]/.test(text.ko), `${key}: Korean text missing`);
          assert.ok(text.en.trim().length > 0, `${key}: English text missing`);
          const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
          for (const p of placeholders(text.en)) assert.ok(placeholders(text.ko).includes(p), `${key}: {${p}} in English but not in Korean`);
        }
      });
      it('declares the file kinds it reads and a valid default severity', () => {
        assert.ok(rule.meta.kinds.length > 0);
        assert.ok(['error', 'warning', 'info', 'off'].includes(rule.meta.severity));
      });
    });
  }
});
