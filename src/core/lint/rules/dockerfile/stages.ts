import type { Instruction } from 'dockerfile-ast';
import type { Range } from '../../../types';
import type { DockerfileDocument, DockerfileStage } from '../../../documents/dockerfileDocument';
import { stageAtLine } from '../../../documents/dockerfileDocument';
import { perDocument } from '../../../documents/derived';

// Small questions every Dockerfile rule asks: which keyword, which stage, which stages end up
// in the image that is shipped, which shell runs RUN's text. Kept here so that each rule file
// only says what it looks for.

const KEYWORD = Symbol('keyword');

/**
 * The instruction's keyword in upper case, kept on the instruction: dockerfile-ast upper-cases
 * the written keyword on every call, and rules ask for every instruction. (A property, not a
 * WeakMap: one lookup and nothing for the GC to trace beside the instruction.)
 */
export function keywordOf(instruction: Instruction): string {
  const kept = instruction as Instruction & { [KEYWORD]?: string };
  return (kept[KEYWORD] ??= instruction.getKeyword());
}

/** Every instruction of the file in order, with the stage that holds it (undefined before the first FROM). */
export function instructionsWithStage(doc: DockerfileDocument): { instruction: Instruction; stage?: DockerfileStage }[] {
  return doc.ast.getInstructions().map((instruction) => ({ instruction, stage: stageAtLine(doc, instruction.getRange().start.line) }));
}

// Which stage a stage is built on is one model for every surface (BuildKit's rule, with its source, is there).
export { parentStage, lineage, MAX_LINEAGE } from '../../../model/dockerfileStages';
import { lineage } from '../../../model/dockerfileStages';

/**
 * Indexes of the stages whose layers end up in the final image: the last stage and the stages
 * it is built on. Size advice (caches, package lists) only matters there; a builder stage
 * whose files are copied out selectively does not ship its caches.
 */
export function shippedStageIndexes(doc: DockerfileDocument): ReadonlySet<number> {
  return shippedOf(doc);
}

/** Read once per document: eleven rules ask (copy-archive-then-extract twice). Shared: read-only. */
const shippedOf = perDocument((doc: DockerfileDocument): ReadonlySet<number> => {
  const last = doc.stages[doc.stages.length - 1];
  return new Set(last ? lineage(doc, last).map((s) => s.index) : []);
});

const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

/**
 * Whether RUN's shell form on this line is run by a POSIX shell. False after a SHELL that
 * names powershell/cmd, and on Windows base images (whose default shell is `cmd /S /C`):
 * our shell reading would be wrong there, so shell rules stay silent.
 */
export function isPosixShellAt(doc: DockerfileDocument, stage: DockerfileStage, line: number): boolean {
  const chain = lineage(doc, stage);
  const last = shellBefore(doc, chain, line);
  if (last) {
    const first = firstJsonString(last.getArgumentsContent() ?? '');
    if (first === undefined) return false;
    const base = first.split(/[\\/]/).pop()?.toLowerCase().replace(/\.exe$/, '') ?? '';
    return POSIX_SHELLS.has(base);
  }
  const defaults = defaultShellIsPosix(doc);
  return (defaults[stage.index] ??= readDefaultShellIsPosix(doc, chain));
}

/**
 * The SHELL in effect on `line`: the last one before it in the nearest stage of the lineage
 * (`lineage(doc, stage)`, the stage first) that has one; undefined when the default shell runs.
 */
export function shellBefore(doc: DockerfileDocument, chain: readonly DockerfileStage[], line: number): Instruction | undefined {
  for (const s of chain) {
    let last: Instruction | undefined;
    for (const i of shellInstructions(doc, s)) if (i.getRange().start.line < line) last = i;
    if (last) return last;
  }
  return undefined;
}

/** Per stage, whether its default shell (no SHELL before the line) is POSIX: asked for every RUN. */
const defaultShellIsPosix = perDocument((_doc: DockerfileDocument): (boolean | undefined)[] => []);

function readDefaultShellIsPosix(doc: DockerfileDocument, chain: readonly DockerfileStage[]): boolean {
  if (doc.ast.getEscapeCharacter() === '`') return false;
  const root = chain[chain.length - 1];
  const image = (root?.from.getImage() ?? '').toLowerCase();
  return !/windows|servercore|nanoserver/.test(image);
}

const shells = new WeakMap<DockerfileDocument, Instruction[][]>();

/** A stage's own SHELL instructions, in order (asked for every RUN; found once per document). */
export function shellInstructions(doc: DockerfileDocument, stage: DockerfileStage): Instruction[] {
  let known = shells.get(doc);
  if (!known) {
    known = doc.stages.map((s) => s.instructions.filter((i) => keywordOf(i) === 'SHELL'));
    shells.set(doc, known);
  }
  return known[stage.index];
}

function firstJsonString(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
  } catch {
    return undefined;
  }
}

/** Offsets of an instruction in the document text. */
export function instructionOffsets(doc: DockerfileDocument, instruction: Instruction): { start: number; end: number } {
  const r = instruction.getRange();
  return { start: doc.lines.offsetAt(r.start), end: doc.lines.offsetAt(r.end) };
}

export function rangeOf(doc: DockerfileDocument, start: number, end: number): Range {
  return doc.lines.range(start, end);
}

/** The instruction's keyword range, for reports about the instruction as a whole. */
export function keywordRange(instruction: Instruction): Range {
  return instruction.getInstructionRange();
}
