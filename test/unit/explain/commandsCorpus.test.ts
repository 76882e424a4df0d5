import * as assert from 'assert';
import * as fs from 'fs';
import { findDockerCommands, parseCommands } from '../../../src/core/documents/commandsDocument';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { fileKindOf } from '../../../src/core/documents/fileKind';
import { explainShellTextAt } from '../../../src/core/explain/explainCommands';
import { explainCommands } from '../../../src/core/explain/explainCommands';
import { lintDocument } from '../../../src/core/lint/engine';
import { corpusRoot, listFiles } from '../../helpers/paths';

// The corpus holds Dockerfiles and Compose files only. It still tests the command side: RUN
// lines are shell text (the Dockerfile hover hands them to explainShellTextAt), and whole files
// read as shell or Markdown must neither crash nor invent docker commands.
const files = fs.existsSync(corpusRoot) ? listFiles(corpusRoot).filter((f) => fileKindOf(f) !== undefined) : [];

describe('docker commands over the corpus', () => {
  it('has corpus files', () => assert.ok(files.length > 100, String(files.length)));

  it('finds no docker command in any RUN line (they hold none: no false detection)', () => {
    const found: string[] = [];
    let runs = 0;
    for (const file of files.filter((f) => fileKindOf(f) === 'dockerfile')) {
      const doc = parseDockerfile(fs.readFileSync(file, 'utf8'));
      for (const instruction of doc.ast.getInstructions()) {
        if (instruction.getKeyword().toUpperCase() !== 'RUN') continue;
        runs++;
        const range = instruction.getArgumentsRange();
        if (!range) continue;
        const text = doc.text.slice(doc.lines.offsetAt(range.start), doc.lines.offsetAt(range.end));
        for (const cmd of findDockerCommands(text)) found.push(`${file}: ${cmd.words.map((w) => w.value).join(' ')}`);
        // Hover at word starts (up to 60 per RUN, spread over it): never throws, and says
        // nothing outside docker commands.
        const starts = [...text.matchAll(/(?:^|\s)(?=\S)/g)].map((m) => m.index + m[0].length);
        const step = Math.max(1, Math.ceil(starts.length / 60));
        for (let k = 0; k < starts.length; k += step) {
          assert.strictEqual(explainShellTextAt(text, starts[k], { language: 'ko' }), null, `${file} @${starts[k]}`);
        }
      }
    }
    assert.ok(runs > 200, String(runs));
    assert.deepStrictEqual(found, []);
  });

  it('reads every corpus file as shell and as Markdown without throwing, and lints it quietly', () => {
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const kind of ['shell', 'markdown'] as const) {
        const doc = parseCommands(text, kind);
        for (let line = 0; line < doc.lines.lineCount; line += 3) explainCommands(doc, { line, character: 2 }, { language: 'en' });
        const diagnostics = lintDocument(doc).filter((d) => d.message.includes('내부 오류') || d.message.includes('failed internally'));
        assert.deepStrictEqual(diagnostics, [], file);
      }
    }
  });
});
