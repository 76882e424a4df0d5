import * as assert from 'assert';
import { copyIgnoredFile as rule } from '../../../src/core/lint/rules/copy-ignored-file';
import { buildContextFor, dockerignoreCandidates } from '../../../src/core/lint/buildContext';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { LineIndex } from '../../../src/core/documents/lineIndex';
import { fill } from '../../../src/core/types';
import type { Report } from '../../../src/core/lint/types';

const df = (...lines: string[]) => lines.join('\n');

/** [line, character, the text the range covers, the pattern] for each report, with this ignore file. */
function found(text: string, ignore: string | undefined, file = '.dockerignore'): [number, number, string, string][] {
  const doc = parseDockerfile(text);
  const out: Report[] = [];
  rule.check({ doc, options: {}, report: (r) => out.push(r), buildContext: ignore === undefined ? {} : { dockerignore: { file, text: ignore } } });
  const lines = new LineIndex(text);
  for (const r of out) {
    for (const lang of ['ko', 'en'] as const) assert.ok(!/\{\w+\}/.test(fill(rule.meta.messages[r.messageId][lang], r.data)));
  }
  return out.map((r) => [r.range.start.line, r.range.start.character, text.slice(lines.offsetAt(r.range.start), lines.offsetAt(r.range.end)), String(r.data?.pattern)]);
}

describe('copy-ignored-file', () => {
  it('reports a COPY source the ignore file excludes (BuildKit docs example), on the source', () => {
    assert.deepStrictEqual(found(df('FROM scratch', 'COPY ./tmp/Dockerfile /Dockerfile'), '/tmp'), [[1, 5, './tmp/Dockerfile', 'tmp']]);
  });

  it('matches whole paths from the context root, and folders cover what is inside', () => {
    const text = df('FROM alpine', 'COPY node_modules/x.js app/.env src/main.go /app/', 'ADD secrets/a.pem /k');
    assert.deepStrictEqual(found(text, df('# deps', 'node_modules', '*.env', 'secrets/')), [
      [1, 5, 'node_modules/x.js', 'node_modules'],
      [2, 4, 'secrets/a.pem', 'secrets'],
    ]);
    // `*.env` matches `.env` at the root only, not `app/.env` (unlike .gitignore); `**/*.env` matches both.
    assert.deepStrictEqual(found(df('FROM alpine', 'COPY app/.env .env /x/'), '**/*.env').map((h) => h[2]), ['app/.env', '.env']);
  });

  it('resolves ARG defaults in sources, and reports the whole context only for a pattern that empties it', () => {
    assert.deepStrictEqual(found(df('FROM alpine', 'ARG DIR=build', 'COPY $DIR /out'), 'build').map((h) => h[2]), ['$DIR']);
    assert.deepStrictEqual(found(df('FROM alpine', 'COPY . /app'), '*').map((h) => h[2]), ['.']);
    assert.deepStrictEqual(found(df('FROM alpine', 'COPY . /app'), 'node_modules'), []);
  });

  it('stays silent where BuildKit does: an exception (!) anywhere, COPY --from, URLs, no ignore file', () => {
    assert.deepStrictEqual(found(df('FROM alpine', 'COPY tmp /x'), df('tmp', '!tmp/keep')), []);
    assert.deepStrictEqual(found(df('FROM alpine', 'COPY --from=build tmp /x'), 'tmp'), []);
    assert.deepStrictEqual(found(df('FROM alpine', 'ADD https://example.com/tmp /x'), 'tmp'), []);
    assert.deepStrictEqual(found(df('FROM alpine', 'COPY tmp /x'), undefined), []);
  });

  it('stays silent on what it cannot read like Go: unknown variables, JSON form, heredocs, brace patterns', () => {
    assert.deepStrictEqual(found(df('FROM alpine', 'ARG DIR', 'COPY $DIR /x'), 'build'), []);
    assert.deepStrictEqual(found(df('FROM alpine', 'COPY ["tmp", "/x"]'), 'tmp'), []);
    assert.deepStrictEqual(found(df('FROM alpine', 'COPY <<EOF /tmp', 'hi', 'EOF'), 'tmp'), []);
    assert.deepStrictEqual(found(df('FROM alpine', 'COPY a.txt /x'), '{a,b}.txt'), []);
  });

  it('prefers <Dockerfile>.dockerignore next to the Dockerfile, then .dockerignore in its folder', () => {
    assert.deepStrictEqual(dockerignoreCandidates('/w/app/api.Dockerfile'), ['/w/app/api.Dockerfile.dockerignore', '/w/app/.dockerignore']);
    const files: Record<string, string> = { '/w/app/.dockerignore': 'a', '/w/app/api.Dockerfile.dockerignore': 'b' };
    assert.deepStrictEqual(buildContextFor('/w/app/api.Dockerfile', (p) => files[p]), { dockerignore: { file: '/w/app/api.Dockerfile.dockerignore', text: 'b' } });
    assert.deepStrictEqual(buildContextFor('/w/app/Dockerfile', (p) => files[p]), { dockerignore: { file: '/w/app/.dockerignore', text: 'a' } });
    assert.deepStrictEqual(buildContextFor('Dockerfile', () => undefined), {});
  });
});
