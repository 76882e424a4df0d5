import * as assert from 'assert';
import { GLOSSARY, glossaryTerm } from '../../../src/core/knowledge/glossary';
import { sourceProblem } from '../../../src/core/knowledge/sources';

// The glossary is data the panel shows and the style test enforces: every term complete, with
// a source, and its avoided words real patterns that never match the chosen word itself.
describe('glossary', () => {
  it('has unique kebab-case ids', () => {
    const ids = GLOSSARY.map((t) => t.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
  });
  for (const term of GLOSSARY) {
    it(`${term.id}: Korean, English, a one-line definition in both, well-formed sources`, () => {
      assert.ok(term.ko.trim() && term.en.trim());
      assert.match(term.definition.ko, /[가-힣].*요(\([^)]*\))?\.$/, 'a Korean sentence in 해요체');
      assert.ok(term.definition.en.trim().endsWith('.'));
      assert.ok(term.sources.length > 0);
      for (const url of term.sources) assert.strictEqual(sourceProblem(url), null, url);
    });
    it(`${term.id}: the words it avoids never match its own word`, () => {
      for (const pattern of term.avoid ?? []) assert.ok(!new RegExp(pattern).test(term.ko), `${pattern} matches ${term.ko}`);
    });
  }
  it('one word per meaning: 저장소 is a repository, storage is 스토리지, a capability is 케이퍼빌리티', () => {
    assert.strictEqual(glossaryTerm('repository')?.ko, '저장소');
    assert.strictEqual(glossaryTerm('storage')?.ko, '스토리지');
    assert.strictEqual(glossaryTerm('capability')?.ko, '케이퍼빌리티');
    assert.ok(GLOSSARY.filter((t) => t.ko === '저장소').length === 1);
  });
  it('publish is 게시, and "포트 공개" is listed as a variant learners meet', () => {
    const publish = glossaryTerm('publish');
    assert.strictEqual(publish?.ko, '게시');
    assert.ok(publish?.variants?.includes('포트 공개'));
    assert.ok(publish?.avoid?.some((p) => new RegExp(p).test('포트 공개')));
  });
  it('"Docker" is written in Latin letters, never 도커', () => {
    assert.ok(glossaryTerm('docker')?.avoid?.includes('도커'));
  });
});
