import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileKindOf } from '../../../src/core/documents/fileKind';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { explainDockerfile } from '../../../src/core/explain/explainDockerfile';
import { layerStacks } from '../../../src/core/model/layers';
import { missingTemplates } from '../../../src/core/explain/dockerfile/say';
import type { Language, Position } from '../../../src/core/types';

// From out/test/unit/explain up to the repo root, then ../shared/corpus next to the repo.
const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus');

function dockerfilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...dockerfilesUnder(full));
    else if (fileKindOf(full) === 'dockerfile') out.push(full);
  }
  return out.sort();
}

/** Every text problem a hover must never show: an unfilled placeholder, an unresolved particle pair, an empty fact. */
export function hoverDefects(markdown: string): string[] {
  const defects: string[] = [];
  if (!markdown.trim()) defects.push('empty');
  // User text is shown in code spans and may hold `${VAR}`; only our own text must be filled.
  const ownText = markdown.replace(/``[^`]*``|`[^`]*`/g, '');
  const placeholder = /\{[a-zA-Z]+\}/.exec(ownText);
  if (placeholder) defects.push(`placeholder ${placeholder[0]}`);
  if (/(은\/는|이\/가|을\/를|으로\/로|이에요\/예요)/.test(markdown)) defects.push('particle pair');
  if (/^- \s*$/m.test(markdown)) defects.push('empty fact');
  return defects;
}

describe('Dockerfile hovers over the corpus', () => {
  const files = dockerfilesUnder(CORPUS);

  it('finds Dockerfiles in the corpus', () => {
    assert.ok(files.length >= 10, `only ${files.length} Dockerfiles under ${CORPUS}`);
  });

  for (const lang of ['ko', 'en'] as Language[]) {
    it(`gives every instruction keyword a non-empty hover without defects (${lang})`, function () {
      this.timeout(120000);
      let keywords = 0;
      const problems: string[] = [];
      for (const file of files) {
        const doc = parseDockerfile(fs.readFileSync(file, 'utf8'));
        for (const instruction of doc.ast.getInstructions()) {
          const pos = instruction.getInstructionRange().start;
          keywords++;
          const hover = explainDockerfile(doc, pos, { language: lang });
          const where = `${path.relative(CORPUS, file)}:${pos.line + 1} ${instruction.getKeyword()}`;
          if (!hover) problems.push(`${where}: no hover`);
          else for (const d of hoverDefects(hover.markdown)) problems.push(`${where}: ${d}`);
        }
      }
      assert.ok(keywords > 100, `only ${keywords} instructions`);
      assert.deepStrictEqual(problems.slice(0, 20), []);
    });
  }

  it('hovers every word of every Dockerfile (flags, options, variables, values) without throwing or defects', function () {
    this.timeout(300000);
    const problems: string[] = [];
    let hovers = 0;
    for (const file of files) {
      const doc = parseDockerfile(fs.readFileSync(file, 'utf8'));
      assert.doesNotThrow(() => layerStacks(doc));
      for (let line = 0; line < doc.lines.lineCount; line++) {
        const text = doc.lines.lineText(line);
        // The start of every word and of every value after `=`, `,`, `:`, `$` or `@`.
        const starts = [...text.matchAll(/(?:^|[\s=,:$@])(?=\S)/g)].map((m) => m.index + m[0].length);
        for (const character of new Set(starts)) {
          const pos: Position = { line, character };
          const hover = explainDockerfile(doc, pos, { language: 'ko' });
          if (!hover) continue;
          hovers++;
          for (const d of hoverDefects(hover.markdown)) problems.push(`${path.relative(CORPUS, file)}:${line + 1}:${character + 1}: ${d}`);
        }
      }
    }
    assert.ok(hovers > 1000, `only ${hovers} hovers`);
    assert.deepStrictEqual(problems.slice(0, 20), []);
    assert.deepStrictEqual([...missingTemplates], [], 'templates the finders asked for but the knowledge lacks');
  });
});
