// Completion in a Compose file: the keys the Compose Specification allows where the cursor is
// (the generated schema table), the values a key takes (schema enums, and the hover topics'
// values where the schema only says "string"), the names declared elsewhere where a reference
// goes, and `${VAR}` names of the project's `.env`. Every explanation is the hover's topic.

import { isMap, isScalar } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Language, Localized, Position, Range } from '../types';
import { pick } from '../types';
import type { ComposeDocument } from '../documents/composeDocument';
import { getTopic } from '../knowledge';
import type { Topic } from '../knowledge/types';
import { COMPOSE_SPEC_TABLE } from '../compose/schema/composeSpecTable';
import type { SchemaEntry } from '../compose/schema/tableTypes';
import { T_ARRAY, T_BOOLEAN, T_OBJECT } from '../compose/schema/tableTypes';
import { COMMON_KEYS, COMMON_SERVICE_KEYS, COMPOSE_COMPLETION_TEXTS, COMPOSE_REF, NETWORK_DRIVERS, REFERENCES, VALUE_CHOICES, VOLUME_DRIVERS } from '../knowledge/completion/compose';
import type { ReferenceKind } from '../knowledge/completion/compose';
import { fillMarkdown } from '../explain/markdown';
import { ROOT } from '../explain/compose/schema';
import type { Spec } from '../explain/compose/schema';
import { locateComposeCursor } from '../syntax/composePath';
import type { ComposeLocation, ComposeStep } from '../syntax/composePath';
import type { ItemSpec } from './render';
import { finish, topicDocumentation } from './render';
import type { CompleteOptions, CompletionItem } from './types';

const T = COMPOSE_COMPLETION_TEXTS;
const nodes = COMPOSE_SPEC_TABLE.nodes;

export function completeCompose(doc: ComposeDocument, pos: Position, options: CompleteOptions): CompletionItem[] {
  const lang = options.language;
  const line = doc.lines.lineText(pos.line).replace(/\r$/, '');
  const before = line.slice(0, pos.character);
  const at = (length: number): Range => ({ start: { line: pos.line, character: pos.character - length }, end: pos });
  const variable = /\$\{([A-Za-z_][A-Za-z0-9_]*)?$/.exec(before);
  if (variable) return finish(envItems(options.envNames ?? [], lang), at(variable[1]?.length ?? 0));
  const location = locateComposeCursor(doc.lines, pos);
  if (!location) return [];
  const { cursor } = location;
  if (cursor.on === 'value') {
    const prefix = cursor.prefix.replace(/^["']/, '');
    return finish(valueItems(doc, location, [...location.parents, keyStep(location.parents, cursor.key)], prefix, lang), at(prefix.length));
  }
  if (cursor.item) return finish(valueItems(doc, location, location.parents, cursor.prefix, lang), at(cursor.prefix.length));
  return finish(keyItems(doc, location, lang), at(cursor.prefix.length));
}

/** The step for `key:` on the cursor's line, typed like the path's own steps. */
function keyStep(parents: ComposeStep[], key: string): ComposeStep {
  const owner = parents[parents.length - 1];
  const spec = owner === undefined ? undefined : 'spec' in owner ? owner.spec : undefined;
  const parentSpec = parents.length === 0 ? rootSpec() : spec;
  if (parentSpec?.keys && Object.prototype.hasOwnProperty.call(parentSpec.keys, key)) return { kind: 'key', key, spec: parentSpec.keys[key] };
  if (parentSpec?.names) return { kind: 'name', key, spec: parentSpec.names };
  return { kind: 'other', key };
}

function rootSpec(): Spec {
  return ROOT;
}

// ---------------------------------------------------------------- the schema table

/** The schema entries a path leads to (every alternative of a `oneOf`). */
function schemaAt(steps: readonly ComposeStep[]): SchemaEntry[] {
  let current: SchemaEntry[] = [nodes[COMPOSE_SPEC_TABLE.root]];
  for (const step of steps) {
    const next: SchemaEntry[] = [];
    for (const entry of current.flatMap(alternatives)) {
      if (step.kind === 'item') {
        if (entry.i !== undefined) next.push(nodes[entry.i]);
        continue;
      }
      const key = step.key;
      const byName = entry.p?.[key];
      if (byName !== undefined) next.push(nodes[byName]);
      else
        for (const [pattern, index] of entry.pp ?? []) {
          if (COMPOSE_SPEC_TABLE.patterns[pattern].test(key)) {
            next.push(nodes[index]);
            break;
          }
        }
    }
    if (next.length === 0) return [];
    current = next;
  }
  return current.flatMap(alternatives);
}

function alternatives(entry: SchemaEntry, depth = 0): SchemaEntry[] {
  if (!entry.o || depth > 8) return [entry];
  return [entry, ...entry.o.flatMap((i) => alternatives(nodes[i], depth + 1))];
}

// ---------------------------------------------------------------- keys

function keyItems(doc: ComposeDocument, location: ComposeLocation, lang: Language): ItemSpec[] {
  const parents = location.parents;
  const owner = parents[parents.length - 1];
  // A map of names (services, a depends_on map): the names are the author's, or references.
  const ownerSpec = owner && 'spec' in owner ? owner.spec : parents.length === 0 ? ROOT : undefined;
  if (ownerSpec?.names && !ownerSpec.keys) {
    const kind = ownerSpec.topic ? REFERENCES[ownerSpec.topic] : undefined;
    return kind ? referenceItems(doc, kind, location, lang, ':') : [];
  }
  const entries = schemaAt(parents);
  const specKeys = ownerSpec?.keys ?? {};
  const out: ItemSpec[] = [];
  const seen = new Set(location.siblings);
  const inService = owner?.kind === 'name' && parents[0]?.kind === 'section' && parents[0].key === 'services' && parents.length === 2;
  for (const entry of entries) {
    if (!entry.p) continue;
    for (const [key, index] of Object.entries(entry.p)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const value = nodes[index];
      const types = alternatives(value).reduce((t, e) => t | (e.t ?? 0), 0);
      const insertText = types === T_OBJECT ? `${key}:\n  $0` : types === T_ARRAY ? `${key}:\n  - $0` : `${key}: $0`;
      const spec = Object.prototype.hasOwnProperty.call(specKeys, key) ? specKeys[key] : undefined;
      const topic = spec ? getTopic(spec.topic) : undefined;
      const common = (inService ? COMMON_SERVICE_KEYS : (COMMON_KEYS[ownerSpec?.topic ?? ''] ?? [])).indexOf(key);
      const rank = value.dep ? 3000 : common >= 0 ? common : topic ? 1000 : 2000;
      const deprecated = value.dep ? pick(T.deprecated, lang) : '';
      const documentation = topic ? topicDocumentation(topic, lang, {}, deprecated ? [deprecated] : []) : otherKeyDoc(key, parents, lang);
      out.push({ label: key, kind: 'property', insertText, snippet: true, rank, documentation });
    }
  }
  return out;
}

function otherKeyDoc(key: string, parents: readonly ComposeStep[], lang: Language): string {
  const section = parents[0]?.kind === 'section' ? parents[0].key : '';
  const page = section === 'services' || section === '' ? (section === '' ? '' : 'services/') : `${section}/`;
  const anchor = key.replace(/_/g, '_');
  return `${fillMarkdown(pick(T.otherKey, lang), { key })}\n\n[${lang === 'en' ? 'Docker docs' : 'Docker 문서'}](${COMPOSE_REF}${page}#${anchor})`;
}

// ---------------------------------------------------------------- values

function valueItems(doc: ComposeDocument, location: ComposeLocation, steps: ComposeStep[], prefix: string, lang: Language): ItemSpec[] {
  const last = steps[steps.length - 1];
  const spec = last && 'spec' in last ? last.spec : undefined;
  const topic = spec ? getTopic(spec.topic) : undefined;
  const out: ItemSpec[] = [];
  // A reference: a service, volume, network, secret or config declared in this file.
  const reference = spec?.topic ? REFERENCES[spec.topic] : undefined;
  if (reference) {
    const isVolumeShort = reference === 'volume' && last.kind === 'item';
    if (reference !== 'volume' || isVolumeShort || (last.kind === 'key' && last.key === 'source')) {
      if (!(isVolumeShort && /[:/.~]/.test(prefix))) out.push(...referenceItems(doc, reference, location, lang, isVolumeShort ? ':' : ''));
    }
  }
  // `service:x` in network_mode, ipc and pid (ipc shares pid's topic): the container of service x (docker/compose v2 pkg/compose/convergence.go).
  if ((spec?.topic === 'compose.service.network_mode' || spec?.topic === 'compose.service.pid') && prefix.startsWith('service:')) return referenceItems(doc, 'service', location, lang, '').map((i) => ({ ...i, label: `service:${i.label}`, insertText: `service:${i.label}` }));
  // Enum values from the schema, then the hover topic's own values.
  const schemaValues = schemaAt(steps).flatMap((e) => e.e ?? []).filter((v): v is string => typeof v === 'string');
  const choices = [...schemaValues, ...(spec?.topic ? (VALUE_CHOICES[spec.topic] ?? []) : [])];
  const dependency = steps.length >= 2 && steps[steps.length - 2].kind === 'name' ? (steps[steps.length - 2] as { key: string }).key : '…';
  choices.forEach((value, i) => {
    const documentation = valueDoc(topic, value, lang, { name: dependency, driver: value, value });
    // `no` is a boolean in YAML 1.1 readers: Docker's docs write `restart: "no"`.
    out.push({ label: value, kind: 'enum', rank: 100 + i, documentation, ...(value === 'no' ? { insertText: '"no"' } : {}) });
  });
  // Drivers of declared networks and volumes.
  if (spec?.topic === 'compose.decl.driver') {
    const section = steps[0]?.kind === 'section' ? steps[0].key : '';
    const drivers = section === 'networks' ? NETWORK_DRIVERS : section === 'volumes' ? VOLUME_DRIVERS : [];
    drivers.forEach(([value, text], i) => out.push({ label: value, kind: 'enum', rank: 100 + i, documentation: `${fillMarkdown(pick(text, lang))}\n\n${topic ? topicDocumentation(topic, lang) : ''}` }));
  }
  const types = schemaAt(steps).reduce((t, e) => t | (e.t ?? 0), 0);
  if (choices.length === 0 && types & T_BOOLEAN && !(types & (T_OBJECT | T_ARRAY))) {
    ['true', 'false'].forEach((value, i) => {
      const own = topic?.templates?.[value];
      const text = own ? fillMarkdown(pick(own, lang)) : fillMarkdown(pick(value === 'true' ? T.boolTrue : T.boolFalse, lang));
      out.push({ label: value, kind: 'value', rank: 200 + i, documentation: topic ? `${text}\n\n${topicDocumentation(topic, lang)}` : text });
    });
  }
  return out;
}

function valueDoc(topic: Topic | undefined, value: string, lang: Language, values: Record<string, string>): string {
  const templates = topic?.templates ?? {};
  const key = value.replace(/[-+:]/g, '_').replace(/_$/, '');
  const own = templates[value] ?? templates[key] ?? (topic?.id === 'compose.service.logging.driver' ? templates.remote : undefined) ?? (value === 'service:' ? T.serviceMode : undefined);
  const filled = own ? fillMarkdown(pick(own, lang), values) : '';
  // A hover template that needs more of the file than a value (`{source}`, `{target}`) is not used.
  const line = filled !== '' && !/\{\w+\}/.test(filled) ? filled : `\`${value}\``;
  return topic ? `${line}\n\n${topicDocumentation(topic, lang)}` : line;
}

// ---------------------------------------------------------------- references

const SECTION: Record<ReferenceKind, string> = { service: 'services', volume: 'volumes', network: 'networks', secret: 'secrets', config: 'configs' };

/** Names declared in the file's section, with where; a service does not depend on itself. */
function referenceItems(doc: ComposeDocument, kind: ReferenceKind, location: ComposeLocation, lang: Language, suffix: string): ItemSpec[] {
  const own = location.parents[0]?.kind === 'section' && location.parents[0].key === 'services' && location.parents[1]?.kind === 'name' ? location.parents[1].key : undefined;
  const taken = new Set(location.siblings);
  const out: ItemSpec[] = [];
  let rank = 0;
  for (const document of doc.documents) {
    const root = document.contents as Node | null;
    if (!isMap(root)) continue;
    const section = (root as YAMLMap).items.find((p) => isScalar(p.key) && (p.key as Scalar).value === SECTION[kind]);
    if (!section || !isMap(section.value)) continue;
    for (const pair of (section.value as YAMLMap).items as Pair<Node | null, Node | null>[]) {
      if (!isScalar(pair.key)) continue;
      const name = String((pair.key as Scalar).value);
      if (name.startsWith('x-') || (kind === 'service' && name === own) || taken.has(name)) continue;
      const line = doc.lines.positionAt(pair.key.range?.[0] ?? 0).line + 1;
      const text: Localized = kind === 'service' ? T.serviceDoc : T.declDoc;
      out.push({
        label: name,
        kind: 'reference',
        insertText: `${name}${suffix}`,
        rank: rank++,
        detail: `${pick(T[kind], lang)} (${lang === 'en' ? 'line' : '줄'} ${line})`,
        documentation: fillMarkdown(pick(text, lang), { name, line }),
      });
    }
  }
  if (kind === 'network' && !taken.has('default')) out.push({ label: 'default', kind: 'reference', rank: rank++, detail: pick(T.network, lang), documentation: fillMarkdown(pick(T.defaultNetwork, lang)) });
  return out;
}

function envItems(names: readonly string[], lang: Language): ItemSpec[] {
  return names.map((name, i) => ({
    label: name,
    kind: 'variable' as const,
    rank: i,
    detail: pick(T.envDetail, lang),
    documentation: fillMarkdown(pick(T.envVar, lang), { name }),
  }));
}
