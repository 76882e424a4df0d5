// Review F9: three regular expressions took 8 to 14 s on ~100 KB of file text, because two
// quantifiers could match the same characters and the engine tried every way to share them.
// This test finds every regular expression written in src/core (literals and `new RegExp`,
// read with the TypeScript parser) and checks each with scslre, the analysis behind
// eslint-plugin-regexp's `no-super-linear-backtracking` and `no-super-linear-move`: it reports
// any quantifier pair that can trade characters (polynomial or exponential backtracking) and
// any unanchored pattern whose failed attempts cost more than one pass as the start moves.
// A regex may stay only when the text it is applied to is bounded, said in the list below.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import * as ts from 'typescript';
import { repoRoot } from './support';

const CORE = path.join(repoRoot, 'src', 'core');

/**
 * Patterns scslre flags that are safe where they are used, each with the reason. The key is the
 * pattern as written. Anything flagged and not listed fails the test.
 */
const BOUNDED: Record<string, string> = {
  '/0+$/': 'particles: applied to the digits found at the end of the last 200 characters before a particle (READ_TAIL).',
  '/[0-9]+$/': 'particles: applied to the last 200 characters before a particle (READ_TAIL).',
  '/[A-Za-z]+$/': 'particles: applied to the last 200 characters before a particle (READ_TAIL).',
  '/[`\'"\\]}>\\s”’」』》〉]+$/u': 'particles: applied to the last 200 characters before a particle (READ_TAIL).',
  '/(\\d+(?:\\.\\d+)?)(us|ms|s|m|h)/g': 'Compose durations: values over 64 characters are not read as durations (durationSeconds).',
};

interface Found {
  where: string;
  literal: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out.sort();
}

/** Every regex literal in src/core, and every `RegExp(…)` call (whose pattern is built at run time). */
function collect(): { literals: Found[]; built: Found[] } {
  const literals: Found[] = [];
  const built: Found[] = [];
  for (const file of sourceFiles(CORE)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${path.relative(repoRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push({ where: where(node), literal: node.getText() });
      else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') built.push({ where: where(node), literal: node.getText() });
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, built };
}

describe('robustness: regular expressions in the core (review F9)', function () {
  this.timeout(120_000);
  const { literals, built } = collect();

  it('finds the core\'s regular expressions (the scan works)', () => {
    assert.ok(literals.length > 150, `only ${literals.length} literals found`);
    assert.ok(literals.some((f) => f.where.startsWith('src/core/documents/commandsDocument.ts')));
  });

  it('no regex applied to file text can backtrack super-linearly (scslre: trade, self, move)', () => {
    const parser = new RegExpParser();
    const flagged: string[] = [];
    for (const f of literals) {
      const ast = parser.parseLiteral(f.literal);
      const { reports } = analyse(ast, { reportTypes: { Move: true, Self: true, Trade: true } });
      if (reports.length === 0 || f.literal in BOUNDED) continue;
      const kinds = [...new Set(reports.map((r) => `${r.type}${r.exponential ? ' (exponential)' : ''}`))].join(', ');
      flagged.push(`${f.where} ${f.literal}: ${kinds}`);
    }
    assert.deepStrictEqual(flagged, [], `rewrite these without overlapping quantifiers, or say in BOUNDED why their input is short:\n${flagged.join('\n')}`);
  });

  it('every pattern in the BOUNDED list is still flagged and still used (the list does not rot)', () => {
    const parser = new RegExpParser();
    for (const literal of Object.keys(BOUNDED)) {
      const uses = literals.filter((f) => f.literal === literal);
      assert.ok(uses.length > 0, `${literal} is no longer in src/core: remove it from BOUNDED`);
      const { reports } = analyse(parser.parseLiteral(literal), { reportTypes: { Move: true, Self: true, Trade: true } });
      assert.ok(reports.length > 0, `${literal} is no longer flagged: remove it from BOUNDED`);
    }
  });

  it('patterns built at run time are only the reviewed ones', () => {
    // types.ts: the `{name}` placeholder of our own templates (never file text).
    // lint/config/glob.ts: team-config globs (review F4, being replaced by a linear matcher).
    const reviewed = ['src/core/types.ts', 'src/core/lint/config/glob.ts'];
    const others = built.filter((f) => !reviewed.some((r) => f.where.startsWith(`${r}:`)));
    assert.deepStrictEqual(others.map((f) => `${f.where} ${f.literal}`), []);
  });

  it('the review\'s three patterns, on their ~100 KB inputs, answer at once', () => {
    // What they were rewritten into, through the code that uses them (each took 8–14 s).
    const started = Date.now();
    // Each call goes through the public core, so the rewritten code is what runs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require('../../../src/core') as typeof import('../../../src/core');
    const execForm = core.parseDocument(`FROM a\nRUN ["a"${' '.repeat(100_000)}x\n`, 'dockerfile');
    core.lintDocument(execForm);
    const prompt = core.parseDocument(`a@${'a'.repeat(100_000)} docker run x\n`, 'shell');
    assert.strictEqual(prompt.kind === 'commands' ? prompt.commands.length : -1, 0);
    const markdown = core.parseDocument(`\`\`\`sh\na@${'a'.repeat(100_000)} docker run x\n\`\`\`\n`, 'markdown');
    assert.strictEqual(markdown.kind === 'commands' ? markdown.commands.length : -1, 0);
    const key = core.parseDocument(`services:\n  app:\n    image: nginx\n    "${'\r'.repeat(100_000)}": x\n`, 'compose');
    core.explainAt(key, { line: 3, character: 5 }, { language: 'ko' });
    assert.ok(Date.now() - started < 3_000, `took ${Date.now() - started} ms`);
  });
});
