import * as assert from 'assert';
import { pathOfUri, toLspDiagnostic, toWorkspaceEdit, uriOfPath, withoutCommandLinks, workspaceRootOf } from '../../../src/lsp/convert';

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });

describe('Language Server conversions', () => {
  it('keeps a command link’s words and drops the link; https links stay', () => {
    const cases: [string, string][] = [
      ['[개념 보기](command:dockerExplain.openConcept?%5B%22layers%22%5D)', '개념 보기'],
      ['앞 [규칙](command:dockerExplain.showRule?x) 뒤 [문서](https://docs.docker.com/)', '앞 규칙 뒤 [문서](https://docs.docker.com/)'],
      ['[a](command:x) [b](command:y)', 'a b'],
      ['`[c](command:z)`', '`c`'],
    ];
    for (const [input, expected] of cases) assert.strictEqual(withoutCommandLinks(input), expected, input);
  });

  it('maps file URIs to the core’s paths and back; other schemes have no path', () => {
    assert.strictEqual(pathOfUri('file:///home/u/app/Dockerfile'), '/home/u/app/Dockerfile');
    assert.strictEqual(pathOfUri('file:///home/u/%ED%95%9C%EA%B8%80/compose.yaml'), '/home/u/한글/compose.yaml');
    assert.strictEqual(pathOfUri('untitled:Untitled-1'), undefined);
    assert.strictEqual(uriOfPath('/home/u/한글/compose.yaml'), 'file:///home/u/%ED%95%9C%EA%B8%80/compose.yaml');
  });

  it('finds the innermost workspace folder holding a path, never a folder that only shares a prefix', () => {
    const roots = ['/w', '/w/inner', '/work'];
    assert.strictEqual(workspaceRootOf('/w/inner/a/Dockerfile', roots), '/w/inner');
    assert.strictEqual(workspaceRootOf('/w/Dockerfile', roots), '/w');
    assert.strictEqual(workspaceRootOf('/work/Dockerfile', roots), '/work');
    assert.strictEqual(workspaceRootOf('/elsewhere/Dockerfile', roots), undefined);
  });

  it('turns a finding into an LSP diagnostic with severity, rule id, doc link and related lines', () => {
    const d = toLspDiagnostic(
      { rule: 'no-duplicate-host-port', severity: 'error', message: '호스트 포트 8080을 두 서비스가 써요.', range: range(3), fixes: [], related: [{ file: '/p/compose.yaml', range: range(1), message: '먼저 쓴 곳' }] },
      (rule) => `file:///docs/${rule}.md`,
    );
    assert.deepStrictEqual(d, {
      range: range(3),
      severity: 1,
      source: 'docker-explain',
      code: 'no-duplicate-host-port',
      codeDescription: { href: 'file:///docs/no-duplicate-host-port.md' },
      message: '호스트 포트 8080을 두 서비스가 써요.',
      relatedInformation: [{ location: { uri: 'file:///p/compose.yaml', range: range(1) }, message: '먼저 쓴 곳' }],
    });
    assert.strictEqual(toLspDiagnostic({ rule: 'x', severity: 'info', message: 'm', range: range(0), fixes: [] }).severity, 3);
  });

  it('groups a fix’s edits by file: an edit to another file of the Compose set goes to that file', () => {
    const edit = toWorkspaceEdit('file:///p/compose.override.yaml', [
      { range: range(2), newText: 'a' },
      { range: range(5), newText: 'volumes:\n  data: {}\n', file: '/p/compose.yaml' },
    ]);
    assert.deepStrictEqual(edit, {
      changes: {
        'file:///p/compose.override.yaml': [{ range: range(2), newText: 'a' }],
        'file:///p/compose.yaml': [{ range: range(5), newText: 'volumes:\n  data: {}\n' }],
      },
    });
  });
});
