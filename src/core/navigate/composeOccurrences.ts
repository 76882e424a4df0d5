import { isMap, isScalar, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Range } from '../types';
import type { ComposeDocument, ComposeService } from '../documents/composeDocument';
import { getPair, nodeRange, scalarText, seqItems } from '../documents/composeDocument';
import { serviceDependsOn, serviceNetworks } from '../model/composeServices';
import { rangeInScalar, serviceVolumes, serviceVolumesFrom } from '../model/composeVolumes';
import { resourceRefs } from '../lint/compose/resourceRefs';
import type { DeclarationSection } from '../model/topLevelDeclarations';
import { anchorIndex, anchoredNode } from '../compose/yamlAnchors';
import { dirname, joinPath } from '../compose/paths';
import { stageNameKey } from './dockerfileOccurrences';
import type { Occurrence, SymbolKind } from './types';

// Every place a Compose file defines or names a service, volume, network, secret, config or
// YAML anchor. Names live in a namespace: the files `docker compose` merges into one project
// (the main file, override files, included files) share one, so `depends_on: [db]` in an
// override file names the `db` of the main file; a file read only for `extends: {file: …}`
// has its own, because Compose takes only the named service from it (compose-go v2.10.0
// loader/extends.go). Where a service names another one (Compose specification,
// https://docs.docker.com/reference/compose-file/services/):
// - `depends_on` short syntax (list) and long syntax (map keys),
// - `links` (`db` or `db:alias`), `volumes_from` (`db` or `db:ro`; `container:x` is a container),
// - `extends: db` or `extends: {service: db}` (with `file:`, a service of that file),
// - `network_mode`, `ipc` and `pid` as `service:db`,
// - `build.target` names a stage of the service's Dockerfile
// (the table SERVICE_REFERENCE_ROWS below, one row per key).

export interface ComposeFileScope {
  /** The file's core path (or its URI when it is not a file). */
  path: string;
  /** `project` for files merged into the project; `own` for a file read only for `extends`. */
  namespace: 'project' | 'own';
}

function ns(scope: ComposeFileScope): string {
  return scope.namespace === 'project' ? 'p' : `f:${scope.path}`;
}

export function symbolKey(kind: SymbolKind, namespace: string, name: string): string {
  return `${kind}:${namespace}:${name}`;
}

const SECTIONS: readonly [DeclarationSection, SymbolKind][] = [
  ['volumes', 'volume'],
  ['networks', 'network'],
  ['secrets', 'secret'],
  ['configs', 'config'],
];

const cache = new WeakMap<ComposeDocument, Map<string, Occurrence[]>>();

export function composeOccurrences(doc: ComposeDocument, scope: ComposeFileScope): Occurrence[] {
  let byScope = cache.get(doc);
  if (!byScope) cache.set(doc, (byScope = new Map()));
  const id = `${scope.namespace}\n${scope.path}`;
  let found = byScope.get(id);
  if (!found) byScope.set(id, (found = collect(doc, scope)));
  return found;
}

function collect(doc: ComposeDocument, scope: ComposeFileScope): Occurrence[] {
  const out: Occurrence[] = [];
  const space = ns(scope);
  const own = `f:${scope.path}`;
  const add = (kind: SymbolKind, name: string, range: Range | undefined, role: Occurrence['role'], keys: string[], extra?: Partial<Occurrence>) => {
    if (range && name !== '') out.push({ kind, name, path: scope.path, range: unquoted(doc, range), role, keys, renamable: true, ...extra });
  };
  const ref = (kind: SymbolKind, name: string, range: Range | undefined) => add(kind, name, range, 'reference', [symbolKey(kind, space, name)]);

  for (const service of doc.services) {
    const keys = [symbolKey('service', space, service.name)];
    if (space !== own) keys.push(symbolKey('service', own, service.name));
    add('service', service.name, service.keyRange, 'definition', keys);
    serviceReferences(doc, service, scope, ref, add);
    for (const mount of serviceVolumes(doc, service)) {
      if (mount.type === 'volume' && mount.source && !mount.anonymous && !mount.hasVariable) ref('volume', mount.source, mount.sourceRange);
    }
    for (const network of serviceNetworks(doc, service)) ref('network', network.name, network.range);
    for (const section of ['secrets', 'configs'] as const) {
      for (const r of resourceRefs(doc, service, section)) ref(section === 'secrets' ? 'secret' : 'config', r.name, r.range);
    }
  }
  for (const document of doc.documents) {
    const root = document.contents;
    if (!isMap(root)) continue;
    for (const [section, kind] of SECTIONS) {
      const map = getPair(root, section)?.value;
      if (!isMap(map)) continue;
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        add(kind, String(pair.key.value), nodeRange(pair.key, doc.lines), 'definition', [symbolKey(kind, space, String(pair.key.value))]);
      }
    }
  }
  doc.documents.forEach((document, i) => anchors(doc, document, `${scope.path}#${i}`, scope.path, out));
  return out;
}

type Add = (kind: SymbolKind, name: string, range: Range | undefined, role: Occurrence['role'], keys: string[], extra?: Partial<Occurrence>) => void;

interface RowContext {
  doc: ComposeDocument;
  service: ComposeService;
  scope: ComposeFileScope;
  /** The value of the service's key the row is for. */
  value: Node;
  ref: (kind: SymbolKind, name: string, range: Range | undefined) => void;
  add: Add;
}

/**
 * `service:x` in a namespace key names the service whose container lends its namespace:
 * compose-go v2 loader/normalize.go (Normalize) makes `network_mode`, `ipc`, `pid`, `uts` and
 * `cgroup` with that prefix a dependency, and docker/compose v2 pkg/compose/convergence.go
 * (resolveServiceReferences) turns `network_mode`, `ipc` and `pid` into that service's
 * container. `uts` and `cgroup` are left out: the schema allows only `host`/`private` for
 * `cgroup`, and the engine takes no container for `uts` (moby api/types/container UTSMode).
 */
const servicePrefixed = ({ doc, value, ref }: RowContext): void => {
  const text = scalarText(value);
  if (text?.startsWith('service:')) ref('service', text.slice(8), rangeInScalar(doc, value, text, 8, text.length - 8));
};

/**
 * Where a service's key names another service, a stage or a file's service: one row per key
 * of the service (Compose specification, https://docs.docker.com/reference/compose-file/services/).
 * A new place a name can be used is one row here.
 */
const SERVICE_REFERENCE_ROWS: Readonly<Record<string, (ctx: RowContext) => void>> = {
  // Short syntax (list) and long syntax (map keys).
  depends_on: ({ doc, service, ref }) => {
    for (const dep of serviceDependsOn(doc, service)) ref('service', dep.name, dep.range);
  },
  // `db` or `db:alias`.
  links: ({ doc, value, ref }) => {
    for (const item of seqItems(value)) {
      const text = scalarText(item);
      if (text === undefined) continue;
      const name = text.split(':')[0];
      ref('service', name, rangeInScalar(doc, item, text, 0, name.length));
    }
  },
  // `db` or `db:ro`; `container:x` names a container; the `service:x` form of Compose v1 is read as a service named `service`.
  volumes_from: ({ doc, service, ref }) => {
    for (const from of serviceVolumesFrom(doc, service)) {
      if (from.kind !== 'service' || from.problems.some((p) => p.code === 'service-prefix')) continue;
      ref('service', from.name, rangeInScalar(doc, from.node, from.text, 0, from.name.length));
    }
  },
  network_mode: servicePrefixed,
  ipc: servicePrefixed,
  pid: servicePrefixed,
  // `extends: db` or `extends: {service: db}`; with `file:`, a service of that file.
  extends: ({ doc, scope, value, ref, add }) => {
    if (isScalar(value)) {
      ref('service', scalarText(value) ?? '', nodeRange(value, doc.lines));
      return;
    }
    if (!isMap(value)) return;
    const serviceNode = getPair(value, 'service')?.value;
    const name = scalarText(serviceNode);
    const file = scalarText(getPair(value, 'file')?.value);
    if (name === undefined || name.includes('$')) return;
    if (file === undefined) ref('service', name, nodeRange(serviceNode, doc.lines));
    else if (!file.includes('$')) add('service', name, nodeRange(serviceNode, doc.lines), 'reference', [symbolKey('service', `f:${joinPath(dirname(scope.path), file)}`, name)]);
  },
  // `build.target` names a stage of the service's Dockerfile.
  build: ({ doc, scope, value, add }) => {
    if (!isMap(value)) return;
    const targetNode = getPair(value, 'target')?.value;
    const target = scalarText(targetNode);
    const dockerfile = dockerfileOf(scope.path, value);
    if (target !== undefined && !target.includes('$')) {
      add('stage', target, nodeRange(targetNode, doc.lines), 'reference', dockerfile ? [stageNameKey(dockerfile, target)] : [], { dockerfile });
    }
  },
};

/** The keys of a service whose values name another service or a stage (the navigation's position table keys on them too). */
export const SERVICE_REFERENCE_KEYS: readonly string[] = Object.keys(SERVICE_REFERENCE_ROWS);

function serviceReferences(doc: ComposeDocument, service: ComposeService, scope: ComposeFileScope, ref: RowContext['ref'], add: Add): void {
  const map = service.map;
  if (!map) return;
  // The first entry of a key, as getPair and the models read it (a repeated key is a YAML error of its own).
  const done = new Set<string>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || done.has(key) || !Object.prototype.hasOwnProperty.call(SERVICE_REFERENCE_ROWS, key)) continue;
    done.add(key);
    if (pair.value) SERVICE_REFERENCE_ROWS[key]({ doc, service, scope, value: pair.value as Node, ref, add });
  }
}

/** The Dockerfile a `build:` map names (context, then `dockerfile` in it), when the file says it without variables. */
export function dockerfileOf(composePath: string, build: Node): string | undefined {
  if (!isMap(build)) return undefined;
  if (getPair(build, 'dockerfile_inline')) return undefined;
  const context = scalarText(getPair(build, 'context')?.value) ?? '.';
  const dockerfile = scalarText(getPair(build, 'dockerfile')?.value) ?? 'Dockerfile';
  if (context.includes('$') || dockerfile.includes('$') || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || /\.git(#|$)/.test(context) || context.startsWith('git@')) return undefined;
  return joinPath(joinPath(dirname(composePath), context), dockerfile);
}

/** `&name` and the `*name` aliases that point at it (the last anchor of that name before the alias, YAML 1.2 §3.2.2.2). */
function anchors(doc: ComposeDocument, document: Document.Parsed, docId: string, path: string, out: Occurrence[]): void {
  const index = anchorIndex(document);
  if (index.size === 0) return;
  const keyOf = (node: Node) => `anchor:${docId}:${node.range?.[0] ?? -1}`;
  for (const [name, nodes] of index) {
    for (const node of nodes) {
      const range = anchorRange(doc, node, name);
      if (range) out.push({ kind: 'anchor', name, path, range, role: 'definition', keys: [keyOf(node)], renamable: true });
    }
  }
  visit(document, {
    Alias(_key, alias) {
      const target = anchoredNode(index, alias as unknown as Node);
      const range = alias.range ? doc.lines.range(alias.range[0] + 1, alias.range[0] + 1 + alias.source.length) : undefined;
      if (target && range && doc.text[alias.range?.[0] ?? -1] === '*') out.push({ kind: 'anchor', name: alias.source, path, range, role: 'reference', keys: [keyOf(target)], renamable: true });
    },
  });
}

/** Where `&name` is written before its node (the yaml package keeps the node's range, not the anchor's). */
function anchorRange(doc: ComposeDocument, node: Node, name: string): Range | undefined {
  if (!node.range) return undefined;
  // The anchor is among the node's properties, just before it (a tag may sit in between).
  const start = node.range[0];
  const from = Math.max(0, start - name.length - 200);
  for (let at = doc.text.lastIndexOf(`&${name}`, start); at >= from; at = doc.text.lastIndexOf(`&${name}`, at - 1)) {
    const after = doc.text[at + 1 + name.length];
    if (after === undefined || /[\s,\]}]/.test(after)) return doc.lines.range(at + 1, at + 1 + name.length);
    if (at === 0) break;
  }
  return undefined;
}

/** A quoted scalar's range without its quotes: a rename keeps them (`"8080"` stays a string). */
export function unquoted(doc: ComposeDocument, range: Range): Range {
  const start = doc.lines.offsetAt(range.start);
  const end = doc.lines.offsetAt(range.end);
  const q = doc.text[start];
  if ((q === '"' || q === "'") && end - start >= 2 && doc.text[end - 1] === q) return doc.lines.range(start + 1, end - 1);
  return range;
}
