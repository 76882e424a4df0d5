// What is at a position of a Dockerfile, as a typed path from the outside in:
// instruction › flag › option, or instruction › variable, heredoc, image, stage name, command.
// Hover, completion and navigation all start from this one answer and dispatch on the last
// step's `kind` by table (src/core/explain/explainDockerfile.ts, src/core/complete/), so a new
// topic or completion context is one row there and nothing here.
//
// The order in which an instruction's parts are tried is the order the hover always used:
// a flag before a variable inside it, a variable before the heredoc or command around it.

import type { Flag, From, Heredoc, Instruction, Onbuild, ParserDirective, Variable } from 'dockerfile-ast';

type FlagOption = ReturnType<Flag['getOptions']>[number];
import type { Position, Range } from '../types';
import { rangeContains } from '../types';
import type { DockerfileDocument, DockerfileStage } from '../documents/dockerfileDocument';
import { argumentsOf, flagsOf, heredocsOf, variablesOf } from '../documents/dockerfileAstMemo';
import { buildCheckDirectives } from '../model/buildChecks';

export type DockerfileStep =
  /** `# syntax=…`, `# escape=…`, `# check=…` at the top of the file. */
  | { kind: 'directive'; directive: ParserDirective; range: Range }
  /** A `# check=` comment above an instruction (read or not by BuildKit). */
  | { kind: 'checkComment'; range: Range }
  /** The instruction that holds the position; `inTrigger` inside ONBUILD. */
  | { kind: 'instruction'; instruction: Instruction; keyword: string; range: Range; inTrigger: boolean }
  /** On the instruction's keyword itself. */
  | { kind: 'keyword'; range: Range }
  /** `--name` or `--name=value`; `on` says which half the position is on. */
  | { kind: 'flag'; flag: Flag; name: string; on: 'name' | 'value'; range: Range }
  /** One `key=value` option of a flag with options (`--mount=type=cache,target=…`). */
  | { kind: 'option'; option: FlagOption; name: string; on: 'name' | 'value'; range: Range }
  | { kind: 'variable'; variable: Variable; name: string; range: Range }
  /** `AS name` of a FROM line (the `AS` keyword counts as part of it). */
  | { kind: 'stageName'; stage: DockerfileStage; range: Range }
  /** The image (or stage) a FROM line builds on. */
  | { kind: 'image'; from: From; range: Range }
  | { kind: 'heredoc'; heredoc: Heredoc; range: Range }
  /** The command of RUN, CMD and ENTRYPOINT, after the flags. */
  | { kind: 'command'; range: Range }
  /** Anywhere else in the instruction's arguments. */
  | { kind: 'arguments'; range: Range };

export type DockerfileStepKind = DockerfileStep['kind'];

/** The path at a position, outermost first; empty when nothing is there (a blank line, a plain comment). */
export type DockerfilePath = DockerfileStep[];

export function keywordOf(instruction: Instruction): string {
  return instruction.getKeyword().toUpperCase();
}

/** The path at `pos`. Never throws on half-written text: an unexpected shape ends the path early. */
export function locateDockerfile(doc: DockerfileDocument, pos: Position): DockerfilePath {
  for (const directive of doc.ast.getDirectives()) {
    const range = directive.getRange();
    if (rangeContains(range, pos)) return [{ kind: 'directive', directive, range }];
  }
  const checks = buildCheckDirectives(doc);
  const check = checks.instructions.find((x) => x.line === pos.line && rangeContains(x.range, pos)) ?? checks.unread.find((x) => x.line === pos.line && rangeContains(x.range, pos));
  if (check) return [{ kind: 'checkComment', range: check.range }];
  const instruction = instructionAt(doc, pos);
  if (!instruction) return [];
  const path: DockerfilePath = [];
  locateIn(doc, instruction, pos, false, path);
  return path;
}

/** The instruction whose range holds the position (binary search: instructions are in file order). */
export function instructionAt(doc: DockerfileDocument, pos: Position): Instruction | undefined {
  const list = doc.ast.getInstructions();
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = list[mid].getRange();
    if (range.end.line < pos.line || (range.end.line === pos.line && range.end.character < pos.character)) lo = mid + 1;
    else if (range.start.line > pos.line || (range.start.line === pos.line && range.start.character > pos.character)) hi = mid - 1;
    else return list[mid];
  }
  return undefined;
}

function locateIn(doc: DockerfileDocument, instruction: Instruction, pos: Position, inTrigger: boolean, path: DockerfilePath): void {
  const keyword = keywordOf(instruction);
  path.push({ kind: 'instruction', instruction, keyword, range: instruction.getRange(), inTrigger });
  const keywordRange = instruction.getInstructionRange();
  if (rangeContains(keywordRange, pos)) {
    path.push({ kind: 'keyword', range: keywordRange });
    return;
  }
  if (keyword === 'ONBUILD') {
    const trigger = (instruction as Onbuild).getTriggerInstruction();
    if (trigger && rangeContains(trigger.getRange(), pos)) return locateIn(doc, trigger, pos, true, path);
  }
  const step = partAt(doc, instruction, keyword, pos, path);
  if (step) return;
  path.push({ kind: 'arguments', range: instruction.getArgumentsRange() ?? instruction.getRange() });
}

/** Pushes the most specific part of the instruction at `pos`; false when the position is on none. */
function partAt(doc: DockerfileDocument, instruction: Instruction, keyword: string, pos: Position, path: DockerfilePath): boolean {
  const flag = flagsOf(instruction).find((f) => rangeContains(f.getRange(), pos));
  if (flag) {
    const valueRange = flag.getValueRange();
    const onValue = valueRange !== null && rangeContains(valueRange, pos) && !rangeContains(flag.getNameRange(), pos);
    path.push({ kind: 'flag', flag, name: flag.getName().toLowerCase(), on: onValue ? 'value' : 'name', range: flag.getRange() });
    if (onValue && flag.hasOptions()) {
      const option = flag.getOptions().find((o) => rangeContains(o.getRange(), pos));
      if (option) {
        const optionValue = option.getValueRange();
        const on = optionValue !== null && rangeContains(optionValue, pos) && !rangeContains(option.getNameRange(), pos) ? 'value' : 'name';
        path.push({ kind: 'option', option, name: option.getName().toLowerCase(), on, range: option.getRange() });
      }
    }
    return true;
  }
  const variable = variablesOf(instruction).find((v) => rangeContains(v.getRange(), pos));
  if (variable) {
    path.push({ kind: 'variable', variable, name: variable.getName(), range: variable.getRange() });
    return true;
  }
  if (keyword === 'FROM' && fromPartAt(doc, instruction as From, pos, path)) return true;
  const heredoc = heredocsOf(instruction).find((h) => rangeContains(heredocRange(h), pos));
  if (heredoc) {
    path.push({ kind: 'heredoc', heredoc, range: heredocRange(heredoc) });
    return true;
  }
  if (keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT') {
    const range = commandRange(instruction);
    if (range && rangeContains(range, pos)) {
      path.push({ kind: 'command', range });
      return true;
    }
  }
  return false;
}

function fromPartAt(doc: DockerfileDocument, from: From, pos: Position, path: DockerfilePath): boolean {
  const stageRange = from.getBuildStageRange();
  const stage = doc.stages.find((s) => s.from === from);
  if (stage && stageRange) {
    // The `AS` keyword sits between the image and the name: treat it as part of the name.
    const asStart = from.getImageRange()?.end ?? stageRange.start;
    if (rangeContains({ start: asStart, end: stageRange.end }, pos) && !(asStart.line === pos.line && asStart.character === pos.character)) {
      path.push({ kind: 'stageName', stage, range: stageRange });
      return true;
    }
  }
  const imageRange = from.getImageRange();
  if (!imageRange || !rangeContains(imageRange, pos)) return false;
  path.push({ kind: 'image', from, range: imageRange });
  return true;
}

export function heredocRange(h: Heredoc): Range {
  return { start: h.getStartRange().start, end: (h.getDelimiterRange() ?? h.getContentRange() ?? h.getStartRange()).end };
}

/** The argument range of an instruction after its flags (the command of RUN, …). */
export function commandRange(instruction: Instruction): Range | null {
  const args = argumentsOf(instruction);
  if (!args.length) return null;
  const flags = flagsOf(instruction);
  const afterFlags = flags.length ? flags[flags.length - 1].getRange().end : undefined;
  const first = args.find((a) => !afterFlags || comesAfter(a.getRange().start, afterFlags)) ?? args[0];
  return { start: first.getRange().start, end: args[args.length - 1].getRange().end };
}

function comesAfter(a: Position, b: Position): boolean {
  return a.line > b.line || (a.line === b.line && a.character >= b.character);
}

/** The last step of a path, or undefined for an empty path. */
export function leafOf<S extends { kind: string }>(path: readonly S[]): S | undefined {
  return path[path.length - 1];
}
