import { parseImageReference } from '../model/imageReference';

// The web page of an image on the registry that hosts it. The URL forms are those the registries
// serve (and that docker/docker-language-server v0.16.0 internal/compose/documentLink.go and
// rcjsuen/dockerfile-language-service v0.15 links use):
// - Docker Hub: official images https://hub.docker.com/_/<name>, others https://hub.docker.com/r/<namespace>/<name>;
// - GHCR: https://ghcr.io/<owner>/<name> (GitHub redirects it to the package page);
// - Quay: https://quay.io/repository/<namespace>/<name>;
// - MCR: https://mcr.microsoft.com/artifact/mar/<path> (Microsoft Artifact Registry).
// Other registries have no page we know of: no link.

export interface RegistryPage {
  url: string;
  /** The registry's name for the tooltip. */
  registry: string;
  /** The image without tag and digest. */
  image: string;
}

export function registryPage(text: string): RegistryPage | undefined {
  if (text.includes('$')) return undefined;
  const ref = parseImageReference(text);
  if (!ref || ref.scratch) return undefined;
  const path = [ref.namespace, ref.repository].filter(Boolean).join('/');
  if (!/^[a-z0-9][a-z0-9._/-]*$/.test(path)) return undefined;
  const host = ref.effectiveRegistry.toLowerCase();
  if (host === 'docker.io' || host === 'index.docker.io' || host === 'registry-1.docker.io') {
    if (ref.official) return { url: `https://hub.docker.com/_/${ref.repository}`, registry: 'Docker Hub', image: ref.repository };
    return { url: `https://hub.docker.com/r/${path}`, registry: 'Docker Hub', image: path };
  }
  const image = `${host}/${path}`;
  if (host === 'ghcr.io') return { url: `https://ghcr.io/${path}`, registry: 'GitHub Container Registry', image };
  if (host === 'quay.io') return { url: `https://quay.io/repository/${path}`, registry: 'Quay', image };
  if (host === 'mcr.microsoft.com') return { url: `https://mcr.microsoft.com/artifact/mar/${path}`, registry: 'Microsoft Artifact Registry', image };
  return undefined;
}
