// Pinned places the error records cite: the file that prints each message, at the release tag
// its text was read from (checked against these tags on 2026-12-04), and the docs sections the
// advice rests on. One constant per repository so a tag moves in one place.

export const MOBY = 'https://github.com/moby/moby/blob/docker-v29.7.2/';
export const CLI = 'https://github.com/docker/cli/blob/v29.7.2/';
export const BUILDKIT = 'https://github.com/moby/buildkit/blob/v0.32.2/';
export const COMPOSE = 'https://github.com/docker/compose/blob/v5.5.0/';
export const COMPOSE_GO = 'https://github.com/compose-spec/compose-go/blob/v2.13.0/';

export const DOCS = 'https://docs.docker.com/';
/** "Running containers": exit status 125/126/127, healthchecks, the default entrypoint. */
export const RUNNING = `${DOCS}engine/containers/run/`;
export const RUN_REF = `${DOCS}reference/cli/docker/container/run/`;
export const DOCKERFILE = `${DOCS}reference/dockerfile/`;
export const COMPOSE_FILE = `${DOCS}reference/compose-file/`;

/** A text in both languages, Korean first. */
export function L(ko: string, en: string): { ko: string; en: string } {
  return { ko, en };
}
