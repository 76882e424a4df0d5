import { basename, joinPath } from './paths';
import { parseDotEnv } from './dotEnv';

// Which files `docker compose` reads when no `-f` is given: the first of these names found in
// the folder, then the first override file next to it (compose-go v2.10.0 `cli/options.go`
// `DefaultFileNames`, `DefaultOverrideFileNames`, `WithDefaultConfigPath`;
// https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/ : "By default, Compose
// reads two files, a compose.yaml and an optional compose.override.yaml file").

export const DEFAULT_FILE_NAMES: readonly string[] = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];

export const DEFAULT_OVERRIDE_FILE_NAMES: readonly string[] = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];

/** The default file set of a folder, from the names of the files in it; undefined when it has no Compose file. */
export function defaultFileSet(dir: string, fileNames: Iterable<string>): string[] | undefined {
  const names = new Set(fileNames);
  const main = DEFAULT_FILE_NAMES.find((n) => names.has(n));
  if (!main) return undefined;
  const override = DEFAULT_OVERRIDE_FILE_NAMES.find((n) => names.has(n));
  return [joinPath(dir, main), ...(override ? [joinPath(dir, override)] : [])];
}

/** `compose.override.yaml`, `docker-compose.override.yml`, `compose.prod.override.yaml`: meant to be merged over another file. */
export function looksLikeOverrideFile(path: string): boolean {
  return /\.override\.ya?ml$/i.test(basename(path));
}

/**
 * `COMPOSE_FILE` (from the project's `.env` or the environment): the file set, separated by
 * `COMPOSE_PATH_SEPARATOR` (`:` on Linux and macOS), relative to the project folder.
 * https://docs.docker.com/compose/how-tos/environment-variables/envvars/#compose_file
 */
export function fileSetFromVariable(dir: string, value: string | undefined, separator?: string): string[] | undefined {
  if (!value) return undefined;
  // compose-go v2.13.0 `cli/options.go` `WithConfigFileEnv`: an empty separator is the default.
  const files = value
    .split(separator || ':')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  return files.length ? files.map((f) => joinPath(dir, f)) : undefined;
}

/**
 * The file set a folder's `.env` names with `COMPOSE_FILE` (and `COMPOSE_PATH_SEPARATOR`), or
 * undefined (no `.env`, no `COMPOSE_FILE`). The CLI and the worker both find a folder's set so.
 */
export function fileSetFromDotEnv(dir: string, envText: string | undefined): string[] | undefined {
  if (envText === undefined) return undefined;
  const vars = parseDotEnv(envText);
  return fileSetFromVariable(dir, vars.get('COMPOSE_FILE'), vars.get('COMPOSE_PATH_SEPARATOR'));
}

/** `COMPOSE_PROFILES=debug,frontend` → `['debug', 'frontend']`. */
export function profilesFromVariable(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
