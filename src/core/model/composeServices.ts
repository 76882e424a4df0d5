// Helpers over Compose services that several parts share: the hover, lint rules and the
// panel's topology view. Pure functions of the parsed document; nothing here throws.
//
// - `depends_on`: short syntax (a list of names) and long syntax (a map with `condition`,
//   `restart`, `required`).
// - `networks` of a service: a list of names or a map of name → options (or null).
// - `network_mode`: `bridge`, `host`, `none`, `service:x`, `container:x`.
// - top-level `networks:` declarations.

import { declarationOf, declarationsOf, readDeclaration } from './topLevelDeclarations';
import type { Declaration } from './topLevelDeclarations';
import { isMap, isScalar, isSeq } from '../documents/yamlNodes';
import type { Node } from 'yaml';
import type { Range } from '../types';
import type { ComposeDocument, ComposeService } from '../documents/composeDocument';
import { getPair, nodeRange, scalarText } from '../documents/composeDocument';

export type DependsOnCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

export const DEPENDS_ON_CONDITIONS: readonly DependsOnCondition[] = ['service_started', 'service_healthy', 'service_completed_successfully'];

export interface ServiceDependency {
  /** The service that declares the dependency. */
  service: ComposeService;
  /** The service it depends on, as written. */
  name: string;
  /** Where the name is written (list item or map key). */
  range: Range;
  syntax: 'short' | 'long';
  /**
   * The condition as written, or `service_started` when not written (the short syntax and a
   * long entry without `condition` both mean "started"). May be an unknown string: check
   * with `DEPENDS_ON_CONDITIONS`.
   */
  condition: string;
  conditionWritten: boolean;
  /** Long syntax `restart: true`: restart this service when Compose updates the dependency. */
  restart?: boolean;
  /** Long syntax `required: false`: only warn when the dependency is missing. Default true. */
  required: boolean;
}

/** The `depends_on:` entries of a service, short and long syntax. */
export function serviceDependsOn(doc: ComposeDocument, service: ComposeService): ServiceDependency[] {
  const value = getPair(service.map, 'depends_on')?.value;
  const result: ServiceDependency[] = [];
  if (isSeq(value)) {
    for (const item of value.items as Node[]) {
      const name = scalarText(item);
      const range = nodeRange(item, doc.lines);
      if (name === undefined || !range) continue;
      result.push({ service, name, range, syntax: 'short', condition: 'service_started', conditionWritten: false, required: true });
    }
  } else if (isMap(value)) {
    for (const pair of value.items) {
      if (!isScalar(pair.key)) continue;
      const range = nodeRange(pair.key, doc.lines);
      if (!range) continue;
      const body = isMap(pair.value) ? pair.value : undefined;
      const condition = scalarText(getPair(body, 'condition')?.value);
      const restart = scalarText(getPair(body, 'restart')?.value);
      result.push({
        service,
        name: String(pair.key.value),
        range,
        syntax: 'long',
        condition: condition ?? 'service_started',
        conditionWritten: condition !== undefined,
        restart: restart === undefined ? undefined : restart === 'true',
        required: scalarText(getPair(body, 'required')?.value) !== 'false',
      });
    }
  }
  return result;
}

export interface ServiceNetworkRef {
  service: ComposeService;
  name: string;
  range: Range;
  syntax: 'list' | 'map';
  aliases: string[];
  ipv4Address?: string;
  ipv6Address?: string;
}

/** The networks a service joins (`networks:` list or map). Empty when not written: then the project's `default` network. */
export function serviceNetworks(doc: ComposeDocument, service: ComposeService): ServiceNetworkRef[] {
  const value = getPair(service.map, 'networks')?.value;
  const result: ServiceNetworkRef[] = [];
  if (isSeq(value)) {
    for (const item of value.items as Node[]) {
      const name = scalarText(item);
      const range = nodeRange(item, doc.lines);
      if (name !== undefined && range) result.push({ service, name, range, syntax: 'list', aliases: [] });
    }
  } else if (isMap(value)) {
    for (const pair of value.items) {
      if (!isScalar(pair.key)) continue;
      const range = nodeRange(pair.key, doc.lines);
      if (!range) continue;
      const body = isMap(pair.value) ? pair.value : undefined;
      const aliasesNode = getPair(body, 'aliases')?.value;
      const aliases = isSeq(aliasesNode) ? (aliasesNode.items as Node[]).map((n) => scalarText(n)).filter((s): s is string => s !== undefined) : [];
      result.push({
        service,
        name: String(pair.key.value),
        range,
        syntax: 'map',
        aliases,
        ipv4Address: scalarText(getPair(body, 'ipv4_address')?.value),
        ipv6Address: scalarText(getPair(body, 'ipv6_address')?.value),
      });
    }
  }
  return result;
}

export type NetworkModeKind = 'bridge' | 'host' | 'none' | 'service' | 'container' | 'variable' | 'other';

export interface NetworkMode {
  text: string;
  kind: NetworkModeKind;
  /** For `service:x` / `container:x`: x. */
  target?: string;
}

/** Reads a `network_mode` value. */
export function parseNetworkMode(text: string): NetworkMode {
  if (/\$/.test(text)) return { text, kind: 'variable' };
  if (text === 'bridge' || text === 'host' || text === 'none') return { text, kind: text };
  const m = /^(service|container):(.+)$/.exec(text);
  if (m) return { text, kind: m[1] as 'service' | 'container', target: m[2] };
  return { text, kind: 'other' };
}

export function serviceNetworkMode(service: ComposeService): NetworkMode | undefined {
  const text = scalarText(getPair(service.map, 'network_mode')?.value);
  return text === undefined ? undefined : parseNetworkMode(text);
}

export interface DeclaredNetwork extends Declaration {
  internal: boolean;
}

/** The top-level `networks:` declarations by key. */
export function declaredNetworks(doc: ComposeDocument): Map<string, DeclaredNetwork> {
  return declarationsOf(doc, 'networks', toDeclared);
}

/** One top-level network declaration, without reading the others (for hovers in big files). */
export function declaredNetwork(doc: ComposeDocument, key: string): DeclaredNetwork | undefined {
  return declarationOf(doc, 'networks', key, toDeclared);
}

function toDeclared(doc: ComposeDocument, keyNode: Node, value: Node | null): DeclaredNetwork {
  const body = isMap(value) ? value : undefined;
  return { ...readDeclaration(doc, keyNode, value), internal: scalarText(getPair(body, 'internal')?.value) === 'true' };
}

/** The service with this name, if the file defines it. */
export function serviceByName(doc: ComposeDocument, name: string): ComposeService | undefined {
  return doc.services.find((s) => s.name === name);
}
