// Living next to the other Docker extensions. Each editor feature has a setting
// `dockerExplain.<feature>.enabled`: "on", "off", or "auto" (the default): off for a file kind
// when an installed extension already gives the same feature there, so nobody sees every outline
// entry, link or definition twice. What the others give (checked against their sources):
// - Docker DX (`docker.docker`) runs the Docker Language Server for Compose files (completion,
//   definition, highlights, links, outline, rename: docker/docker-language-server CHANGELOG
//   0.4.0–0.16.0) and rcjsuen's Dockerfile language server for Dockerfiles (completion,
//   definition, highlights, links, outline, folding, rename: dockerfile-language-service).
// - Container Tools (`ms-azuretools.vscode-containers`) and the older Docker extension
//   (`ms-azuretools.vscode-docker`) run the same Dockerfile language server, and for Compose
//   files Microsoft's compose-language-service (completion, hover, diagnostics, formatting;
//   no definitions, outline or links).
// Find references is ours alone (neither server answers it), so "auto" keeps it on.

export type Feature = 'completion' | 'definition' | 'references' | 'highlights' | 'rename' | 'symbols' | 'folding' | 'links';

export const DOCKER_DX = 'docker.docker';
export const CONTAINER_TOOLS = ['ms-azuretools.vscode-containers', 'ms-azuretools.vscode-docker'];

export type FileKindWithNavigation = 'dockerfile' | 'compose';

/** Which features each extension gives, per file kind. */
const PROVIDED: Record<string, Record<FileKindWithNavigation, readonly Feature[]>> = {
  [DOCKER_DX]: {
    dockerfile: ['completion', 'definition', 'highlights', 'rename', 'symbols', 'folding', 'links'],
    compose: ['completion', 'definition', 'highlights', 'rename', 'symbols', 'links'],
  },
  ...Object.fromEntries(
    CONTAINER_TOOLS.map((id) => [id, { dockerfile: ['completion', 'definition', 'highlights', 'rename', 'symbols', 'folding', 'links'], compose: ['completion'] }]),
  ),
};

/** The installed extension that already gives this feature for this kind of file, if any. */
export function providedBy(feature: Feature, kind: FileKindWithNavigation, isInstalled: (id: string) => boolean): string | undefined {
  return Object.keys(PROVIDED).find((id) => PROVIDED[id][kind].includes(feature) && isInstalled(id));
}
