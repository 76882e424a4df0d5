// Where a claim can be checked. Every knowledge record, concept page and lint rule names its
// sources: a docs.docker.com page with the anchor of the section that says it, or a file of the
// code that runs (Engine, BuildKit, the CLI, Compose v2, compose-go) at a pinned tag, never a
// branch (a branch moves under the link and the claim can no longer be checked against it).

/**
 * Repositories whose code is Docker's behaviour (DESIGN.md: Docker is the oracle). docker/buildx
 * is the code behind `docker build` today (it is an alias of `docker buildx build`).
 */
export const SOURCE_REPOSITORIES = ['moby/moby', 'moby/buildkit', 'docker/cli', 'docker/buildx', 'docker/compose', 'compose-spec/compose-go'] as const;

/**
 * The code a Dockerfile's RUN line runs: a package manager or an OS tool (useradd). What it does
 * inside a build is part of what the build does, so its source is checked like Docker's, each at
 * a tag in that project's own spelling (shadow `4.13`, Go `go1.23.0`, dnf `4.24.0`, Yarn 1 `v1.22.22`).
 * A peer linter (hadolint) is still not a source: it is evidence, not the oracle.
 */
const TOOL_REPOSITORIES: Record<string, RegExp> = {
  'shadow-maint/shadow': /^\d+\.\d+(?:\.\d+)?$/,
  'golang/go': /^go\d+\.\d+(?:\.\d+)?$/,
  'rpm-software-management/dnf': /^\d+\.\d+\.\d+$/,
  'yarnpkg/yarn': /^v\d+\.\d+\.\d+$/,
};
/**
 * What `FROM node:20` pulls: the file Docker Hub builds the official images' tags from (each
 * tag's Directory names the Debian or Ubuntu release under it). The repository has no tags, so
 * only a full commit id pins it.
 */
const IMAGE_REPOSITORIES: Record<string, RegExp> = {
  'docker-library/official-images': /^[0-9a-f]{40}$/,
};
/** A tool's own reference pages (a section anchor is required, as for docs.docker.com). */
const TOOL_DOCS_HOSTS = ['go.dev'];

const DOCS_HOST = 'docs.docker.com';
/** A release tag (`v0.23.2`, `v2.39.1`, moby's `docker-v29.0.0`) or a full commit id. */
const PINNED_REF = /^(?:(?:docker-)?v\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?|[0-9a-f]{40})$/;

/** `https://host/path#hash`, split without the URL class (the core's tsconfig has no DOM or Node types). */
const HTTPS_URL = /^https:\/\/([a-z0-9.-]+)(\/[^\s#?]*)?(?:\?[^\s#]*)?(#\S*)?$/i;

function split(url: string): { host: string; path: string; hash: string } | null {
  const m = HTTPS_URL.exec(url);
  return m ? { host: m[1].toLowerCase(), path: m[2] ?? '', hash: m[3] ?? '' } : null;
}

/** Why `url` is not a well-formed source, or null when it is one. */
export function sourceProblem(url: string): string | null {
  const parsed = split(url);
  if (!parsed) return 'not an https URL';
  if (parsed.host === DOCS_HOST) {
    if (parsed.path === '/' || parsed.path === '') return 'a docs.docker.com page, not the home page';
    if (parsed.hash.length < 2) return 'a docs.docker.com page needs the anchor of the section that says it';
    return null;
  }
  if (TOOL_DOCS_HOSTS.includes(parsed.host)) {
    if (parsed.hash.length < 2) return `a ${parsed.host} page needs the anchor of the section that says it`;
    return null;
  }
  if (parsed.host === 'github.com') {
    const [owner, repo, blob, ref, ...file] = parsed.path.split('/').filter(Boolean);
    const image = IMAGE_REPOSITORIES[`${owner}/${repo}`];
    const toolTag = TOOL_REPOSITORIES[`${owner}/${repo}`];
    if (!image && !toolTag && !(SOURCE_REPOSITORIES as readonly string[]).includes(`${owner}/${repo}`)) return `not one of ${[...SOURCE_REPOSITORIES, ...Object.keys(TOOL_REPOSITORIES), ...Object.keys(IMAGE_REPOSITORIES)].join(', ')}`;
    if (blob !== 'blob' && blob !== 'tree') return 'a file link (/blob/<tag>/<path>)';
    if (image) {
      if (!ref || !image.test(ref)) return `pinned to a commit, not "${ref ?? ''}"`;
    } else if (!ref || !(PINNED_REF.test(ref) || toolTag?.test(ref))) return `pinned to a release tag or a commit, not "${ref ?? ''}"`;
    if (file.length === 0) return 'a file or folder inside the repository';
    return null;
  }
  return `host ${parsed.host} is neither ${DOCS_HOST}, ${TOOL_DOCS_HOSTS.join(', ')} nor github.com`;
}

export function isWellFormedSource(url: string): boolean {
  return sourceProblem(url) === null;
}

/** A short label for a "근거" link: `docsLabel` for a docs page, else the repository. */
export function sourceLabel(url: string, docsLabel = 'Docker docs'): string {
  const parsed = split(url);
  if (!parsed) return url;
  if (parsed.host === 'github.com') return parsed.path.split('/').filter(Boolean).slice(0, 2).join('/');
  return parsed.host === DOCS_HOST ? docsLabel : parsed.host;
}
