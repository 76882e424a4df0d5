// What is at a position of a Compose file, as a typed path: section › service › key › list
// item › field. The hover walks the parsed YAML tree (../explain/compose/locate.ts) because it
// explains what is written; completion asks about what is being typed, where the YAML of the
// line is not a node yet (`    resta`), so this path is read from the indentation of the lines
// above the cursor, as YAML itself nests them. Each step is typed against the Compose table of
// the hover (../explain/compose/schema.ts), so both speak of the same keys.

import type { Position } from '../types';
import type { LineIndex } from '../documents/lineIndex';
import { ROOT } from '../explain/compose/schema';
import type { Spec } from '../explain/compose/schema';

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
