import * as assert from 'assert';
import { search, normalize } from '../../../src/core/knowledge/concepts/search';
import { initMessage } from '../../../src/worker/panelContent';
import { allRules } from '../../../src/core/lint/rules';
import type { SearchEntry } from '../../../src/core/knowledge/concepts/search';

// The same index the webview builds from the init message.
function entries(lang: 'ko' | 'en'): SearchEntry[] {
  const init = initMessage(lang, allRules);
  if (init.type !== 'init') throw new Error('init');
  return [
    ...init.concepts.map((c) => ({ kind: 'concept' as const, id: c.id, title: c.title, text: [c.summary, ...c.sections.map((s) => `${s.heading ?? ''} ${s.body}`), ...c.keywords].join(' ') })),
    ...init.rules.map((r) => ({ kind: 'rule' as const, id: r.id, title: r.title, text: [...r.kinds, ...r.equivalents].join(' ') })),
  ];
}

describe('panel: search', () => {
  const ko = entries('ko');

  it('finds a concept by its Korean title first', () => {
    assert.strictEqual(search(ko, '볼륨')[0].entry.id, 'volumes');
    assert.strictEqual(search(ko, '멀티 스테이지')[0].entry.id, 'multi-stage');
  });

  it('finds concepts by English keywords and flags', () => {
    assert.strictEqual(search(ko, 'veth')[0].entry.id, 'networks');
    assert.strictEqual(search(ko, 'cgroup')[0].entry.id, 'isolation');
    assert.strictEqual(search(ko, 'ENTRYPOINT')[0].entry.id, 'cmd-entrypoint');
  });

  it('finds rules by id and by the other linters\' names', () => {
    assert.strictEqual(search(ko, 'no-duplicate-host-port')[0].entry.kind, 'rule');
    assert.ok(search(ko, 'dclint').some((h) => h.entry.id === 'no-duplicate-host-port'));
  });

  it('needs every term, and ignores case and backticks', () => {
    assert.deepStrictEqual(search(ko, 'veth zzzz-nothing'), []);
    assert.deepStrictEqual(search(ko, '   '), []);
    assert.strictEqual(normalize('`EXPOSE` 80'), 'expose 80');
    assert.ok(search(ko, 'expose').some((h) => h.entry.id === 'ports'));
  });
});
