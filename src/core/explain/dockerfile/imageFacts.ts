import type { ImageReference } from '../../model/imageReference';
import { canonicalImageName, releaseCodename } from '../../model/imageReference';
import { code } from '../hover';
import type { DockerfileContext } from './context';

const T = 'dockerfile.image';

/** Registry, repository, tag, digest and variant lines for one image reference. */
export function imageFacts(ctx: DockerfileContext, ref: ImageReference, max = 6): string[] {
  const say = ctx.say;
  if (ref.scratch) return [say.t(T, 'scratch')];
  const facts: string[] = [];
  facts.push(ref.registry ? say.t(T, 'registry', { value: code(ref.registry) }) : say.t(T, 'registryDefault'));
  if (ref.namespace && !(ref.official && ref.namespace === 'library')) facts.push(say.t(T, 'namespace', { value: code(ref.namespace) }));
  facts.push(ref.official ? say.t(T, 'official', { value: code(ref.repository), name: ref.repository }) : say.t(T, 'repository', { value: code(ref.repository) }));
  facts.push(...tagFacts(ctx, ref));
  facts.push(...variantFacts(ctx, ref));
  if (facts.length < max) facts.push(say.t(T, 'canonical', { value: code(canonicalImageName(ref)) }));
  return facts.slice(0, max);
}

/** What the variant in the name or tag means: alpine, slim, a Debian release, distroless, … */
export function variantFacts(ctx: DockerfileContext, ref: ImageReference): string[] {
  const facts: string[] = [];
  for (const variant of ref.variants) {
    if ((variant === 'debian' || variant === 'ubuntu') && !releaseCodename(ref) && !ref.tag) continue;
    facts.push(ctx.say.t(T, `variant.${variant}`, { codename: code(releaseCodename(ref) ?? ref.tag ?? '') }));
  }
  return facts;
}

/** Just the tag/digest lines: what a missing tag or `latest` means. */
export function tagFacts(ctx: DockerfileContext, ref: ImageReference): string[] {
  const say = ctx.say;
  if (ref.scratch) return [say.t(T, 'scratch')];
  const facts: string[] = [];
  if (ref.implicitLatest) facts.push(say.t(T, 'implicitLatest'));
  else if (ref.tag !== undefined) {
    facts.push(say.t(T, 'tag', { value: code(ref.tag) }));
    if (ref.tag === 'latest') facts.push(say.t(T, 'explicitLatest'));
  }
  if (ref.digest) {
    facts.push(say.t(T, 'digest', { value: code(shortDigest(ref.digest)) }));
    if (ref.tag !== undefined) facts.push(say.t(T, 'tagAndDigest'));
  }
  return facts;
}

function shortDigest(digest: string): string {
  return digest.length > 23 ? `${digest.slice(0, 19)}…` : digest;
}
