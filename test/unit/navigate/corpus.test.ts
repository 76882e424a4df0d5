import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileKindOf } from '../../../src/core/documents/fileKind';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { SymbolIndex, composeLinks, composeOutline, definitionsAt, dockerfileFolding, dockerfileLinks, dockerfileOutline, referencesAt } from '../../../src/core/navigate';

// Every real file of the shared corpus: the index, the outline, folding and links build without
// a throw, every reference in a file has a definition somewhere unless the name is one Docker
// supplies (an image's ENV, a network called `default`, an external resource), and every
// definition's references include itself.

const CORPUS = path.resolve(__dirname, '../../../../..', 'shared', 'corpus');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('navigate: the shared corpus', () => {
  const all = fs.existsSync(CORPUS) ? files(CORPUS) : [];
  it('has files to read', () => assert.ok(all.length > 50, CORPUS));
  for (const file of all) {
    const kind = fileKindOf(file);
    if (kind !== 'dockerfile' && kind !== 'compose') continue;
    it(path.relative(CORPUS, file), () => {
      const doc = parseDocument(fs.readFileSync(file, 'utf8'), kind);
      const index = new SymbolIndex([{ path: file, doc }]);
      if (doc.kind === 'dockerfile') {
        dockerfileOutline(doc);
        dockerfileFolding(doc);
        dockerfileLinks(doc);
      } else if (doc.kind === 'compose') {
        composeOutline(doc);
        composeLinks(doc, file);
      }
      for (const o of index.inFile(file)) {
        const refs = referencesAt(index, file, o.range.start);
        assert.ok(refs.some((r) => r.range.start.line === o.range.start.line && r.range.start.character === o.range.start.character), `${o.kind} ${o.name} line ${o.range.start.line + 1} is not among its own references`);
        if (o.role === 'reference' && o.kind !== 'stage') assert.ok(definitionsAt(index, file, o.range.start).length > 0 || o.kind !== 'variable', `$${o.name} line ${o.range.start.line + 1} has no definition`);
      }
    });
  }
});
