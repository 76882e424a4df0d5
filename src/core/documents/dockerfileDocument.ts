import type { Dockerfile, From, Instruction } from 'dockerfile-ast';
import type { Range } from '../types';
import { LineIndex } from './lineIndex';
import { parseDockerfileAst } from './dockerfileAstMemo';

/** Instructions that write files and so add a filesystem layer to the image. */
export const LAYER_INSTRUCTIONS: ReadonlySet<string> = new Set(['RUN', 'COPY', 'ADD']);

export interface DockerfileStage {
  /** 0-based position among the file's FROM instructions. */
  index: number;
  /** The `AS name`, if any, as written. */
  name?: string;
  nameRange?: Range;
  from: From;
  /** Every instruction of the stage, FROM first. */
  instructions: Instruction[];
}

export interface DockerfileDocument {
  kind: 'dockerfile';
  text: string;
  lines: LineIndex;
  ast: Dockerfile;
  stages: DockerfileStage[];
  /** ARG instructions before the first FROM: the only ones FROM lines can use. */
  globalArgs: Instruction[];
}

export function parseDockerfile(text: string): DockerfileDocument {
  const ast = parseDockerfileAst(text);
  const stages: DockerfileStage[] = [];
  const globalArgs: Instruction[] = [];
  let current: DockerfileStage | undefined;
  for (const instruction of ast.getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase();
    if (keyword === 'FROM') {
      const from = instruction as From;
      current = {
        index: stages.length,
        name: from.getBuildStage() ?? undefined,
        nameRange: from.getBuildStageRange() ?? undefined,
        from,
        instructions: [instruction],
      };
      stages.push(current);
    } else if (current) {
      current.instructions.push(instruction);
    } else if (keyword === 'ARG') {
      globalArgs.push(instruction);
    }
  }
  return { kind: 'dockerfile', text, lines: new LineIndex(text), ast, stages, globalArgs };
}

/** The stage that holds a line, if any. */
export function stageAtLine(doc: DockerfileDocument, line: number): DockerfileStage | undefined {
  // Binary search over the FROM lines (stages are in file order): rules ask this for every
  // instruction, and a file of hundreds of stages made a linear scan a large share of the lint.
  const stages = doc.stages;
  let low = 0;
  let high = stages.length - 1;
  let found: DockerfileStage | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (stages[mid].from.getRange().start.line <= line) {
      found = stages[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Finds a stage by `AS` name (case-insensitive, as BuildKit compares them) or by index. */
// Stage names, lower-cased, to the first stage of that name: built once per document, because a
// scan per lookup made the layer stacks quadratic in the number of stages (1 MB of
// `FROM sN AS sN+1`: a 2 s hover).
const stagesByName = new WeakMap<DockerfileDocument, Map<string, DockerfileStage>>();

export function findStage(doc: DockerfileDocument, ref: string): DockerfileStage | undefined {
  let names = stagesByName.get(doc);
  if (!names) {
    names = new Map();
    for (const s of doc.stages) {
      const key = s.name?.toLowerCase();
      if (key !== undefined && !names.has(key)) names.set(key, s);
    }
    stagesByName.set(doc, names);
  }
  const byName = names.get(ref.toLowerCase());
  if (byName) return byName;
  if (/^\d+$/.test(ref)) return doc.stages[Number(ref)];
  return undefined;
}
