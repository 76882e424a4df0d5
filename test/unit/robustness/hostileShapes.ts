// Inputs built to be slow for one code path each: the 16 rows of F9 in the security review
// (../shared/reviews/security-robustness.md, payloads rebuilt from their description) and
// shapes of our own, for every file kind. Each generator takes a size in characters and
// repeats its atom until the text is about that long, so a test can compare 25 KB with
// 100 KB: linear code grows ×4, quadratic code ×16. Plain data and string building only: the
// benchmark (scripts/bench.mjs) bundles this file too.
import type { FileKind } from '../../../src/core/types';

export interface HostileShape {
  /** Short name for messages and the benchmark table. */
  name: string;
  kind: FileKind;
  /** `F9.n` for the review's rows, `new` for ours. */
  origin: string;
  /** The text, about `size` characters long. */
  build(size: number): string;
}

/** `prefix` + `atom` repeated to fill `size` + `suffix`. */
function fill(prefix: string, atom: string, suffix: string, size: number): string {
  const count = Math.max(1, Math.floor((size - prefix.length - suffix.length) / atom.length));
  return prefix + atom.repeat(count) + suffix;
}

/** Lines made by `line(i)` until the text is about `size` long, after `head` and before `tail`. */
function lines(head: string, line: (i: number) => string, tail: (count: number) => string, size: number): string {
  const out: string[] = [];
  let length = head.length;
  let i = 0;
  while (length < size - 64) {
    const l = line(i++);
    out.push(l);
    length += l.length + 1;
  }
  return head + out.join('\n') + '\n' + tail(i);
}

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  // ---- the review's F9 table, row by row --------------------------------------------------
  { name: 'ENV A= + "x " words', kind: 'dockerfile', origin: 'F9.1', build: (n) => fill('FROM a\nENV A=', 'x ', '\n', n) },
  { name: 'ENV + "A=1 " pairs', kind: 'dockerfile', origin: 'F9.2', build: (n) => fill('FROM a\nENV ', 'A=1 ', '\n', n) },
  { name: 'FROM + ${A:- nested', kind: 'dockerfile', origin: 'F9.3', build: (n) => fill('FROM ', '${A:-', '\n', n) },
  { name: 'COPY --from= + ${A:- nested', kind: 'dockerfile', origin: 'F9.4', build: (n) => fill('FROM a\nCOPY --from=', '${A:-', '\n', n) },
  { name: 'USER + ${A:- nested', kind: 'dockerfile', origin: 'F9.5', build: (n) => fill('FROM a\nUSER ', '${A:-', '\n', n) },
  { name: 'RUN <<EOF + empty lines', kind: 'dockerfile', origin: 'F9.6', build: (n) => fill('FROM a\nRUN <<EOF\n', '\n', 'EOF\n', n) },
  { name: '# escape= + CRLF lines', kind: 'dockerfile', origin: 'F9.7', build: (n) => fill('# escape=', '\r\n', '', n) },
  { name: 'RUN ["a" + spaces', kind: 'dockerfile', origin: 'F9.8', build: (n) => fill('FROM a\nRUN ["a"', ' ', 'x\n', n) },
  { name: 'RUN --mount= + commas', kind: 'dockerfile', origin: 'F9.9', build: (n) => fill('FROM a\nRUN --mount=', ',', ' echo\n', n) },
  {
    name: 'ARG × n + FROM ${A0}…${An}',
    kind: 'dockerfile',
    origin: 'F9.10',
    // Each ARG line (~9 chars) comes with a `${Ai}` (~7 chars) in the FROM line.
    build: (n) => {
      const count = Math.max(1, Math.floor(n / 17));
      const args = Array.from({ length: count }, (_, i) => `ARG A${i}=x`).join('\n');
      return `${args}\nFROM alpine:${Array.from({ length: count }, (_, i) => `\${A${i}}`).join('')}\nWORKDIR app\n`;
    },
  },
  {
    name: 'chained ENV Ai=${Ai-1}x',
    kind: 'dockerfile',
    origin: 'F9.11',
    build: (n) => lines('FROM a\nENV A0=x\n', (i) => `ENV A${i + 1}=\${A${i}}x`, (c) => `RUN echo $A${c}\n`, n),
  },
  { name: 'Compose key "\\r…"', kind: 'compose', origin: 'F9.12', build: (n) => fill('services:\n  app:\n    image: nginx\n    "', '\r', '": x\n', n) },
  { name: 'shell a@aaa… prompt', kind: 'shell', origin: 'F9.13', build: (n) => fill('a@', 'a', ' docker run x\n', n) },
  { name: 'Markdown a@aaa… prompt in sh fence', kind: 'markdown', origin: 'F9.14', build: (n) => fill('# x\n\n```sh\na@', 'a', ' docker run x\n```\n', n) },
  { name: 'docker run -p 80:80 × n', kind: 'shell', origin: 'F9.15', build: (n) => fill('docker run', ' -p 80:80', ' nginx\n', n) },
  { name: 'docker run -p 1-65535:1-65535 × n', kind: 'shell', origin: 'F9.16', build: (n) => fill('docker run', ' -p 1-65535:1-65535', ' nginx\n', n) },

  // ---- our own shapes ---------------------------------------------------------------------
  { name: 'ARG + ${A:- nested', kind: 'dockerfile', origin: 'new', build: (n) => fill('FROM a\nARG B=', '${A:-', '\n', n) },
  { name: 'closed ${A:-${A:-…x}…}', kind: 'dockerfile', origin: 'new', build: (n) => { const k = Math.floor((n - 20) / 6); return `FROM a\nRUN echo ${'${A:-'.repeat(k)}x${'}'.repeat(k)}\n`; } },
  { name: 'LABEL + "a=b " pairs', kind: 'dockerfile', origin: 'new', build: (n) => fill('FROM a\nLABEL ', 'a=b ', '\n', n) },
  { name: 'EXPOSE 1 2 3 …', kind: 'dockerfile', origin: 'new', build: (n) => fill('FROM a\nEXPOSE', ' 80', '\n', n) },
  { name: 'COPY --from=stage × n lines', kind: 'dockerfile', origin: 'new', build: (n) => lines('FROM a AS s\nFROM b\n', (i) => `COPY --from=s /a${i} /b`, () => '', n) },
  { name: 'many stages FROM + COPY --from previous', kind: 'dockerfile', origin: 'new', build: (n) => lines('FROM a AS s0\n', (i) => `FROM s${i} AS s${i + 1}\nCOPY --from=s${i} /x /y`, () => '', n) },
  { name: 'RUN <<A <<B … heredoc markers', kind: 'dockerfile', origin: 'new', build: (n) => fill('FROM a\nRUN cat', ' <<A', '\nA\n', n) },
  { name: 'RUN with backslash continuations', kind: 'dockerfile', origin: 'new', build: (n) => fill('FROM a\nRUN echo', ' a \\\n', ' b\n', n) },
  { name: 'RUN --mount=type=cache,target=/x,… options', kind: 'dockerfile', origin: 'new', build: (n) => fill('FROM a\nRUN --mount=type=cache', ',target=/x', ' echo\n', n) },
  { name: 'RUN $A$A$A… expansions', kind: 'dockerfile', origin: 'new', build: (n) => fill('FROM a\nARG A\nRUN echo ', '$A', '\n', n) },
  { name: 'HEALTHCHECK CMD + words', kind: 'dockerfile', origin: 'new', build: (n) => fill('FROM a\nHEALTHCHECK CMD', ' x', '\n', n) },
  { name: 'exec form ["a", "a", …]', kind: 'dockerfile', origin: 'new', build: (n) => fill('FROM a\nCMD ["a"', ', "a"', ']\n', n) },
  { name: 'exec form unclosed quotes', kind: 'dockerfile', origin: 'new', build: (n) => fill('FROM a\nCMD [', '"a', '\n', n) },
  { name: 'one long WORKDIR path', kind: 'dockerfile', origin: 'new', build: (n) => fill('FROM a\nWORKDIR ', 'a/', '\n', n) },
  { name: 'FROM a:${A-${A-…', kind: 'dockerfile', origin: 'new', build: (n) => fill('FROM a:', '${A-', '\n', n) },
  {
    name: 'services depending on every earlier one',
    kind: 'compose',
    origin: 'new',
    build: (n) => {
      // Service i depends on s0…s(i-1): quadratic text, so few services; the rules must stay linear in the pairs.
      const parts = ['services:\n'];
      let length = 10;
      for (let i = 0; length < n - 200; i++) {
        const deps = Array.from({ length: Math.min(i, 40) }, (_, k) => `s${i - 1 - k}`).join(', ');
        const s = `  s${i}:\n    image: nginx\n    depends_on: [${deps}]\n`;
        parts.push(s);
        length += s.length;
      }
      return parts.join('');
    },
  },
  { name: 'one service, ports "80:80" × n', kind: 'compose', origin: 'new', build: (n) => fill('services:\n  a:\n    image: nginx\n    ports:\n', '      - "80:80"\n', '', n) },
  { name: 'services each publishing 80', kind: 'compose', origin: 'new', build: (n) => lines('services:\n', (i) => `  s${i}:\n    image: nginx\n    ports: ["80:80"]`, () => '', n) },
  { name: 'one service, volumes /a:/a × n', kind: 'compose', origin: 'new', build: (n) => fill('services:\n  a:\n    image: nginx\n    volumes:\n', '      - /a:/a\n', '', n) },
  { name: 'container_name clash × n', kind: 'compose', origin: 'new', build: (n) => lines('services:\n', (i) => `  s${i}:\n    image: nginx\n    container_name: same`, () => '', n) },
  { name: 'Compose flow seq of quotes', kind: 'compose', origin: 'new', build: (n) => fill('services:\n  a:\n    image: nginx\n    command: [', '"a", ', '"a"]\n', n) },
  { name: 'Compose ${A:-${A:-… interpolation', kind: 'compose', origin: 'new', build: (n) => fill('services:\n  a:\n    image: "', '${A:-', '"\n', n) },
  { name: 'Compose environment × n', kind: 'compose', origin: 'new', build: (n) => lines('services:\n  a:\n    image: nginx\n    environment:\n', (i) => `      A${i}: x`, () => '', n) },
  { name: 'Compose plain scalar of spaces', kind: 'compose', origin: 'new', build: (n) => fill('services:\n  a:\n    image: a', ' ', 'b\n', n) },
  { name: 'Compose block scalar of CRs', kind: 'compose', origin: 'new', build: (n) => fill('services:\n  a:\n    image: nginx\n    command: |\n      a', '\r', 'b\n', n) },
  { name: 'shell: docker run -v /a:/a × n', kind: 'shell', origin: 'new', build: (n) => fill('docker run', ' -v /a:/a', ' nginx\n', n) },
  { name: 'shell: docker run --name x × n lines', kind: 'shell', origin: 'new', build: (n) => lines('', (i) => `docker run --name same -p ${8000 + (i % 1000)}:80 nginx`, () => '', n) },
  { name: 'shell: words with quotes', kind: 'shell', origin: 'new', build: (n) => fill('docker run', ' "a"\'b\'', ' nginx\n', n) },
  { name: 'shell: unclosed $( ', kind: 'shell', origin: 'new', build: (n) => fill('docker run ', '$(', '\n', n) },
  { name: 'shell: a@b:~$ prompts', kind: 'shell', origin: 'new', build: (n) => fill('', 'a@b:~$ docker ps\n', '', n) },
  { name: 'shell: backslash continuations', kind: 'shell', origin: 'new', build: (n) => fill('docker run', ' \\\n  -e A=1', ' nginx\n', n) },
  { name: 'shell: sudo -u x sudo -u x … docker', kind: 'shell', origin: 'new', build: (n) => fill('', 'sudo -u x ', 'docker ps\n', n) },
  { name: 'Markdown: many fences', kind: 'markdown', origin: 'new', build: (n) => fill('# x\n', '```sh\ndocker run -p 80:80 nginx\n```\n', '', n) },
  { name: 'Markdown: unclosed fence of backticks', kind: 'markdown', origin: 'new', build: (n) => fill('```sh\n', '`', '\n', n) },
  { name: 'Markdown: console prompts PS C:\\…>', kind: 'markdown', origin: 'new', build: (n) => fill('```console\nPS C:', '\\a', '> docker ps\n```\n', n) },
  // Containers (markdownFences.ts): every body line re-enters eight block quotes; one line opens n list items.
  { name: 'Markdown: fence in eight block quotes', kind: 'markdown', origin: 'new', build: (n) => fill('> > > > > > > > ```sh\n', '> > > > > > > > docker run -p 80:80 nginx\n', '', n) },
  { name: 'Markdown: one line of n list markers', kind: 'markdown', origin: 'new', build: (n) => fill('', '- ', '```sh\ndocker ps\n', n) },
];

/** The four kinds the core parses, for messages. */
export const SHAPE_KINDS: readonly FileKind[] = ['dockerfile', 'compose', 'shell', 'markdown'];
