import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar } from 'vscode-textmate';
import type { IGrammar } from 'vscode-textmate';
import { repoRoot } from '../../helpers/paths';

// Tokenizes with the same engine VS Code uses (vscode-textmate + Oniguruma). The host grammar
// is a stand-in with the comment scope the real Dockerfile, YAML and shell grammars use
// (`comment.line.number-sign.<lang>`), which is what the injection selector targets.
const HOST = {
  scopeName: 'source.test',
  patterns: [
    { begin: '(^|\\s)(#)', beginCaptures: { 2: { name: 'punctuation.definition.comment.test' } }, end: '$', name: 'comment.line.number-sign.test' },
    { match: '\\b[A-Z]+\\b', name: 'keyword.other.test' },
  ],
};
const INJECTION = path.join(repoRoot, 'syntaxes', 'docker-explain-pragmas.tmLanguage.json');

let grammar: IGrammar;

function tokens(line: string): [string, string][] {
  const result = grammar.tokenizeLine(line, INITIAL);
  return result.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1]]);
}

describe('pragma grammar (syntaxes/)', () => {
  before(async () => {
    const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope) => {
        if (scope === 'source.test') return parseRawGrammar(JSON.stringify(HOST), 'host.json');
        if (scope === 'docker-explain.pragma.injection') return parseRawGrammar(fs.readFileSync(INJECTION, 'utf8'), INJECTION);
        return null;
      },
      getInjections: (scope) => (scope === 'source.test' ? ['docker-explain.pragma.injection'] : undefined),
    });
    const loaded = await registry.loadGrammar('source.test');
    assert.ok(loaded);
    grammar = loaded;
  });

  it('highlights the directive, each rule id and the reason in a comment', () => {
    const found = tokens('FROM x # docker-explain-disable-next-line require-image-tag, no-privileged -- base image pinned by CI').filter(([, scope]) => !scope.startsWith('comment.line.number-sign') && !scope.startsWith('source.') && !scope.startsWith('punctuation.definition'));
    assert.deepStrictEqual(found, [
      ['FROM', 'keyword.other.test'],
      ['docker-explain-disable-next-line', 'keyword.control.directive.docker-explain'],
      ['require-image-tag', 'entity.name.tag.rule-id.docker-explain'],
      [',', 'punctuation.separator.comma.docker-explain'],
      ['no-privileged', 'entity.name.tag.rule-id.docker-explain'],
      ['-- base image pinned by CI', 'comment.line.reason.docker-explain'],
    ]);
  });

  it('highlights hadolint ignore codes', () => {
    const found = tokens('# hadolint ignore=DL3008,DL3015').filter(([, s]) => s.includes('hadolint'));
    assert.deepStrictEqual(found, [
      ['hadolint', 'keyword.control.directive.hadolint'],
      ['ignore', 'keyword.control.directive.hadolint'],
      ['=', 'keyword.operator.assignment.hadolint'],
      ['DL3008', 'entity.name.tag.rule-id.hadolint'],
      [',', 'punctuation.separator.comma.hadolint'],
      ['DL3015', 'entity.name.tag.rule-id.hadolint'],
    ]);
  });

  it('does nothing outside comments', () => {
    assert.ok(tokens('RUN echo docker-explain-disable no-sudo').every(([, s]) => !s.includes('docker-explain')));
  });
});
