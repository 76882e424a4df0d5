// An image reference as Docker reads it: [registry[:port]/][namespace/]repository[:tag][@digest].
// Rules from the `docker image tag` / distribution reference docs: the first path component is a
// registry only when it holds a `.` or a `:` or is `localhost`; otherwise the image is on Docker
// Hub (`docker.io`), and a single-component name is an official image under `library/`.
// A reference without a tag and without a digest means the tag `latest`.

export const DEFAULT_REGISTRY = 'docker.io';

export interface ImageReference {
  /** As written (after variable substitution, if any). */
  raw: string;
  /** The registry host as written, or undefined for Docker Hub by default. */
  registry?: string;
  /** The registry actually used: `registry` or `docker.io`. */
  effectiveRegistry: string;
  /** Path components before the repository (`library` is implied for official images). */
  namespace?: string;
  repository: string;
  tag?: string;
  digest?: string;
  /** True when neither tag nor digest is written: Docker uses `latest`. */
  implicitLatest: boolean;
  /** One-component name on Docker Hub: an official image (`library/<name>`). */
  official: boolean;
  /** `scratch`: the reserved empty image. */
  scratch: boolean;
  /** Variant hints read from the tag or name (alpine, slim, bookworm, distroless, …). */
  variants: ImageVariant[];
}

export type ImageVariant =
  | 'alpine'
  | 'slim'
  | 'debian'
  | 'ubuntu'
  | 'distroless'
  | 'windows'
  | 'chainguard'
  | 'busybox';

/** Debian and Ubuntu release code names that appear in official image tags. */
const DEBIAN_CODENAMES = ['trixie', 'bookworm', 'bullseye', 'buster', 'stretch', 'jessie'];
const UBUNTU_CODENAMES = ['noble', 'jammy', 'focal', 'bionic', 'xenial', 'oracular', 'plucky'];

export function parseImageReference(input: string): ImageReference | undefined {
  const raw = input.trim();
  if (!raw || /\s/.test(raw)) return undefined;
  let rest = raw;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const parts = rest.split('/');
  let registry: string | undefined;
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) {
    registry = parts.shift();
  }
  let last = parts.pop() ?? '';
  let tag: string | undefined;
  const colon = last.lastIndexOf(':');
  if (colon >= 0) {
    tag = last.slice(colon + 1);
    last = last.slice(0, colon);
  }
  if (!last) return undefined;
  const namespace = parts.length ? parts.join('/') : undefined;
  const effectiveRegistry = registry ?? DEFAULT_REGISTRY;
  const onHub = effectiveRegistry === DEFAULT_REGISTRY || effectiveRegistry === 'index.docker.io' || effectiveRegistry === 'registry-1.docker.io';
  const official = onHub && (namespace === undefined || namespace === 'library');
  const ref: ImageReference = {
    raw,
    registry,
    effectiveRegistry,
    namespace,
    repository: last,
    tag,
    digest,
    implicitLatest: tag === undefined && digest === undefined,
    official,
    scratch: raw.toLowerCase() === 'scratch',
    variants: [],
  };
  ref.variants = variantsOf(ref);
  return ref;
}

function variantsOf(ref: ImageReference): ImageVariant[] {
  const out: ImageVariant[] = [];
  const tag = (ref.tag ?? '').toLowerCase();
  const path = `${ref.effectiveRegistry}/${ref.namespace ?? ''}/${ref.repository}`.toLowerCase();
  const words = tag.split(/[-_.]/);
  if (ref.repository.toLowerCase() === 'alpine' || words.includes('alpine') || /alpine\d/.test(tag)) out.push('alpine');
  if (words.includes('slim')) out.push('slim');
  if (ref.repository.toLowerCase() === 'debian' || DEBIAN_CODENAMES.some((c) => words.includes(c))) out.push('debian');
  if (ref.repository.toLowerCase() === 'ubuntu' || UBUNTU_CODENAMES.some((c) => words.includes(c))) out.push('ubuntu');
  if (path.includes('distroless')) out.push('distroless');
  if (path.includes('cgr.dev') || path.includes('chainguard')) out.push('chainguard');
  if (words.some((w) => w === 'windowsservercore' || w === 'nanoserver' || w === 'ltsc2022' || w === 'ltsc2019')) out.push('windows');
  if (ref.repository.toLowerCase() === 'busybox') out.push('busybox');
  return out;
}

/** `docker.io/library/node:latest`: the reference with every default made explicit. */
export function canonicalImageName(ref: ImageReference): string {
  const ns = ref.namespace ?? (ref.official ? 'library' : undefined);
  const path = [ref.effectiveRegistry, ns, ref.repository].filter(Boolean).join('/');
  const tag = ref.tag ?? (ref.digest ? '' : 'latest');
  return `${path}${tag ? `:${tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** The Debian/Ubuntu code name in a tag (`bookworm`), if any. */
export function releaseCodename(ref: ImageReference): string | undefined {
  const words = (ref.tag ?? '').toLowerCase().split(/[-_.]/);
  return [...DEBIAN_CODENAMES, ...UBUNTU_CODENAMES].find((c) => words.includes(c));
}
