// What is at a position of a Compose file, as a typed path: section › service › key › list
// item › field. Two readings of one question, both typed against the one Compose table
// (../explain/compose/schema.ts), so they speak of the same keys:
// - locateCompose: what is written there, from the parsed YAML tree (../explain/compose/locate.ts
//   walks it by source range). The hover (../explain/explainCompose.ts) and navigation
//   (../navigate/composeSymbolAt.ts) dispatch on its leaf by table.
// - locateComposeCursor: what is being typed, where the YAML of the line is not a node yet
//   (`    resta`): read from the indentation of the lines above the cursor, as YAML itself nests
//   them. Completion (../complete/compose.ts) dispatches on it.

import { isAlias, isMap, isScalar } from 'yaml';
import type { Node, Scalar, YAMLMap } from 'yaml';
import type { Position } from '../types';
import type { LineIndex } from '../documents/lineIndex';
import type { ComposeDocument } from '../documents/composeDocument';
import { ROOT, looksLikeServiceFragment, serviceKeys } from '../explain/compose/schema';
import type { Spec } from '../explain/compose/schema';
import { locate } from '../explain/compose/locate';
import type { PathStep } from '../explain/compose/locate';

/** How a step of the parsed tree matched the Compose table. */
export interface ComposeMatch {
  spec?: Spec;
  /** `known`: a key of the table; `name`: a name the author chose; `item`: a list item; `free`: inside a key whose inside is not modelled. */
  how: 'known' | 'name' | 'item' | 'unknown' | 'extension' | 'merge' | 'free';
  /** The spec of the list the step is an item of (for `entry` facts). */
  entryOf?: Spec;
}

/**
 * The innermost thing at the position, which the hover and navigation tables are keyed on:
 * a YAML alias (`*name`), a merge key (`<<`), an `x-` key, a key or value the table does not
 * know, or one it does (`spec`).
 */
export type ComposeLeafKind = 'alias' | 'merge' | 'extensionKey' | 'unknownKey' | 'unknownValue' | 'spec';

export interface ComposeNodePath {
  /** The steps down the tree, outermost first (map keys and list indexes, with their nodes). */
  steps: PathStep[];
  /** Each step matched against the Compose table, in the same order. */
  matched: ComposeMatch[];
  /** On the last step's key, or on its scalar (or alias) value. */
  on: 'key' | 'value';
  /** Source offsets of the token under the position. */
  start: number;
  end: number;
  leaf: ComposeLeafKind;
}

/** The path of the parsed tree at `pos`, or undefined where no key or scalar is (a comment, a blank line). */
export function locateCompose(doc: ComposeDocument, pos: Position): ComposeNodePath | undefined {
  let offset = doc.lines.offsetAt(pos);
  // On the `- ` of a list item, the item (its node starts after the dash).
  if (doc.text[offset] === '-' && doc.text[offset + 1] === ' ') offset += 2;
  const loc = locate(doc.yaml.contents as Node | null, offset);
  if (!loc) return undefined;
  const matched = matchPath(loc.steps);
  return { steps: loc.steps, matched, on: loc.on, start: loc.start, end: loc.end, leaf: leafKind(loc.steps[loc.steps.length - 1], matched[matched.length - 1], loc.on) };
}

function leafKind(step: PathStep, last: ComposeMatch, on: 'key' | 'value'): ComposeLeafKind {
  if (isAlias(step.node) && on === 'value') return 'alias';
  if (on === 'key' && step.key === '<<') return 'merge';
  if (last.how === 'extension' && on === 'key') return 'extensionKey';
  if (!last.spec || last.how === 'unknown') return on === 'key' ? 'unknownKey' : 'unknownValue';
  return 'spec';
}

/** Matches each step of the path against the Compose table. */
function matchPath(steps: PathStep[]): ComposeMatch[] {
  const out: ComposeMatch[] = [];
  let spec: Spec | undefined = ROOT;
  for (const step of steps) {
    let next: ComposeMatch;
    if (!spec) {
      next = { how: 'unknown' };
    } else if (spec.freeForm) {
      next = { spec, how: 'free' };
    } else if (typeof step.key === 'number') {
      next = { spec: { topic: spec.topic, value: spec.item, keys: spec.itemKeys, entry: spec.entry }, how: 'item', entryOf: spec };
    } else if (step.key === '<<') {
      next = { how: 'merge' };
    } else if (spec.keys && Object.prototype.hasOwnProperty.call(spec.keys, step.key)) {
      next = { spec: spec.keys[step.key], how: 'known' };
    } else if (step.key.startsWith('x-')) {
      next = { how: 'extension' };
    } else if (spec.names) {
      next = { spec: spec.names, how: 'name' };
    } else if (!spec.keys) {
      // A map under a key whose inside we do not model (`deploy.placement`, `devices[0]`):
      // its keys are explained by the enclosing key's topic rather than called unknown.
      next = { spec, how: 'free' };
    } else {
      next = { how: 'unknown' };
    }
    out.push(next);
    // The fragment under `x-name:` is usually merged somewhere (`<<: *defaults`): read its keys
    // with the table they will have there, when they look like a service, a healthcheck, …
    spec = next.how === 'extension' ? fragmentSpec(step.node) : next.spec;
  }
  return out;
}

/** For an `x-` fragment map: the table it matches best (service, healthcheck, depends_on entry). */
function fragmentSpec(node: Node | null): Spec | undefined {
  if (!isMap(node)) return undefined;
  const keys = (node as YAMLMap).items.map((p) => (isScalar(p.key) ? String((p.key as Scalar).value) : '')).filter((k) => k !== '' && k !== '<<');
  if (keys.length === 0) return undefined;
  const candidates: Spec[] = [
    { topic: 'compose.service', keys: serviceKeys },
    serviceKeys.healthcheck,
    serviceKeys.depends_on.names as Spec,
    serviceKeys.deploy,
    serviceKeys.logging,
  ];
  let best: Spec | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const score = keys.filter((k) => c.keys && Object.prototype.hasOwnProperty.call(c.keys, k)).length;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (best && best.keys === serviceKeys && !looksLikeServiceFragment(keys)) return undefined;
  return best;
}

export type ComposeStep =
  /** A top-level key: `services`, `volumes`, `networks`, … */
  | { kind: 'section'; key: string; spec?: Spec }
  /** A name the author chose under a section or a map of names (`web`, a volume, a depends_on entry). */
  | { kind: 'name'; key: string; spec?: Spec }
  /** A key the Compose table knows. */
  | { kind: 'key'; key: string; spec?: Spec }
  /** A list item (`- `). */
  | { kind: 'item'; spec?: Spec }
  /** An `x-` extension or a key the table does not know. */
  | { kind: 'other'; key: string };

/** What the line holds up to the cursor. */
export type ComposeCursor =
  /** Typing a key of a map (or a scalar list item, `- ‸`, when `item`). */
  | { on: 'key'; prefix: string; item: boolean; column: number }
  /** Typing the value of `key:`. */
  | { on: 'value'; key: string; prefix: string; item: boolean; column: number };

export interface ComposeLocation {
  /** The map or list that holds the cursor's key or item, outermost first. */
  parents: ComposeStep[];
  cursor: ComposeCursor;
  /** The keys already written in the map being typed in (to offer each key once). */
  siblings: string[];
}

interface LineShape {
  indent: number;
  dash: boolean;
  /** Column where the content starts (after `- `). */
  content: number;
  key?: string;
}

const KEY_LINE = /^([A-Za-z0-9_.-]+|"[^"]*"|'[^']*'):(?:\s|$)/;

function shapeOf(text: string): LineShape | undefined {
  let i = 0;
  while (text[i] === ' ') i++;
  if (i === text.length || text[i] === '#') return undefined;
  const indent = i;
  let dash = false;
  if (text[i] === '-' && (text[i + 1] === ' ' || i + 1 === text.length)) {
    dash = true;
    i++;
    while (text[i] === ' ') i++;
  }
  const m = KEY_LINE.exec(text.slice(i));
  const key = m ? m[1].replace(/^["']|["']$/g, '') : undefined;
  return { indent, dash, content: i, key };
}

/** Lines looked at above the cursor: far more than any Compose nesting, bounded for huge files. */
const MAX_LINES_UP = 5000;

/** The location at `pos`, or undefined in a comment, a block scalar's text or a flow collection. */
export function locateComposeCursor(lines: LineIndex, pos: Position): ComposeLocation | undefined {
  const line = lines.lineText(pos.line).replace(/\r$/, '');
  const before = line.slice(0, pos.character);
  let i = 0;
  while (before[i] === ' ') i++;
  let item = false;
  if (before[i] === '-' && before[i + 1] === ' ') {
    item = true;
    i += 2;
    while (before[i] === ' ') i++;
  }
  const rest = before.slice(i);
  if (rest.startsWith('#') || /[[{]/.test(rest)) return undefined;
  let cursor: ComposeCursor;
  const keyValue = /^([A-Za-z0-9_.-]+):[ \t]+(\S.*)?$/.exec(rest);
  if (keyValue) cursor = { on: 'value', key: keyValue[1], prefix: keyValue[2] ?? '', item, column: i };
  else if (/^["']?[A-Za-z0-9_.:/$@-]*$/.test(rest)) cursor = { on: 'key', prefix: rest.replace(/^["']/, ''), item, column: i };
  else return undefined;

  // The chain of owners: the nearest line above at a smaller column owns this one.
  const raw: Array<{ key?: string; item: boolean }> = [];
  const dashColumn = item ? before.indexOf('-') : -1;
  let column = item ? dashColumn : i;
  if (item) raw.unshift({ item: true });
  for (let l = pos.line - 1; l >= 0 && l >= pos.line - MAX_LINES_UP && column > 0; l--) {
    const shape = shapeOf(lines.lineText(l).replace(/\r$/, ''));
    // A list may sit at its key's own column (`depends_on:` then `- db` under the `d`).
    const sameColumnOwner = item && raw.length === 1 && shape !== undefined && shape.indent === column && !shape.dash && shape.key !== undefined;
    if (!shape || (shape.indent >= column && !sameColumnOwner)) continue;
    if (shape.dash && shape.content >= column) {
      // A list item whose map holds the cursor's line (`- name: x` above `  image: …`).
      raw.unshift({ item: true });
    } else if (shape.key === undefined) {
      return undefined;
    } else if (shape.dash) {
      // `- key:` opens a map or list inside a list item.
      raw.unshift({ item: true }, { key: shape.key, item: false });
    } else {
      raw.unshift({ key: shape.key, item: false });
    }
    column = shape.indent;
  }
  const siblings = item ? itemSiblings(lines, pos.line, dashColumn) : keySiblings(lines, pos.line, i);
  return { parents: typeSteps(raw), cursor, siblings };
}

/** The keys already written in the map the cursor's line belongs to, above and below it. */
function keySiblings(lines: LineIndex, line: number, column: number): string[] {
  const out: string[] = [];
  for (let l = line - 1; l >= 0 && l >= line - MAX_LINES_UP; l--) {
    const shape = shapeOf(lines.lineText(l).replace(/\r$/, ''));
    if (!shape) continue;
    if (shape.indent < column) {
      if (shape.dash && shape.content === column && shape.key !== undefined) out.push(shape.key);
      break;
    }
    if (shape.indent === column && !shape.dash && shape.key !== undefined) out.push(shape.key);
  }
  for (let l = line + 1; l < lines.lineCount && l <= line + MAX_LINES_UP; l++) {
    const shape = shapeOf(lines.lineText(l).replace(/\r$/, ''));
    if (!shape) continue;
    if (shape.indent < column) break;
    if (shape.indent === column && !shape.dash && shape.key !== undefined) out.push(shape.key);
  }
  return out;
}

/** The scalar items already in the list the cursor's `- ` line belongs to (`- db`). */
function itemSiblings(lines: LineIndex, line: number, dash: number): string[] {
  const out: string[] = [];
  const read = (l: number): boolean => {
    const text = lines.lineText(l).replace(/\r$/, '');
    const shape = shapeOf(text);
    if (!shape) return true;
    if (shape.indent < dash) return false;
    if (shape.indent === dash && shape.dash && shape.key === undefined) out.push(text.slice(shape.content).trim().replace(/^["']|["']$/g, ''));
    return true;
  };
  for (let l = line - 1; l >= 0 && l >= line - MAX_LINES_UP && read(l); l--);
  for (let l = line + 1; l < lines.lineCount && l <= line + MAX_LINES_UP && read(l); l++);
  return out;
}

/** Types each raw step against the Compose table of the hover. */
function typeSteps(raw: Array<{ key?: string; item: boolean }>): ComposeStep[] {
  const out: ComposeStep[] = [];
  let spec: Spec | undefined = ROOT;
  for (const step of raw) {
    if (step.item || step.key === undefined) {
      const next: Spec | undefined = spec ? { topic: spec.topic, value: spec.item, keys: spec.itemKeys, entry: spec.entry } : undefined;
      out.push({ kind: 'item', spec: next });
      spec = next;
      continue;
    }
    const key = step.key;
    if (spec?.keys && Object.prototype.hasOwnProperty.call(spec.keys, key)) {
      spec = spec.keys[key];
      out.push({ kind: out.length === 0 ? 'section' : 'key', key, spec });
    } else if (spec?.names && !key.startsWith('x-')) {
      spec = spec.names;
      out.push({ kind: 'name', key, spec });
    } else {
      spec = undefined;
      out.push({ kind: 'other', key });
    }
  }
  return out;
}
