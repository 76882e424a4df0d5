import * as assert from 'assert';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { lintFile } from '../../../src/core/lint/lintFile';
import { resolveConfigForFile } from '../../../src/core/lint/config/resolveConfig';
import type { Rule } from '../../../src/core/lint/types';

const compose = 'services:\n  a:\n    image: nginx\n    privileged: true\n';

describe('lint engine', () => {
  it('applies severities from the config and drops rules that are off', () => {
    const doc = parseDocument(compose, 'compose');
    const found = lintDocument(doc, { config: { rules: { 'require-image-tag': { severity: 'error', options: {} }, 'no-privileged': { severity: 'off', options: {} } } } });
    assert.deepStrictEqual(found.map((d) => [d.rule, d.severity, d.range.start.line]), [['require-image-tag', 'error', 2]]);
  });

  it('a rule that throws is contained and reported, the others still run', () => {
    const broken: Rule = {
      meta: { id: 'broken', kinds: ['compose'], severity: 'warning', title: { ko: 'x', en: 'x' }, messages: {} },
      check() {
        throw new Error('boom');
      },
    };
    const ok: Rule = {
      meta: { id: 'ok', kinds: ['compose'], severity: 'warning', title: { ko: 'x', en: 'x' }, messages: { m: { ko: '값 {v}', en: 'value {v}' } } },
      check({ report }) {
        report({ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } }, messageId: 'm', data: { v: 7 } });
      },
    };
    const found = lintDocument(parseDocument(compose, 'compose'), { rules: [broken, ok] });
    assert.deepStrictEqual(found.map((d) => [d.rule, d.severity, d.message]), [
      ['broken', 'info', '규칙 broken을 실행하다 내부 오류가 났어요. 이 규칙의 결과는 빠졌어요: Error: boom'],
      ['ok', 'warning', '값 7'],
    ]);
  });

  it('messages follow the language; the config file language wins over the editor/CLI one', () => {
    const config = resolveConfigForFile('/w/compose.yaml', (p) => (p === '/w/.docker-explain.json' ? '{"language": "en"}' : undefined));
    const result = lintFile({ path: '/w/compose.yaml', doc: parseDocument(compose, 'compose'), config, language: 'ko' });
    assert.strictEqual(result.language, 'en');
    assert.match(result.diagnostics[0].message, /^The image ‘nginx’ has no tag/);
  });

  it('lintFile: a file matched by `ignore` has no diagnostics and says it was ignored', () => {
    const config = resolveConfigForFile('/w/old/compose.yaml', (p) => (p === '/w/.docker-explain.json' ? '{"ignore": ["old/"]}' : undefined));
    const result = lintFile({ path: '/w/old/compose.yaml', doc: parseDocument(compose, 'compose'), config });
    assert.deepStrictEqual([result.ignored, result.diagnostics], [true, []]);
  });
});
