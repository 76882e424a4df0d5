import type { Instruction } from 'dockerfile-ast';
import type { Range } from '../types';
import type { DockerfileDocument, DockerfileStage } from '../documents/dockerfileDocument';
import { findStage } from '../documents/dockerfileDocument';
import { resolveFromImage } from './dockerfileVariables';
import type { ImageReference } from './imageReference';
import { parseImageReference } from './imageReference';
import { perDocument } from '../documents/derived';

// The layer model of a Dockerfile under BuildKit (the default builder): for each stage, which
// instructions add a filesystem layer and which only change the image's configuration
// (metadata), and what each instruction's build-cache key is. RUN, COPY and ADD add layers, and
// so does WORKDIR: BuildKit's dispatchWorkdir emits a Mkdir file op and records the history
// entry with a layer (unless the path is `/`); the layer is nearly empty when the directory
// already exists. The other instructions record settings in the image config. ARG changes
// nothing in the image: it only exists during the build.
// Sources: https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert.go
// (dispatchWorkdir, dispatchCmd, dispatchLabel …), https://docs.docker.com/build/cache/invalidation/
// Used by the hovers ("스테이지 build의 3번째 레이어") and by the panel's live layer-stack view.

/** What one instruction does to the image being built. */
export type LayerEffect =
  /** FROM: starts the stack from a base image, another stage, or `scratch`. */
  | 'base'
  /** RUN, COPY, ADD, WORKDIR: a new read-only filesystem layer. */
  | 'layer'
  /** CMD, ENV, EXPOSE, …: recorded in the image configuration, no files change. */
  | 'metadata'
  /** ARG: a build-time variable; nothing is stored for the container to use. */
  | 'build';

const LAYER_KEYWORDS: ReadonlySet<string> = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);
const METADATA_KEYWORDS: ReadonlySet<string> = new Set([
  'CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'LABEL', 'MAINTAINER', 'ONBUILD', 'STOPSIGNAL', 'USER',
  'VOLUME', 'HEALTHCHECK', 'SHELL',
]);

/**
 * What decides whether BuildKit reuses an instruction's cache, per the "Build cache invalidation"
 * page and the LLB each instruction becomes:
 * - `base`: the base image (its digest); a new base rebuilds the stage.
 * - `command`: RUN's command text, the step before it, and its environment (ENV and ARG values in
 *   scope, USER, WORKDIR); `commandBind` adds the checksums of files it bind-mounts.
 * - `files`: COPY/ADD, a checksum of the copied files' contents and metadata (not mtime).
 * - `workdir`: WORKDIR's Mkdir op: the path (and USER).
 * - `environment`: ENV, USER, SHELL are no op of their own; later RUN steps run with the value, so a
 *   change reruns the later RUN steps (and what follows them).
 * - `arg`: a changed ARG value misses the cache where it is first used (later RUN steps see it).
 * - `config`: CMD, LABEL, EXPOSE … only edit the image config; under BuildKit a change invalidates
 *   no later step (the legacy builder reran everything after it).
 */
export type CacheKey = 'base' | 'command' | 'commandBind' | 'files' | 'workdir' | 'environment' | 'arg' | 'config';

const CACHE_BY_KEYWORD: Record<string, CacheKey> = {
  FROM: 'base',
  RUN: 'command',
  COPY: 'files',
  ADD: 'files',
  WORKDIR: 'workdir',
  ARG: 'arg',
  ENV: 'environment',
  USER: 'environment',
  SHELL: 'environment',
};

/** The cache key kind of an instruction; `bindMount` for a RUN with `--mount=type=bind`. */
export function cacheKeyOf(keyword: string, bindMount = false): CacheKey {
  const key = CACHE_BY_KEYWORD[keyword.toUpperCase()] ?? 'config';
  return key === 'command' && bindMount ? 'commandBind' : key;
}

export function layerEffectOf(keyword: string): LayerEffect | undefined {
  const k = keyword.toUpperCase();
  if (k === 'FROM') return 'base';
  if (LAYER_KEYWORDS.has(k)) return 'layer';
  if (METADATA_KEYWORDS.has(k)) return 'metadata';
  if (k === 'ARG') return 'build';
  return undefined;
}

export interface LayerStep {
  keyword: string;
  /** 0-based line of the instruction's start. */
  line: number;
  range: Range;
  /** The instruction's first line as written, for display. */
  text: string;
  effect: LayerEffect;
  /** 1-based among the layers this stage adds itself (only when effect is 'layer'). */
  layerNumber?: number;
  /**
   * 1-based position in the whole stack counted from the first layer this file knows of:
   * layers inherited from stages of this file come first. Base image layers are not counted.
   */
  stackNumber?: number;
  /** The dockerfile-ast node, for callers inside the core. */
  instruction: Instruction;
}

export type StackBase =
  | { kind: 'image'; raw: string; resolved: string; reference?: ImageReference }
  | { kind: 'stage'; raw: string; stageIndex: number; stageLabel: string }
  | { kind: 'scratch'; raw: string }
  /** The image name uses an ARG without a default: known only at build time. */
  | { kind: 'unresolved'; raw: string };

export interface LayerStack {
  stageIndex: number;
  /** The `AS` name as written, if any. */
  stageName?: string;
  /** The name, or the index (`0`, `1`, …) by which `COPY --from` can refer to an unnamed stage. */
  stageLabel: string;
  base: StackBase;
  /** Layers this file adds below this stage (through `FROM <stage>`); base image layers not counted. */
  inheritedLayers: number;
  steps: LayerStep[];
  /** Layers this stage adds itself. */
  layerCount: number;
  range: Range;
}

/**
 * The layer stack of every stage, in file order. Never throws. Built once per parsed document
 * and shared (hovers ask on every mouse move): treat the result as read-only.
 */
export const layerStacks: (doc: DockerfileDocument) => LayerStack[] = perDocument((doc: DockerfileDocument) => {
  const stacks: LayerStack[] = [];
  for (const stage of doc.stages) stacks.push(stackOf(doc, stage, stacks));
  return stacks;
});

/** The stack and step of the instruction that covers `line`, if any. */
export function layerStepAt(doc: DockerfileDocument, line: number): { stack: LayerStack; step: LayerStep } | undefined {
  for (const stack of layerStacks(doc)) {
    for (const step of stack.steps) {
      if (step.range.start.line <= line && line <= step.range.end.line) return { stack, step };
    }
  }
  return undefined;
}

/** The stage label a human or `COPY --from` uses: the `AS` name, else the index. */
export function stageLabel(stage: DockerfileStage): string {
  return stage.name ?? String(stage.index);
}

function stackOf(doc: DockerfileDocument, stage: DockerfileStage, earlier: LayerStack[]): LayerStack {
  const base = baseOf(doc, stage);
  const parent = base.kind === 'stage' ? earlier[base.stageIndex] : undefined;
  const inheritedLayers = parent ? parent.inheritedLayers + parent.layerCount : 0;
  const steps: LayerStep[] = [];
  let count = 0;
  for (const instruction of stage.instructions) {
    const keyword = instruction.getKeyword().toUpperCase();
    let effect = layerEffectOf(keyword);
    if (!effect) continue;
    // `WORKDIR /` makes no directory: BuildKit records it without a layer.
    if (keyword === 'WORKDIR' && (instruction.getArgumentsContent() ?? '').trim() === '/') effect = 'metadata';
    const range = instruction.getRange();
    const step: LayerStep = {
      keyword,
      line: range.start.line,
      range,
      text: doc.lines.lineText(range.start.line).trim(),
      effect,
      instruction,
    };
    if (effect === 'layer') {
      count++;
      step.layerNumber = count;
      step.stackNumber = inheritedLayers + count;
    }
    steps.push(step);
  }
  const first = stage.instructions[0].getRange();
  const last = stage.instructions[stage.instructions.length - 1].getRange();
  return {
    stageIndex: stage.index,
    stageName: stage.name,
    stageLabel: stageLabel(stage),
    base,
    inheritedLayers,
    steps,
    layerCount: count,
    range: { start: first.start, end: last.end },
  };
}

function baseOf(doc: DockerfileDocument, stage: DockerfileStage): StackBase {
  const raw = stage.from.getImage() ?? '';
  const line = stage.from.getRange().start.line;
  const resolved = resolveFromImage(doc, raw, line);
  if (resolved === undefined) return { kind: 'unresolved', raw };
  if (resolved.toLowerCase() === 'scratch') return { kind: 'scratch', raw };
  // A stage name wins over an image of the same name, but only for stages defined earlier.
  const parent = findStage(doc, resolved);
  if (parent && parent.index < stage.index && parent.name !== undefined) {
    return { kind: 'stage', raw, stageIndex: parent.index, stageLabel: stageLabel(parent) };
  }
  return { kind: 'image', raw, resolved, reference: parseImageReference(resolved) };
}
