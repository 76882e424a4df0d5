import type { Instruction } from 'dockerfile-ast';
import type { Position } from '../types';
import type { DockerfileDocument } from '../documents/dockerfileDocument';
import { getTopic } from '../knowledge';
import type { HoverResult, RenderOptions } from './hover';
import { code, renderHover } from './hover';
import type { Found } from './dockerfile/context';
import type { DockerfileContext } from './dockerfile/context';
import { contextFor, keywordOf } from './dockerfile/context';
import { cacheFact, layerFact } from './dockerfile/layerFacts';
import { INSTRUCTION_FACTS, instructionValues, noShellFact } from './dockerfile/instructionFacts';
import { flagHover } from './dockerfile/flagHover';
import { checkCommentHover, directiveHover, formHover, heredocHover, imageHover, stageFound, variableHover } from './dockerfile/syntaxHover';
import { locateDockerfile } from '../syntax/dockerfilePath';
import type { DockerfilePath, DockerfileStep, DockerfileStepKind } from '../syntax/dockerfilePath';

/**
 * The hover for a position in a Dockerfile, or null when nothing there has an explanation.
 * Never throws: a Dockerfile being typed is often half-written.
 */
export function explainDockerfile(doc: DockerfileDocument, pos: Position, options: RenderOptions): HoverResult | null {
  try {
    const ctx = contextFor(doc, options.language);
    const found = locate(ctx, pos);
    if (!found) return null;
    const topic = getTopic(found.topicId);
    if (!topic) return null;
    return renderHover({ topic, heading: found.heading, lead: found.lead, facts: found.facts.filter((f) => f !== ''), values: found.values, related: found.related }, found.range, options);
  } catch {
    return null;
  }
}

type Step<K extends DockerfileStepKind> = Extract<DockerfileStep, { kind: K }>;
type InstructionStep = Step<'instruction'>;
type Row<K extends DockerfileStepKind> = (ctx: DockerfileContext, step: Step<K>, instruction: InstructionStep | undefined, pos: Position) => Found | null;

/**
 * The table from the last step of the syntax path (src/core/syntax/dockerfilePath.ts) to the
 * finder that explains it. A row that finds nothing to say falls back to the instruction.
 */
const HOVER_ROWS: { [K in DockerfileStepKind]: Row<K> } = {
  directive: (ctx, step) => directiveHover(ctx, step.directive),
  checkComment: (ctx, _step, _i, pos) => checkCommentHover(ctx, pos),
  instruction: (ctx, step) => argumentsHover(ctx, step),
  keyword: (ctx, step, i) => (i ? instructionHover(ctx, i.instruction, step.range, i.inTrigger) : null),
  flag: (ctx, step, i, pos) => (i ? flagHover(ctx, i.instruction, step.flag, pos) : null),
  // An option is explained by its flag, with the option under the cursor first.
  option: () => null,
  variable: (ctx, step, i) => (i ? variableHover(ctx, i.instruction, step.variable) : null),
  stageName: (ctx, step) => stageFound(ctx, step.stage, step.range),
  image: (ctx, step) => imageHover(ctx, step.from, step.range),
  heredoc: (ctx, step, i) => (i ? heredocHover(ctx, i.instruction, step.heredoc) : null),
  command: (ctx, step, i) => (i ? formHover(ctx, i.instruction, step.range) : null),
  arguments: (ctx, _step, i) => (i ? argumentsHover(ctx, i) : null),
};

/** What is under the cursor: the syntax path's steps, innermost first, until one has something to say. */
export function locate(ctx: DockerfileContext, pos: Position): Found | null {
  const path: DockerfilePath = locateDockerfile(ctx.doc, pos);
  const instruction = [...path].reverse().find((s): s is InstructionStep => s.kind === 'instruction');
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i];
    const row = HOVER_ROWS[step.kind] as Row<DockerfileStepKind>;
    const found = row(ctx, step, instruction, pos);
    if (found) return found;
  }
  return null;
}

/** Anywhere else on the line: the instruction itself, highlighted on its arguments. */
function argumentsHover(ctx: DockerfileContext, step: InstructionStep): Found | null {
  const args = step.instruction.getArgumentsRange() ?? step.instruction.getRange();
  return instructionHover(ctx, step.instruction, args, step.inTrigger);
}

function instructionHover(ctx: DockerfileContext, instruction: Instruction, range: Found['range'], inTrigger: boolean): Found | null {
  const keyword = keywordOf(instruction);
  const topicId = `dockerfile.${keyword}`;
  if (!getTopic(topicId)) {
    const written = instruction.getInstruction();
    const facts = [ctx.say.t('dockerfile.unknownInstruction', 'keyword', { keyword: code(written) })];
    return { topicId: 'dockerfile.unknownInstruction', range, heading: written, facts };
  }
  const facts = [...(INSTRUCTION_FACTS[keyword]?.(ctx, instruction) ?? [])];
  if (keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT') facts.unshift(noShellFact(ctx, instruction) ?? '');
  if (inTrigger) facts.push(ctx.say.t('dockerfile.common', 'triggerNote'));
  else {
    facts.push(layerFact(ctx, instruction));
    facts.push(cacheFact(ctx, instruction));
  }
  return { topicId, range, heading: keyword, facts, values: instructionValues(ctx, instruction), related: ['dockerfile.common'] };
}
