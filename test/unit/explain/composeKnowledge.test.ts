import * as assert from 'assert';
import { allTopics, getTopic } from '../../../src/core/knowledge';
import { ROOT } from '../../../src/core/explain/compose/schema';
import type { Spec } from '../../../src/core/explain/compose/schema';

// The Compose knowledge is data: every topic the schema table points at must exist, and every
// text must exist in Korean and English (English may be shorter, never empty).

const CONCEPTS = ['images-containers', 'layers', 'volumes', 'networks', 'ports', 'isolation', 'compose', 'env-args', 'cmd-entrypoint', 'multi-stage', 'build-push-pull-run'];

function specTopics(spec: Spec, out = new Set<string>(), seen = new Set<Spec>()): Set<string> {
  if (seen.has(spec)) return out;
  seen.add(spec);
  out.add(spec.topic);
  for (const child of Object.values(spec.keys ?? {})) specTopics(child, out, seen);
  for (const child of Object.values(spec.itemKeys ?? {})) specTopics(child, out, seen);
  if (spec.names) specTopics(spec.names, out, seen);
  return out;
}

describe('Compose knowledge', () => {
  const compose = allTopics().filter((t) => t.id.startsWith('compose.'));

  it('every topic of the schema table exists', () => {
    const ids = [...specTopics(ROOT)];
    assert.ok(ids.length > 150, `only ${ids.length} topics in the table`);
    assert.deepStrictEqual(ids.filter((id) => !getTopic(id)), []);
  });

  it('every text has Korean and English, every topic a docs link and a known concept', () => {
    for (const topic of compose) {
      const texts = [topic.title, topic.summary, topic.body, topic.why, ...Object.values(topic.templates ?? {})].filter((t) => t !== undefined);
      for (const t of texts) {
        assert.ok(t.ko.trim() && t.en.trim(), `${topic.id}: empty text ${JSON.stringify(t)}`);
        // Placeholders must match between the languages, or one of them would show `{x}`.
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        assert.deepStrictEqual(names(t.en).filter((n) => !names(t.ko).includes(n)), [], `${topic.id}: ${t.en}`);
      }
      assert.match(topic.docs ?? '', /^https:\/\/docs\.docker\.com\//, topic.id);
      if (topic.concept) assert.ok(CONCEPTS.includes(topic.concept), `${topic.id}: concept ${topic.concept}`);
    }
  });

  it('uses the project vocabulary, not its near-synonyms', () => {
    // DESIGN.md: one word for one thing (볼륨, 바인드 마운트, 포트 게시, 재시작 정책, 헬스체크…).
    const banned = [/퍼블리시/, /바인드마운트/, /네임드 볼륨/, /헬스 체크/, /리스타트/, /컨테이너를 구동/];
    for (const topic of compose) {
      const ko = [topic.summary.ko, topic.why?.ko ?? '', ...Object.values(topic.templates ?? {}).map((t) => t.ko)].join('\n');
      for (const b of banned) assert.ok(!b.test(ko), `${topic.id}: ${b}`);
    }
  });
});
