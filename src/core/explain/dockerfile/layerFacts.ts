import type { Instruction } from 'dockerfile-ast';
import type { DockerfileContext } from './context';
import { keywordOf } from './context';

const T = 'dockerfile.common';

/** "스테이지 `build`의 2번째 레이어를 새로 만들어요" or "레이어를 만들지 않아요 …". */
export function layerFact(ctx: DockerfileContext, instruction: Instruction): string {
  const found = ctx.stepOf(instruction);
  if (!found) return ctx.say.t(T, 'buildOnly'); // a global ARG before the first FROM
  const { stack, step } = found;
  const stage = ctx.stageText(stack.stageIndex);
  switch (step.effect) {
    case 'layer':
      if (stack.inheritedLayers > 0 && stack.base.kind === 'stage') {
        return ctx.say.t(T, 'layerInherited', {
          stage,
          n: step.layerNumber ?? 0,
          stackN: step.stackNumber ?? 0,
          parent: ctx.stageText(stack.base.stageIndex),
          inherited: stack.inheritedLayers,
        });
      }
      return ctx.say.t(T, 'layer', { stage, n: step.layerNumber ?? 0 });
    case 'metadata':
      return ctx.say.t(T, 'metadata');
    case 'build':
      return ctx.say.t(T, 'buildOnly');
    case 'base':
      if (stack.base.kind === 'stage') {
        return ctx.say.t(T, 'baseStage', { parent: ctx.stageText(stack.base.stageIndex), inherited: stack.inheritedLayers, count: stack.layerCount });
      }
      if (stack.base.kind === 'scratch') return ctx.say.t(T, 'baseScratch', { count: stack.layerCount });
      return ctx.say.t(T, 'base', { stage, count: stack.layerCount });
  }
}

const CACHE_BY_KEYWORD: Record<string, string> = {
  FROM: 'cacheBase',
  RUN: 'cacheCommand',
  COPY: 'cacheFiles',
  ADD: 'cacheFiles',
  ARG: 'cacheArg',
  ENV: 'cacheEnvironment',
  WORKDIR: 'cacheEnvironment',
  USER: 'cacheEnvironment',
  SHELL: 'cacheEnvironment',
};

/** What invalidates this instruction's build cache. */
export function cacheFact(ctx: DockerfileContext, instruction: Instruction): string {
  return ctx.say.t(T, CACHE_BY_KEYWORD[keywordOf(instruction)] ?? 'cacheConfig');
}
