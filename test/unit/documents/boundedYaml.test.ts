import * as assert from 'assert';
import { parseAllDocuments, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { MAX_YAML_DEPTH, parseYamlBounded } from '../../../src/core/documents/boundedYaml';
import { parseCompose, TOO_DEEP } from '../../../src/core/documents/composeDocument';
import { corpusFiles } from '../robustness/support';

// Review F1/F5: YAML nested a few thousand levels deep made the yaml package's recursive
// composer abort the process (a V8 fatal error, not an exception). parseYamlBounded measures
// the depth on the parser's own token stack before the composer runs.

const OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: false } as const;

function summary(doc: Document.Parsed) {
  return {
    value: plain(doc),
    errors: doc.errors.map((e) => [e.code, e.pos]).sort((a, b) => String(a).localeCompare(String(b))),
    warnings: doc.warnings.map((w) => [w.code, w.pos]),
    range: doc.range,
  };
}

function plain(doc: Document.Parsed): string {
  try {
    return JSON.stringify(doc.toJS({ maxAliasCount: 100 }));
  } catch (err) {
    return `throws ${err instanceof Error ? err.message : String(err)}`;
  }
}

const nestedBlock = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' x\n';

describe('bounded YAML parsing (review F1, F5)', () => {
  it('gives the very documents parseAllDocuments gives, on every corpus Compose file and odd shapes', () => {
    const texts = corpusFiles().filter((f) => f.kind === 'compose').map((f) => f.text);
    assert.ok(texts.length > 20, 'the corpus is missing');
    texts.push('', '# only a comment\n', '---\na: 1\n---\nb: 2\n', 'a: [1, 2\n', 'a: "x\n', '%YAML 1.2\n---\na: 1\n...\n', 'a: 1\na: 2\n', 'a: 1\n"a": 2\n1: x\n"1": y\n1: z\n? [a]\n: 1\n? [a]\n: 2\n', '{a: 1, a: 2, b: {c: 1, c: 2}}\n', '[a: 1, a: 2]\n', 'x: &k a\n*k : 1\na: 2\n', '<<: *x\n<<: *y\n', 'a:\n  - b: 1\n    b: 2\n', 'a: *nope\n', '\ufeffa: 1\n', 'a:\n\t- x\n');
    for (const text of texts) {
      const bounded = parseYamlBounded(text, OPTIONS);
      assert.ok(bounded.ok, text.slice(0, 80));
      const all = parseAllDocuments(text, OPTIONS);
      // An empty stream: parseDocument's one empty document.
      const expected = Array.isArray(all) && all.length > 0 ? all : [parseDocument(text, OPTIONS)];
      assert.deepStrictEqual(bounded.documents.map(summary), expected.map(summary), text.slice(0, 80));
    }
  });

  const cases: { name: string; text: (n: number) => string; deep: boolean }[] = [
    { name: 'flow sequences [[[…', text: (n) => '['.repeat(n), deep: true },
    { name: 'flow mappings {{{…', text: (n) => '{'.repeat(n), deep: true },
    { name: 'closed flow sequences', text: (n) => `a: ${'['.repeat(n)}1${']'.repeat(n)}\n`, deep: true },
    { name: 'flow pairs "":":"… (review F5)', text: (n) => `ports: [${'"":'.repeat(n)}]\n`, deep: true },
    { name: 'compact block sequences - - - …', text: (n) => `${'- '.repeat(n)}x\n`, deep: true },
    { name: 'explicit keys ? ? ? …', text: (n) => `${'? '.repeat(n)}x\n`, deep: true },
    { name: 'indented block mappings', text: nestedBlock, deep: true },
    { name: 'brackets inside a double-quoted scalar', text: (n) => `a: "${'['.repeat(n)}"\n`, deep: false },
    { name: 'brackets inside a single-quoted scalar', text: (n) => `a: '${'{'.repeat(n)}'\n`, deep: false },
    { name: 'brackets inside a comment', text: (n) => `a: 1 # ${'['.repeat(n)}\n`, deep: false },
    { name: 'brackets inside a block scalar', text: (n) => `a: |\n  ${'['.repeat(n)}\n`, deep: false },
    { name: 'brackets inside a plain scalar', text: (n) => `a: b${'['.repeat(n)}\n`, deep: false },
    { name: 'a long flat flow sequence', text: (n) => `a: [${'1, '.repeat(n)}1]\n`, deep: false },
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.deep ? `parsed at ${MAX_YAML_DEPTH} levels, refused past them` : 'text, not levels: parsed at any length'}`, () => {
      const below = parseYamlBounded(c.text(MAX_YAML_DEPTH - 2), OPTIONS);
      assert.ok(below.ok, 'refused below the limit');
      const above = c.text(MAX_YAML_DEPTH * 40);
      const result = parseYamlBounded(above, OPTIONS);
      assert.strictEqual(result.ok, !c.deep);
      if (!result.ok) {
        assert.strictEqual(result.tooDeep.limit, MAX_YAML_DEPTH);
        // The refusal comes where the limit is passed, not at the end of the text.
        assert.ok(result.tooDeep.offset < above.length / 10, `refused at ${result.tooDeep.offset} of ${above.length}`);
      }
    });
  }

  it('the review\'s payloads: 2,000 [ / --- / 8,000 [ (10 KB), 16,000 [ / --- / 32,000 [ and 4,000 "":":" give one problem at their place', () => {
    const payloads = [
      '['.repeat(2_000) + '\n---\n' + '['.repeat(8_000),
      '['.repeat(16_000) + '\n---\n' + '['.repeat(32_000),
      'services:\n  a:\n    ports: [' + '"":'.repeat(4_000) + ']\n',
      'services:\n  a:\n    ports: [' + '"":'.repeat(16_000) + ']\n',
    ];
    for (const text of payloads) {
      const doc = parseCompose(text);
      assert.deepStrictEqual(doc.problems.map((p) => p.code), [TOO_DEEP]);
      assert.deepStrictEqual(doc.services, []);
      const at = doc.lines.offsetAt(doc.problems[0].range.start);
      assert.ok(at > 0 && at < 2_000, `at offset ${at}`);
    }
    // The first level past the limit is where the problem is: `[` number MAX_YAML_DEPTH + 1.
    const flat = parseCompose('['.repeat(10_000));
    assert.deepStrictEqual(flat.problems[0].range.start, { line: 0, character: MAX_YAML_DEPTH });
  });
});
