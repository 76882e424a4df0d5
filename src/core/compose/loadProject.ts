import type { ComposeDocument } from '../documents/composeDocument';
import { parseCompose } from '../documents/composeDocument';
import type { LEntry, LMap, LValue, Origin } from './located';
import { isLMap, lget, litems, ltext } from './located';
import { readComposeFile } from './fromYaml';
import type { ReadProblem } from './fromYaml';
import { enforceUnicity, mergeValues, removePath, takeResets } from './merge';
import type { TaggedPath } from './merge';
import { readDotEnv } from './dotEnv';
import type { VariableLookup } from './interpolate';
import { dirname, joinPath } from './paths';
import type { ServiceProfiles } from './profiles';
import { resolveProjectName } from './projectName';
import type { ProjectName } from './projectName';

// Loads a Compose project the way `docker compose` does (compose-go v2.13.0
// `loader/loader.go` `loadYamlModel` / `loadYamlFile`): every file of the set in order, every
// YAML document of a file in order, each interpolated, its `include` then its `extends` applied,
// then merged over what came before (merge.ts). The caller reads files (the core has no file
// system): `readFile` returns a file's text, or undefined when it cannot be read. A project
// with a file we could not read is incomplete, and rules that need the whole project stay quiet.

export type FileRole = 'main' | 'override' | 'include' | 'extends';

export interface ProjectFile {
  path: string;
  role: FileRole;
  /** For `include` and `extends`: the file that named this one. */
  via?: string;
  /** For `include`: the entry of `via`'s `include:` list that brought this file in. */
  entry?: Origin;
  /** Parsed text; undefined when the file could not be read. */
  doc?: ComposeDocument;
  /** For a file an `include` loads: where its `${VAR}` take values after the project's own variables, outer include first. */
  env?: IncludeEnv[];
}

/**
 * The variables one `include` adds (compose-go v2.13.0 `loader/include.go`): its `env_file`, or
 * else its project folder's `.env` when there is one. The including project's variables win
 * over them (`Environment.Clone().Merge(envFromFile)` keeps the values already set).
 */
export interface IncludeEnv {
  /** The env files read, in order. */
  files: string[];
  /** Files `env_file` names that could not be read: Compose stops on a missing one. */
  unreadable: string[];
  /** False when `env_file` names a file through a variable we do not know. */
  known: boolean;
  variables: ReadonlyMap<string, string>;
  /** The file that set each variable (the last one read that sets it). */
  setIn: ReadonlyMap<string, string>;
}

export interface ProjectProblem {
  code: 'unreadable' | 'dotenv' | 'remote' | 'too-many-files' | 'too-deep' | 'include-cycle' | 'extends-cycle' | 'extends-missing' | 'cannot-merge' | ReadProblem['code'];
  message: string;
  origin?: Origin;
}

export interface ProjectService {
  name: string;
  value: LMap;
  /** Where the service's name is first written. */
  keyOrigin: Origin;
  profiles: ServiceProfiles;
}

export interface ComposeProject {
  /** The project folder: the folder of the first file. */
  directory: string;
  files: ProjectFile[];
  /** The merged model (`services`, `volumes`, `networks`, `secrets`, `configs`, …). */
  model: LMap;
  services: ProjectService[];
  /** Variables from `.env` (and the environment the caller gave), used for interpolation. */
  variables: ReadonlyMap<string, string>;
  /** The project name Compose uses (`-p`, `COMPOSE_PROJECT_NAME`, `name:`, the folder): projectName.ts. */
  name: ProjectName;
  /** False when a file (or an `env_file` an include names) could not be read: names may be defined where we could not look. */
  complete: boolean;
  /** The `!reset` and `!override` tags that applied while merging, in load order (the hover names the one that removed a value). */
  tags: TaggedPath[];
  problems: ProjectProblem[];
}

export interface LoadProjectOptions {
  /** The files of the set, in order (`-f a -f b`), with `/` separators. */
  files: readonly string[];
  readFile(path: string): string | undefined;
  /** Parses a file's text; the editor passes its own so open documents are parsed once. */
  parse?(path: string, text: string): ComposeDocument;
  /** Variables the caller knows (they win over `.env`, like the shell's do). */
  environment?: Readonly<Record<string, string>>;
  /** `.env` files to read; default: `.env` in the project folder. */
  envFiles?: readonly string[];
  /** A project name the caller sets, as `docker compose -p` does. */
  projectName?: string;
}

interface Loader {
  options: LoadProjectOptions;
  files: ProjectFile[];
  problems: ProjectProblem[];
  complete: boolean;
  docs: Map<string, ComposeDocument | undefined>;
  /** Files loaded so far, repeats counted (MAX_FILE_LOADS). */
  loads: number;
  tags: TaggedPath[];
}

// Bounds for a repository written to hurt (README, 보안과 한계). compose-go has none of them: an
// include fan-out (each file including the next ten times) or a 2,000-service `extends` chain is
// as slow for `docker compose` as it was for us, but there it is one command that can be
// stopped, and here it would hold the editor's analysis on every keystroke. Real projects stay
// far below: past a bound the project is incomplete (rules that need all of it stay quiet) and
// the panel says a file was not read.
/** Files read for one project, counting a file read again through another include. */
export const MAX_FILE_LOADS = 1000;
/** `include` inside an included file inside …: levels. */
export const MAX_INCLUDE_DEPTH = 32;
/** Services in one `extends` chain (each is extended once; the bound keeps the recursion off the stack's end). */
export const MAX_EXTENDS_DEPTH = 1000;

/**
 * A reference Docker Compose fetches from the network instead of reading a file: `oci://…`
 * (docker/compose pkg/remote/oci.go) or a Git address (pkg/remote/git.go, BuildKit's
 * ParseGitRef: `https://…`, `git://…`, `ssh://…`, `git@host:…`, `github.com/…`). We never fetch:
 * such a file is not read and the project is incomplete.
 */
export function isRemoteReference(path: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(path) || /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:/.test(path) || path.startsWith('github.com/');
}

/** How each project was loaded, so it can be loaded again with one file's text changed (`reloadWithText`). */
const LOADED_WITH = new WeakMap<ComposeProject, LoadProjectOptions>();

/**
 * The project loaded again as it was, but with `path` holding `doc`'s text (a fix pass changed
 * the linted file): every value, origin and line then matches the new text. Undefined when the
 * project was not made by `loadProject`.
 */
export function reloadWithText(project: ComposeProject, path: string, doc: ComposeDocument): ComposeProject | undefined {
  const options = LOADED_WITH.get(project);
  if (!options) return undefined;
  return loadProject({
    ...options,
    readFile: (p) => (p === path ? doc.text : options.readFile(p)),
    parse: (p, text) => (p === path && text === doc.text ? doc : options.parse ? options.parse(p, text) : parseCompose(text)),
  });
}

export function loadProject(options: LoadProjectOptions): ComposeProject {
  const project = load(options);
  LOADED_WITH.set(project, options);
  return project;
}

function load(options: LoadProjectOptions): ComposeProject {
  const directory = options.files.length ? dirname(options.files[0]) : '.';
  const loader: Loader = { options, files: [], problems: [], complete: true, docs: new Map(), loads: 0, tags: [] };
  const variables = readVariables(loader, options.envFiles ?? [joinPath(directory, '.env')], options.environment ?? {});
  const lookup: VariableLookup = (name) => variables.get(name);
  const model = loadFiles(
    loader,
    options.files.map((path, i) => ({ path, role: i === 0 ? 'main' : 'override' })),
    lookup,
    [],
  );
  const named = lget(model, 'name');
  const name = resolveProjectName({
    option: options.projectName,
    environment: variables.get('COMPOSE_PROJECT_NAME'),
    // Re-reading the .env files for the line is left until the name really comes from there.
    environmentOrigin: () => (options.environment?.COMPOSE_PROJECT_NAME === undefined ? envLine(loader, options.envFiles ?? [joinPath(directory, '.env')], 'COMPOSE_PROJECT_NAME') : undefined),
    fileName: named?.kind === 'scalar' && named.value !== null ? { value: String(named.value), unknown: named.unknown === true, origin: named.origin } : undefined,
    directory,
  });
  return { directory, files: loader.files, model, services: servicesOf(model), variables, name, complete: loader.complete, problems: loader.problems, tags: loader.tags };
}

/** Where a `.env` file sets a variable (its last setting, the one that counts), read by the one `.env` reader. */
function envLine(loader: Loader, envFiles: readonly string[], name: string): Origin | undefined {
  let found: Origin | undefined;
  for (const file of envFiles) {
    const text = loader.options.readFile(file);
    if (text === undefined) continue;
    for (const entry of readDotEnv(text).entries) {
      if (entry.name !== name) continue;
      const lineText = text.split('\n', entry.line + 1)[entry.line] ?? '';
      found = { file, range: { start: { line: entry.line, character: 0 }, end: { line: entry.line, character: lineText.replace(/\r$/, '').length } } };
    }
  }
  return found;
}

function readVariables(loader: Loader, envFiles: readonly string[], environment: Readonly<Record<string, string>>): Map<string, string> {
  const variables = new Map<string, string>();
  const outer: VariableLookup = (name) => environment[name] ?? variables.get(name);
  for (const file of envFiles) {
    const text = loader.options.readFile(file);
    if (text === undefined) continue;
    const read = readDotEnv(text, outer);
    for (const e of read.entries) variables.set(e.name, e.value);
    // Compose stops on it ("failed to read .env"); we keep what came before the bad line.
    if (read.error) loader.problems.push({ code: 'dotenv', message: `failed to read ${file}: ${read.error.message}`, origin: { file, range: { start: { line: read.error.line, character: 0 }, end: { line: read.error.line, character: 0 } } } });
  }
  for (const [k, v] of Object.entries(environment)) variables.set(k, v);
  return variables;
}

function docFor(loader: Loader, path: string): ComposeDocument | undefined {
  if (loader.docs.has(path)) return loader.docs.get(path);
  const text = loader.options.readFile(path);
  const doc = text === undefined ? undefined : (loader.options.parse ?? ((_p: string, t: string) => parseCompose(t)))(path, text);
  loader.docs.set(path, doc);
  return doc;
}

function emptyMap(origin: Origin): LMap {
  return { kind: 'map', entries: new Map(), origin };
}

const NOWHERE: Origin = { file: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };

function loadFiles(loader: Loader, files: { path: string; role: FileRole; via?: string; entry?: Origin }[], lookup: VariableLookup, chain: string[], env: IncludeEnv[] = []): LMap {
  let dict: LMap = emptyMap(NOWHERE);
  for (const file of files) {
    if (++loader.loads > MAX_FILE_LOADS) {
      if (loader.loads === MAX_FILE_LOADS + 1) loader.problems.push({ code: 'too-many-files', message: `more than ${MAX_FILE_LOADS} files to load: the rest are not read` });
      loader.complete = false;
      break;
    }
    const doc = docFor(loader, file.path);
    loader.files.push(env.length ? { ...file, doc, env } : { ...file, doc });
    if (!doc) {
      loader.complete = false;
      loader.problems.push({ code: 'unreadable', message: `cannot read ${file.path}` });
      continue;
    }
    const read = readComposeFile(doc, { file: file.path, lookup });
    for (const p of read.problems) loader.problems.push({ code: p.code, message: p.message, origin: p.origin });
    for (const document of read.documents) {
      const { doc: clean, paths } = read.tagged ? takeResets(document) : { doc: document, paths: [] };
      // compose-go v2.13.0 `loadYamlFile`: `include` first, then `extends` ("Process includes first
      // so that extended services have all merged attributes"): a service may extend one that an
      // included file defines.
      const resetPaths = paths.map((t) => t.path);
      let cfg = applyInclude(loader, clean, file.path, lookup, [...chain, file.path], resetPaths, env);
      cfg = applyExtends(loader, cfg, file.path, lookup, resetPaths);
      let merged: LValue = dict;
      for (const tagged of paths) merged = removePath(merged, tagged.path);
      loader.tags.push(...paths);
      merged = mergeValues(merged, cfg);
      dict = enforceUnicity(merged) as LMap;
    }
  }
  return dict;
}

// ---- include (compose-go v2.10.0 `loader/include.go`) ----
// `include: [a.yaml]` or `include: [{path: [a.yaml, a.override.yaml], project_directory, env_file}]`.
// The included files are loaded as their own project (their `.env` is the one of their project
// folder unless `env_file` names others), and their resources are added to this file's; a
// resource this file defines too is merged, this file's definition over the included one
// (since compose-go v2.10.0, Docker Compose v5; v2.9 and older refused the conflict).
function applyInclude(loader: Loader, cfg: LMap, file: string, outer: VariableLookup, chain: string[], resets: readonly string[][], outerEnv: IncludeEnv[]): LMap {
  const include = lget(cfg, 'include');
  if (!include) return cfg;
  const dir = dirname(file);
  let result: LMap = { ...cfg, entries: new Map(cfg.entries) };
  result.entries.delete('include');
  if (chain.length > MAX_INCLUDE_DEPTH) {
    loader.complete = false;
    loader.problems.push({ code: 'too-deep', message: `includes nested more than ${MAX_INCLUDE_DEPTH} levels: not read`, origin: include.origin });
    return result;
  }
  for (const entry of litems(include)) {
    if (loader.loads >= MAX_FILE_LOADS) {
      loader.complete = false;
      break;
    }
    const paths = isLMap(entry) ? stringsOf(lget(entry, 'path')) : stringsOf(entry);
    if (!paths || paths.length === 0) {
      loader.complete = false;
      continue;
    }
    if (paths.some(isRemoteReference)) {
      loader.complete = false;
      loader.problems.push({ code: 'remote', message: `remote include not fetched: ${paths.find(isRemoteReference)}`, origin: entry.origin });
      continue;
    }
    const files = paths.map((p) => joinPath(dir, p));
    if (chain.includes(files[0])) {
      loader.problems.push({ code: 'include-cycle', message: `include cycle detected: ${[...chain, files[0]].join(' → ')}`, origin: entry.origin });
      continue;
    }
    const projectDirText = isLMap(entry) ? lget(entry, 'project_directory') : undefined;
    const projectDir = projectDirText ? ltext(projectDirText) : dirname(files[0]);
    if (projectDir === undefined) {
      loader.complete = false;
      continue;
    }
    const listed = isLMap(entry) ? stringsOf(lget(entry, 'env_file')) : undefined;
    const named = isLMap(entry) && lget(entry, 'env_file') !== undefined;
    const envFiles = named ? (listed ?? []).map((f) => joinPath(dir, f)) : [joinPath(joinPath(dir, projectDir), '.env')];
    const variables = new Map<string, string>();
    const setIn = new Map<string, string>();
    const env: IncludeEnv = { files: [], unreadable: [], known: !named || listed !== undefined, variables, setIn };
    for (const envFile of envFiles) {
      if (++loader.loads > MAX_FILE_LOADS) {
        loader.complete = false;
        break;
      }
      // `/dev/null` is skipped (include.go); without `env_file`, a missing `.env` is no error.
      const text = envFile.endsWith('/dev/null') ? undefined : loader.options.readFile(envFile);
      if (text === undefined) {
        // compose-go v2.13.0 `loader/include.go` `ApplyInclude` (`os.Stat`) and `dotenv/env.go`
        // `GetEnvFromFile` ("couldn't find env file"): Compose stops loading here. The project
        // is incomplete, and nothing this include's env files would set is guessed.
        if (named && !envFile.endsWith('/dev/null')) {
          env.unreadable.push(envFile);
          loader.complete = false;
          loader.problems.push({ code: 'unreadable', message: `cannot read env file ${envFile}`, origin: entry.origin });
        }
        continue;
      }
      env.files.push(envFile);
      // compose-go `dotenv.GetEnvFromFile`: a later file sees the names the earlier ones set.
      const read = readDotEnv(text, (n) => outer(n) ?? variables.get(n));
      for (const { name, value } of read.entries) {
        variables.set(name, value);
        setIn.set(name, envFile);
      }
      // GetEnvFromFile returns "failed to read …" and Compose stops, as for a missing file; we
      // keep what came before the bad line, as for the project's `.env` (readVariables).
      if (read.error) {
        loader.complete = false;
        loader.problems.push({ code: 'dotenv', message: `failed to read ${envFile}: ${read.error.message}`, origin: { file: envFile, range: { start: { line: read.error.line, character: 0 }, end: { line: read.error.line, character: 0 } } } });
      }
    }
    // With an env file unread, what the read ones set may be what it would change: unknown.
    const lookup: VariableLookup = env.unreadable.length ? outer : (name) => outer(name) ?? variables.get(name);
    const imported = loadFiles(
      loader,
      files.map((path) => ({ path, role: 'include' as const, via: file, entry: entry.origin })),
      lookup,
      chain,
      [...outerEnv, env],
    );
    result = importResources(imported, result, resets);
  }
  return result;
}

// compose-go v2.13.0 `importResource` runs the including document's `!reset`/`!override`
// (its PostProcessor) on an imported resource this document defines too, before merging: a
// `!reset` here takes the included file's value away.
function importResources(imported: LMap, target: LMap, resets: readonly string[][]): LMap {
  for (const key of ['services', 'volumes', 'networks', 'secrets', 'configs', 'models']) {
    const from = lget(imported, key);
    if (!isLMap(from)) continue;
    const toEntry = target.entries.get(key);
    const to = isLMap(toEntry?.value) ? toEntry.value : undefined;
    const entries = new Map<string, LEntry>(to?.entries ?? []);
    for (const [name, e] of from.entries) {
      const mine = entries.get(name);
      entries.set(name, mine ? { ...mine, value: mergeValues(withoutResets(e.value, resets, key, name), mine.value, [key, name]) } : e);
    }
    const value: LMap = { kind: 'map', entries, origin: to?.origin ?? from.origin };
    target.entries.set(key, { key, keyOrigin: toEntry?.keyOrigin ?? from.origin, value });
  }
  return target;
}

// ---- extends (compose-go v2.10.0 `loader/extends.go`) ----
// `extends: base` or `extends: {service: base, file: other.yaml}`: the service starts from the
// base service (itself extended first) and its own keys are merged over it, with the same
// rules as override files. Only the service is taken from the other file, not its top-level
// volumes or networks.
/** A resource taken from elsewhere, without what this document's `!reset`/`!override` tags take away under `key.name`. */
function withoutResets(value: LValue, resets: readonly string[][], key: string, name: string): LValue {
  let v = value;
  for (const path of resets) if (path.length > 2 && path[0] === key && path[1] === name) v = removePath(v, path.slice(2));
  return v;
}

function applyExtends(loader: Loader, cfg: LMap, file: string, lookup: VariableLookup, resets: readonly string[][]): LMap {
  const services = lget(cfg, 'services');
  if (!isLMap(services)) return cfg;
  let changed = false;
  const entries = new Map<string, LEntry>();
  // Each service is extended once per file read: a chain of n services (`s0` extends `s1` …)
  // otherwise walked the rest of the chain again for each of them (2,000 services: 7 minutes).
  const run: ExtendsRun = { loader, lookup, file, resets, done: new Map(), otherFiles: new Map() };
  for (const [name, entry] of services.entries) {
    const extended = isLMap(entry.value) && entry.value.entries.has('extends') ? extendService(run, services, name, file, new Set()) : undefined;
    if (extended) changed = true;
    entries.set(name, extended ? { ...entry, value: extended } : entry);
  }
  if (!changed) return cfg;
  const result: LMap = { ...cfg, entries: new Map(cfg.entries) };
  const servicesEntry = cfg.entries.get('services') as LEntry;
  result.entries.set('services', { ...servicesEntry, value: { ...services, entries } });
  return result;
}

// compose-go v2.13.0 `applyServiceExtends` runs the document's PostProcessor on a copy of the
// base (`post.Apply`) before `override.ExtendService`: a `!reset` in the extending service
// removes what the base gives it, along the chain. A base in another file is read with that
// file's own tags only.
interface ExtendsRun {
  loader: Loader;
  lookup: VariableLookup;
  /** The file being read, and the `!reset` paths of its document. */
  file: string;
  resets: readonly string[][];
  /** `file#service` → the service with its `extends` applied. */
  done: Map<string, LMap | undefined>;
  /** Another file's services, read once (undefined: not read). */
  otherFiles: Map<string, LMap | undefined>;
}

function extendService(run: ExtendsRun, services: LMap, name: string, file: string, seen: Set<string>): LMap | undefined {
  const key = `${file}#${name}`;
  if (run.done.has(key)) return run.done.get(key);
  const result = extendServiceOnce(run, services, name, file, seen);
  run.done.set(key, result);
  return result;
}

function extendServiceOnce(run: ExtendsRun, services: LMap, name: string, file: string, seen: Set<string>): LMap | undefined {
  const { loader } = run;
  const service = services.entries.get(name)?.value;
  if (!isLMap(service)) return undefined;
  const ext = service.entries.get('extends')?.value;
  if (!ext) return service;
  const key = `${file}#${name}`;
  if (seen.has(key)) {
    loader.problems.push({ code: 'extends-cycle', message: `extends cycle at service ${name}`, origin: ext.origin });
    return undefined;
  }
  const own: LMap = { ...service, entries: new Map(service.entries) };
  own.entries.delete('extends');
  if (seen.size >= MAX_EXTENDS_DEPTH) {
    loader.complete = false;
    loader.problems.push({ code: 'too-deep', message: `extends chain longer than ${MAX_EXTENDS_DEPTH} services: not followed`, origin: ext.origin });
    return own;
  }
  seen.add(key);
  const baseName = isLMap(ext) ? ltext(lget(ext, 'service')) : ltext(ext);
  const otherFile = isLMap(ext) ? ltext(lget(ext, 'file')) : undefined;
  let base: LMap | undefined;
  if (baseName === undefined) {
    loader.complete = false;
  } else if (otherFile === undefined) {
    base = extendService(run, services, baseName, file, seen);
    if (!base && !services.entries.has(baseName)) loader.problems.push({ code: 'extends-missing', message: `cannot extend service ${baseName}: not defined`, origin: ext.origin });
  } else if (isRemoteReference(otherFile)) {
    loader.complete = false;
    loader.problems.push({ code: 'remote', message: `remote extends file not fetched: ${otherFile}`, origin: ext.origin });
  } else {
    const path = joinPath(dirname(file), otherFile);
    const otherServices = servicesOfFile(run, path, file);
    if (otherServices === undefined) {
      loader.complete = false;
    } else {
      base = isLMap(otherServices) ? extendService(run, otherServices, baseName, path, seen) : undefined;
      if (!base) loader.problems.push({ code: 'extends-missing', message: `cannot extend service ${baseName} of ${path}: not defined`, origin: ext.origin });
    }
  }
  seen.delete(key);
  if (!base) return own;
  const resets = file === run.file ? run.resets : [];
  return enforceUnicity(mergeValues(withoutResets(base, resets, 'services', name), own, ['services', name]), ['services', name]) as LMap;
}

/** The `services` of a file named by `extends: {file}`, read once per run; undefined when it cannot be read. */
function servicesOfFile(run: ExtendsRun, path: string, via: string): LMap | undefined {
  if (run.otherFiles.has(path)) return run.otherFiles.get(path);
  const { loader } = run;
  let services: LMap | undefined;
  if (++loader.loads > MAX_FILE_LOADS) {
    loader.complete = false;
  } else {
    const doc = docFor(loader, path);
    if (!loader.files.some((f) => f.path === path)) loader.files.push({ path, role: 'extends', via, doc });
    if (doc) {
      let merged: LValue | undefined;
      for (const d of readComposeFile(doc, { file: path, lookup: run.lookup }).documents) merged = mergeValues(merged, takeResets(d).doc);
      const found = lget(merged, 'services');
      services = isLMap(found) ? found : emptyMap(NOWHERE);
    }
  }
  run.otherFiles.set(path, services);
  return services;
}

function stringsOf(v: LValue | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  if (v.kind === 'scalar') {
    const t = ltext(v);
    return t === undefined ? undefined : [t];
  }
  const out: string[] = [];
  for (const item of litems(v)) {
    const t = ltext(item);
    if (t === undefined) return undefined;
    out.push(t);
  }
  return out;
}

function servicesOf(model: LMap): ProjectService[] {
  const services = lget(model, 'services');
  if (!isLMap(services)) return [];
  const result: ProjectService[] = [];
  for (const [name, entry] of services.entries) {
    const value: LMap = isLMap(entry.value) ? entry.value : emptyMap(entry.keyOrigin);
    result.push({ name, value, keyOrigin: entry.keyOrigin, profiles: profilesOf(value) });
  }
  return result;
}

function profilesOf(service: LMap): ServiceProfiles {
  const v = lget(service, 'profiles');
  if (v === undefined) return [];
  return stringsOf(v);
}
