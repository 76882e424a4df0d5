import * as assert from 'assert';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import type { ComposeDocument } from '../../../src/core/documents/composeDocument';
import { locateCompose } from '../../../src/core/syntax/composePath';
import { composeKindsAt } from '../../../src/core/navigate/composeSymbolAt';
import { explainCompose } from '../../../src/core/explain/explainCompose';
import { positionOf } from '../navigate/harness';

// The one answer to "what is at this position of a Compose file?" (src/core/syntax/composePath.ts)
// and the two tables that dispatch on it: the hover's (by the leaf's kind) and navigation's (the
// kinds of name that can be there). Each row pins the path, the leaf, the kinds navigation
// looks for, and whether the hover answers and on which text.

const TEXT = `x-common: &common
  restart: always
  flavour: mint
services:
  web:
    <<: *common
    image: nginx:1.27
    depends_on: [db]
    build:
      context: .
      target: runtime
    pid: service:db
    mystery: 1
  db:
    image: postgres:16 # the database
volumes:
  data: {}
`;

interface Row {
  at: string;
  nth?: number;
  /** Keys of the path, `[n]` for a list item; undefined: the locator finds nothing. */
  path?: string;
  leaf?: string;
  /** The kinds navigation looks for; undefined: every kind (the locator found nothing). */
  kinds?: string[];
  /** The text the hover covers; null: no hover. */
  hover: string | null;
}

const rows: Row[] = [
  { at: '*comm', path: 'services.web.<<', leaf: 'alias', kinds: ['anchor'], hover: '*common' },
  { at: '    <', path: 'services.web.<<', leaf: 'merge', kinds: [], hover: '<<' },
  { at: 'x-comm', path: 'x-common', leaf: 'extensionKey', kinds: [], hover: 'x-common' },
  { at: '  restar', path: 'x-common.restart', leaf: 'spec', kinds: [], hover: 'restart' },
  { at: '  flavou', path: 'x-common.flavour', leaf: 'unknownKey', kinds: [], hover: 'flavour' },
  { at: 'image: ngi', path: 'services.web.image', leaf: 'spec', kinds: [], hover: 'nginx:1.27' },
  { at: '[d', path: 'services.web.depends_on[0]', leaf: 'spec', kinds: ['service'], hover: 'db' },
  { at: 'target: run', path: 'services.web.build.target', leaf: 'spec', kinds: ['stage'], hover: 'runtime' },
  { at: 'pid: service:d', path: 'services.web.pid', leaf: 'spec', kinds: ['service'], hover: 'service:db' },
  { at: '    myster', path: 'services.web.mystery', leaf: 'unknownKey', kinds: [], hover: 'mystery' },
  { at: 'mystery: 1', path: 'services.web.mystery', leaf: 'unknownValue', kinds: [], hover: null },
  { at: '  we', path: 'services.web', leaf: 'spec', kinds: ['service'], hover: 'web' },
  { at: '  da', path: 'volumes.data', leaf: 'spec', kinds: ['volume'], hover: 'data' },
  { at: '# the datab', hover: null },
];

function pathText(keys: (string | number)[]): string {
  return keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
}

describe('syntax: the Compose locator and the tables that dispatch on it', () => {
  const doc = parseDocument(TEXT, 'compose') as ComposeDocument;
  for (const row of rows) {
    it(`${row.at} → ${row.path ?? 'nothing'} (${row.leaf ?? '-'})`, () => {
      const pos = positionOf(TEXT, row.at, row.nth);
      const found = locateCompose(doc, pos);
      assert.strictEqual(found && pathText(found.steps.map((s) => s.key)), row.path);
      assert.strictEqual(found?.leaf, row.leaf);
      assert.deepStrictEqual(composeKindsAt(doc, pos), row.kinds);
      const hover = explainCompose(doc, pos, { language: 'ko' });
      const covered = hover && TEXT.split('\n')[hover.range.start.line].slice(hover.range.start.character, hover.range.end.character);
      assert.strictEqual(covered, row.hover);
    });
  }
});
