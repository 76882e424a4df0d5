import * as assert from 'assert';
import { parseHostMessage, parseWebviewMessage } from '../../../src/extension/panel/protocol';

describe('panel: message validation', () => {
  it('accepts the webview messages the host acts on', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'refreshCard', extra: 1 }), { type: 'refreshCard' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'reveal', uri: 'file:///w/Dockerfile', line: 4, character: 0, extra: 1 }), { type: 'reveal', uri: 'file:///w/Dockerfile', line: 4, character: 0 });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'requestRuleDoc', id: 'no-duplicate-host-port' }), { type: 'requestRuleDoc', id: 'no-duplicate-host-port' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'openExample', file: 'compose.yaml' }), { type: 'openExample', file: 'compose.yaml' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'setProfiles', profiles: ['debug', 'dev', 'debug', '*'] }), { type: 'setProfiles', profiles: ['debug', 'dev', '*'] });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'openOrigin', path: '/w/compose.override.yaml', line: 3, character: 6 }), { type: 'openOrigin', path: '/w/compose.override.yaml', line: 3, character: 6 });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'openLarge', concept: 'ports' }), { type: 'openLarge', concept: 'ports' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'openLarge' }), { type: 'openLarge' });
  });

  it('drops a "크게 보기" request for anything but a concept id', () => {
    for (const concept of ['../x', 'Ports', 1, null, 'a'.repeat(80)]) assert.strictEqual(parseWebviewMessage({ type: 'openLarge', concept }), undefined, String(concept));
  });

  it('drops anything malformed or dangerous', () => {
    for (const bad of [
      null,
      'ready',
      [],
      { type: 'eval', code: 'x' },
      { type: 'reveal', uri: 'file:///x', line: -1, character: 0 },
      { type: 'reveal', uri: 'file:///x', line: 1.5, character: 0 },
      { type: 'reveal', uri: 42, line: 1, character: 0 },
      { type: 'requestRuleDoc', id: '../../etc/passwd' },
      { type: 'openRuleDoc', id: 'A B' },
      { type: 'openExample', file: '../package.json' },
      { type: 'setProfiles', profiles: 'debug' },
      { type: 'setProfiles', profiles: ['-bad'] },
      { type: 'setProfiles', profiles: [42] },
      { type: 'openOrigin', path: '/w/x.yaml', line: -1, character: 0 },
      { type: 'openOrigin', path: 7, line: 1, character: 0 },
    ]) {
      assert.strictEqual(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  it('checks host messages in the webview too', () => {
    assert.deepStrictEqual(parseHostMessage({ type: 'showConcept', id: 'layers' }), { type: 'showConcept', id: 'layers' });
    assert.strictEqual(parseHostMessage({ type: 'showConcept', id: '<img>' }), undefined);
    assert.strictEqual(parseHostMessage({ type: 'fileView', view: { kind: 'html' } }), undefined);
    assert.strictEqual(parseHostMessage({ type: 'init', lang: 'fr', text: {}, concepts: [], rules: [] }), undefined);
  });

  it('turns a command over 100,000 characters into a "too long" notice instead of dropping it (review F16)', () => {
    const long = `docker run ${'a'.repeat(100_000)}`;
    const parsed = parseHostMessage({ type: 'commandExplanation', command: long, markdown: '**x**' });
    assert.ok(parsed && parsed.type === 'commandExplanation', 'the message is kept');
    assert.strictEqual(parsed.tooLong, true);
    assert.strictEqual(parsed.markdown, null, 'nothing is explained');
    assert.ok(parsed.command.length <= 201 && long.startsWith(parsed.command.slice(0, -1)), 'its start is shown');
    assert.deepStrictEqual(parseHostMessage({ type: 'commandExplanation', command: 'docker ps', markdown: null }), { type: 'commandExplanation', command: 'docker ps', markdown: null });
    assert.strictEqual(parseHostMessage({ type: 'commandExplanation', command: 5, markdown: null }), undefined);
  });
});
