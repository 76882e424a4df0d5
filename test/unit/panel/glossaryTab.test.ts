import * as assert from 'assert';
import { initMessage } from '../../../src/worker/panelContent';
import { parseHostMessage } from '../../../src/extension/panel/protocol';
import { search } from '../../../src/core/knowledge/concepts/search';
import { GLOSSARY } from '../../../src/core/knowledge/glossary';
import { allRules } from '../../../src/core/lint/rules';

// The 용어집 tab: what the webview receives for it, and the search it runs over those entries
// (the same entries main.ts builds: title "ko en", text definition and variants).
describe('panel: 용어집 (glossary) tab', () => {
  for (const lang of ['ko', 'en'] as const) {
    it(`${lang}: the init message carries every term, resolved to one language, and passes validation`, () => {
      const init = initMessage(lang, allRules);
      assert.ok(init.type === 'init');
      assert.strictEqual(init.glossary.length, GLOSSARY.length);
      const publish = init.glossary.find((t) => t.id === 'publish');
      assert.deepStrictEqual(publish && { ko: publish.ko, en: publish.en }, { ko: '게시', en: 'publish' });
      assert.strictEqual(publish?.definition, lang === 'ko' ? GLOSSARY.find((t) => t.id === 'publish')?.definition.ko : GLOSSARY.find((t) => t.id === 'publish')?.definition.en);
      assert.ok(publish?.sources.every((u) => u.startsWith('https://')));
      assert.ok(parseHostMessage(JSON.parse(JSON.stringify(init))), 'the webview accepts it');
      assert.strictEqual(parseHostMessage({ ...init, glossary: undefined }), undefined, 'an init without the glossary is refused');
    });
  }

  const init = initMessage('ko', allRules);
  const entries = init.type === 'init' ? init.glossary.map((t) => ({ kind: 'term' as const, id: t.id, title: `${t.ko} ${t.en}`, text: [t.definition, ...t.variants].join(' ') })) : [];
  const rows: [string, string][] = [
    ['게시', 'publish'],
    ['publish', 'publish'],
    ['포트 공개', 'publish'], // the variant learners meet in translated guides finds our word
    ['capability', 'capability'],
    ['능력', 'capability'],
    ['저장소', 'repository'],
    ['storage', 'storage'],
    ['cgroup', 'cgroup'],
  ];
  for (const [query, id] of rows) {
    it(`"${query}" finds ${id} first`, () => assert.strictEqual(search(entries, query)[0]?.entry.id, id));
  }
});
