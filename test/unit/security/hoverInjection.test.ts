// Hover Markdown injection (security review F6, F14): file text must never become a link, an
// image, a heading or HTML in a hover, whatever value slot it lands in, and a hover stays small
// whatever the file holds. Every hover is rendered with a CommonMark renderer (markdown-it) and
// checked by markupProblems (see markdownSafety.ts).
//
// 1. The review's own reproductions, one test each.
// 2. The matrix: every payload in every value slot of every file kind, hovered at every position
//    of the lines that hold it, in both languages.
// 3. A property (fast-check): payloads built from random pieces of markup, in random slots.
import * as assert from 'assert';
import fc from 'fast-check';
import type { FileKind, Language } from '../../../src/core';
import { explainAt, parseDocument } from '../../../src/core';
import { codeSpan, fillMarkdown, neutralise, ours, MAX_VALUE_CHARS } from '../../../src/core/explain/markdown';
import { MARKER, PAYLOADS, markupProblems } from './markdownSafety';

const SEED = Number(process.env.DOCKER_EXPLAIN_FC_SEED ?? 20261204);

/**
 * Every distinct hover over the lines of `text` that hold `needle` (all lines when absent). A
 * hover's range is skipped once seen (a position inside it gives the same hover).
 */
function hoversOver(text: string, kind: FileKind, needle?: string, languages: readonly Language[] = ['ko', 'en']): string[] {
  const doc = parseDocument(text, kind);
  const lines = text.split('\n');
  const out = new Set<string>();
  lines.forEach((line, l) => {
    if (needle !== undefined && !line.includes(needle) && !lines[l - 1]?.includes(needle)) return;
    for (const language of languages) {
      for (let c = 0; c <= Math.min(line.length, 400); c++) {
        const h = explainAt(doc, { line: l, character: c }, { language, conceptLinks: true });
        if (!h) continue;
        out.add(h.markdown);
        if (h.range.start.line === l && h.range.end.line === l && h.range.end.character > c + 1) c = h.range.end.character - 1;
      }
    }
  });
  return [...out];
}

function problemsIn(text: string, kind: FileKind, needle?: string, languages?: readonly Language[]): string[] {
  const problems: string[] = [];
  for (const markdown of hoversOver(text, kind, needle, languages)) {
    for (const p of markupProblems(markdown)) problems.push(`${p}\n    in: ${markdown.split('\n').find((l) => l.includes(MARKER) || l.includes('evil')) ?? markdown.slice(0, 200)}`);
  }
  return problems;
}

describe('security: the Markdown escaping function', () => {
  it('fences a value with one backtick more than its longest run, padded at a backtick edge (CommonMark 6.1)', () => {
    const rows: [string, string][] = [
      ['a', '`a`'],
      ['a`b', '``a`b``'],
      ['a``b', '```a``b```'],
      ['`a', '`` `a ``'],
      ['a`', '`` a` ``'],
      ['``[x](http://e)``', '``` ``[x](http://e)`` ```'],
      [' a ', '`  a  `'],
      ['  ', '`  `'],
      ['', '`""`'],
    ];
    for (const [input, want] of rows) assert.strictEqual(codeSpan(input).markdown, want, JSON.stringify(input));
  });

  it('neutralises every line break and control character, visibly', () => {
    assert.strictEqual(neutralise('a\nb\r\nc\td'), 'a b c d');
    assert.strictEqual(neutralise('a\rb'), 'a␍b');
    assert.strictEqual(neutralise('\u001b[2K'), '␛[2K');
    assert.strictEqual(neutralise('\u007f\u0000'), '␡␀');
    assert.strictEqual(neutralise('a\u2028b\u2029c\u0085d'), 'a\\u2028b\\u2029c\\u0085d');
    assert.strictEqual(neutralise('\u202eevil'), '\\u202eevil');
  });

  it('cuts a value to MAX_VALUE_CHARS with an ellipsis, never inside a surrogate pair', () => {
    assert.strictEqual(neutralise('x'.repeat(MAX_VALUE_CHARS)), 'x'.repeat(MAX_VALUE_CHARS));
    assert.strictEqual(neutralise('x'.repeat(MAX_VALUE_CHARS + 1)), `${'x'.repeat(MAX_VALUE_CHARS)}…`);
    const emoji = `${'x'.repeat(MAX_VALUE_CHARS - 1)}😀`;
    assert.strictEqual(neutralise(emoji), `${'x'.repeat(MAX_VALUE_CHARS - 1)}…`);
  });

  it('fills a template: file text in a code span of its own or re-fenced inside the template’s span; our Markdown as it is', () => {
    assert.strictEqual(fillMarkdown('컨테이너 {count}개', { count: '[x](http://e)' }), '컨테이너 `[x](http://e)`개');
    assert.strictEqual(fillMarkdown('`ARG {name}` 줄', { name: '`[x](http://e)`' }), '`` ARG `[x](http://e)` `` 줄');
    assert.strictEqual(fillMarkdown('{reach}', { reach: ours('**모든** 인터페이스') }), '**모든** 인터페이스');
    assert.strictEqual(fillMarkdown('줄 {line}', { line: 3 }), '줄 3');
    assert.strictEqual(fillMarkdown('{x}{y}', { x: '' }), '{y}');
  });

  it('keeps choosing the particle after a re-fenced value', () => {
    assert.strictEqual(fillMarkdown('`{keyword}`은/는 달라요', { keyword: 'COPY' }), '`COPY`는 달라요');
    assert.strictEqual(fillMarkdown('`{keyword}`은/는 달라요', { keyword: 'a`FROM' }), '``a`FROM``은 달라요');
    assert.strictEqual(fillMarkdown('{name}을/를 써요', { name: 'web' }), '`web`을 써요');
  });
});

describe('security: hover Markdown injection, the review’s reproductions (F6)', () => {
  const cases: { name: string; kind: FileKind; text: string }[] = [
    {
      name: 'raw value slot: Compose replicas with a link and a remote image',
      kind: 'compose',
      text: 'services:\n  web:\n    image: nginx\n    deploy:\n      replicas: "[이 파일을 고치려면 여기를 누르세요](https://evil.example/fix) ![](https://evil.example/pixel.png)"\n',
    },
    { name: 'single backtick: ARG name in the global template', kind: 'dockerfile', text: 'ARG `[빌드인자문서](https://evil.example/arg)`\nFROM alpine\nARG `[빌드인자문서](https://evil.example/arg)`\n' },
    { name: 'single backtick: stage name in the --target sentence', kind: 'dockerfile', text: 'FROM alpine AS `[x](https://evil.example/s)`\nRUN true\n' },
    { name: 'single backtick: VOLUME example', kind: 'dockerfile', text: 'FROM alpine\nVOLUME `[x](https://evil.example/v)`\n' },
    {
      name: 'double backtick: WORKDIR, ENV, LABEL, EXPOSE, CMD and more',
      kind: 'dockerfile',
      text: [
        'FROM alpine',
        'WORKDIR ``[공식문서](https://evil.example/workdir)``',
        'ENV A ``[x](https://evil.example/env)``',
        'LABEL a=``[x](https://evil.example/label)``',
        'EXPOSE ``[x](https://evil.example/expose)``',
        'STOPSIGNAL ``[x](https://evil.example/sig)``',
        'CMD ``[x](https://evil.example/cmd)``',
        'ENTRYPOINT ``[x](https://evil.example/ep)``',
        'HEALTHCHECK CMD ``[x](https://evil.example/hc)``',
        'ONBUILD RUN ``[x](https://evil.example/ob)``',
        'SHELL ["``[x](https://evil.example/sh)``"]',
        'COPY ``[x](https://evil.example/copy)`` /a',
        'ADD ``[x](https://evil.example/add)`` /a',
        'FOO ``[x](https://evil.example/unknown)``',
        '',
      ].join('\n'),
    },
    { name: 'double backtick: unknown Compose key', kind: 'compose', text: 'services:\n  web:\n    "``[x](https://evil.example/key)``": 1\n' },
    { name: 'lone CR: exec-form CMD', kind: 'dockerfile', text: 'FROM alpine\nCMD ["\\r\\r# 보안 경고\\r\\r[지금 업데이트](https://evil.example/cr)"]\n' },
    { name: 'lone CR: Compose name', kind: 'compose', text: 'name: "\\r\\r# 보안 경고\\r\\r[지금 업데이트](https://evil.example/cr)"\nservices:\n  web:\n    image: nginx\n' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const hovers = hoversOver(c.text, c.kind);
      assert.ok(hovers.length > 0, 'no hover at all');
      const problems = hovers.flatMap((h) => markupProblems(h).map((p) => `${p}\n${h}`));
      assert.deepStrictEqual(problems, []);
    });
  }
});

describe('security: hover size stays bounded (F14)', () => {
  const nested = `FROM ${'${A:-'.repeat(20000)}x${'}'.repeat(20000)}\n`;
  const shapes: { name: string; kind: FileKind; text: string; at: { line: number; character: number } }[] = [
    { name: 'a 98 KB FROM line of nested defaults', kind: 'dockerfile', text: nested, at: { line: 0, character: 6 } },
    { name: 'COPY --from= a 25 KB value', kind: 'dockerfile', text: `FROM a\nCOPY --from=${'${A:-'.repeat(5000)} a b\n`, at: { line: 1, character: 14 } },
    { name: 'a Compose key of 100,000 CRs', kind: 'compose', text: `services:\n  web:\n    "${'\\r'.repeat(50000)}": 1\n`, at: { line: 2, character: 6 } },
    { name: 'an ENV of 2,000 pairs', kind: 'dockerfile', text: `FROM a\nENV ${'A=1 '.repeat(2000)}\n`, at: { line: 1, character: 1 } },
  ];
  for (const s of shapes) {
    it(`${s.name}: under 8 KB`, function () {
      this.timeout(60000);
      const h = explainAt(parseDocument(s.text, s.kind), s.at, { language: 'ko' });
      assert.ok(h, 'a hover');
      assert.ok(h.markdown.length < 8000, `${h.markdown.length} characters`);
      assert.ok(!h.markdown.includes('\r'), 'a raw CR');
    });
  }
});

// ------------------------------------------------------------------ the matrix


/** A slot: a file with `§` where a value goes, and how the payload is written there. */
interface Slot {
  kind: FileKind;
  text: string;
  /** json: as a JSON/YAML double-quoted string (every character survives); raw: as it is. */
  as: 'raw' | 'json' | 'single';
}

const D = (text: string): Slot => ({ kind: 'dockerfile', text, as: 'raw' });
const DJ = (text: string): Slot => ({ kind: 'dockerfile', text, as: 'json' });
const C = (text: string): Slot => ({ kind: 'compose', text, as: 'json' });
const S = (text: string): Slot => ({ kind: 'shell', text, as: 'single' });
const SR = (text: string): Slot => ({ kind: 'shell', text, as: 'raw' });
const M = (text: string): Slot => ({ kind: 'markdown', text: `# 실행\n\n\`\`\`sh\n${text}\n\`\`\`\n`, as: 'single' });

const svc = (body: string) => `services:\n  web:\n    image: nginx\n${body}\n`;

export const SLOTS: Slot[] = [
  // Dockerfile: instructions, flags, variables, stage names, image references.
  D('# syntax=§\nFROM alpine'), D('# check=skip=§\nFROM alpine'), D('# check=error=§\nFROM alpine'),
  D('FROM §'), D('FROM alpine:§'), D('FROM §/x:1'), D('FROM alpine@sha256:§'), D('FROM --platform=§ alpine'), D('FROM alpine AS §\nRUN true'),
  D('FROM alpine AS §\nFROM alpine\nCOPY --from=§ /a /b'), D('ARG §\nFROM alpine\nARG §'), D('ARG A=§\nFROM $A'), D('FROM alpine\nARG §=1\nRUN echo $§'),
  D('FROM alpine\nENV A=§'), D('FROM alpine\nENV § x'), D('FROM alpine\nENV A=1 B=§ C=3'), D('FROM alpine\nLABEL a=§'), D('FROM alpine\nLABEL §=x'),
  D('FROM alpine\nWORKDIR §'), D('FROM alpine\nWORKDIR /a\nWORKDIR §'), D('FROM alpine\nUSER §'), D('FROM alpine\nUSER a:§'), D('FROM alpine\nEXPOSE §'),
  D('FROM alpine\nVOLUME §'), D('FROM alpine\nSTOPSIGNAL §'), D('FROM alpine\nCMD §'), D('FROM alpine\nRUN §'), D('FROM alpine\nENTRYPOINT §'),
  D('FROM alpine\nRUN --mount=type=cache,target=§ true'), D('FROM alpine\nRUN --mount=type=§ true'), D('FROM alpine\nRUN --mount=type=cache,sharing=§ true'),
  D('FROM alpine\nRUN --mount=type=secret,id=§ true'), D('FROM alpine\nRUN --mount=§ true'), D('FROM alpine\nRUN --network=§ true'), D('FROM alpine\nRUN --security=§ true'),
  D('FROM alpine\nCOPY --from=§ /a /b'), D('FROM alpine\nCOPY --chown=§ a b'), D('FROM alpine\nCOPY --chmod=§ a b'), D('FROM alpine\nCOPY --link=§ a b'),
  D('FROM alpine\nCOPY § /dst/'), D('FROM alpine\nCOPY a §'), D('FROM alpine\nWORKDIR /w\nCOPY a §'), D('FROM alpine\nADD § /x'), D('FROM alpine\nADD https://e/§ /x'),
  D('FROM alpine\nADD --checksum=§ https://e/a /x'), D('FROM alpine\nHEALTHCHECK --interval=§ CMD true'), D('FROM alpine\nHEALTHCHECK CMD §'),
  D('FROM alpine\nONBUILD RUN §'), D('FROM alpine\nONBUILD §'), D('FROM alpine\n§ x'), D('FROM alpine\nRUN --§=1 true'),
  D('FROM alpine\nRUN echo ${§:-x}'), D('FROM alpine\nRUN echo ${A:-§}'), D('FROM alpine\nARG A\nRUN echo ${A:+§}'), D('FROM alpine\nRUN echo $§'),
  D('FROM alpine\nRUN <<§\nx\n§'), D('FROM alpine\nCOPY <<§ /a\nx\n§'), D('FROM alpine\nMAINTAINER §'), D('FROM alpine\nSHELL §'),
  DJ('FROM alpine\nCMD [§]'), DJ('FROM alpine\nENTRYPOINT [§, "x"]'), DJ('FROM alpine\nSHELL [§, "-c"]'), DJ('FROM alpine\nVOLUME [§]'), DJ('FROM alpine\nRUN [§]'),
  DJ('FROM alpine\nENTRYPOINT ["a"]\nCMD [§]'), DJ('FROM alpine\nCOPY [§, "/b"]'),
  // Compose: keys, values, ports, volumes, service names, environment.
  C('name: §\nservices:\n  web:\n    image: nginx'), C('services:\n  §:\n    image: nginx'), C('services:\n  web:\n    image: §'),
  C(svc('    container_name: §')), C(svc('    hostname: §')), C(svc('    command: §')), C(svc('    command: [§]')), C(svc('    entrypoint: §')),
  C(svc('    user: §')), C(svc('    working_dir: §')), C(svc('    restart: §')), C(svc('    ports: [§]')), C(svc('    ports:\n      - target: 80\n        published: §')),
  C(svc('    ports:\n      - target: §')), C(svc('    ports:\n      - target: 80\n        host_ip: §')), C(svc('    ports:\n      - target: 80\n        protocol: §')),
  C(svc('    expose: [§]')), C(svc('    volumes: [§]')), C(svc('    volumes:\n      - type: bind\n        source: §\n        target: /a')),
  C(svc('    volumes:\n      - type: tmpfs\n        target: §')), C(svc('    tmpfs: [§]')), C(svc('    environment:\n      A: §')), C(svc('    environment:\n      §: x')),
  C(svc('    environment: [§]')), C(svc('    env_file: §')), C(svc('    depends_on: [§]')), C(svc('    depends_on:\n      §:\n        condition: service_started')),
  C(svc('    depends_on:\n      db:\n        condition: §')), C(svc('    networks: [§]')), C(svc('    networks:\n      §: {}')), C(svc('    network_mode: §')),
  C(svc('    deploy:\n      replicas: §')), C(svc('    deploy:\n      resources:\n        limits:\n          cpus: §\n          memory: §')), C(svc('    cpus: §')),
  C(svc('    mem_limit: §')), C(svc('    healthcheck:\n      test: ["CMD", §]')), C(svc('    healthcheck:\n      test: [§]')), C(svc('    healthcheck:\n      test: §')),
  C(svc('    healthcheck:\n      interval: §')), C(svc('    labels:\n      §: x')), C(svc('    labels:\n      a: §')), C(svc('    labels: [§]')),
  C(svc('    logging:\n      driver: §')), C(svc('    platform: §')), C(svc('    stop_signal: §')), C(svc('    cap_add: [§]')), C(svc('    extra_hosts: [§]')),
  C(svc('    extra_hosts:\n      §: 1.2.3.4')), C(svc('    build: §')), C(svc('    build:\n      context: §\n      dockerfile: §')), C(svc('    secrets: [§]')),
  C(svc('    volumes_from: [§]')), C(svc('    pull_policy: §')), C(svc('    profiles: [§]')), C(svc('    links: [§]')), C(svc('    dns: §')), C(svc('    init: §')),
  C(svc('    §: 1')), C(svc('    x-§: 1')), C('x-§:\n  image: a\nservices:\n  web:\n    image: nginx'), C('version: §\nservices:\n  web:\n    image: nginx'),
  C('services:\n  web:\n    image: nginx\nvolumes:\n  §: {}'), C('services:\n  web:\n    image: nginx\n    networks: [front]\nnetworks:\n  front:\n    name: §'),
  C('services:\n  web:\n    image: nginx\nnetworks:\n  §:\n    external: true'), C('services:\n  web:\n    image: nginx\n    volumes: ["data:/d"]\nvolumes:\n  data:\n    driver: §'),
  C('§: 1\nservices:\n  web:\n    image: nginx'),
  // `docker` commands in shell scripts and Markdown.
  S('docker run --name § nginx'), S('docker run -p § nginx'), S('docker run -v § nginx'), S('docker run -e § nginx'), S('docker run --mount § nginx'),
  S('docker run §'), S('docker run nginx §'), S('docker run --cpus § nginx'), S('docker run --network § nginx'), S('docker run -u § nginx'),
  S('docker build -t § .'), S('docker build --build-arg § .'), S('docker build -f § .'), S('docker build --target § .'), S('docker build §'),
  S('docker compose up §'), S('docker compose -f § up'), S('docker exec § ls'), S('docker pull §'), S('docker push §'), S('docker volume create §'),
  SR('docker §'), SR('docker run --§ x nginx'), SR('docker run -§ nginx'), SR('§ docker run nginx'),
  M('docker run --name § nginx'), M('$ docker run -p § nginx'), M('docker build -t § .'), M('docker compose up §'),
];

function place(slot: Slot, payload: string): string {
  const value = slot.as === 'json' ? JSON.stringify(payload) : slot.as === 'single' ? `'${payload}'` : payload;
  return slot.text.split('§').join(value);
}

describe('security: every payload in every value slot of every file kind gives safe hovers (F6)', function () {
  this.timeout(600000);
  it(`${PAYLOADS.length} payloads × ${SLOTS.length} slots: no link, image, heading or HTML from the file`, () => {
    const problems: string[] = [];
    let hovers = 0;
    for (const slot of SLOTS) {
      for (const payload of PAYLOADS) {
        const text = place(slot, payload);
        hovers += hoversOver(text, slot.kind, MARKER, ['ko']).length;
        for (const p of problemsIn(text, slot.kind, MARKER, ['ko'])) problems.push(`${slot.kind} ${JSON.stringify(slot.text)} ← ${JSON.stringify(payload)}: ${p}`);
      }
    }
    assert.ok(hovers > SLOTS.length * PAYLOADS.length, `only ${hovers} hovers`);
    assert.deepStrictEqual(problems.slice(0, 20), [], `${problems.length} problems`);
  });

  it('random payloads from pieces of markup, in random slots (fast-check)', () => {
    const piece = fc.constantFrom(
      '[', ']', '(', ')', '<', '>', '!', '#', '*', '_', '|', '&', ';', '\\', '"', "'", ':', '/', 'http://evil.example/', 'www.', '.com',
      '`', '``', '```', '````', '\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', '\t', ' ', '  ', '-', '=', '{', '}', '$', MARKER, '한글',
    );
    fc.assert(
      fc.property(fc.constantFrom(...SLOTS), fc.array(piece, { minLength: 1, maxLength: 24 }), (slot, pieces) => {
        const payload = `${MARKER}${pieces.join('')}`;
        const text = place(slot, payload);
        const problems = problemsIn(text, slot.kind, MARKER);
        assert.deepStrictEqual(problems, [], `${JSON.stringify(text)}`);
      }),
      { seed: SEED, numRuns: Number(process.env.DOCKER_EXPLAIN_FC_RUNS ?? 0) || 300, endOnFailure: true },
    );
  });
});
