import * as assert from 'assert';
import fc from 'fast-check';
import { AnalysisService, HOVER_COMMANDS } from '../../../src/worker/service';
import type { DocumentRef } from '../../../src/worker/protocol';

// The analysis worker's behaviour, in-process: what the extension host gets for each request.

const DOCKERFILE = ['FROM node:20', 'RUN apt-get update', 'RUN apt-get install -y curl', '# docker-explain-disable-next-line no-root-user', 'EXPOSE 8080', ''].join('\n');
const COMPOSE = ['services:', '  web:', '    image: nginx:1.27', '    ports:', '      - "8080:80"', '  api:', '    image: nginx:1.27', '    ports:', '      - "8080:81"', ''].join('\n');

function service(files: Record<string, string> = {}): AnalysisService {
  return new AnalysisService((path) => files[path]);
}

const ref = (text: string | undefined, version = 1, uri = 'file:///w/Dockerfile', kind: DocumentRef['kind'] = 'dockerfile'): DocumentRef => ({ uri, version, kind, text });

describe('analysis worker service', () => {
  it('lists every rule and concept for the host (hello)', () => {
    const hello = service().handle('hello', {});
    assert.ok(hello.rules.some((r) => r.id === 'no-duplicate-host-port' && r.severity === 'error' && r.title.ko.length > 0));
    assert.ok(hello.rules.some((r) => r.id === 'apt-get-clean-lists' && r.hadolint.includes('DL3009')));
    assert.ok(hello.conceptIds.includes('layers'), hello.conceptIds.join(','));
  });

  it('lints a Compose file and finds the duplicate host port, in Korean by default', () => {
    const s = service();
    const outcome = s.handle('lint', { doc: ref(COMPOSE, 1, 'file:///w/compose.yaml', 'compose'), target: { path: '/w/compose.yaml', workspaceRoot: '/w', language: 'ko' } });
    const dup = outcome.diagnostics.find((d) => d.rule === 'no-duplicate-host-port');
    assert.ok(dup, JSON.stringify(outcome.diagnostics));
    assert.strictEqual(dup.range.start.line, 8);
    assert.match(dup.message, /8080/);
    assert.match(dup.message, /[가-힣]/);
    assert.strictEqual(outcome.ignored, false);
  });

  it('keeps the text per version: a later request without text reads the same version', () => {
    const s = service();
    s.handle('lint', { doc: ref(DOCKERFILE), target: { language: 'ko' } });
    const hover = s.handle('hover', { doc: ref(undefined), position: { line: 1, character: 1 }, language: 'ko' });
    assert.ok(hover);
    assert.match(hover.markdown, /레이어/);
    assert.deepStrictEqual(hover.enabledCommands, HOVER_COMMANDS);
  });

  it('refuses a version it was never sent instead of answering for another version', () => {
    const s = service();
    s.handle('lint', { doc: ref(DOCKERFILE, 1), target: { language: 'ko' } });
    assert.throws(() => s.handle('hover', { doc: ref(undefined, 2), position: { line: 0, character: 1 }, language: 'ko' }), /no text for file:\/\/\/w\/Dockerfile version 2/);
  });

  it('answers for the new text once a new version arrives', () => {
    const s = service();
    s.handle('lint', { doc: ref(DOCKERFILE, 1), target: { language: 'ko' } });
    const edited = DOCKERFILE.replace('EXPOSE 8080', 'EXPOSE 9090');
    const hover = s.handle('hover', { doc: ref(edited, 2), position: { line: 4, character: 8 }, language: 'ko' });
    assert.ok(hover);
    assert.match(hover.markdown, /9090/);
    assert.doesNotMatch(hover.markdown, /8080/);
  });

  it('explains a rule id in a disable comment (pragma hover), in both languages', () => {
    const s = service();
    const ko = s.handle('hover', { doc: ref(DOCKERFILE), position: { line: 3, character: 42 }, language: 'ko' });
    assert.ok(ko);
    assert.match(ko.markdown, /`no-root-user`/);
    assert.match(ko.markdown, /규칙 설명 보기/);
    assert.deepStrictEqual(ko.range, { start: { line: 3, character: 35 }, end: { line: 3, character: 47 } });
    const en = s.handle('hover', { doc: ref(undefined), position: { line: 3, character: 42 }, language: 'en' });
    assert.match(en?.markdown ?? '', /Show the rule/);
  });

  it('obeys the team config, read through the reader, and reports its problems', () => {
    const files = { '/w/.docker-explain.json': '{ "rules": { "no-duplicate-host-port": "off", "no-such-rule": "warning" } }' };
    const s = service(files);
    const outcome = s.handle('lint', { doc: ref(COMPOSE, 1, 'file:///w/compose.yaml', 'compose'), target: { path: '/w/compose.yaml', workspaceRoot: '/w', language: 'ko' } });
    assert.ok(!outcome.diagnostics.some((d) => d.rule === 'no-duplicate-host-port'));
    assert.deepStrictEqual(outcome.config?.files, ['/w/.docker-explain.json']);
    assert.strictEqual(outcome.config?.dir, '/w');
    assert.ok(outcome.config?.problems.some((p) => /no-such-rule/.test(p.message.ko)), JSON.stringify(outcome.config?.problems));
  });

  it('prefers the editor text of an open config (overlay) and forgets resolved configs on request', () => {
    const files = { '/w/.docker-explain.json': '{ "rules": { "no-duplicate-host-port": "off" } }' };
    const s = service(files);
    const target = { path: '/w/compose.yaml', workspaceRoot: '/w', language: 'ko' as const };
    const doc = ref(COMPOSE, 1, 'file:///w/compose.yaml', 'compose');
    assert.ok(!s.handle('lint', { doc, target }).diagnostics.some((d) => d.rule === 'no-duplicate-host-port'));
    s.handle('overlay', { path: '/w/.docker-explain.json', text: '{ "rules": {} }' });
    s.handle('invalidateConfigs', {});
    assert.ok(s.handle('lint', { doc: { ...doc, text: undefined }, target }).diagnostics.some((d) => d.rule === 'no-duplicate-host-port'));
  });

  it('lints each version once for the diagnostics and the panel alike', () => {
    const s = service();
    const target = { path: '/w/compose.yaml', language: 'ko' as const };
    const doc = ref(COMPOSE, 1, 'file:///w/compose.yaml', 'compose');
    const first = s.handle('lint', { doc, target });
    const again = s.handle('lint', { doc: { ...doc, text: undefined }, target });
    assert.strictEqual(again, first, 'the second request got a new lint');
    const view = s.handle('fileView', { doc: { ...doc, text: undefined }, fileName: 'compose.yaml', target });
    assert.strictEqual(view.kind, 'compose');
    if (view.kind !== 'compose') return;
    assert.deepStrictEqual(view.services.map((sv) => sv.name), ['web', 'api']);
    assert.ok(view.services[1].ports.some((p) => p.conflicts.length > 0), 'the panel does not mark the conflict');
  });

  it('draws the panel without diagnostics when lint is off', () => {
    const view = service().handle('fileView', { doc: ref(COMPOSE, 1, 'file:///w/compose.yaml', 'compose'), fileName: 'compose.yaml', target: null });
    assert.strictEqual(view.kind, 'compose');
    if (view.kind === 'compose') assert.ok(view.services.every((sv) => sv.ports.every((p) => p.conflicts.length === 0)));
  });

  it('puts a disable comment above the start of a continued instruction', () => {
    const text = ['FROM alpine:3.20', 'RUN apk add \\', '    curl \\', '    git', ''].join('\n');
    assert.strictEqual(service().handle('commentLine', { doc: ref(text), line: 3 }), 1);
  });

  it('explains a docker command given as text, and the one on a line of a script', () => {
    const s = service();
    const given = s.handle('explainCommand', { text: 'docker run -p 8080:80 nginx', language: 'ko' });
    assert.strictEqual(given.command, 'docker run -p 8080:80 nginx');
    assert.match(given.markdown ?? '', /8080/);
    const script = ['#!/bin/sh', 'docker run \\', '  -p 9000:80 nginx', ''].join('\n');
    const onLine = s.handle('explainCommand', { text: script, line: 2, language: 'ko' });
    assert.match(onLine.command ?? '', /^docker run/);
    assert.match(onLine.markdown ?? '', /9000/);
    assert.deepStrictEqual(s.handle('explainCommand', { text: script, line: 0, language: 'ko' }), { command: null, markdown: null });
  });

  it('builds the panel page in the language asked for', () => {
    const init = service().handle('panelInit', { language: 'en' });
    assert.strictEqual(init.type, 'init');
    if (init.type === 'init') {
      assert.strictEqual(init.lang, 'en');
      assert.ok(init.rules.some((r) => r.id === 'no-duplicate-host-port'));
    }
  });

  it('forgets a closed document', () => {
    const s = service();
    s.handle('lint', { doc: ref(DOCKERFILE), target: { language: 'ko' } });
    s.handle('close', { uri: 'file:///w/Dockerfile' });
    assert.throws(() => s.handle('hover', { doc: ref(undefined), position: { line: 0, character: 1 }, language: 'ko' }), /no text/);
  });
});

describe('analysis worker service under random requests', () => {
  it('answers any sequence of requests on any text without throwing, except for a version it was never sent', () => {
    const texts = fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(DOCKERFILE, COMPOSE, 'services:\n  a: [', 'FROM\nRUN <<EOF\n', '\u0000\uFFFD\t\r\n'));
    const kinds = fc.constantFrom<DocumentRef['kind']>('dockerfile', 'compose', 'shell', 'markdown');
    const position = fc.record({ line: fc.integer({ min: -2, max: 12 }), character: fc.integer({ min: -2, max: 60 }) });
    const request = fc.oneof(
      fc.record({ op: fc.constant('lint' as const), text: texts, kind: kinds, version: fc.integer({ min: 1, max: 3 }), withText: fc.boolean() }),
      fc.record({ op: fc.constant('hover' as const), text: texts, kind: kinds, version: fc.integer({ min: 1, max: 3 }), withText: fc.boolean(), position }),
      fc.record({ op: fc.constant('fileView' as const), text: texts, kind: kinds, version: fc.integer({ min: 1, max: 3 }), withText: fc.boolean() }),
      fc.record({ op: fc.constant('commentLine' as const), text: texts, kind: kinds, version: fc.integer({ min: 1, max: 3 }), withText: fc.boolean(), line: fc.integer({ min: -1, max: 12 }) }),
      fc.record({ op: fc.constant('close' as const) }),
    );
    fc.assert(
      fc.property(fc.array(request, { maxLength: 12 }), (requests) => {
        const s = new AnalysisService(() => undefined);
        for (const r of requests) {
          if (r.op === 'close') {
            s.handle('close', { uri: 'file:///w/x' });
            continue;
          }
          const doc: DocumentRef = { uri: 'file:///w/x', version: r.version, kind: r.kind, text: r.withText ? r.text : undefined };
          try {
            if (r.op === 'lint') s.handle('lint', { doc, target: { language: 'ko' } });
            else if (r.op === 'hover') s.handle('hover', { doc, position: r.position, language: 'en' });
            else if (r.op === 'fileView') s.handle('fileView', { doc, fileName: 'x', target: { language: 'ko' } });
            else s.handle('commentLine', { doc, line: r.line });
          } catch (err) {
            if (!r.withText && /no text for file:\/\/\/w\/x/.test(String(err))) continue;
            throw err;
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
