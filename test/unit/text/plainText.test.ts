import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { fileKindOf } from '../../../src/core/documents/fileKind';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { allRules } from '../../../src/core/lint/rules';
import { plainFromMarkdown } from '../../../src/core/text/plain';
import { corpusRoot, listFiles, repoRoot } from '../../helpers/paths';

// Issue 14 item 1: VS Code shows diagnostic messages, quick-fix titles, notifications and quick
// picks as plain text, and so do the CLI's JSON and SARIF `message.text`: a Markdown code mark
// there is a literal backtick on the user's screen. Values are quoted ‘like this’ instead. This
// test reads every template where it is written (so a branch no fixture reaches is still
// checked), then every message the rules really produce on the fixtures, the examples and the
// shared corpus (so a value that carries its own Markdown is caught too).

/** The Markdown constructs in `text`, by name; empty when it reads the same as plain text. */
function markdownIn(text: string): string[] {
  const found: string[] = [];
  if (text.includes('`')) found.push('code mark (`)');
  if (/\*\*[^*\s]/.test(text) && text.split('**').length > 2) found.push('bold (**)');
  if (/\]\((?:https?:|command:|\.{0,2}\/|#)/.test(text)) found.push('link [..](..)');
  if (/<\/?(?:code|b|i|em|strong|br|a|p|kbd)(?:\s|>)/i.test(text)) found.push('HTML tag');
  if (/^\s{0,3}#{1,6} /m.test(text)) found.push('heading (#)');
  return found;
}

/** Text parts of a string or template literal (the `${…}` expressions left out). */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('${…}');
  return undefined;
}

function tsFiles(dir: string): string[] {
  return listFiles(dir).filter((f) => f.endsWith('.ts'));
}

interface Written {
  where: string;
  text: string;
}

/**
 * The plain-text templates written in `files`: values of `ko`/`en`/`title` properties, the first
 * argument of `fill(…)`, and (with `hangul`) any literal holding Korean text.
 */
function writtenTemplates(files: string[], hangul: boolean): Written[] {
  const out: Written[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${path.relative(repoRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      const text = literalText(node);
      if (text !== undefined) {
        const parent = node.parent;
        const keyed = ts.isPropertyAssignment(parent) && parent.initializer === node && ['ko', 'en', 'title'].includes(parent.name.getText(source));
        const filled = ts.isCallExpression(parent) && parent.arguments[0] === node && parent.expression.getText(source) === 'fill';
        if (keyed || filled || (hangul && /[\uac00-\ud7a3]/.test(text))) out.push({ where: where(node), text });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

function offending(items: Written[]): string[] {
  return items.flatMap(({ where, text }) => {
    const found = markdownIn(text);
    return found.length ? [`${where}: ${found.join(', ')}: ${text}`] : [];
  });
}

describe('plain text where VS Code shows plain text (issue 14 item 1)', function () {
  this.timeout(120_000);

  it('every rule title and message template, in both languages, has no Markdown', () => {
    const bad: string[] = [];
    for (const rule of allRules) {
      const texts = [['title', rule.meta.title] as const, ...Object.entries(rule.meta.messages)];
      for (const [key, text] of texts) {
        for (const lang of ['ko', 'en'] as const) {
          const found = markdownIn(text[lang]);
          if (found.length) bad.push(`${rule.meta.id} ${key} (${lang}): ${found.join(', ')}: ${text[lang]}`);
        }
      }
    }
    assert.deepStrictEqual(bad, [], 'write these as plain text: a value is quoted ‘like this’ or not at all');
  });

  it('every template written in the lint code (rules, quick-fix titles, related notes, config problems) has no Markdown', () => {
    const written = writtenTemplates(tsFiles(path.join(repoRoot, 'src', 'core', 'lint')), false);
    assert.ok(written.length > 300, `found only ${written.length} templates: the scan lost its way`);
    assert.deepStrictEqual(offending(written), []);
  });

  it('every text of the extension host (quick fixes, notifications, quick picks, prompts) has no Markdown', () => {
    // The host renders no Markdown of its own: hovers and panel pages come from the worker.
    const written = writtenTemplates(tsFiles(path.join(repoRoot, 'src', 'extension')), true);
    assert.ok(written.length > 5, `found only ${written.length} texts`);
    assert.deepStrictEqual(offending(written), []);
  });

  it('package.nls and l10n bundles: titles and setting descriptions have no Markdown', () => {
    const bad: string[] = [];
    const files = ['package.nls.json', 'package.nls.ko.json', ...fs.readdirSync(path.join(repoRoot, 'l10n')).map((f) => path.join('l10n', f))];
    for (const file of files) {
      const strings = JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8')) as Record<string, string>;
      for (const [key, value] of Object.entries(strings)) {
        // Walkthrough step descriptions render Markdown links (VS Code's own syntax for their buttons).
        if (/^walkthrough\..*description$/.test(key)) continue;
        const found = markdownIn(value);
        if (found.length) bad.push(`${file} ${key}: ${found.join(', ')}: ${value}`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  it('every message, quick-fix title and related note the rules produce on real files has no Markdown', () => {
    const roots = [path.join(repoRoot, 'test', 'fixtures'), path.join(repoRoot, 'examples'), corpusRoot].filter((r) => fs.existsSync(r));
    const bad: string[] = [];
    let produced = 0;
    for (const file of roots.flatMap((r) => listFiles(r))) {
      const kind = fileKindOf(file);
      if (!kind) continue;
      const text = fs.readFileSync(file, 'utf8');
      if (text.length > 200_000) continue;
      const doc = parseDocument(text, kind);
      for (const language of ['ko', 'en'] as const) {
        for (const d of lintDocument(doc, { language })) {
          const texts = [d.message, ...d.fixes.map((f) => f.title), ...(d.related ?? []).map((r) => r.message)];
          for (const t of texts) {
            produced++;
            // A backtick the file itself holds (shell command substitution in a RUN) is a value, not Markdown.
            const found = markdownIn(t.replace(/`[^`]*`/g, (span) => (text.includes(span) ? '' : span)));
            if (found.length) bad.push(`${path.relative(repoRoot, file)}:${d.range.start.line + 1} ${d.rule} (${language}): ${found.join(', ')}: ${t}`);
          }
        }
      }
    }
    assert.ok(produced > 200, `only ${produced} texts produced: the fixtures moved?`);
    assert.deepStrictEqual(bad.slice(0, 20), []);
  });

  it('plainFromMarkdown turns code spans into ‘quotes’ and drops bold marks, leaving unpaired marks alone', () => {
    const table: [string, string][] = [
      ['셸 `/bin/sh`이 PID 1이에요', '셸 ‘/bin/sh’이 PID 1이에요'],
      ['`docker stop`은 **10초** 기다려요', '‘docker stop’은 10초 기다려요'],
      ['no marks', 'no marks'],
      ['one ` mark', 'one ` mark'],
      ['`a` and `b', '‘a’ and `b'],
    ];
    for (const [input, expected] of table) assert.strictEqual(plainFromMarkdown(input), expected, input);
  });
});
