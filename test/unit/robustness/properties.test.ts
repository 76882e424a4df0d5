// Property-based attacks (fast-check): arbitrary text, token soup in each file kind's own
// syntax, and random edits of every corpus file, fed to parse, lint, explain and the panel's
// models. The properties: nothing throws, every call ends within the bound, and results hold
// together (see attack() in support.ts).
//
// The seed is fixed so CI is repeatable; to explore further, run with another seed and more runs:
//   DOCKER_EXPLAIN_FC_SEED=123 DOCKER_EXPLAIN_FC_RUNS=200 npx mocha out/test/unit/robustness/properties.test.js
import * as assert from 'assert';
import fc from 'fast-check';
import type { FileKind } from '../../../src/core';
import { attack, corpusFiles, modelBuilders, probePositions } from './support';

const SEED = Number(process.env.DOCKER_EXPLAIN_FC_SEED ?? 20261124);
const RUNS = Number(process.env.DOCKER_EXPLAIN_FC_RUNS ?? 0) || undefined;
const params = (numRuns: number) => ({ seed: SEED, numRuns: RUNS ?? numRuns, endOnFailure: true });

/** Pieces of each syntax that parsers and finders treat specially. */
const TOKENS: Record<FileKind, string[]> = {
  dockerfile: [
    'FROM ', 'RUN ', 'COPY ', 'ADD ', 'ARG ', 'ENV ', 'EXPOSE ', 'CMD ', 'ENTRYPOINT ', 'HEALTHCHECK ', 'USER ', 'WORKDIR ',
    'VOLUME ', 'SHELL ', 'ONBUILD ', 'STOPSIGNAL ', 'LABEL ', 'MAINTAINER ', ' AS ', 'as ', '--from=', '--mount=type=cache,target=/var/cache/apt',
    '--platform=$BUILDPLATFORM ', '--chown=1000:1000 ', '--chmod=755 ', '--interval=30s ', 'NONE', 'node:20', 'alpine@sha256:', 'scratch',
    '${', '}', '$', ':-', ':+', 'VAR', '=', '"', "'", '[', ']', ',', '\\', '\\\n', '`', '`\n', '# escape=`\n', '# syntax=docker/dockerfile:1\n',
    '<<EOF', '<<-EOT', '<<"EOF"', 'EOF\n', '\n', '\r\n', '\t', ' ', '#', '&&', '80/udp', '8080-8090', '0', '-1', '65536', '\0', '\uFEFF', '한글',
  ],
  compose: [
    'services:', 'volumes:', 'networks:', 'configs:', 'secrets:', 'version: "3"', 'name: x', 'x-base: &base', '<<: *base', '&a ', '*a', '*b',
    'web:', 'db:', 'image: ', 'build: .', 'ports:', 'expose:', 'volumes_from:', 'depends_on:', 'condition: service_healthy', 'networks:',
    'target: ', 'published: ', 'host_ip: ', 'protocol: udp', 'mode: host', 'source: ', 'type: bind', 'type: volume', 'type: tmpfs',
    'read_only: true', 'external: true', 'driver: bridge', 'aliases:', 'ipv4_address: ', 'container_name: ', 'privileged: true',
    '"8080:80"', '8080:80', '127.0.0.1:80:80', '[::1]:80:80', '::1:80:80', '8000-8010:8000-8010', '53/udp', '"${PORT:-80}:80"', '$$', '${A?err}',
    './data:/data:ro', 'data:/data', '/var/run/docker.sock:/var/run/docker.sock', ':z', ':rw,Z',
    '- ', '? ', ': ', '{', '}', '[', ']', ',', '|', '|-', '>', '---\n', '...\n', '!!str ', '!!binary ', '!custom ', '%YAML 1.2\n', '#',
    '"', "'", '\\', '\n', '\n  ', '\n    ', '\n      ', '\r\n', '\t', ' ', '\0', '\uFEFF', '한글', '~', 'null', '0x1F', '1e3', '.inf',
  ],
  shell: [
    'docker ', 'docker-compose ', 'sudo ', 'run ', 'build ', 'compose ', 'up ', 'down ', 'exec ', 'volume ', 'network ', 'create ', 'rm ',
    '-p ', '--publish=', '-v ', '--volume ', '--mount ', 'type=bind,src=/a,dst=/b', '-e ', '--env=', '-d ', '-it ', '--rm ', '--name ',
    '--network ', '-f ', '-t ', '--build-arg ', 'nginx:1.27', '8080:80', '127.0.0.1:80:80/udp', '/host:/ctr:ro', '.', '-', '--', '--=',
    '"', "'", '\\', '\\\n', '$(', ')', '`', '|', '&&', '||', ';', '&', '#', '$ ', '> ', 'A=b ', '\n', '\r\n', '\t', ' ', '\0', '한글',
  ],
  markdown: [
    '```sh\n', '```bash\n', '```console\n', '```\n', '~~~\n', '````\n', '    ', '# Title\n', '$ ', 'docker run -p 8080:80 nginx\n',
    'docker compose up -d\n', '-v /a:/b ', '\\\n', '"', "'", '`', '\n', '\r\n', ' ', '<!-- -->', '<script>', '한글',
  ],
};

const KINDS: FileKind[] = ['dockerfile', 'compose', 'shell', 'markdown'];

const tokenSoup = (kind: FileKind) =>
  fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TOKENS[kind]) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 120 }).map((parts) => parts.join(''));

/** One edit of a text, with its places given as fractions so they fit any length. */
type Edit =
  | { op: 'delete'; at: number; length: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'duplicate-line'; at: number }
  | { op: 'swap-lines'; at: number; other: number }
  | { op: 'indent'; at: number; by: string }
  | { op: 'truncate'; at: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const hostileSnippet = fc.oneof(
  fc.constantFrom(...TOKENS.dockerfile, ...TOKENS.compose, ...TOKENS.shell),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('\uD800', '\uDC00', '\u2028', '\u2029', '\u0085', '\r', '\x1b[31m', '\uFFFF', '\x7f'),
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fraction, text: hostileSnippet }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: fraction }),
  fc.record({ op: fc.constant('swap-lines' as const), at: fraction, other: fraction }),
  fc.record({ op: fc.constant('indent' as const), at: fraction, by: fc.constantFrom('  ', '\t', ' ', '        ', '-') }),
  fc.record({ op: fc.constant('truncate' as const), at: fraction }),
);

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = Math.floor(e.at * out.length);
    switch (e.op) {
      case 'delete':
        out = out.slice(0, at) + out.slice(at + e.length);
        break;
      case 'insert':
        out = out.slice(0, at) + e.text + out.slice(at);
        break;
      case 'truncate':
        out = out.slice(0, at);
        break;
      default: {
        const lines = out.split('\n');
        const i = Math.min(lines.length - 1, Math.floor(e.at * lines.length));
        if (e.op === 'duplicate-line') lines.splice(i, 0, lines[i]);
        else if (e.op === 'indent') lines[i] = e.by + lines[i];
        else {
          const j = Math.min(lines.length - 1, Math.floor(e.other * lines.length));
          [lines[i], lines[j]] = [lines[j], lines[i]];
        }
        out = lines.join('\n');
      }
    }
  }
  return out;
}

describe('robustness: properties (fast-check)', function () {
  this.timeout(60_000);
  const corpus = corpusFiles();

  it('finds the corpus and the model builders it attacks', () => {
    // 149 today: every Dockerfile and Compose file (the docker-node `Dockerfile-*.template` generator inputs are not Dockerfiles by name).
    assert.ok(corpus.length >= 145, `only ${corpus.length} corpus files under ../shared/corpus`);
    for (const kind of ['dockerfile', 'compose'] as const) assert.ok(corpus.some((f) => f.kind === kind), `no ${kind} in the corpus`);
    // Listed so a run's log shows which panel models were attacked.
    console.log(`      model builders attacked: ${modelBuilders.map((b) => `${b.name}(${b.kinds.join('/')})`).join(', ') || 'none exported yet'}`);
  });

  it('every corpus file as it is', () => {
    for (const file of corpus) attack(file.name, file.text, file.kind, probePositions(file.text, 120));
  });

  it('every corpus file under random edits', () => {
    for (const file of corpus) {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
          const text = applyEdits(file.text, edits);
          attack(`${file.name} after ${JSON.stringify(edits)}`, text, file.kind, probePositions(text, 40));
        }),
        params(3),
      );
    }
  });

  for (const kind of KINDS) {
    it(`arbitrary ${kind} token soup`, () => {
      fc.assert(
        fc.property(tokenSoup(kind), (text) => {
          attack(`${kind} ${JSON.stringify(text)}`, text, kind);
        }),
        params(150),
      );
    });
  }

  it('arbitrary text of any code points, as every kind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...KINDS), (text, kind) => {
        attack(`${kind} ${JSON.stringify(text)}`, text, kind, probePositions(text, 20));
      }),
      params(200),
    );
  });
});
