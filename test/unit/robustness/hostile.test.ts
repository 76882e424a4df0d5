// Hostile inputs, each attacked in a worker thread with a hard deadline: a real hang is ended
// from outside and reported, instead of freezing the test run. What each input must produce is
// asserted where there is a right answer (a BOM is not part of the first instruction; a file
// over the limit gets one Korean notice).
import * as assert from 'assert';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { MAX_ANALYSED_CHARS, isTooLargeToAnalyse, lintDocument, parseDocument, tooLargeNotice } from '../../../src/core';
import type { FileKind } from '../../../src/core';
import type { AttackReport } from './support';

/** Hard deadline for a whole attack (parse, lint, hundreds of hovers, models) on one input. */
const WORKER_DEADLINE_MS = 20_000;

type Answer = { id: number; ok: true; report: AttackReport } | { id: number; ok: false; error: string };

/** One worker at a time, replaced when a job overruns its deadline (terminate() ends even a tight loop). */
class AttackRunner {
  private worker: Worker | undefined;
  private nextId = 0;

  run(label: string, text: string, kind: FileKind): Promise<AttackReport> {
    const worker = (this.worker ??= new Worker(path.join(__dirname, 'attackWorker.js')));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (m: Answer) => {
        if (m.id !== id) return;
        done();
        if (m.ok) resolve(m.report);
        else reject(new Error(m.error));
      };
      const onError = (err: Error) => {
        done();
        this.worker = undefined;
        reject(err);
      };
      const timer = setTimeout(() => {
        done();
        this.stop();
        reject(new Error(`${label}: no answer within ${WORKER_DEADLINE_MS} ms: a hang`));
      }, WORKER_DEADLINE_MS);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, label, text, kind });
    });
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}

/** "Billion laughs": 9 levels of anchors, each a list of 9 aliases of the one before (9^9 leaves). */
function aliasBomb(levels = 9): string {
  const lines = ['x-l0: &l0 ["8080:80", "lol"]'];
  for (let i = 1; i <= levels; i++) lines.push(`x-l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

function nestedBlockMap(depth: number): string {
  let out = 'services:\n  web:\n    image: nginx:1.27\n    labels:\n';
  let indent = '      ';
  for (let i = 0; i < depth; i++) {
    out += `${indent}k${i}:\n`;
    indent += '  ';
  }
  return out + `${indent}leaf\n`;
}

const BINARY = (() => {
  let s = '';
  for (let i = 0; i < 4096; i++) s += String.fromCharCode((i * 7919 + 13) % 256);
  return s;
})();

interface Case {
  name: string;
  kind: FileKind;
  text: string;
}

const CASES: Case[] = [
  // YAML alias bombs: never expand aliases into values.
  { name: 'alias bomb at the top level', kind: 'compose', text: aliasBomb() },
  {
    name: 'alias bomb used by a service (ports, volumes, depends_on, networks, environment, merge keys)',
    kind: 'compose',
    text:
      aliasBomb() +
      'x-svc: &svc\n  image: nginx:1.27\n  ports: *l9\n' +
      'services:\n  web:\n    <<: *svc\n    ports: *l9\n    expose: *l9\n    volumes: *l9\n    depends_on: *l9\n    networks: *l9\n    environment: *l9\n    labels: *l9\n    command: *l9\n' +
      '  api:\n    <<: [*svc, *svc, *svc]\n    volumes_from: *l9\n' +
      'volumes: *l9\nnetworks: *l9\n',
  },
  { name: 'a service that contains itself through an alias', kind: 'compose', text: 'services: &s\n  web: *s\n  db:\n    <<: *s\n    depends_on: *s\n' },
  { name: 'an alias with no anchor', kind: 'compose', text: 'services:\n  web:\n    image: *nope\n    ports: [*nope, "80:80"]\n    <<: *nope\n' },
  // Nesting.
  { name: '100-level nested block mapping inside a service', kind: 'compose', text: nestedBlockMap(100) },
  { name: '100-level nested flow sequences as ports', kind: 'compose', text: `services:\n  web:\n    ports: ${'['.repeat(100)}"80:80"${']'.repeat(100)}\n` },
  { name: '100-level nested flow mappings as services', kind: 'compose', text: `services: ${'{a: '.repeat(100)}b${'}'.repeat(100)}\n` },
  { name: '100 nested merge keys', kind: 'compose', text: Array.from({ length: 100 }, (_, i) => `x-m${i}: &m${i}\n  ${i ? `<<: *m${i - 1}\n  ` : ''}k${i}: v`).join('\n') + '\nservices:\n  web:\n    <<: *m99\n    image: nginx:1.27\n' },
  {
    name: '100-level nested ${} defaults in FROM, ARG and ENV',
    kind: 'dockerfile',
    text: `ARG A=${'${A:-'.repeat(100)}x${'}'.repeat(100)}\nFROM ${'${A:-'.repeat(100)}alpine${'}'.repeat(100)}\nENV B=${'${B:+'.repeat(100)}y${'}'.repeat(100)}\nRUN echo $A $B\n`,
  },
  { name: 'ARGs that refer to themselves and to each other', kind: 'dockerfile', text: 'ARG A=$B\nARG B=${A}\nARG C=$C\nFROM ${A}${B}${C}\nARG A\nCOPY --from=${A} /x /y\nRUN echo ${A}\n' },
  { name: '1,000 chained ARGs', kind: 'dockerfile', text: Array.from({ length: 1000 }, (_, i) => `ARG A${i}=${i ? `\${A${i - 1}}x` : 'alpine'}`).join('\n') + '\nFROM ${A999}\n' },
  { name: '100-level nested $( ) in a docker command', kind: 'shell', text: `docker run -p ${'$('.repeat(100)}echo 80${')'.repeat(100)}:80 nginx\n` },
  { name: '100-level nested $( ) in a RUN', kind: 'dockerfile', text: `FROM alpine\nRUN docker run ${'$('.repeat(100)}x${')'.repeat(100)}\n` },
  // Bytes that are not text.
  { name: 'binary bytes as a Dockerfile', kind: 'dockerfile', text: BINARY },
  { name: 'binary bytes as a Compose file', kind: 'compose', text: BINARY },
  { name: 'binary bytes as a shell script', kind: 'shell', text: BINARY },
  { name: 'binary bytes as Markdown', kind: 'markdown', text: BINARY },
  { name: 'NUL bytes inside instructions', kind: 'dockerfile', text: 'FROM\0node:20\nRUN \0\0 apt-get install\0 -y curl\nEXPOSE 80\0\n' },
  { name: 'NUL bytes inside YAML', kind: 'compose', text: 'services:\n  we\0b:\n    image: "ngi\0nx"\n    ports: ["80\0:80"]\n' },
  { name: 'lone surrogates and line separators', kind: 'compose', text: 'services:\n  web\uD800:\n    image: n\uDC00ginx\u2028\n    ports: ["80:80\u2029"]\n' },
  // Line ends and BOM.
  { name: 'CRLF and a BOM (Dockerfile)', kind: 'dockerfile', text: '\uFEFFFROM node:20 AS build\r\nRUN echo hi \\\r\n  && echo there\r\nEXPOSE 80\r\nCMD ["node"]\r\n' },
  { name: 'CRLF and a BOM (Compose)', kind: 'compose', text: '\uFEFFservices:\r\n  web:\r\n    image: nginx:1.27\r\n    ports:\r\n      - "80:80"\r\n      - "80:80"\r\n' },
  { name: 'lone CR line ends', kind: 'dockerfile', text: 'FROM alpine\rRUN echo a \\\r  b\rEXPOSE 80\r' },
  { name: 'tabs indenting YAML', kind: 'compose', text: 'services:\n\tweb:\n\t\timage: nginx\n\t\tports:\n\t\t\t- "80:80"\n' },
  { name: 'tabs after the indentation in YAML', kind: 'compose', text: 'services:\n  web:\n    image:\tnginx:1.27\n    ports:\t["80:80"]\n    environment:\n      -\tA=b\n' },
  // Dockerfile syntax corners.
  {
    name: '# escape=` with backtick continuations and Windows paths',
    kind: 'dockerfile',
    text: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Write-Host hi; `\n    dir C:\\ ; `\n    Get-ChildItem\nCOPY .\\app C:\\app\\\nWORKDIR C:\\app\nEXPOSE 80\nCMD ["C:\\app\\run.exe"]\n',
  },
  { name: '# escape=` ending in a dangling backtick', kind: 'dockerfile', text: '# escape=`\nFROM alpine\nRUN echo `' },
  { name: 'an unknown escape directive', kind: 'dockerfile', text: '# escape=x\nFROM alpine\nRUN echo x\n  y\n' },
  { name: 'unterminated heredocs', kind: 'dockerfile', text: 'FROM alpine\nRUN <<EOF\necho hi\nRUN <<-"EOT" cat\n\tstill inside\nCOPY <<A <<B /dst/\n' },
  { name: 'heredoc with no name and heredoc markers in strings', kind: 'dockerfile', text: 'FROM alpine\nRUN <<\nRUN echo "<<EOF"\nRUN <<EOF cat <<EOF\nEOF\n' },
  { name: 'a continuation at the end of the file', kind: 'dockerfile', text: 'FROM alpine\nRUN echo a \\' },
  { name: 'instructions with no arguments', kind: 'dockerfile', text: 'FROM\nRUN\nCOPY\nEXPOSE\nHEALTHCHECK\nCMD\nENTRYPOINT\nARG\nENV\nUSER\nWORKDIR\nONBUILD\nONBUILD ONBUILD\n' },
  { name: 'flags without values', kind: 'dockerfile', text: 'FROM --platform= alpine AS\nCOPY --from= --chown= . .\nRUN --mount= --mount=type= echo\nHEALTHCHECK --interval= CMD\nEXPOSE /udp :80 -1 99999\n' },
  // Shell and Markdown corners.
  { name: 'an unterminated fence and quote in Markdown', kind: 'markdown', text: '```sh\ndocker run -p 80:80 "unterminated\n' },
  { name: 'an unterminated quote in a docker command', kind: 'shell', text: "docker run -e 'A=b nginx\ndocker compose up -d\n" },
  // Empty and almost empty.
  ...(['dockerfile', 'compose', 'shell', 'markdown'] as FileKind[]).flatMap((kind) => [
    { name: `an empty ${kind}`, kind, text: '' },
    { name: `only whitespace and line ends as ${kind}`, kind, text: ' \n\t\r\n\n   ' },
    { name: `a single # as ${kind}`, kind, text: '#' },
  ]),
  { name: 'YAML of only document markers', kind: 'compose', text: '---\n...\n---\n' },
  { name: 'several YAML documents', kind: 'compose', text: 'services:\n  a:\n    image: x:1\n---\nservices:\n  a:\n    image: y:1\n' },
  { name: 'YAML directives, tags and complex keys', kind: 'compose', text: '%YAML 1.2\n%TAG ! tag:x,2024:\n---\nservices: !!map\n  ? [a, b]\n  : image: x\n  !custom web: {image: !!binary aGk=}\n' },
  // Sizes that stay under the limit but stress linear-time claims.
  { name: 'a 200,000-character single line', kind: 'dockerfile', text: `FROM alpine\nRUN ${'echo x && '.repeat(20_000)}true\n` },
  { name: '5,000 continuation lines in one RUN', kind: 'dockerfile', text: `FROM alpine\nRUN a${' \\\n  && b'.repeat(5000)}\n` },
  { name: '500 stages, each copying from the one before', kind: 'dockerfile', text: Array.from({ length: 500 }, (_, i) => `FROM alpine:3.20 AS s${i}\n${i ? `COPY --from=s${i - 1} /a /a\n` : ''}RUN echo ${i}\n`).join('') },
  { name: 'one service with 3,000 published ports, many clashing', kind: 'compose', text: `services:\n  web:\n    image: nginx:1.27\n    ports:\n${Array.from({ length: 3000 }, (_, i) => `      - "${8000 + (i % 1500)}:${80 + i}"\n`).join('')}` },
  { name: '2,000 services that all depend on each other in a ring', kind: 'compose', text: `services:\n${Array.from({ length: 2000 }, (_, i) => `  s${i}:\n    image: x:1\n    depends_on: [s${(i + 1) % 2000}]\n    volumes_from: [s${(i + 1) % 2000}]\n`).join('')}` },
  { name: '100,000 characters of backslashes in a docker command', kind: 'shell', text: `docker run "${'\\"'.repeat(50_000)}` },
];

describe('robustness: hostile input', function () {
  this.timeout(WORKER_DEADLINE_MS + 5_000);
  const runner = new AttackRunner();
  after(() => runner.stop());

  for (const c of CASES) {
    it(`${c.name}: no exception, every call bounded`, async () => {
      await runner.run(c.name, c.text, c.kind);
    });
  }

  it('a BOM is not part of the first instruction, and CRLF does not end up in values', () => {
    const doc = parseDocument('\uFEFFFROM node:20 AS build\r\nEXPOSE 80\r\n', 'dockerfile');
    assert.strictEqual(doc.kind, 'dockerfile');
    if (doc.kind !== 'dockerfile') return;
    assert.deepStrictEqual(doc.stages.map((s) => s.name), ['build']);
    assert.strictEqual(doc.stages[0].from.getImageName(), 'node');
  });

  it('CRLF Compose files report a clash on the right line, as in LF files', () => {
    const lf = 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n  api:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n';
    const where = (text: string) =>
      lintDocument(parseDocument(text, 'compose'))
        .filter((d) => d.rule === 'no-duplicate-host-port')
        .map((d) => [d.range.start.line, d.range.start.character]);
    assert.deepStrictEqual(where(lf), [[8, 8]]);
    assert.deepStrictEqual(where('\uFEFF' + lf.replace(/\n/g, '\r\n')), where(lf));
  });

  it('an alias bomb is parsed in well under a second: aliases are never expanded', () => {
    const start = performance.now();
    const doc = parseDocument(aliasBomb(12), 'compose');
    lintDocument(doc);
    assert.ok(performance.now() - start < 1_000, `took ${Math.round(performance.now() - start)} ms`);
  });

  describe('a 5 MB file', () => {
    const big = (() => {
      const chunk = 'RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n';
      return 'FROM debian:bookworm-slim\n' + chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length));
    })();

    it('is over the limit that the editor and the CLI share, and the limit is under it', () => {
      assert.ok(big.length >= 5 * 1024 * 1024);
      assert.strictEqual(isTooLargeToAnalyse(big.length), true);
      assert.strictEqual(isTooLargeToAnalyse(MAX_ANALYSED_CHARS), false);
    });

    it('gets one clear Korean notice with its size and the limit (English too)', () => {
      assert.strictEqual(tooLargeNotice(big.length, 'ko'), '파일이 너무 커서(5.0MB) Docker 해설이 검사하지 않았어요. 2.0MB까지 검사해요. 편집은 그대로 할 수 있어요.');
      assert.match(tooLargeNotice(big.length, 'en'), /too large \(5\.0MB\).*limit is 2\.0MB/);
    });
  });
});
