import type { From, Instruction, Onbuild } from 'dockerfile-ast';
import type { Position } from '../types';
import { rangeContains } from '../types';
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
import { commandRange, directiveHover, formHover, fromPartsHover, heredocHover, variableHover } from './dockerfile/syntaxHover';

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
    return renderHover({ topic, heading: found.heading, facts: found.facts.filter((f) => f !== ''), values: found.values, related: found.related }, found.range, options);
  } catch {
    return null;
  }
}

/** What is under the cursor, most specific first: the table from syntax position to topic. */
export function locate(ctx: DockerfileContext, pos: Position): Found | null {
  const directive = directiveHover(ctx, pos);
  if (directive) return directive;
  const instruction = ctx.doc.ast.getInstructions().find((i) => rangeContains(i.getRange(), pos));
  if (!instruction) return null;
  return locateIn(ctx, instruction, pos, false);
}

function locateIn(ctx: DockerfileContext, instruction: Instruction, pos: Position, inTrigger: boolean): Found | null {
  const keyword = keywordOf(instruction);
  if (rangeContains(instruction.getInstructionRange(), pos)) return instructionHover(ctx, instruction, instruction.getInstructionRange(), inTrigger);
  if (keyword === 'ONBUILD') {
    const trigger = (instruction as Onbuild).getTriggerInstruction();
    if (trigger && rangeContains(trigger.getRange(), pos)) return locateIn(ctx, trigger, pos, true);
  }
  const finders: Array<() => Found | null> = [
    () => flagHover(ctx, instruction, pos),
    () => variableHover(ctx, instruction, pos),
    () => (keyword === 'FROM' ? fromPartsHover(ctx, instruction as From, pos) : null),
    () => heredocHover(ctx, instruction, pos),
    () => commandFormHover(ctx, instruction, pos),
  ];
  for (const find of finders) {
    const found = find();
    if (found) return found;
  }
  // Anywhere else on the line: the instruction itself, highlighted on its arguments.
  const args = instruction.getArgumentsRange() ?? instruction.getRange();
  return instructionHover(ctx, instruction, args, inTrigger);
}

function commandFormHover(ctx: DockerfileContext, instruction: Instruction, pos: Position): Found | null {
  const keyword = keywordOf(instruction);
  if (keyword !== 'RUN' && keyword !== 'CMD' && keyword !== 'ENTRYPOINT') return null;
  const range = commandRange(instruction);
  if (!range || !rangeContains(range, pos)) return null;
  return formHover(ctx, instruction, range);
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
