import type { Origin } from './located';

// The project name, as `docker compose` chooses it (compose-spec/compose-go v2.13.0
// `cli/options.go` `withNamePrecedenceLoad` and `loader/loader.go` `projectName`,
// `NormalizeProjectName`; https://docs.docker.com/compose/how-tos/project-name/):
// 1. `-p NAME` (for us: a name the caller gives, like a team's setting);
// 2. `COMPOSE_PROJECT_NAME` from the environment, which includes the project's `.env`;
//    these two are used as written and must already be a valid name, else Compose stops with
//    "invalid project name";
// 3. the top-level `name:` of the files of the set (the last one that is not empty),
//    interpolated, then normalised;
// 4. the name of the project folder, normalised.
// Normalised: lower-cased, only `a-z`, `0-9`, `_` and `-` kept, leading `_` and `-` dropped.
// The name prefixes what Compose creates: containers `<project>-<service>-1`, the network
// `<project>_default`, volumes `<project>_<volume>`.

export type ProjectNameSource = 'option' | 'environment' | 'file' | 'directory';

export interface ProjectName {
  /** The name Compose uses; undefined when it cannot be known (a `${VAR}` in `name:`, a folder without a name). */
  value?: string;
  from: ProjectNameSource;
  /** Where `name:` is written (from `file`), or the `.env` line of `COMPOSE_PROJECT_NAME`. */
  origin?: Origin;
  /** `-p` or `COMPOSE_PROJECT_NAME` that is not a valid name: Compose stops ("invalid project name"). */
  invalid?: string;
}

export interface ProjectNameInput {
  option?: string;
  environment?: string;
  /** Where `COMPOSE_PROJECT_NAME` is written (a line of `.env`), when known; asked only when that value names the project. */
  environmentOrigin?: () => Origin | undefined;
  /** The merged top-level `name:` (undefined when no file sets it). */
  fileName?: { value: string; unknown: boolean; origin: Origin };
  directory: string;
}

export function normalizeProjectName(text: string): string {
  return (
    text
      .toLowerCase()
      .match(/[a-z0-9_-]/g)
      ?.join('')
      .replace(/^[_-]+/, '') ?? ''
  );
}

export function resolveProjectName(input: ProjectNameInput): ProjectName {
  for (const [from, given] of [
    ['option', input.option],
    ['environment', input.environment],
  ] as const) {
    if (given === undefined || given === '') continue;
    const origin = from === 'environment' ? input.environmentOrigin?.() : undefined;
    return { ...(normalizeProjectName(given) === given ? { value: given } : { invalid: given }), from, ...(origin ? { origin } : {}) };
  }
  const named = input.fileName;
  if (named && named.value !== '') {
    if (named.unknown) return { from: 'file', origin: named.origin };
    const value = normalizeProjectName(named.value);
    if (value !== '') return { value, from: 'file', origin: named.origin };
  }
  const parts = input.directory.split('/').filter((part) => part !== '');
  const base = parts[parts.length - 1] ?? '';
  const value = normalizeProjectName(base);
  return value === '' ? { from: 'directory' } : { value, from: 'directory' };
}
