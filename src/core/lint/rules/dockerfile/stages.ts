import type { Instruction } from 'dockerfile-ast';
import type { Range } from '../../../types';
import type { DockerfileDocument, DockerfileStage } from '../../../documents/dockerfileDocument';
import { stageAtLine } from '../../../documents/dockerfileDocument';

// Small questions every Dockerfile rule asks: which keyword, which stage, which stages end up
// in the image that is shipped, which shell runs RUN's text. Kept here so that each rule file
// only says what it looks for.

export function keywordOf(instruction: Instruction): string {
  return instruction.getKeyword().toUpperCase();
}

/** Every instruction of the file in order, with the stage that holds it (undefined before the first FROM). */
export function instructionsWithStage(doc: DockerfileDocument): { instruction: Instruction; stage?: DockerfileStage }[] {
  return doc.ast.getInstructions().map((instruction) => ({ instruction, stage: stageAtLine(doc, instruction.getRange().start.line) }));
}

/** The earlier stage a stage is built `FROM`, if its base is a stage of this file. */
export function parentStage(doc: DockerfileDocument, stage: DockerfileStage): DockerfileStage | undefined {
  const base = stage.from.getImageName();
  if (!base) return undefined;
  const lower = base.toLowerCase();
  for (let i = stage.index - 1; i >= 0; i--) {
    const s = doc.stages[i];
    if (s.name !== undefined && s.name.toLowerCase() === lower) return s;
  }
  return undefined;
}

/** The stage and the stages it is built on, nearest first (cycles cannot happen: parents come earlier). */
export function lineage(doc: DockerfileDocument, stage: DockerfileStage): DockerfileStage[] {
  const out: DockerfileStage[] = [];
  let current: DockerfileStage | undefined = stage;
  while (current) {
    out.push(current);
    current = parentStage(doc, current);
  }
  return out;
}

/**
 * Indexes of the stages whose layers end up in the final image: the last stage and the stages
 * it is built on. Size advice (caches, package lists) only matters there; a builder stage
 * whose files are copied out selectively does not ship its caches.
 */
export function shippedStageIndexes(doc: DockerfileDocument): Set<number> {
  const last = doc.stages[doc.stages.length - 1];
  return new Set(last ? lineage(doc, last).map((s) => s.index) : []);
}

const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

/**
 * Whether RUN's shell form on this line is run by a POSIX shell. False after a SHELL that
 * names powershell/cmd, and on Windows base images (whose default shell is `cmd /S /C`):
 * our shell reading would be wrong there, so shell rules stay silent.
 */
export function isPosixShellAt(doc: DockerfileDocument, stage: DockerfileStage, line: number): boolean {
  for (const s of lineage(doc, stage)) {
    const shells = s.instructions.filter((i) => keywordOf(i) === 'SHELL' && i.getRange().start.line < line);
    const last = shells[shells.length - 1];
    if (last) {
      const first = firstJsonString(last.getArgumentsContent() ?? '');
      if (first === undefined) return false;
      const base = first.split(/[\\/]/).pop()?.toLowerCase().replace(/\.exe$/, '') ?? '';
      return POSIX_SHELLS.has(base);
    }
  }
  if (doc.ast.getEscapeCharacter() === '`') return false;
  const root = lineage(doc, stage).pop();
  const image = (root?.from.getImage() ?? '').toLowerCase();
  return !/windows|servercore|nanoserver/.test(image);
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
