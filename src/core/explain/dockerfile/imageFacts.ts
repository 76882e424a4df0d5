import type { ImageReference } from '../../model/imageReference';
import { canonicalImageName, releaseCodename } from '../../model/imageReference';
import { code, ours } from '../hover';
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

/**
 * The answer line of an image's hover: what this image is ("`nginx` `1.27` 버전, Alpine Linux 기반
 * 이미지예요"), read from its name and tag; the name's grammar follows in the facts.
 */
export function imageAnswer(ctx: DockerfileContext, ref: ImageReference): string | undefined {
  if (ref.scratch) return undefined;
  const say = ctx.say;
  const path = [ref.registry, ref.official ? undefined : ref.namespace, ref.repository].filter(Boolean).join('/');
  const image = code(path);
  if (ref.digest) return say.t(T, 'answer.digest', { image });
  if (ref.tag === undefined) return say.t(T, 'answer.latest', { image });
  const version = /^v?(\d+(?:\.\d+)*)(?=$|[-_.+])/.exec(ref.tag)?.[1];
  // Both are ours to write as text: the version is digits and dots, the base a fixed name.
  const base = baseName(ref);
  const systemName = base === undefined ? undefined : ours(base);
  if (version !== undefined && systemName !== undefined) return say.t(T, 'answer.versionBase', { image, version: ours(version), base: systemName });
  if (version !== undefined) return say.t(T, 'answer.version', { image, version: ours(version) });
  if (systemName !== undefined) return say.t(T, 'answer.base', { image, tag: code(ref.tag), base: systemName });
  return say.t(T, 'answer.tag', { image, tag: code(ref.tag) });
}

/** The system an image is built on, as its tag or name says (a product name, the same in every language). */
function baseName(ref: ImageReference): string | undefined {
  // `alpine:3.20` is Alpine itself: "based on Alpine" would say nothing.
  if (['alpine', 'debian', 'ubuntu', 'busybox'].includes(ref.repository.toLowerCase())) return undefined;
  const codename = releaseCodename(ref);
  const slim = ref.variants.includes('slim') ? ' slim' : '';
  if (ref.variants.includes('alpine')) return 'Alpine Linux';
  if (ref.variants.includes('debian')) return codename ? `Debian ${codename}${slim}` : `Debian${slim}`;
  if (ref.variants.includes('ubuntu')) return codename ? `Ubuntu ${codename}` : 'Ubuntu';
  if (ref.variants.includes('slim')) return 'Debian slim';
  if (ref.variants.includes('distroless')) return 'distroless';
  if (ref.variants.includes('windows')) return 'Windows';
  return undefined;
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
