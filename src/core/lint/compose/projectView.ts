import type { ComposeDocument } from '../../documents/composeDocument';
import { perDocument } from '../../documents/derived';
import { getPair } from '../../documents/composeDocument';
import { isMap, isScalar } from '../../documents/yamlNodes';
import type { ComposeProject, ProjectFile, ProjectService } from '../../compose/loadProject';
import { loadProject, reloadWithText } from '../../compose/loadProject';
import type { LValue, Origin } from '../../compose/located';
import { isLMap, lget, litems, ltext } from '../../compose/located';
import { looksLikeOverrideFile } from '../../compose/fileSet';
import { canRunTogether } from '../../compose/profiles';
import type { ServiceProfiles } from '../../compose/profiles';
import type { PortParseResult } from '../../model/portMapping';
import { parsePortMapping } from '../../model/portMapping';
import { comparePositions } from '../../types';

// What the cross-service Compose rules ask of the project the linted file belongs to: which
// names exist anywhere in it, which services can run together (profiles), and what the other
// files of the set claim (host ports, container names). Rules keep reading the linted file
// itself for positions; the project only widens what they compare with, so a finding is
// reported once, in the file whose line must change (the later file of the set).

export type DeclarationSection = 'volumes' | 'networks' | 'secrets' | 'configs';

/** A host port claimed by a service in another file of the set. */
export interface ProjectPort {
  service: string;
  text: string;
  parsed: PortParseResult;
  origin: Origin;
}

/** One entry of the linted file's `include:` list and the files it loads. */
export interface IncludeBranch {
  entry: Origin;
  files: Set<string>;
}

export interface ProjectContainerName {
  service: string;
  name: string;
  origin: Origin;
}

/**
 * What a loaded project says the same way whichever of its files is linted, worked out once per
 * project and shared by the views of its files (the CLI and the editor lint every file of a set
 * against one loaded project). Each view working these out again scanned every merged service
 * once per file and rule, and parsed every port again: on the bench's 2,000-service project the
 * host-port and container-name rules spent most of their time there. Read-only to callers.
 */
interface ProjectFacts {
  names?: ReadonlySet<string>;
  byName?: Map<string, ProjectService>;
  /** Every merged service has `image` or `build`. */
  imageOrBuild?: boolean;
  /** Every `ports` entry of a service not in host network mode, in project order, with the file of its entry. */
  ports?: { file: string; port: ProjectPort }[];
  /** Every known `container_name`, in project order, with the file that sets it. */
  containerNames?: { file: string; name: ProjectContainerName }[];
  /** Each file's place in the load order (`ranks`). */
  ranks?: Map<string, number>;
  /** Each linted file's `include:` entries with their files (`includeBranches`). */
  branches?: Map<string, IncludeBranch[]>;
}

const PROJECT_FACTS = new WeakMap<ComposeProject, ProjectFacts>();

function factsOf(project: ComposeProject): ProjectFacts {
  let facts = PROJECT_FACTS.get(project);
  if (!facts) PROJECT_FACTS.set(project, (facts = {}));
  return facts;
}

export class ProjectView {
  private loaded?: ComposeProject;

  constructor(
    project: ComposeProject | (() => ComposeProject),
    /** The linted file, as the project names it. */
    readonly file: string,
    /** Profile sets the team names (`.docker-explain.json` `compose.profiles`, `COMPOSE_PROFILES`). */
    readonly profileSets: readonly (readonly string[])[] = [],
  ) {
    if (typeof project === 'function') this.load = project;
    else this.loaded = project;
  }

  private load?: () => ComposeProject;

  /** The project, loaded on first use (a file linted alone often needs only its own text). */
  get project(): ComposeProject {
    if (!this.loaded) this.loaded = (this.load as () => ComposeProject)();
    return this.loaded;
  }

  get serviceNames(): ReadonlySet<string> {
    const facts = factsOf(this.project);
    facts.names ??= new Set(this.project.services.map((s) => s.name));
    return facts.names;
  }

  /**
   * False when names may be defined where we cannot look: a file of the set (or an include)
   * could not be read, the file is an override file linted alone, or a merged service has
   * neither `image` nor `build`, so some file of the set is missing (the override fragments of
   * a `-f` set we were not told about).
   */
  get complete(): boolean {
    // Asked by every reference rule: worked out once per view.
    this.isComplete ??= this.workOutComplete();
    return this.isComplete;
  }

  private isComplete?: boolean;

  private workOutComplete(): boolean {
    if (!this.project.complete) return false;
    if (this.project.files.length === 1 && looksLikeOverrideFile(this.file)) return false;
    const facts = factsOf(this.project);
    facts.imageOrBuild ??= this.project.services.every((s) => lget(s.value, 'image') !== undefined || lget(s.value, 'build') !== undefined);
    return facts.imageOrBuild;
  }

  service(name: string): ProjectService | undefined {
    const facts = factsOf(this.project);
    facts.byName ??= new Map(this.project.services.map((s) => [s.name, s]));
    return facts.byName.get(name);
  }

  profilesOf(name: string): ServiceProfiles {
    return this.service(name)?.profiles ?? [];
  }

  /** True when some checked profile set runs both services (always true for one service). */
  canRunTogether(a: string, b: string): boolean {
    if (a === b) return true;
    return canRunTogether(this.profilesOf(a), this.profilesOf(b), this.profileSets);
  }

  /** A file linted on its own: no other file comes before it. */
  alone = false;

  /**
   * This view with the linted file's text replaced by `doc` (a fix pass changed it): the project
   * is loaded again, lazily, so findings and fixes read lines of the new text, not the old one.
   */
  withText(doc: ComposeDocument): ProjectView {
    if (this.alone) return singleFileView(doc, this.file);
    const view = new ProjectView(() => reloadWithText(this.project, this.file, doc) ?? this.project, this.file, this.profileSets);
    return view;
  }

  /** Top-level names of a section across the whole set (`volumes:`, `networks:`, …). */
  declared(section: DeclarationSection): Set<string> {
    const map = lget(this.project.model, section);
    return new Set(isLMap(map) ? map.entries.keys() : []);
  }

  /** True when some file of the set is loaded before the linted one (the first file meets nothing earlier). */
  private hasEarlierFiles(): boolean {
    // A file linted alone is the whole set: answered without loading the merged model, which
    // the rules of a plain file otherwise never need (half a parse on a 2,000-service file).
    if (this.alone) return false;
    const ranks = this.ranks();
    const mine = ranks.get(this.file);
    return mine !== undefined && [...ranks.values()].some((r) => r < mine);
  }

  /** Another file of the project as a message names it: relative to the linted file's folder (`db/compose.yaml`), else its name. */
  displayPath(file: string): string {
    const slash = this.file.lastIndexOf('/');
    const dir = slash >= 0 ? this.file.slice(0, slash + 1) : '';
    return dir !== '' && file.startsWith(dir) ? file.slice(dir.length) : file.slice(file.lastIndexOf('/') + 1);
  }

  /** True when `file` comes before the linted file in the load order. */
  isEarlier(file: string): boolean {
    const ranks = this.ranks();
    const mine = ranks.get(this.file);
    const theirs = ranks.get(file);
    return mine !== undefined && theirs !== undefined && theirs < mine;
  }

  /** Each file's place in what Compose merges (`fileRanks`). */
  private ranks(): Map<string, number> {
    // The same for every file of the project: worked out once per project, in one pass over its
    // files (each view looked every path up in the file list again: files² on a large set).
    const facts = factsOf(this.project);
    facts.ranks ??= fileRanks(this.project.files);
    return facts.ranks;
  }

  /** Host ports that services publish from files loaded before this one (what this file's ports meet). */
  portsFromEarlierFiles(): ProjectPort[] {
    this.earlierPorts ??= this.hasEarlierFiles() ? this.portsWhere((file) => this.isEarlier(file)) : [];
    return this.earlierPorts;
  }

  private earlierPorts?: ProjectPort[];

  /** Host ports that services publish from every other file of the set (a quick fix looks for a port none of them holds). */
  portsFromOtherFiles(): ProjectPort[] {
    return this.portsWhere((file) => file !== this.file);
  }

  private portsWhere(fromFile: (file: string) => boolean): ProjectPort[] {
    if (this.alone) return [];
    const result: ProjectPort[] = [];
    for (const { file, port } of this.projectPorts()) if (fromFile(file)) result.push(port);
    return result;
  }

  private projectPorts(): { file: string; port: ProjectPort }[] {
    const facts = factsOf(this.project);
    if (!facts.ports) {
      const ports: { file: string; port: ProjectPort }[] = [];
      for (const service of this.project.services) {
        if (ltext(lget(service.value, 'network_mode')) === 'host') continue;
        for (const item of litems(lget(service.value, 'ports'))) {
          const port = portOf(service.name, item);
          if (port) ports.push({ file: item.origin.file, port });
        }
      }
      facts.ports = ports;
    }
    return facts.ports;
  }

  /** The linted file's `include:` entries, in order, each with the files it brings in (`includeBranchesOf`). */
  includeBranches(): IncludeBranch[] {
    if (this.alone) return [];
    // Per project and linted file: the views of one file (a lint, then its fixes) share it.
    const facts = factsOf(this.project);
    facts.branches ??= new Map();
    let branches = facts.branches.get(this.file);
    if (!branches) {
      branches = includeBranchesOf(this.project.files, this.file);
      facts.branches.set(this.file, branches);
    }
    return branches;
  }

  /** Host ports published from these files. */
  portsIn(files: ReadonlySet<string>): ProjectPort[] {
    return this.portsWhere((file) => files.has(file));
  }

  /** `container_name`s set in these files. */
  containerNamesIn(files: ReadonlySet<string>): ProjectContainerName[] {
    return this.containerNamesWhere((file) => files.has(file));
  }

  /** Every `container_name` of the project (a rename must pick one no service uses). */
  containerNames(): Set<string> {
    const names = new Set<string>();
    if (this.alone) return names;
    for (const service of this.project.services) {
      const name = ltext(lget(service.value, 'container_name'));
      if (name) names.add(name);
    }
    return names;
  }

  containerNamesFromEarlierFiles(): ProjectContainerName[] {
    if (this.alone || !this.hasEarlierFiles()) return [];
    return this.containerNamesWhere((file) => this.isEarlier(file));
  }

  private containerNamesWhere(fromFile: (file: string) => boolean): ProjectContainerName[] {
    if (this.alone) return [];
    const facts = factsOf(this.project);
    if (!facts.containerNames) {
      const all: { file: string; name: ProjectContainerName }[] = [];
      for (const service of this.project.services) {
        const v = lget(service.value, 'container_name');
        const name = ltext(v);
        if (v && name) all.push({ file: v.origin.file, name: { service: service.name, name, origin: v.origin } });
      }
      facts.containerNames = all;
    }
    const result: ProjectContainerName[] = [];
    for (const { file, name } of facts.containerNames) if (fromFile(file)) result.push(name);
    return result;
  }
}

/**
 * Each file's place in what Compose merges: the files of the set in order, and an included
 * file just before the file that includes it. compose-go v2.13.0 `loader/loader.go`
 * `loadYamlFile` applies `include` first and merges the file's own resources over what the
 * included project defines (`loader/include.go` `importResources`), so the includer's entry
 * is the later one: a clash with an included file is reported in the includer, at its line.
 */
function fileRanks(files: readonly ProjectFile[]): Map<string, number> {
  // A path loaded twice (two includes of one file) takes its first place, as before.
  const first = new Map<string, number>();
  files.forEach((f, i) => {
    if (!first.has(f.path)) first.set(f.path, i);
  });
  const fileAt = (path: string) => {
    const i = first.get(path);
    return i === undefined ? undefined : files[i];
  };
  // An include names its includer (`via`): it sits 2^-level before it (level: how deep the
  // include is nested), so a nested include still comes after the set's earlier files.
  // `depth` bounds a cycle the loader already refused.
  const levelOf = (path: string, depth: number): number => {
    const f = fileAt(path);
    return f?.role === 'include' && f.via !== undefined && depth < 32 ? levelOf(f.via, depth + 1) + 1 : 0;
  };
  const ranks = new Map<string, number>();
  const rankOf = (path: string, depth: number): number => {
    const known = ranks.get(path);
    if (known !== undefined) return known;
    const i = first.get(path) ?? -1;
    const f = files[i];
    const rank = f?.role === 'include' && f.via !== undefined && depth < 32 ? rankOf(f.via, depth + 1) - 2 ** -levelOf(path, 0) : i;
    ranks.set(path, rank);
    return rank;
  };
  for (const f of files) rankOf(f.path, 0);
  return ranks;
}

/**
 * The `include:` entries of `file`, in order, each with the files it brings in (its own nested
 * includes too). compose-go v2.13.0 `loader/include.go` `ApplyInclude` loads each entry as a
 * project of its own and imports its services next to the others: two entries of one list run
 * together, so what they claim is compared with each other (includeClashes.ts).
 */
function includeBranchesOf(files: readonly ProjectFile[], file: string): IncludeBranch[] {
  const branches: IncludeBranch[] = [];
  // The first included file of each path, looked up once per step up a `via` chain.
  const includers = new Map<string, ProjectFile>();
  for (const f of files) if (f.role === 'include' && !includers.has(f.path)) includers.set(f.path, f);
  const byEntry = new Map<string, IncludeBranch>();
  // A file two entries include belongs to the first (Compose imports it there first).
  const placed = new Set<string>();
  for (const f of files) {
    if (f.role !== 'include') continue;
    // Up the `via` chain to the entry of the linted file (bounded: the loader refused cycles).
    let cur: ProjectFile | undefined = f;
    for (let depth = 0; cur && cur.via !== file && depth < 32; depth++) cur = cur.via === undefined ? undefined : includers.get(cur.via);
    if (!cur || cur.via !== file || !cur.entry || cur.entry.file !== file) continue;
    const at = cur.entry.range.start;
    const key = `${at.line}:${at.character}`;
    let branch = byEntry.get(key);
    if (!branch) {
      branch = { entry: cur.entry, files: new Set() };
      byEntry.set(key, branch);
      branches.push(branch);
    }
    if (!placed.has(f.path)) {
      branch.files.add(f.path);
      placed.add(f.path);
    }
  }
  branches.sort((a, b) => comparePositions(a.entry.range.start, b.entry.range.start));
  return branches;
}

/** A `ports` entry of the merged model as the short syntax, parsed; undefined when it holds an unknown value. */
export function portOf(service: string, item: LValue): ProjectPort | undefined {
  if (item.kind === 'scalar') {
    if (item.unknown || item.value === null) return undefined;
    const text = String(item.value);
    return { service, text, parsed: parsePortMapping(text), origin: item.origin };
  }
  if (item.kind !== 'map') return undefined;
  const fields = ['target', 'published', 'host_ip', 'protocol'].map((k) => lget(item, k));
  if (fields.some((f) => f !== undefined && (f.kind !== 'scalar' || f.unknown))) return undefined;
  const [target, published, hostIp, protocol] = fields.map(ltext);
  let text = target ?? '';
  if (published) {
    const ip = hostIp ? (hostIp.includes(':') ? `[${hostIp}]:` : `${hostIp}:`) : '';
    text = `${ip}${published}:${text}`;
  }
  if (protocol) text += `/${protocol}`;
  const origin = fields[1]?.origin ?? item.origin;
  return { service, text, parsed: parsePortMapping(text), origin };
}

/**
 * The project of a file linted on its own (tests, a file outside any set, an editor without
 * file access): the file alone, with no `.env`, so every `${VAR}` is unknown.
 */
export const singleFileView: (doc: ComposeDocument, path?: string) => ProjectView = (() => {
  const byDoc = perDocument((_doc: ComposeDocument) => new Map<string, ProjectView>());
  return (doc: ComposeDocument, path = 'compose.yaml') => {
    const cache = byDoc(doc);
    let view = cache.get(path);
    if (!view) {
      const load = () => loadProject({ files: [path], readFile: (p) => (p === path ? doc.text : undefined), parse: () => doc });
      view = needsProjectModel(doc) ? new ProjectView(load, path) : new PlainFileView(doc, load, path);
      view.alone = true;
      cache.set(path, view);
    }
    return view;
  };
})();

// Most files are one document whose services each have `image` or `build`, no profiles and no
// merge keys: what the rules ask can be read off the text directly, and the merged model
// (which costs about half a parse on a 2,000-service file) is not built.
function needsProjectModel(doc: ComposeDocument): boolean {
  if (doc.documents.length > 1) return true;
  const root = doc.yaml.contents;
  if (!isMap(root) || getPair(root, 'include') || !isMap(getPair(root, 'services')?.value)) return true;
  for (const service of doc.services) {
    const map = service.map;
    if (!map) return true;
    if (getPair(map, '<<') || getPair(map, 'profiles') || getPair(map, 'extends')) return true;
    if (!getPair(map, 'image') && !getPair(map, 'build')) return true;
  }
  return false;
}

class PlainFileView extends ProjectView {
  constructor(
    private readonly doc: ComposeDocument,
    load: () => ComposeProject,
    file: string,
  ) {
    super(load, file);
  }

  override get serviceNames(): ReadonlySet<string> {
    // Made once per view: rules ask for every reference they check.
    this.ownNames ??= new Set(this.doc.services.map((s) => s.name));
    return this.ownNames;
  }

  private ownNames?: ReadonlySet<string>;

  override get complete(): boolean {
    return !looksLikeOverrideFile(this.file);
  }

  override profilesOf(): ServiceProfiles {
    return [];
  }

  override declared(section: DeclarationSection): Set<string> {
    const root = this.doc.yaml.contents;
    const value = isMap(root) ? getPair(root, section)?.value : undefined;
    if (isMap(value)) return new Set(value.items.filter((p) => isScalar(p.key)).map((p) => String((p.key as { value: unknown }).value)));
    // An alias or something unexpected: ask the merged model.
    return value ? super.declared(section) : new Set();
  }
}

/** The project a rule should compare with: the caller's, or the linted file alone. */
export function projectViewOf(context: { doc: ComposeDocument; project?: ProjectView }): ProjectView {
  return context.project ?? singleFileView(context.doc);
}
