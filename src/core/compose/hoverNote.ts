import { isMap, isScalar, isSeq } from '../documents/yamlNodes';
import type { Node, Pair } from 'yaml';
import type { ComposeDocument } from '../documents/composeDocument';
import type { Language, Position } from '../types';
import { pick } from '../types';
import { PROJECT_NOTE_TEXTS as T } from '../knowledge/composeProjectNotes';
import { codeSpan, fillMarkdown, joinMarkdown, ours } from '../explain/markdown';
import type { MarkdownValues, SafeMarkdown } from '../explain/markdown';
import { formatRange, parsePortMapping } from '../model/portMapping';
import { parseVolumeShort } from '../model/composeVolumes';
import type { ComposeProject } from './loadProject';
import type { LValue, Origin } from './located';
import { lget } from './located';
import { requiredVariables } from './interpolate';
import type { TaggedPath } from './merge';

// The Compose hover's project lines: what `docker compose` does with the value under the cursor
// once the whole set is loaded. Any value of a service, at any depth: a scalar key, an entry of
// a list (`ports`, `volumes`, `environment` in either form, `env_file`, `depends_on`,
// `networks`, `secrets`, `configs`, `labels`, `command`…), a key of a long-syntax entry.
// - `lead` goes first: the value Compose uses, when it is not what is written (a `${VAR}` filled
//   from `.env`, or unknown and why; another file replaced it; a `!reset` or a whole-list
//   replacement drops it): "호스트 9000 → 컨테이너 80 (tcp) — `.env`의 `WEB_PORT`는 `9000`이에요".
// - `note` goes last: where an entry of this file stands among the other files' (it replaces an
//   earlier file's entry with the same key, or is added to an earlier file's list).
// The located tree (loadProject) is walked beside the YAML: a list entry is found in the merged
// list by where it is written, because merging appends, reorders nothing and keeps one entry
// per key (compose-go v2.13.0 `override/merge.go`, `override/uncity.go`). Nothing is guessed:
// an entry that cannot be matched gets no line.

export interface ProjectHover {
  lead?: string;
  note?: string;
}

/** One step of the walk: a key of a map, or `#` for an entry of a list. */
type Step = string;

interface Found {
  /** Keys under the service, `#` for list entries: `['ports', '#']`. */
  path: Step[];
  /** The merged value at the cursor; undefined when no value of the project is written here. */
  effective?: LValue;
  /** The merged value of the collection the cursor's entry is in. */
  parent?: LValue;
  /** Where the cursor's YAML node starts (to tell whether the merged value is this one). */
  at: Position;
  /** The collection node (list) holds the cursor as a whole, on its key. */
  onCollectionKey: boolean;
}

export function projectHover(project: ComposeProject, file: string, doc: ComposeDocument, position: Position, language: Language): ProjectHover | undefined {
  const offset = doc.lines.offsetAt(position);
  const service = doc.services.find((s) => s.map?.range && offset >= s.map.range[0] && offset <= s.map.range[1]);
  if (!service?.map) return undefined;
  const merged = lget(lget(project.model, 'services'), service.name);
  if (!merged) return undefined;
  const found = walk(doc, file, service.map, merged, offset);
  if (!found || found.path.length === 0) return undefined;
  const say = (name: keyof typeof T, values: MarkdownValues = {}) => fillMarkdown(pick(T[name], language), values);
  const where = (o: Origin) => ({ file: relative(project.directory, o.file), line: o.range.start.line + 1 });
  const { effective, parent, path } = found;

  if (found.onCollectionKey) return collectionNote(project, file, effective, say);

  // The value here is the one Compose uses.
  if (effective && sameStart(effective.origin, file, found.at)) {
    const lead = effective.kind === 'scalar' && effective.variables?.length ? variableLead(project, file, effective, path, language, say) : undefined;
    const note = entryNote(file, effective, parent, path, say, where);
    return lead || note ? { lead, note } : undefined;
  }
  // Another file's value took this one's place: at the same key, or as the same entry of a keyed list.
  const replacer = effective ?? (parent ? replacerIn(parent, file, found.at) : undefined);
  if (replacer && replacer.origin.file !== '') {
    const value = describe(replacer, path, language);
    const why = effective ? say('replacedBy', where(replacer.origin)) : say('itemReplacedBy', where(replacer.origin));
    return { lead: value ? say('lead', { value, why: ours(why) }) : say('leadRemoved', { why: ours(why) }) };
  }
  // Gone: a later list replaced the whole list (`command`, `entrypoint`, `!override`), or `!reset`.
  if (parent && parent.kind === 'seq' && parent.origin.file !== file) return { lead: say('leadRemoved', { why: ours(say('listReplacedBy', where(parent.origin))) }) };
  // Only a tag takes a value out of the merged project: the loader records where each one
  // applied; without one at this value's path, say nothing rather than guess.
  const tag = effective ? undefined : tagOver(project.tags, service.name, path);
  if (tag) return { lead: say('leadRemoved', { why: ours(say(tag.tag === '!reset' ? 'resetAt' : 'overrideAt', { ...where(tag.origin), key: tag.path[tag.path.length - 1] })) }) };
  return undefined;
}

/**
 * The last `!reset`/`!override` whose path holds this value: `services.web.ports` holds every
 * entry of web's ports. A tag on one list entry (a path with an index) is not matched: which
 * entry an index meant once lists were merged is not known here.
 */
function tagOver(tags: readonly TaggedPath[], service: string, path: Step[]): TaggedPath | undefined {
  const full = ['services', service, ...path];
  let found: TaggedPath | undefined;
  for (const t of tags) {
    if (t.path.length === 0 || t.path.length > full.length) continue;
    if (t.path.every((step, i) => step === full[i] && step !== '#')) found = t;
  }
  return found;
}

type Say = (name: keyof typeof T, values?: MarkdownValues) => string;

/**
 * The lead for a value with `${VAR}`: the filled value and which file gives each variable, or
 * unknown and why. A file an `include` loads also takes variables from that include's env files
 * (its `env_file`, else its project folder's `.env`), after the project's own, which win
 * (compose-go v2.13.0 `loader/include.go`; loadProject.ts `IncludeEnv`).
 */
function variableLead(project: ComposeProject, file: string, v: LValue & { kind: 'scalar' }, path: Step[], language: Language, say: Say): string | undefined {
  const includes = project.files.find((f) => f.path === file)?.env ?? [];
  const rel = (f: string) => codeSpan(relative(project.directory, f));
  const fromInclude = (name: string) => {
    for (const e of includes) {
      const value = e.variables.get(name);
      if (value !== undefined) return { value, file: e.setIn.get(name) ?? '' };
    }
    return undefined;
  };
  // An include's env file could not be read: Compose stops loading there (loadProject.ts), so
  // no value of this file is used, whatever `.env` says.
  const unreadable = includes.flatMap((e) => e.unreadable);
  if (unreadable.length)
    return say('leadUnknown', {
      why: ours(
        say('envFileUnreadable', {
          files: joinMarkdown(
            unreadable.map((f) => rel(f)),
            ', ',
          ),
        }),
      ),
    });
  const variables = v.variables ?? [];
  const missing = variables.filter((name) => !project.variables.has(name) && !fromInclude(name));
  // An include's `env_file` named through a variable we do not know: its values cannot be told.
  if (missing.length && includes.some((e) => !e.known)) return undefined;
  const includeFiles = includes.flatMap((e) => e.files);
  const elsewhere = includeFiles.length
    ? joinMarkdown(
        includeFiles.map((f) => rel(f)),
        ', ',
      )
    : undefined;
  if (v.unknown) {
    const names = joinMarkdown(
      missing.map((n) => codeSpan(n)),
      ', ',
    );
    const parts = [elsewhere ? say('unknownIncluded', { names, files: elsewhere }) : say('unknown', { names })];
    const required = requiredVariables(v.source).some((r) => missing.includes(r.name));
    if (required) parts.push(say('unknownRequired'));
    else {
      const value = describe(v, path, language);
      if (value) parts.push(say(isCodeOnly(v, path) ? 'unknownFallback' : 'unknownFallbackDescribed', { value }));
    }
    return say('leadUnknown', { why: ours(parts.join(' ')) });
  }
  const why = variables.map((name) => {
    const value = project.variables.get(name);
    const included = fromInclude(name);
    if (value !== undefined) {
      const set = value === '' ? say('envSetEmpty', { name: codeSpan(name) }) : say('envSet', { name: codeSpan(name), value: codeSpan(value) });
      return included && included.value !== value && included.file ? `${set} ${say('envShadows', { file: rel(included.file) })}` : set;
    }
    if (included?.file) return included.value === '' ? say('envSetEmptyIn', { file: rel(included.file), name: codeSpan(name) }) : say('envSetIn', { file: rel(included.file), name: codeSpan(name), value: codeSpan(included.value) });
    return elsewhere ? say('envUnsetIncluded', { name: codeSpan(name), files: elsewhere }) : say('envUnset', { name: codeSpan(name) });
  });
  const value = describe(v, path, language) ?? ours(say('empty'));
  return say('lead', { value, why: ours(why.join(' ')) });
}

/**
 * The note of a value that Compose uses as written here: it replaced an earlier file's value at
 * the same key, or an earlier entry with the same key; or, in a list, it joins entries written
 * before it in another file, and later files append their entries after it.
 */
function entryNote(file: string, v: LValue, parent: LValue | undefined, path: Step[], say: Say, where: (o: Origin) => { file: string; line: number }): string | undefined {
  const entry = path[path.length - 1] === '#';
  const earlier = v.replaced;
  if (earlier && earlier.origin.file !== '') {
    if (entry) return say('replaces', { ...where(earlier.origin), value: earlier.kind === 'scalar' ? scalarText(earlier, say) : ours('') });
    if (earlier.kind !== 'scalar' || v.kind !== 'scalar') return undefined;
    const before = scalarText(earlier, say);
    return say(before.plain === scalarText(v, say).plain ? 'valueSame' : 'valueReplaces', { ...where(earlier.origin), value: before });
  }
  if (parent?.kind !== 'seq' || !entry) return undefined;
  const key = path[path.length - 2] ?? '';
  const other = (i: LValue) => i.origin.file !== file && i.origin.file !== '';
  const index = parent.items.indexOf(v);
  if (index < 0) return undefined;
  const notes: string[] = [];
  const first = parent.items.slice(0, index).find(other);
  if (first) notes.push(say('addsTo', { ...where(first.origin), key, count: parent.items.length }));
  const later = parent.items.slice(index + 1).filter(other);
  if (later.length) notes.push(say(first ? 'alsoExtended' : 'extended', { who: places(later, say, where), key, values: valuesOf(later, key, say), count: parent.items.length }));
  return notes.length ? notes.join(' ') : undefined;
}

/** A scalar as the hover shows it: the value in a code span, or "빈 값". */
function scalarText(v: LValue & { kind: 'scalar' }, say: Say): SafeMarkdown {
  const text = v.value === null ? '' : String(v.unknown ? v.source : v.value);
  return text === '' ? ours(say('empty')) : codeSpan(text);
}

/** Where entries were written, one place per file (its first entry's line): "`compose.override.yaml` 10줄". */
function places(items: LValue[], say: Say, where: (o: Origin) => { file: string; line: number }): SafeMarkdown {
  const firstByFile = new Map<string, Origin>();
  for (const i of items) if (!firstByFile.has(i.origin.file)) firstByFile.set(i.origin.file, i.origin);
  return joinMarkdown(
    [...firstByFile.values()].map((o) => ours(say('place', where(o)))),
    ', ',
  );
}

/** Entries as written (up to five), for "… `9090:80`을 더해요". */
function valuesOf(items: LValue[], key: string, say: Say): SafeMarkdown {
  const texts = items
    .map((i) => (i.kind === 'scalar' && i.value !== null ? String(i.unknown ? i.source : i.value) : i.kind === 'map' && key === 'ports' ? longPort(i) : undefined))
    .filter((t): t is string => t !== undefined);
  const shown = joinMarkdown(
    texts.slice(0, 5).map((t) => codeSpan(t)),
    ', ',
  );
  if (texts.length === items.length && texts.length <= 5) return shown;
  return ours(texts.length ? `${shown.markdown} ${say('andMore')}` : say('entries'));
}

/** On a list's key: the entries other files add to it. */
function collectionNote(project: ComposeProject, file: string, v: LValue | undefined, say: Say): ProjectHover | undefined {
  if (v?.kind !== 'seq') return undefined;
  const byFile = new Map<string, SafeMarkdown[]>();
  for (const item of v.items) {
    if (item.origin.file === file || item.origin.file === '' || item.kind !== 'scalar') continue;
    const list = byFile.get(item.origin.file) ?? [];
    list.push(codeSpan(String(item.value ?? item.source)));
    byFile.set(item.origin.file, list);
  }
  if (byFile.size === 0) return undefined;
  const lines = [...byFile].map(([f, values]) => say('othersAdd', { file: relative(project.directory, f), values: joinMarkdown(values.slice(0, 5), ', ') }));
  return { note: lines.join(' ') };
}

/** The value in words: a port mapping or a mount for `ports`/`volumes` entries, else the value itself. */
function describe(v: LValue, path: Step[], language: Language): SafeMarkdown | undefined {
  const say = (name: keyof typeof T, values: MarkdownValues = {}) => ours(fillMarkdown(pick(T[name], language), values));
  const entry = path.length === 2 && path[1] === '#' ? path[0] : undefined;
  const text = v.kind === 'scalar' ? (v.value === null ? undefined : String(v.value)) : entry === 'ports' && v.kind === 'map' ? longPort(v) : undefined;
  if (text === undefined) return undefined;
  if (entry === 'ports') {
    const parsed = parsePortMapping(text);
    if (parsed.ok) {
      const m = parsed.mapping;
      const container = ours(formatRange(m.container));
      const protocol = ours(m.protocol);
      if (!m.host) return say('portEphemeral', { container, protocol });
      const host = codeSpan(m.hostIp ? `${m.hostIp.includes(':') ? `[${m.hostIp}]` : m.hostIp}:${formatRange(m.host)}` : formatRange(m.host));
      return say('port', { host, container, protocol });
    }
  }
  if (entry === 'volumes' && v.kind === 'scalar') {
    const spec = parseVolumeShort(text);
    if (spec.target !== undefined && (spec.problems?.length ?? 0) === 0) {
      return spec.anonymous || spec.source === undefined ? say('anonymousMount', { target: codeSpan(spec.target) }) : say('mount', { source: codeSpan(spec.source), target: codeSpan(spec.target) });
    }
  }
  return text === '' ? say('empty') : codeSpan(text);
}

/** Whether `describe` shows the value itself (a code span), so a particle can follow it. */
function isCodeOnly(v: LValue, path: Step[]): boolean {
  const entry = path.length === 2 && path[1] === '#' ? path[0] : undefined;
  return v.kind === 'scalar' && entry !== 'ports' && entry !== 'volumes';
}

function longPort(v: LValue & { kind: 'map' }): string | undefined {
  const get = (k: string) => {
    const e = lget(v, k);
    return e?.kind === 'scalar' && e.value !== null && !e.unknown ? String(e.value) : undefined;
  };
  const target = get('target');
  if (target === undefined) return undefined;
  const published = get('published');
  const ip = get('host_ip');
  const protocol = get('protocol');
  const host = published !== undefined ? `${ip ? `${ip}:` : ''}${published}:` : ip ? `${ip}::` : '';
  return `${host}${target}${protocol ? `/${protocol}` : ''}`;
}

// ---- the walk ----

function walk(doc: ComposeDocument, file: string, map: Node, merged: LValue, offset: number): Found | undefined {
  const path: Step[] = [];
  let node: Node = map;
  let effective: LValue | undefined = merged;
  let parent: LValue | undefined;
  for (let depth = 0; depth < 16; depth++) {
    if (isMap(node)) {
      const pair = (node.items as Pair<Node | null, Node | null>[]).find((p) => contains(p, offset));
      if (!pair || !isScalar(pair.key)) return undefined;
      const key = String(pair.key.value);
      // A YAML merge key is not a value of the project (fromYaml.ts spreads it into the map).
      if (key === '<<') return undefined;
      const keyRange = pair.key.range;
      const value = pair.value;
      parent = effective;
      effective = childByKey(effective, key, doc, file, pair);
      path.push(key);
      const onKey = keyRange !== undefined && keyRange !== null && offset <= keyRange[1];
      if (onKey || !value || isScalar(value)) {
        const at = value && isScalar(value) ? value : pair.key;
        const collection = onKey && (isSeq(value) || isMap(value));
        return { path, effective, parent, at: start(doc, at), onCollectionKey: Boolean(collection) };
      }
      node = value;
      continue;
    }
    if (isSeq(node)) {
      const item = (node.items as Node[]).find((i) => i?.range && offset >= i.range[0] && offset <= i.range[1]);
      if (!item) return undefined;
      parent = effective;
      effective = childByStart(effective, doc, file, item);
      path.push('#');
      if (isScalar(item)) return { path, effective, parent, at: start(doc, item), onCollectionKey: false };
      if (!effective) return { path, effective, parent, at: start(doc, item), onCollectionKey: false };
      node = item;
      continue;
    }
    return undefined;
  }
  return undefined;
}

function contains(pair: Pair<Node | null, Node | null>, offset: number): boolean {
  const from = pair.key?.range?.[0];
  const to = pair.value?.range?.[1] ?? pair.key?.range?.[1];
  return from !== undefined && to !== undefined && offset >= from && offset <= to;
}

function start(doc: ComposeDocument, node: Node): Position {
  return doc.lines.positionAt(node.range?.[0] ?? 0);
}

function sameStart(origin: Origin, file: string, at: Position): boolean {
  if (origin.file !== file) return false;
  const s = origin.range.start;
  return s.line === at.line && s.character === at.character;
}

/** The merged value for a key of this file's map: by key in a merged map, or (a mapping merged into a list, `environment`) by where it is written. */
function childByKey(merged: LValue | undefined, key: string, doc: ComposeDocument, file: string, pair: Pair<Node | null, Node | null>): LValue | undefined {
  if (merged?.kind === 'map') return merged.entries.get(key)?.value;
  if (merged?.kind === 'seq') {
    const at = start(doc, (pair.value ?? pair.key) as Node);
    const keyAt = start(doc, pair.key as Node);
    return merged.items.find((i) => sameStart(i.origin, file, at)) ?? merged.items.find((i) => sameStart(i.origin, file, keyAt));
  }
  return undefined;
}

/** The merged value for an entry of this file's list: the entry written at the same place (a list merged as a mapping, `depends_on`, `networks`: the key written there). */
function childByStart(merged: LValue | undefined, doc: ComposeDocument, file: string, item: Node): LValue | undefined {
  const at = start(doc, item);
  const here = (o: Origin) => sameStart(o, file, at);
  if (merged?.kind === 'seq') return merged.items.find((i) => here(i.origin));
  if (merged?.kind === 'map') for (const e of merged.entries.values()) if (here(e.keyOrigin)) return e.value.origin.file === '' ? e.value : { ...e.value, origin: e.keyOrigin };
  return undefined;
}

/** The entry of a merged list that replaced the one written at `at` in `file` (same key, merge.ts `uniqueBy`). */
function replacerIn(parent: LValue, file: string, at: Position): LValue | undefined {
  if (parent.kind !== 'seq') return undefined;
  for (const item of parent.items) {
    for (let r = item.replaced; r; r = r.replaced) if (sameStart(r.origin, file, at)) return item;
  }
  return undefined;
}

/**
 * `file` as the project folder names it: `db/db.env` below it, `../shared/db.env` beside it (a
 * file an include from a sibling folder loads); absolute when the two share no folder but `/`.
 */
function relative(dir: string, file: string): string {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  if (file.startsWith(prefix)) return file.slice(prefix.length);
  const from = dir.split('/').filter((s) => s !== '');
  const to = file.split('/').filter((s) => s !== '');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  if (common === 0 || !file.startsWith('/')) return file;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
