import type { Language, Localized, Range } from '../../types';
import type { RuleSettings } from '../types';
import type { IgnorePattern } from './glob';
import type { RefusedRead } from '../../documents/fileText';
import type { RuleOrigin, SettingOrigin } from './origin';

/**
 * Reads a file's text: undefined when there is no such file, a refusal when something is there
 * but was not read (a pipe, a device, too large, UTF-16: the reason becomes a config problem).
 */
export type ConfigReader = (path: string) => string | undefined | RefusedRead;

export const CONFIG_FILE_NAME = '.docker-explain.json';

/**
 * The names hadolint looks for in the folder it runs in (hadolint/hadolint@5268d28,
 * src/Hadolint/Config/Configfile.hs `findConfig`); read when no `.docker-explain.json` applies.
 */
export const HADOLINT_CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml'] as const;

/** The team config `.docker-explain.json`, by its file name. */
export function isTeamConfigPath(path: string): boolean {
  return path.slice(path.lastIndexOf('/') + 1) === CONFIG_FILE_NAME;
}

export function isHadolintConfigPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (HADOLINT_CONFIG_NAMES as readonly string[]).includes(name);
}

/** Something wrong in a config file, at its exact place (0-based positions in that file). */
export interface ConfigProblem {
  file: string;
  range: Range;
  severity: 'error' | 'warning';
  message: Localized;
}

/** The config every linted file obeys: presets, `extends` and the files' own `rules` merged. */
export interface ResolvedConfig {
  rules: Record<string, RuleSettings>;
  ignore: IgnorePattern[];
  /** `language` from the nearest file that sets it; undefined leaves the editor setting / CLI flag. */
  language?: Language;
  /** `compose` from the nearest file that sets it: the Compose file sets and profiles the team uses. */
  compose?: ComposeSettings;
  /** The config files read, nearest first (for watching and for messages). */
  files: string[];
  problems: ConfigProblem[];
  /** Who set each rule in `rules` (origin.ts `effectiveRules` reads it with the defaults filled in). */
  origins?: Record<string, RuleOrigin>;
  /** Who set `language` and `compose`. */
  languageOrigin?: SettingOrigin;
  composeOrigin?: SettingOrigin;
}

/**
 * `"compose": {"files": [["compose.yaml", "compose.prod.yaml"]], "profiles": ["debug"]}`: file
 * sets used with `docker compose -f … -f …` (paths absolute here, resolved against the config
 * file's folder) and profiles the team turns on together.
 */
export interface ComposeSettings {
  files: string[][];
  profiles: string[];
  /** The project name CI passes with `docker compose -p NAME`: it comes before `COMPOSE_PROJECT_NAME` and `name:`. */
  projectName?: string;
}

export const EMPTY_CONFIG: ResolvedConfig = { rules: {}, ignore: [], files: [], problems: [] };
