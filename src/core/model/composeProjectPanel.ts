// The panel's picture of the effective Compose project: the services `docker compose up` runs
// with the active profiles, each with its ports and volumes after the files of the set are
// merged, where each value was written, and the host-port clashes among the services that run
// together. Plain JSON for the webview; computed from the project model (compose/), so the
// panel, `compose config` and the rules agree on what the project is.

import type { ComposeProject, ProjectService } from '../compose/loadProject';
import type { LValue, Origin } from '../compose/located';
import { isLMap, lget, litems, ltext } from '../compose/located';
import { enabledWith } from '../compose/profiles';
import { portOf } from '../lint/compose/projectView';
import { HostPortIndex } from './hostPortIndex';
import { formatRange, overlap } from './portMapping';
import type { ProjectNameSource } from '../compose/projectName';

/** Where a value was written: the file relative to the project folder, 1-based line, and the 0-based position to reveal. */
export interface PanelOrigin {
  file: string;
  /** The absolute path, as the project names it (to reveal it). */
  path: string;
  line: number;
  character: number;
}

export interface ProjectValueView {
  text: string;
  origin: PanelOrigin;
  /** Written in another file than the one that defines the service (an override, an `extends` file). */
  fromOtherFile: boolean;
  /** The earlier value this one replaced (a later scalar, or a list entry with the same key), and where it was written. */
  replaces?: ReplacedView;
}

/** The earlier value an override replaced; `empty` when it was written empty (the panel says so, like the hover). */
export interface ReplacedView {
  text: string;
  origin: PanelOrigin;
  empty?: true;
}

export interface ProjectPortView extends ProjectValueView {
  /** Other running services that publish the same host port: `service` and their entry. */
  conflicts: { service: string; port: string; text: string }[];
}

export interface ProjectServiceView {
  name: string;
  /** Runs with the active profiles. */
  runs: boolean;
  /** `undefined`: written with a `${VAR}` we cannot know. */
  profiles: string[] | undefined;
  /** Where the service is first defined. */
  origin: PanelOrigin;
  image?: ProjectValueView;
  ports: ProjectPortView[];
  volumes: ProjectValueView[];
  /** Other keys whose value an override (or an `extends` file) set: key and where. */
  overridden: { key: string; text: string; origin: PanelOrigin; replaces?: ReplacedView }[];
}

export interface ProjectPanelView {
  /** The files of the project, relative to its folder, in load order, with their role. */
  files: { file: string; role: string }[];
  /** The project name Compose uses and where it comes from (compose/projectName.ts); no `name` when it cannot be known. */
  projectName: { name?: string; from: ProjectNameSource };
  /** Every profile a service names, sorted. */
  profiles: string[];
  active: string[];
  /**
   * Where the active profiles come from when the reader has not chosen any in the panel: the
   * team config's `compose.profiles`, or `COMPOSE_PROFILES` in the project's `.env`.
   */
  activeFrom?: 'config' | 'env';
  services: ProjectServiceView[];
  /** A file of the project could not be read: the picture may miss parts. */
  incomplete: boolean;
}

const MAX_TEXT = 120;

export function projectPanelView(project: ComposeProject, active: readonly string[], activeFrom?: ProjectPanelView['activeFrom']): ProjectPanelView {
  const at = (origin: Origin): PanelOrigin => ({
    file: relative(project.directory, origin.file),
    path: origin.file,
    line: origin.range.start.line + 1,
    character: origin.range.start.character,
  });
  const profiles = new Set<string>();
  for (const s of project.services) for (const p of s.profiles ?? []) profiles.add(p);
  const services = project.services.map((s) => serviceView(s, active, at));
  markConflicts(project.services, services);
  const files: { file: string; role: string }[] = [];
  for (const f of project.files) if (!files.some((x) => x.file === relative(project.directory, f.path))) files.push({ file: relative(project.directory, f.path), role: f.role });
  return { files, projectName: { name: project.name.value, from: project.name.from }, profiles: [...profiles].sort(), active: [...active], ...(activeFrom ? { activeFrom } : {}), services, incomplete: !project.complete };
}

function serviceView(s: ProjectService, active: readonly string[], at: (o: Origin) => PanelOrigin): ProjectServiceView {
  const home = s.keyOrigin.file;
  // The value it replaced, as the model remembers it (merge.ts: a later scalar, or uniqueBy's same-key entry).
  // Nothing to say when the override writes the same value again (the hover says "same result" there).
  const replaces = (v: LValue): { replaces?: ReplacedView } => {
    const earlier = v.replaced;
    if (!earlier || earlier.origin.file === '') return {};
    const text = textOf(earlier);
    if (earlier.kind === 'scalar' && v.kind === 'scalar' && text === textOf(v)) return {};
    return { replaces: { text: clip(text), origin: at(earlier.origin), ...(earlier.kind === 'scalar' && text === '' ? { empty: true as const } : {}) } };
  };
  const value = (v: LValue): ProjectValueView => ({ text: clip(textOf(v)), origin: at(v.origin), fromOtherFile: v.origin.file !== home, ...replaces(v) });
  const image = lget(s.value, 'image');
  const overridden: ProjectServiceView['overridden'] = [];
  for (const [key, entry] of s.value.entries) {
    if (key === 'ports' || key === 'volumes') continue;
    const v = entry.value;
    // A scalar another file set, or a list or map some of whose entries another file added.
    const parts = v.kind === 'seq' ? v.items : v.kind === 'map' ? [...v.entries.values()].map((e) => e.value) : [v];
    const other = parts.find((p) => p.origin.file !== home);
    if (other) overridden.push({ key, text: clip(v.kind === 'scalar' ? textOf(v) : textOf(other)), origin: at(other.origin), ...(v.kind === 'scalar' ? replaces(v) : {}) });
  }
  return {
    name: s.name,
    runs: enabledWith(s.profiles, active),
    profiles: s.profiles === undefined ? undefined : [...s.profiles],
    origin: at(s.keyOrigin),
    image: image ? value(image) : undefined,
    ports: litems(lget(s.value, 'ports')).map((p) => ({ ...value(p), text: clip(portOf(s.name, p)?.text ?? textOf(p)), conflicts: [] })),
    volumes: litems(lget(s.value, 'volumes')).map(value),
    overridden,
  };
}

/** Host-port clashes among the services that run, in project order (the later entry names the earlier one, and back). */
function markConflicts(services: readonly ProjectService[], views: ProjectServiceView[]): void {
  const index = new HostPortIndex<{ service: string; port: ProjectPortView }>();
  services.forEach((s, i) => {
    const view = views[i];
    if (!view.runs || ltext(lget(s.value, 'network_mode')) === 'host') return;
    litems(lget(s.value, 'ports')).forEach((item, j) => {
      const port = portOf(s.name, item);
      if (!port?.parsed.ok) return;
      const mine = view.ports[j];
      const clash = index.firstClash(port.parsed.mapping);
      if (clash?.mapping.host && port.parsed.mapping.host) {
        const shared = formatRange(overlap(clash.mapping.host, port.parsed.mapping.host));
        mine.conflicts.push({ service: clash.value.service, port: shared, text: clash.value.port.text });
        clash.value.port.conflicts.push({ service: s.name, port: shared, text: mine.text });
      }
      index.add(port.parsed.mapping, { service: s.name, port: mine });
    });
  });
}

function textOf(v: LValue): string {
  if (v.kind === 'scalar') return v.unknown ? v.source : v.value === null ? '' : String(v.value);
  if (v.kind === 'seq') return v.items.map(textOf).join(', ');
  // A long-syntax volume: source:target.
  if (isLMap(v) && lget(v, 'target')) return [ltext(lget(v, 'source')), ltext(lget(v, 'target'))].filter(Boolean).join(':');
  return [...v.entries.keys()].join(', ');
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function relative(dir: string, file: string): string {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}
