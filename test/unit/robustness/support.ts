// Shared by the robustness suites: the corpus, the calls we attack, and a time bound per call.
// Everything goes through the public core API (src/core/index.ts), so hovers, rules and panel
// models that other engineers add are attacked too, without this file changing.
import * as fs from 'fs';
import * as path from 'path';
import * as core from '../../../src/core';
import type { FileKind, ParsedDocument, Position } from '../../../src/core';

/** The repository root, found from the compiled test's location (out/test/unit/robustness). */
export const repoRoot = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || path.basename(dir) === 'out') {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
})();

/** `../shared/corpus` beside the repo: real Dockerfiles and Compose files from public projects. */
export const corpusRoot = path.resolve(repoRoot, '..', 'shared', 'corpus');

export interface CorpusFile {
  /** Path below the corpus root, for messages. */
  name: string;
  kind: FileKind;
  text: string;
}

/** Every corpus file the core has a kind for (Dockerfiles and their templates, Compose files, the Markdown notes). */
export function corpusFiles(): CorpusFile[] {
  const out: CorpusFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        // Generator templates (Dockerfile-alpine.template) are not linted as Dockerfiles, but they
        // are Dockerfile text all the same: attack them as such.
        const kind = core.fileKindOf(full) ?? (/dockerfile/i.test(entry.name) ? 'dockerfile' : undefined);
        if (kind) out.push({ name: path.relative(corpusRoot, full), kind, text: fs.readFileSync(full, 'utf8') });
      }
    }
  };
  walk(corpusRoot);
  return out;
}

/**
 * A generous bound per call: a hang detector, not a speed test (the benchmark measures speed).
 * A call on a 2-core CI machine that takes this long on a small input is a pathological
 * algorithm (exponential regex, quadratic walk over a bomb), not noise.
 */
export const CALL_BOUND_MS = 2_000;

/**
 * Milliseconds of CPU this process has used. The bound is on CPU time, not wall time: on a
 * machine shared with other jobs a call can wait for a core for seconds without being slow
 * itself, while a runaway algorithm burns CPU either way.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Fails unless the work grows about linearly from `small` to `large` (4× the size): linear work
 * grows about ×4, quadratic ×16, so a growth up to `maxGrowth` (8 by default) passes whatever the
 * machine's speed. Each size is timed twice, keeping the faster, and the pair up to three times:
 * several people share two cores, so one slow run is not a verdict. Below `noiseFloorMs` at the
 * large size the work is too small to judge.
 */
export function assertGrowsLinearly<T>(
  what: string,
  timeOf: (input: T) => number,
  small: T,
  large: T,
  { maxGrowth = 8, noiseFloorMs = 50 }: { maxGrowth?: number; noiseFloorMs?: number } = {},
): void {
  let growth = 0;
  let largeMs = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    const smallMs = Math.max(1, Math.min(timeOf(small), timeOf(small)));
    largeMs = Math.min(timeOf(large), timeOf(large));
    growth = largeMs / smallMs;
    if (largeMs < noiseFloorMs || growth <= maxGrowth) return;
  }
  throw new Error(`${what}: ×${growth.toFixed(1)} (${largeMs.toFixed(0)} ms at the large size)`);
}

/** Runs one call, turning an exception or an overlong call into a failure that names the input. */
export function bounded<T>(what: string, fn: () => T, boundMs = CALL_BOUND_MS): T {
  const start = cpuMs();
  let result: T;
  try {
    result = fn();
  } catch (err) {
    throw new Error(`${what} threw: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  }
  const took = cpuMs() - start;
  if (took > boundMs) throw new Error(`${what} took ${Math.round(took)} ms of CPU (bound ${boundMs} ms)`);
  return result;
}

/**
 * Model builders the panel draws from, picked up at run time so that models added by other
 * engineers are attacked too: every function exported by a module of `src/core/model/` whose
 * first parameter is the parsed document (`doc`) and whose other parameters, if any, are the
 * lint results (`diagnostics`) and the file's identity (`file`), as in the panel's
 * `buildFileView(doc, diagnostics, file)`. Each is applied only to the kinds of document it
 * accepts on a plain, valid file (so `layerStacks` gets Dockerfiles); after that, on those kinds,
 * it must never throw.
 */
const SAMPLES: Record<FileKind, string> = {
  dockerfile: 'FROM node:20 AS build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=build /app /usr/share/nginx/html\nEXPOSE 80\n',
  compose: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n    volumes: [data:/data]\n    depends_on: [db]\n  db:\n    image: postgres:16\nvolumes:\n  data: {}\n',
  shell: 'docker run -d -p 8080:80 -v data:/data nginx:1.27\n',
  markdown: '# Run\n\n```sh\ndocker run --rm -it alpine:3.20 sh\n```\n',
};

export interface ModelBuilder {
  name: string;
  kinds: FileKind[];
  build(doc: ParsedDocument): unknown;
}

const MODEL_ARGUMENTS = new Set(['diagnostics', 'file']);

function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const m = /^[^(]*\(([^)]*)\)/.exec(Function.prototype.toString.call(fn));
  return m ? m[1].split(',').map((p) => p.trim().replace(/\s*=.*$/, '')).filter(Boolean) : [];
}

function modelArguments(params: string[], doc: ParsedDocument): unknown[] {
  return params.map((p, i) => {
    if (i === 0) return doc;
    if (p === 'diagnostics') return core.lintDocument(doc);
    return { fileName: 'robustness', uri: 'untitled:robustness', version: 1 };
  });
}

export const modelBuilders: ModelBuilder[] = (() => {
  const builders: ModelBuilder[] = [];
  const modelDir = path.join(repoRoot, 'out', 'src', 'core', 'model');
  const modules = fs.existsSync(modelDir) ? fs.readdirSync(modelDir).filter((f) => f.endsWith('.js')).sort() : [];
  for (const file of modules) {
    let exports: Record<string, unknown>;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- found at run time on purpose (see above)
      exports = require(path.join(modelDir, file)) as Record<string, unknown>;
    } catch {
      continue; // a stale compiled file whose source is gone: not part of the core any more
    }
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'function') continue;
      const fn = value as (...args: unknown[]) => unknown;
      const params = parameterNames(fn);
      if (params[0] !== 'doc' || !params.slice(1).every((p) => MODEL_ARGUMENTS.has(p))) continue;
      const build = (doc: ParsedDocument) => fn(...modelArguments(params, doc));
      const kinds = (Object.keys(SAMPLES) as FileKind[]).filter((kind) => {
        try {
          build(core.parseDocument(SAMPLES[kind], kind));
          return true;
        } catch {
          return false;
        }
      });
      if (kinds.length) builders.push({ name: `${file.replace(/\.js$/, '')}.${name}`, kinds, build });
    }
  }
  return builders;
})();

/** Positions worth probing in a text: every line's start, middle, end and past its end, plus outside the file. */
export function probePositions(text: string, maxLines = 400): Position[] {
  const lines = text.split(/\r\n|\r|\n/);
  const step = Math.max(1, Math.ceil(lines.length / maxLines));
  const out: Position[] = [];
  for (let line = 0; line < lines.length; line += step) {
    const len = lines[line].length;
    for (const character of new Set([0, 1, Math.floor(len / 3), Math.floor(len / 2), len - 1, len, len + 3])) {
      if (character >= 0) out.push({ line, character });
    }
  }
  out.push({ line: lines.length, character: 0 }, { line: lines.length + 10, character: 5 }, { line: -1, character: 0 }, { line: 0, character: -1 });
  return out;
}

export interface AttackReport {
  diagnostics: number;
  hovers: number;
  slowestMs: number;
}

/**
 * Parse, lint (both languages), explain at each position (both languages) and build every
 * model: never an exception, each call within the bound, and results that hold together
 * (ranges inside the file, non-empty texts).
 */
export function attack(label: string, text: string, kind: FileKind, positions: Position[] = probePositions(text)): AttackReport {
  let slowest = 0;
  const timed = <T>(what: string, fn: () => T): T => {
    const start = cpuMs();
    const result = bounded(`${label}: ${what}`, fn);
    slowest = Math.max(slowest, cpuMs() - start);
    return result;
  };
  const doc = timed('parseDocument', () => core.parseDocument(text, kind));
  let diagnostics = 0;
  for (const language of ['ko', 'en'] as const) {
    const found = timed(`lintDocument (${language})`, () => core.lintDocument(doc, { language }));
    for (const d of found) {
      if (!d.message || d.message.trim() === '') throw new Error(`${label}: rule ${d.rule} gave an empty message`);
      if (!isRange(d.range)) throw new Error(`${label}: rule ${d.rule} gave a bad range ${JSON.stringify(d.range)}`);
    }
    diagnostics = found.length;
  }
  let hovers = 0;
  for (const pos of positions) {
    for (const language of ['ko', 'en'] as const) {
      const result = timed(`explainAt ${pos.line}:${pos.character} (${language})`, () => core.explainAt(doc, pos, { language, conceptLinks: language === 'ko' }));
      if (result) {
        hovers++;
        if (!result.markdown.trim()) throw new Error(`${label}: empty hover at ${pos.line}:${pos.character}`);
        if (!isRange(result.range)) throw new Error(`${label}: bad hover range at ${pos.line}:${pos.character}: ${JSON.stringify(result.range)}`);
      }
    }
  }
  for (const builder of modelBuilders) {
    if (builder.kinds.includes(kind)) timed(`${builder.name}()`, () => builder.build(doc));
  }
  return { diagnostics, hovers, slowestMs: slowest };
}

function isRange(r: { start: Position; end: Position } | undefined): boolean {
  if (!r) return false;
  const ok = (p: Position) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0;
  return ok(r.start) && ok(r.end) && (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character));
}
