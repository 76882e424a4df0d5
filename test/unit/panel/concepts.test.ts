import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CONCEPT_IDS, allConcepts, getConcept, isConceptId } from '../../../src/core/knowledge/concepts';
import { flowTexts, layoutFlow, mapFlow } from '../../../src/core/knowledge/concepts/flowLayout';
import { pick } from '../../../src/core/types';
import { panelText } from '../../../src/core/knowledge/concepts/panelText';
import { allTopics } from '../../../src/core/knowledge';
import { allRules } from '../../../src/core/lint/rules';
import { conceptPage, initMessage } from '../../../src/worker/panelContent';
import type { Localized } from '../../../src/core/types';

const ROOT = path.resolve(__dirname, '../../../..');

function both(l: Localized | undefined, where: string): void {
  assert.ok(l, `${where}: missing`);
  assert.ok(l.ko.trim().length > 0, `${where}: empty Korean`);
  assert.ok(l.en.trim().length > 0, `${where}: empty English`);
}


describe('panel: concept library', () => {
  it('has exactly the 14 concept ids hovers link to, in learning order', () => {
    assert.deepStrictEqual(
      allConcepts().map((c) => c.id),
      [...CONCEPT_IDS],
    );
    assert.strictEqual(CONCEPT_IDS.length, 14);
    assert.ok(isConceptId('layers'));
    assert.ok(!isConceptId('Layers'));
    assert.ok(!isConceptId('<script>'));
  });

  for (const concept of allConcepts()) {
    describe(concept.id, () => {
      it('has Korean and English title, summary, sections and example caption', () => {
        both(concept.title, 'title');
        both(concept.summary, 'summary');
        assert.ok(concept.sections.length >= 2, 'at least two sections');
        concept.sections.forEach((s, i) => {
          both(s.body, `section ${i}`);
          if (s.heading) both(s.heading, `section ${i} heading`);
        });
        both(concept.example.caption, 'example caption');
        assert.ok(concept.example.code.trim().split('\n').length >= 1);
      });

      it('has a diagram whose every label exists in both languages and stays inside the picture', () => {
        const d = concept.diagram;
        for (const l of flowTexts(d)) both(l, `diagram text ${JSON.stringify(l)}`);
        for (const lang of ['ko', 'en'] as const) {
          const drawing = layoutFlow(mapFlow(d, (l) => pick(l, lang)), 300);
          assert.ok(drawing.shapes.filter((s) => s.kind === 'box' && !s.group).length >= 3, 'at least three boxes');
          for (const shape of drawing.shapes) {
            const points = shape.kind === 'box' ? [[shape.x, shape.y], [shape.x + shape.w, shape.y + shape.h]] : shape.kind === 'arrow' ? shape.points : [[shape.text.x, shape.text.y]];
            for (const [x, y] of points) assert.ok(x >= 0 && x <= drawing.width && y >= 0 && y <= drawing.height, `${lang}: ${shape.kind} outside ${drawing.width}x${drawing.height}`);
          }
        }
      });

      it('links to existing related concepts and to Docker\'s documentation', () => {
        assert.ok(concept.related.length >= 2);
        for (const id of concept.related) {
          assert.ok(getConcept(id), `related ${id} exists`);
          assert.notStrictEqual(id, concept.id);
        }
        assert.ok(concept.docs.length >= 1);
        for (const d of concept.docs) assert.match(d.url, /^https:\/\/docs\.docker\.com\//);
      });
    });
  }

  it('every concept a hover topic points to exists', () => {
    for (const topic of allTopics()) {
      if (topic.concept !== undefined) assert.ok(isConceptId(topic.concept), `${topic.id} → ${topic.concept}`);
    }
  });

  it('states the facts the seeds got wrong the right way round', () => {
    const ko = (id: string) => {
      const c = getConcept(id);
      assert.ok(c);
      return [c.summary.ko, ...c.sections.map((s) => s.body.ko)].join('\n');
    };
    // A -v source without / or ./ is a volume name, and usr/html is not a valid one.
    assert.match(ko('volumes'), /`-v usr\/html:\/x`는 볼륨 이름에 `\/`가 들어가서 오류가 나요/);
    // Docker Desktop keeps volumes inside its VM.
    assert.match(ko('volumes'), /Docker Desktop에서는 그 경로가 Docker Desktop의 리눅스 가상 머신 안에/);
    // -d and -p belong to docker run.
    assert.match(ko('build-push-pull-run'), /`-d`, `-p` 같은 옵션은 `docker run`의 것이에요/);
    // Sizes: tens of MB are small images, not containers.
    assert.match(ko('containers-vs-vms'), /작은 이미지는 수십 MB/);
    // EXPOSE publishes nothing; host:container order.
    assert.match(ko('ports'), /`EXPOSE 80`은 .*포트를 게시하지 않아요/);
    assert.match(ko('ports'), /호스트 포트 8080 → 컨테이너 포트 80/);
    // down -v removes named volumes; down alone keeps them.
    assert.match(ko('compose'), /`docker compose down`: 서비스의 컨테이너와 네트워크.*를 지워요. 이름 있는 볼륨, 익명 볼륨, 이미지는 남아요/);
    // No example teaches a build flag that belongs to run.
    for (const c of allConcepts()) assert.doesNotMatch(c.example.code, /docker build[^\n]*\s-(d|p)\s/);
  });

  it('resolves a page to one language with no Localized left', () => {
    const page = conceptPage(getConcept('layers')!, 'en');
    assert.strictEqual(page.title, 'Layers and the build cache');
    const json = JSON.stringify(page);
    assert.ok(!json.includes('"ko":'), 'no Korean records in an English page');
    assert.deepStrictEqual(page.related.map((r) => r.id), ['images-containers', 'multi-stage', 'build-push-pull-run']);
    assert.strictEqual(page.related[0].title, 'Images and containers');
    const ko = conceptPage(getConcept('layers')!, 'ko');
    assert.strictEqual(ko.title, '레이어와 빌드 캐시');
    assert.ok(flowTexts(ko.diagram).includes('캐시 사용'));
  });

  it('has every panel text in both languages', () => {
    for (const [key, value] of Object.entries(panelText)) both(value, key);
  });
});

describe('panel: rule pages', () => {
  it('lists every rule, sorted, with its title in the chosen language', () => {
    const init = initMessage('ko', allRules);
    assert.strictEqual(init.type, 'init');
    if (init.type !== 'init') return;
    assert.deepStrictEqual(
      init.rules.map((r) => r.id),
      allRules.map((r) => r.meta.id).sort((a, b) => a.localeCompare(b)),
    );
    for (const r of init.rules) {
      const rule = allRules.find((x) => x.meta.id === r.id)!;
      assert.strictEqual(r.title, rule.meta.title.ko);
    }
    const dup = init.rules.find((r) => r.id === 'no-duplicate-host-port');
    assert.ok(dup);
    assert.deepStrictEqual(dup.equivalents, ['dclint no-duplicate-exported-ports']);
    assert.strictEqual(init.concepts.length, 14);
  });

  it('every rule has the doc page the panel and the diagnostic code link open', () => {
    const missing = allRules.map((r) => r.meta.id).filter((id) => !fs.existsSync(path.join(ROOT, 'docs', 'rules', `${id}.md`)));
    assert.deepStrictEqual(missing, []);
  });
});
