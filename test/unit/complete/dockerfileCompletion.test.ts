import * as assert from 'assert';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { completeAt } from '../../../src/core/complete';
import type { CompletionItem } from '../../../src/core/complete';
import type { FileKind, Language } from '../../../src/core/types';

// Completion at representative positions of a Dockerfile. The cursor is where `‸` is written.
// Each row names labels that must be offered, labels that must not, and optionally the first
// label (ranking) and a phrase the Korean documentation of one item must hold (the hover's
// knowledge, not a stub).

export function completeText(text: string, kind: FileKind, lang: Language = 'ko', envNames?: string[]): CompletionItem[] {
  const at = text.indexOf('‸');
  assert.ok(at >= 0, 'no cursor mark');
  const clean = text.slice(0, at) + text.slice(at + 1);
  const doc = parseDocument(clean, kind);
  return completeAt(doc, doc.lines.positionAt(at), { language: lang, envNames }).items;
}

export interface Row {
  what: string;
  text: string;
  has: string[];
  not?: string[];
  first?: string;
  /** [label, phrase its Korean documentation holds]. */
  doc?: [string, string];
  /** [label, its insert text]. */
  insert?: [string, string];
}

export function checkRow(row: Row, items: CompletionItem[]): void {
  const labels = items.map((i) => i.label);
  for (const l of row.has) assert.ok(labels.includes(l), `${row.what}: missing ${l} in ${labels.join(', ')}`);
  for (const l of row.not ?? []) assert.ok(!labels.includes(l), `${row.what}: ${l} must not be offered`);
  if (row.first) assert.strictEqual(labels[0], row.first, `${row.what}: first of ${labels.join(', ')}`);
  if (row.doc) {
    const item = items.find((i) => i.label === row.doc?.[0]);
    assert.ok(item?.documentation.includes(row.doc[1]), `${row.what}: ${row.doc[0]} documentation: ${item?.documentation}`);
  }
  if (row.insert) assert.strictEqual(items.find((i) => i.label === row.insert?.[0])?.insertText, row.insert[1], `${row.what}: insert text`);
  assert.strictEqual(new Set(labels).size, labels.length, `${row.what}: duplicates in ${labels.join(', ')}`);
  for (const item of items) {
    assert.ok(item.detail.trim() !== '', `${row.what}: ${item.label} has no detail`);
    assert.ok(!/[`*]/.test(item.detail), `${row.what}: ${item.label} detail is plain text: ${item.detail}`);
    assert.ok(item.documentation.trim() !== '', `${row.what}: ${item.label} has no documentation`);
    assert.ok(!/\{[a-z]+\}/i.test(item.documentation), `${row.what}: ${item.label} documentation has an unfilled placeholder: ${item.documentation}`);
  }
}

const MULTI = 'ARG BASE=node:20\nFROM ${BASE} AS deps\nFROM deps AS build\nARG VERSION=1.0\nENV APP_HOME=/app\n';

const ROWS: Row[] = [
  { what: 'empty file: instructions', text: '‸', has: ['FROM', 'RUN', 'COPY', 'HEALTHCHECK', 'MAINTAINER'], first: 'FROM', doc: ['FROM', '베이스 이미지'], insert: ['FROM', 'FROM ${1:image}'] },
  { what: 'half-typed keyword', text: 'FROM alpine\nRU‸', has: ['RUN', 'COPY'], not: ['--mount'] },
  { what: 'parser directive at the top', text: '# sy‸\nFROM alpine\n', has: ['syntax', 'escape', 'check'], first: 'syntax', insert: ['syntax', 'syntax=docker/dockerfile:1'] },
  { what: 'no directive after the first instruction', text: 'FROM alpine\n# sy‸\n', has: [], not: ['syntax'] },
  { what: 'RUN flags', text: 'FROM alpine\nRUN --‸', has: ['--mount', '--network', '--security', '--device'], not: ['--from', '--chown'], first: '--mount', insert: ['--mount', '--mount=type='] },
  { what: 'COPY flags', text: 'FROM alpine\nCOPY --‸ . .', has: ['--from', '--chown', '--chmod', '--link', '--exclude', '--parents'], not: ['--mount'], doc: ['--chown', 'UID 0'] },
  { what: 'COPY flag already there is not offered again', text: 'FROM alpine\nCOPY --link --‸', has: ['--from'], not: ['--link'] },
  { what: 'ADD flags', text: 'FROM alpine\nADD --‸', has: ['--checksum', '--keep-git-dir', '--chown', '--unpack'], not: ['--from'] },
  { what: 'FROM --platform', text: 'FROM --‸ alpine', has: ['--platform'] },
  { what: 'HEALTHCHECK options', text: 'FROM alpine\nHEALTHCHECK --‸', has: ['--interval', '--timeout', '--start-period', '--start-interval', '--retries'], first: '--interval' },
  { what: 'HEALTHCHECK CMD/NONE', text: 'FROM alpine\nHEALTHCHECK --interval=5s ‸', has: ['CMD', 'NONE'], doc: ['NONE', '헬스체크를 꺼요'] },
  { what: 'mount types', text: 'FROM alpine\nRUN --mount=type=‸', has: ['cache', 'bind', 'secret', 'ssh', 'tmpfs'], first: 'cache', doc: ['cache', '빌드 사이에 유지되는 캐시'] },
  { what: 'cache mount options', text: 'FROM alpine\nRUN --mount=type=cache,‸', has: ['target', 'id', 'sharing', 'from', 'mode', 'uid', 'gid', 'ro'], not: ['type', 'env', 'size'], doc: ['target', '빌드 사이에 남아요'] },
  { what: 'secret mount options', text: 'FROM alpine\nRUN --mount=type=secret,id=npm,‸', has: ['target', 'env', 'required'], not: ['id', 'sharing'] },
  { what: 'mount without a type is a bind mount', text: 'FROM alpine\nRUN --mount=‸', has: ['type', 'target', 'source', 'from', 'rw'], first: 'type' },
  { what: 'cache sharing values', text: 'FROM alpine\nRUN --mount=type=cache,target=/root/.npm,sharing=‸', has: ['shared', 'private', 'locked'], doc: ['locked', 'apt'] },
  { what: 'mount from= stage names', text: `${MULTI}RUN --mount=from=‸`, has: ['deps'], not: ['build'] },
  { what: '--from= earlier stage names only', text: `${MULTI}FROM alpine AS final\nCOPY --from=‸`, has: ['build', 'deps'], not: ['final'], first: 'build', doc: ['build', '줄 3'] },
  { what: '--platform values', text: 'FROM --platform=‸ alpine', has: ['$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64'], first: '$BUILDPLATFORM', doc: ['$BUILDPLATFORM', '빌드하는 기계'] },
  { what: '--network values', text: 'FROM alpine\nRUN --network=‸', has: ['default', 'none', 'host'], doc: ['none', '네트워크 없이'] },
  { what: '--security values', text: 'FROM alpine\nRUN --security=‸', has: ['sandbox', 'insecure'] },
  { what: 'FROM image position: earlier stages and scratch', text: `${MULTI}FROM ‸`, has: ['build', 'deps', 'scratch'], first: 'build' },
  { what: 'FROM … AS', text: 'FROM alpine ‸', has: ['AS'], insert: ['AS', 'AS ${1:name}'] },
  { what: 'variables in a stage: its ARG and ENV, not the global one', text: `${MULTI}RUN echo $‸`, has: ['VERSION', 'APP_HOME'], not: ['BASE', 'TARGETPLATFORM'], first: 'APP_HOME', doc: ['VERSION', '`1.0`'] },
  { what: '${ variables', text: `${MULTI}WORKDIR \${AP‸`, has: ['APP_HOME'] },
  { what: 'global scope: the automatic platform ARGs', text: 'ARG BASE=node\nFROM --platform=$‸ alpine', has: ['BUILDPLATFORM', 'TARGETPLATFORM', 'TARGETARCH', 'BASE'], first: 'BASE' },
  { what: 'ONBUILD trigger: no FROM or ONBUILD', text: 'FROM alpine\nONBUILD ‸', has: ['RUN', 'COPY'], not: ['FROM', 'ONBUILD', 'MAINTAINER'] },
  { what: 'inside a shell command: nothing', text: 'FROM alpine\nRUN apt-get ‸', has: [], not: ['--mount', 'RUN'] },
  { what: 'a comment: nothing', text: 'FROM alpine\n# ru‸', has: [], not: ['RUN'] },
];

describe('completion: Dockerfile', () => {
  for (const row of ROWS) {
    it(row.what, () => {
      const items = completeText(row.text, 'dockerfile');
      checkRow(row, items);
      if (row.has.length === 0) assert.deepStrictEqual(items.map((i) => i.label), [], `${row.what}: expected nothing`);
    });
  }

  it('English texts follow the language', () => {
    const items = completeText('FROM alpine\nRUN --mount=type=‸', 'dockerfile', 'en');
    assert.ok(items.find((i) => i.label === 'cache')?.documentation.includes('persists between builds'));
  });

  it('the item replaces the word being typed', () => {
    const items = completeText('FROM alpine\nRUN --mo‸', 'dockerfile');
    assert.deepStrictEqual(items[0].range, { start: { line: 1, character: 4 }, end: { line: 1, character: 8 } });
  });

  it('a half-written file never throws and gives a list', () => {
    for (const text of ['FROM', 'FROM --platform=', 'RUN --mount=type=cache,,,,', 'COPY <<EOF\n‸', '\\\n\\\n', 'FROM a\nRUN ${']) {
      for (let i = 0; i <= text.length; i++) {
        const doc = parseDocument(text, 'dockerfile');
        assert.ok(Array.isArray(completeAt(doc, doc.lines.positionAt(i), { language: 'ko' }).items));
      }
    }
  });
});
