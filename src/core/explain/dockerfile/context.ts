import type { Instruction, JSONInstruction } from 'dockerfile-ast';
import type { Language, Range } from '../../types';
import type { DockerfileDocument, DockerfileStage } from '../../documents/dockerfileDocument';
import { stageAtLine } from '../../documents/dockerfileDocument';
import type { LayerStack, LayerStep } from '../../model/layers';
import { layerStacks } from '../../model/layers';
import { parentStage } from '../../model/dockerfileStages';
import { code, ours } from '../hover';
import type { MarkdownValues, SafeMarkdown } from '../hover';
import type { StageProcess } from '../../model/dockerfileProcess';
import { stageProcess } from '../../model/dockerfileProcess';
import { Say } from './say';

/** What a finder found under the cursor: a topic, where, and this file's facts in words. */
export interface Found {
  topicId: string;
  range: Range;
  heading?: string;
  /** The answer line from the file's value, shown before the topic's general summary (HoverParts.lead). */
  lead?: string;
  facts: string[];
  values?: MarkdownValues;
  related?: string[];
}

const contexts = new WeakMap<DockerfileDocument, Partial<Record<Language, DockerfileContext>>>();

/** The context for a parsed document, built once per document version and language. */
export function contextFor(doc: DockerfileDocument, lang: Language): DockerfileContext {
  let byLang = contexts.get(doc);
  if (!byLang) contexts.set(doc, (byLang = {}));
  return (byLang[lang] ??= new DockerfileContext(doc, lang));
}

/** Everything the Dockerfile finders share for hover requests on one document. */
export class DockerfileContext {
  readonly say: Say;
  readonly stacks: LayerStack[];

  constructor(readonly doc: DockerfileDocument, readonly lang: Language) {
    this.say = new Say(lang);
    this.stacks = layerStacks(doc);
  }

  /** `스테이지 \`build\`` / `스테이지 0번` — how hovers name a stage. */
  stageText(stage: DockerfileStage | number): SafeMarkdown {
    const s = typeof stage === 'number' ? this.doc.stages[stage] : stage;
    if (!s) return ours('');
    return s.name !== undefined
      ? this.say.md('dockerfile.common', 'stageNamed', { name: s.name, index: s.index })
      : this.say.md('dockerfile.common', 'stageUnnamed', { index: s.index });
  }

  stageOf(instruction: Instruction): DockerfileStage | undefined {
    const line = instruction.getRange().start.line;
    const stage = stageAtLine(this.doc, line);
    return stage && stage.instructions.includes(instruction) ? stage : undefined;
  }

  private readonly processes = new Map<number, StageProcess>();

  /** The container-process model of a stage's image (ENTRYPOINT, CMD, PID 1), computed once. */
  processOf(stage: DockerfileStage): StageProcess {
    let known = this.processes.get(stage.index);
    if (!known) this.processes.set(stage.index, (known = stageProcess(this.doc, stage)));
    return known;
  }

  stepOf(instruction: Instruction): { stack: LayerStack; step: LayerStep } | undefined {
    for (const stack of this.stacks) {
      const step = stack.steps.find((s) => s.instruction === instruction);
      if (step) return { stack, step };
    }
    return undefined;
  }

  /** 1-based line number, as people read it in the editor. */
  line(range: Range): number {
    return range.start.line + 1;
  }

  text(range: Range): string {
    return this.doc.text.slice(this.doc.lines.offsetAt(range.start), this.doc.lines.offsetAt(range.end));
  }

  /** The shell used by shell-form commands at this instruction: the last SHELL of the stage chain. */
  shellAt(instruction: Instruction): SafeMarkdown {
    let stage = this.stageOf(instruction);
    let limit = instruction.getRange().start.line;
    const seen = new Set<number>();
    while (stage && !seen.has(stage.index)) {
      seen.add(stage.index);
      const shells = stage.instructions.filter((i) => i.getKeyword().toUpperCase() === 'SHELL' && i.getRange().start.line < limit);
      const last = shells[shells.length - 1];
      if (last) {
        const argv = execArgv(this, last);
        if (argv?.length) return code(argv.join(' '));
      }
      stage = parentStage(this.doc, stage);
      limit = Number.MAX_SAFE_INTEGER;
    }
    return code('/bin/sh -c');
  }
}

/**
 * The JSON array of an exec-form instruction (`CMD ["a", "b"]`), or undefined for shell form.
 * Parsed from the file text because BuildKit treats invalid JSON as shell form.
 */
export function execArgv(ctx: DockerfileContext, instruction: Instruction): string[] | undefined {
  const json = instruction as JSONInstruction;
  if (typeof json.getOpeningBracket !== 'function') return undefined;
  const open = json.getOpeningBracket();
  const close = json.getClosingBracket();
  if (!open || !close) return undefined;
  const escape = ctx.doc.ast.getEscapeCharacter();
  const raw = ctx.text({ start: open.getRange().start, end: close.getRange().end });
  const joined = raw.split(`${escape}\n`).join('').split(`${escape}\r\n`).join('');
  try {
    const parsed: unknown = JSON.parse(joined);
    if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed as string[];
  } catch {
    // Not JSON: BuildKit runs it in shell form.
  }
  return undefined;
}

export function keywordOf(instruction: Instruction): string {
  return instruction.getKeyword().toUpperCase();
}
