import type { ComposeProject } from './loadProject';
import type { LValue, Origin } from './located';
import { isLMap, lget, toPlain } from './located';
import { enabledWith } from './profiles';
import type { ProjectNameSource } from './projectName';

// The effective project, like `docker compose config` prints it, with where each value was
// written: `{"services": {NAME: {KEY: {"value": …, "file": …, "line": …}}}, "volumes": …}`.
// `file` is relative to the project folder, `line` is 1-based. A sequence whose entries come
// from several files lists them in `items`. Services whose profiles are not active are left out,
// as Compose leaves them out (https://docs.docker.com/compose/how-tos/profiles/).

export interface OriginValue {
  value: unknown;
  /** For `name`: where Compose takes the project name from (`environment` is `COMPOSE_PROJECT_NAME`). */
  from?: ProjectNameSource;
  /** For `name`: `-p` or `COMPOSE_PROJECT_NAME` is not a valid project name (Compose stops). */
  invalid?: boolean;
  file: string;
  line: number;
  /** The text before interpolation, when it differs (`${WEB_PORT:-8080}`). */
  source?: string;
  /** True when the value depends on a variable we do not know (not in `.env`). */
  unknown?: boolean;
  items?: OriginValue[];
}

export type EffectiveProject = Record<string, Record<string, Record<string, OriginValue>> | OriginValue>;

const SECTIONS = ['services', 'networks', 'volumes', 'secrets', 'configs', 'models'];

export function effectiveProject(project: ComposeProject, activeProfiles: readonly string[]): EffectiveProject {
  const rel = (origin: Origin) => relative(project.directory, origin.file);
  const describe = (v: LValue, keyOrigin: Origin): OriginValue => {
    // A scalar: where it is written. A collection from one file: its first entry there. A
    // collection merged from several files: where its key is first written, with `items`.
    const parts = v.kind === 'seq' ? v.items.map((i) => i.origin) : v.kind === 'map' ? [...v.entries.values()].map((e) => e.keyOrigin) : [];
    const oneFile = parts.length > 0 && parts.every((o) => o.file === parts[0].file);
    const at = v.kind === 'scalar' ? v.origin : oneFile ? parts[0] : keyOrigin;
    const out: OriginValue = { value: toPlain(v), file: rel(at), line: at.range.start.line + 1 };
    if (v.kind === 'scalar') {
      if (v.source !== '' && v.source !== String(v.value) && v.variables) out.source = v.source;
      if (v.unknown) out.unknown = true;
    }
    if (v.kind === 'seq' && new Set(v.items.map((i) => i.origin.file)).size > 1) out.items = v.items.map((i) => describe(i, i.origin));
    return out;
  };
  // `name` first, as `docker compose config` prints it: the name Compose uses, from wherever it
  // comes (projectName.ts), not only a `name:` written in a file.
  const result: EffectiveProject = {};
  const name = project.name;
  if (name.value !== undefined || name.origin || name.invalid !== undefined) {
    const at = name.origin ? { file: rel(name.origin), line: name.origin.range.start.line + 1 } : { file: '', line: 0 };
    const value = name.value ?? name.invalid ?? toPlain(lget(project.model, 'name'));
    result.name = { value, from: name.from, ...at, ...(name.value === undefined && name.invalid === undefined ? { unknown: true } : {}), ...(name.invalid !== undefined ? { invalid: true } : {}) };
  }
  for (const [key, entry] of project.model.entries) {
    if (key === 'name') continue;
    if (!SECTIONS.includes(key)) {
      if (!key.startsWith('x-') && key !== 'version') result[key] = describe(entry.value, entry.keyOrigin);
      continue;
    }
    const section: Record<string, Record<string, OriginValue>> = {};
    if (!isLMap(entry.value)) continue;
    for (const [name, item] of entry.value.entries) {
      if (key === 'services') {
        const service = project.services.find((s) => s.name === name);
        if (service && !enabledWith(service.profiles, activeProfiles)) continue;
      }
      const fields: Record<string, OriginValue> = {};
      if (isLMap(item.value)) for (const [k, e] of item.value.entries) fields[k] = describe(e.value, e.keyOrigin);
      section[name] = fields;
    }
    result[key] = section;
  }
  return result;
}

/** The profiles that are active: the given ones, else `COMPOSE_PROFILES` from `.env`. */
export function activeProfilesOf(project: ComposeProject, given: readonly string[]): string[] {
  if (given.length) return [...given];
  return (project.variables.get('COMPOSE_PROFILES') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

function relative(dir: string, file: string): string {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

/** One value's origin in words, for hovers: "compose.override.yaml 7줄". */
export function originOf(project: ComposeProject, v: LValue | undefined): { file: string; line: number } | undefined {
  if (!v) return undefined;
  return { file: relative(project.directory, v.origin.file), line: v.origin.range.start.line + 1 };
}
