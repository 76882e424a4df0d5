import { isMap, isScalar } from '../documents/yamlNodes';
import type { Node, YAMLMap } from 'yaml';
import type { Range } from '../types';
import type { ComposeDocument } from '../documents/composeDocument';
import { getPair, nodeRange, scalarText } from '../documents/composeDocument';

/** A top-level section of a Compose file whose entries are declarations by key. */
export type DeclarationSection = 'volumes' | 'networks' | 'secrets' | 'configs';

/** Reads one declaration: its key node and its value (null for `name:` with nothing after it). */
export type DeclarationReader<T> = (doc: ComposeDocument, keyNode: Node, value: Node | null) => T;

export function topLevelSection(doc: ComposeDocument, section: DeclarationSection): YAMLMap | undefined {
  const root = doc.yaml.contents;
  const value = isMap(root) ? getPair(root, section)?.value : undefined;
  return isMap(value) ? value : undefined;
}

/** Every declaration of a section, by key. */
export function declarationsOf<T extends { key: string }>(doc: ComposeDocument, section: DeclarationSection, read: DeclarationReader<T>): Map<string, T> {
  const result = new Map<string, T>();
  for (const pair of topLevelSection(doc, section)?.items ?? []) {
    if (!isScalar(pair.key)) continue;
    const declared = read(doc, pair.key, (pair.value ?? null) as Node | null);
    result.set(declared.key, declared);
  }
  return result;
}

/** One declaration, without reading the others (for hovers in big files). */
export function declarationOf<T>(doc: ComposeDocument, section: DeclarationSection, key: string, read: DeclarationReader<T>): T | undefined {
  const pair = getPair(topLevelSection(doc, section), key);
  return pair ? read(doc, pair.key, (pair.value ?? null) as Node | null) : undefined;
}

/** What every top-level declaration has, whatever its section. */
export interface Declaration {
  /** The key in the section (what services refer to). */
  key: string;
  keyRange: Range;
  /** `external: true`: Compose does not create it and `down -v` does not remove it. */
  external: boolean;
  /** `name:`: the object's real name on the Docker host, when set. */
  name?: string;
  driver?: string;
}

/** Reads the fields every declaration shares; sections add their own on top. */
export function readDeclaration(doc: ComposeDocument, keyNode: Node, value: Node | null): Declaration {
  const body = isMap(value) ? value : undefined;
  const external = getPair(body, 'external')?.value;
  return {
    key: String(isScalar(keyNode) ? keyNode.value : ''),
    keyRange: nodeRange(keyNode, doc.lines) ?? doc.lines.range(0, 0),
    // `external: true`, or the legacy `external: {name: x}` form.
    external: scalarText(external) === 'true' || isMap(external),
    name: scalarText(getPair(body, 'name')?.value),
    driver: scalarText(getPair(body, 'driver')?.value),
  };
}
