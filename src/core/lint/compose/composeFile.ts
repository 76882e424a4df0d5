import { isMap } from '../../documents/yamlNodes';
import type { Node, Pair, Scalar } from 'yaml';
import type { ComposeDocument } from '../../documents/composeDocument';
import { getPair } from '../../documents/composeDocument';

// Small facts about a whole Compose file that several rules need. Rules that compare names
// across the project (services, volumes, networks) must stay silent when the file cannot know
// the whole project: a top-level `include:` pulls in other files' services and resources.

/** A top-level key's pair (`version`, `volumes`, …). */
export function topLevelPair(doc: ComposeDocument, key: string): Pair<Scalar, Node | null> | undefined {
  const root = doc.yaml.contents;
  return isMap(root) ? getPair(root, key) : undefined;
}

/**
 * True when the file is not the whole project, so names may be defined elsewhere: it includes
 * other files (`include:`), or it is an override fragment (`compose.override.yaml`, a second
 * `-f` file), recognised by a service that has none of `image`, `build` and `extends` and so
 * cannot run from this file alone.
 */
export function includesOtherFiles(doc: ComposeDocument): boolean {
  if (topLevelPair(doc, 'include') !== undefined) return true;
  return doc.services.some((s) => s.map !== undefined && !getPair(s.map, 'image') && !getPair(s.map, 'build') && !getPair(s.map, 'extends'));
}

/** Levenshtein distance, for "did you mean" hints on short names. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The closest known name when it is close enough to be a likely typo. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(name.length / 4)) ? best : undefined;
}
