import * as assert from 'assert';
import fc from 'fast-check';
import { DocumentSync } from '../../../src/extension/analysis/documentSync';
import { AnalysisService, OutOfSyncError, applyChanges } from '../../../src/worker/service';
import type { TextChange } from '../../../src/worker/protocol';

// Incremental document sync: the host sends the whole text once, then the editor's edits; the
// worker applies them and checks the length; any gap falls back to the whole text.

const URI = 'file:///w/Dockerfile';

describe('document sync (host side)', () => {
  it('sends the whole text first, then only the edits, then only the name', () => {
    const sync = new DocumentSync();
    let asked = 0;
    const text = () => {
      asked++;
      return 'FROM alpine\n';
    };
    assert.deepStrictEqual(sync.ref(URI, 1, 'dockerfile', text), { uri: URI, version: 1, kind: 'dockerfile', text: 'FROM alpine\n' });
    sync.change(URI, 2, [{ offset: 11, length: 0, text: ':3' }]);
    sync.change(URI, 3, [{ offset: 13, length: 0, text: '.20' }]);
    assert.deepStrictEqual(sync.ref(URI, 3, 'dockerfile', text), {
      uri: URI, version: 3, kind: 'dockerfile',
      changes: { base: 1, edits: [{ offset: 11, length: 0, text: ':3' }, { offset: 13, length: 0, text: '.20' }], length: 17 },
    });
    assert.deepStrictEqual(sync.ref(URI, 3, 'dockerfile', text), { uri: URI, version: 3, kind: 'dockerfile' });
    assert.strictEqual(asked, 1, 'the text was built more than once');
  });

  it('falls back to the whole text after a gap in the versions', () => {
    const sync = new DocumentSync();
    sync.ref(URI, 1, 'dockerfile', () => 'a');
    sync.change(URI, 3, [{ offset: 0, length: 0, text: 'b' }]); // version 2 was never seen
    assert.strictEqual(sync.ref(URI, 3, 'dockerfile', () => 'ba').text, 'ba');
  });

  it('sends the whole text again when asked to resend', () => {
    const sync = new DocumentSync();
    sync.ref(URI, 1, 'dockerfile', () => 'a');
    sync.change(URI, 2, [{ offset: 1, length: 0, text: 'b' }]);
    const withEdits = sync.ref(URI, 2, 'dockerfile', () => 'ab');
    assert.ok(withEdits.changes);
    assert.deepStrictEqual(sync.resend(withEdits), { uri: URI, version: 2, kind: 'dockerfile', text: 'ab' });
  });

  it('sends the whole text when most of it is new', () => {
    const sync = new DocumentSync();
    sync.ref(URI, 1, 'dockerfile', () => 'a');
    sync.change(URI, 2, [{ offset: 0, length: 1, text: 'FROM alpine\n' }]);
    assert.strictEqual(sync.ref(URI, 2, 'dockerfile', () => 'FROM alpine\n').text, 'FROM alpine\n');
  });
});

describe('document sync (worker side)', () => {
  it('applies edits one after another, each in the text the previous ones left', () => {
    // Two cursors typing: VS Code reports the later position first, so earlier offsets hold.
    assert.strictEqual(applyChanges('ab\ncd\n', [{ offset: 5, length: 0, text: 'X' }, { offset: 2, length: 0, text: 'X' }]), 'abX\ncdX\n');
    assert.strictEqual(applyChanges('hello', [{ offset: 0, length: 5, text: 'bye' }, { offset: 3, length: 0, text: '!' }]), 'bye!');
    assert.throws(() => applyChanges('ab', [{ offset: 1, length: 5, text: '' }]), OutOfSyncError);
  });

  it('applies the edits a request carries once, however often the request opens its document', () => {
    const s = new AnalysisService(() => undefined);
    s.handle('lint', { doc: { uri: URI, version: 1, kind: 'dockerfile', text: 'FROM alpine:3.20\n' }, target: { language: 'ko' } });
    const outcome = s.handle('lint', { doc: { uri: URI, version: 2, kind: 'dockerfile', changes: { base: 1, edits: [{ offset: 17, length: 0, text: 'USER root\n' }], length: 27 } }, target: { language: 'ko' } });
    assert.ok(outcome.diagnostics.some((d) => d.rule === 'no-root-user'));
    assert.deepStrictEqual(s.held(URI), { version: 2, text: 'FROM alpine:3.20\nUSER root\n' });
  });

  it('refuses edits to a version it does not have, and edits whose result has another length', () => {
    const s = new AnalysisService(() => undefined);
    s.handle('commentLine', { doc: { uri: URI, version: 1, kind: 'dockerfile', text: 'FROM a\n' }, line: 0 });
    assert.throws(() => s.handle('commentLine', { doc: { uri: URI, version: 3, kind: 'dockerfile', changes: { base: 2, edits: [], length: 7 } }, line: 0 }), OutOfSyncError);
    assert.throws(() => s.handle('commentLine', { doc: { uri: URI, version: 2, kind: 'dockerfile', changes: { base: 1, edits: [{ offset: 0, length: 0, text: 'x' }], length: 99 } }, line: 0 }), OutOfSyncError);
  });

  it('ends with the editor\'s text after any sequence of edits (property)', () => {
    const edit = (length: number) =>
      fc.tuple(fc.nat({ max: Math.max(0, length) }), fc.nat({ max: 5 }), fc.string({ maxLength: 6 })).map(([offset, len, text]) => ({ offset, len, text }));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.array(edit(40), { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (initial, events) => {
        const sync = new DocumentSync();
        const service = new AnalysisService(() => undefined);
        let editor = initial;
        let version = 1;
        const ask = () => service.handle('commentLine', { doc: sync.ref(URI, version, 'shell', () => editor), line: 0 });
        ask();
        for (const event of events) {
          // What the editor would report: each edit clamped to the text as it is at that point.
          const changes: TextChange[] = [];
          for (const e of event) {
            const offset = Math.min(e.offset, editor.length);
            const length = Math.min(e.len, editor.length - offset);
            changes.push({ offset, length, text: e.text });
            editor = editor.slice(0, offset) + e.text + editor.slice(offset + length);
          }
          version++;
          sync.change(URI, version, changes);
          if (version % 2 === 0) ask();
        }
        ask();
        assert.deepStrictEqual(service.held(URI), { version, text: editor });
      }),
      { numRuns: 300 },
    );
  });
});
