import type { Instruction } from 'dockerfile-ast';
import type { DockerfileContext } from './context';
import { keywordOf } from './context';
import { flagsOf } from '../../documents/dockerfileAstMemo';
import type { CacheKey } from '../../model/layers';
import { cacheKeyOf } from '../../model/layers';

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
      if (step.keyword === 'WORKDIR') return ctx.say.t(T, 'layerWorkdir', { stage, n: step.layerNumber ?? 0 });
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

/** What invalidates this instruction's build cache, from the layer model's cache key. */
export function cacheFact(ctx: DockerfileContext, instruction: Instruction): string {
  // `type=` left out means a bind mount (Dockerfile reference, RUN --mount).
  const bind = flagsOf(instruction).some((f) => f.getName().toLowerCase() === 'mount' && (/(^|,)type=bind(,|$)/.test(f.getValue() ?? '') || !/(^|,)type=/.test(f.getValue() ?? '')));
  return ctx.say.t(T, CACHE_TEMPLATE[cacheKeyOf(keywordOf(instruction), bind)]);
}

const CACHE_TEMPLATE: Record<CacheKey, string> = {
  base: 'cacheBase',
  command: 'cacheCommand',
  commandBind: 'cacheCommandBind',
  files: 'cacheFiles',
  workdir: 'cacheWorkdir',
  environment: 'cacheEnvironment',
  arg: 'cacheArg',
  config: 'cacheConfig',
};
