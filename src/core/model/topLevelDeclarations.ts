import { isMap, isScalar } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { ComposeDocument } from '../documents/composeDocument';
import { getPair } from '../documents/composeDocument';

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
