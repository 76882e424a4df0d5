// The files of a Dockerfile's build context that rules read, found the way BuildKit finds them
// (moby/buildkit v0.32.2 frontend/dockerui/config.go): `<Dockerfile>.dockerignore` next to the
// Dockerfile wins; otherwise `.dockerignore` at the root of the context. A file cannot say which
// folder it is built with, so we take the usual one: the Dockerfile's own folder (`docker build .`
// beside it, or Compose `build: .`). The caller reads the files (the core reads no disk).

export interface BuildContextFiles {
  /** The ignore file that applies, with its path as the caller names it. */
  dockerignore?: { file: string; text: string };
}

/** The ignore files BuildKit would look for, in the order it prefers them. */
export function dockerignoreCandidates(dockerfilePath: string): string[] {
  const cut = Math.max(dockerfilePath.lastIndexOf('/'), dockerfilePath.lastIndexOf('\\'));
  const dir = cut >= 0 ? dockerfilePath.slice(0, cut + 1) : '';
  return [`${dockerfilePath}.dockerignore`, `${dir}.dockerignore`];
}

/** The build context files for a Dockerfile, with `read` giving a file's text (undefined: none or not readable). */
export function buildContextFor(dockerfilePath: string, read: (path: string) => string | undefined): BuildContextFiles {
  for (const file of dockerignoreCandidates(dockerfilePath)) {
    const text = read(file);
    if (text !== undefined) return { dockerignore: { file, text } };
  }
  return {};
}
