import { textWidth } from './textWidth';
import type { Tone } from './types';

// A concept diagram laid out for the width it is drawn at (issue 14 item 6; UX review 24: a
// fixed 320-unit sketch scaled into a 300 px sidebar drew its text at 7–9.5 px). The diagram
// is data (src/core/knowledge/concepts/<topic>.ts: boxes, groups, notes, arrows by id); this
// module only places it. Units are CSS pixels: the picture is drawn at the width it was laid
// out for, never scaled down, so every font size here is the size on screen.
//
// - Items stack top to bottom; a row puts its items side by side and, when they do not fit,
//   wraps them onto more lines (or keeps them side by side and wraps their text: `keep`).
// - Text wraps inside its box; nothing is squeezed below FONT.min.
// - Arrows run in the gaps: straight down (or across) where the two boxes face each other,
//   else a straight line between their borders; if that line would pass under a box, the arrow
//   goes round through a gutter on the right that the layout then keeps free.

export type FlowNode<T> = {
  kind: 'node';
  id?: string;
  label: T;
  /** Smaller lines under the label, each with its own colour. */
  lines?: { text: T; tone?: Tone }[];
  tone: Tone;
  dashed?: boolean;
};
export type FlowNote<T> = { kind: 'note'; text: T; tone?: Tone };
export type FlowRow<T> = { kind: 'row'; items: FlowItem<T>[]; keep?: boolean };
/** A dashed frame with a title (the host, a network, a build stage); its items stack inside. */
export type FlowGroup<T> = { kind: 'group'; id?: string; title: T; tone: Tone; items: FlowItem<T>[] };
export type FlowItem<T> = FlowNode<T> | FlowNote<T> | FlowRow<T> | FlowGroup<T>;
export type FlowArrow<T> = { from: string; to: string; label?: T; both?: boolean; dashed?: boolean; tone?: Tone };

export interface FlowDiagram<T> {
  /** Read by screen readers in place of the picture. */
  description: T;
  items: FlowItem<T>[];
  arrows: FlowArrow<T>[];
}

/** Font sizes in CSS px; none is below `min` (issue 14 item 6: at least 11 px). */
export const FONT = { label: 13, line: 12, note: 12, title: 12, arrow: 12, min: 11 } as const;

export type TextRole = 'label' | 'sub' | 'free' | 'title';
export interface DrawnText {
  x: number;
  /** The middle of the line (dominant-baseline: middle). */
  y: number;
  text: string;
  size: number;
  anchor: 'start' | 'middle' | 'end';
  role: TextRole;
  tone?: Tone;
}
export type DrawnShape =
  | { kind: 'box'; id?: string; x: number; y: number; w: number; h: number; tone: Tone; dashed?: boolean; group?: boolean; texts: DrawnText[] }
  | { kind: 'arrow'; points: [number, number][]; from: string; to: string; dashed?: boolean; tone?: Tone; both?: boolean; label?: DrawnText }
  | { kind: 'text'; text: DrawnText };

export interface Drawing {
  width: number;
  height: number;
  /** In paint order: boxes and frames, then arrows, then free text, so arrows and notes stay on top. Renderers draw them as given. */
  shapes: DrawnShape[];
}

const NODE_PAD_X = 7;
const NODE_PAD_Y = 6;
const GROUP_PAD = 8;
const TITLE_H = 20;
const GAP = 10;
const ARROW_GAP = 30;
const ROW_GAP = 12;
const H_ARROW_GAP = 30;
const GUTTER = 18;
const EDGE = 2;
const lineHeight = (size: number) => Math.round(size * 1.3);

/**
 * Breaks a text into lines no wider than `max`: at spaces first, then after `/`, `:`, `,` or
 * `-` inside a long word, then anywhere. Never returns an empty list.
 */
export function wrapText(text: string, size: number, max: number): string[] {
  const fits = (s: string) => textWidth(s, size) <= max;
  // Pieces of words; `glue` marks a piece that continues the previous one (no space before it).
  const pieces: { text: string; glue: boolean }[] = [];
  for (const word of text.split(' ').filter((w) => w !== '')) {
    let rest = word;
    let glue = false;
    while (!fits(rest)) {
      let cut = -1;
      for (let i = rest.length - 1; i > 0; i--) {
        if (/[/:,-]/.test(rest[i - 1]) && fits(rest.slice(0, i))) {
          cut = i;
          break;
        }
      }
      if (cut < 0) {
        cut = 1;
        while (cut < rest.length && fits(rest.slice(0, cut + 1))) cut++;
      }
      pieces.push({ text: rest.slice(0, cut), glue });
      rest = rest.slice(cut);
      glue = true;
    }
    pieces.push({ text: rest, glue });
  }
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line === '' ? piece.text : piece.glue ? line + piece.text : `${line} ${piece.text}`;
    if (line !== '' && (piece.glue || !fits(candidate))) {
      lines.push(line);
      line = piece.text;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines;
}

/** The width an item takes with no text wrapped. */
function naturalWidth(item: FlowItem<string>): number {
  switch (item.kind) {
    case 'node':
      return Math.ceil(Math.max(textWidth(item.label, FONT.label), ...(item.lines ?? []).map((l) => textWidth(l.text, FONT.line))) + 2 * NODE_PAD_X);
    case 'note':
      return Math.ceil(Math.min(textWidth(item.text, FONT.note), 220));
    case 'group':
      return Math.ceil(Math.max(textWidth(item.title, FONT.title) + 2 * GROUP_PAD, ...item.items.map((it) => naturalWidth(it) + 2 * GROUP_PAD)));
    case 'row':
      return item.items.reduce((sum, it) => sum + naturalWidth(it), 0) + (item.items.length - 1) * H_ARROW_GAP;
  }
}

/** The widest piece of a text that wrapping keeps whole (a path breaks after its slashes). */
const longestWord = (text: string, size: number) => Math.max(...text.split(/ |(?<=\/)/).map((w) => textWidth(w, size)));

/** The narrowest an item can be with its text wrapped at spaces (long words may still break). */
function minWidth(item: FlowItem<string>): number {
  switch (item.kind) {
    case 'node':
      return Math.ceil(Math.max(longestWord(item.label, FONT.label), ...(item.lines ?? []).map((l) => longestWord(l.text, FONT.line))) + 2 * NODE_PAD_X);
    case 'note':
      return Math.ceil(longestWord(item.text, FONT.note));
    case 'group':
      return Math.ceil(Math.max(textWidth(item.title, FONT.title) + 2 * GROUP_PAD, ...item.items.map((it) => minWidth(it) + 2 * GROUP_PAD)));
    case 'row':
      // A row asks for all its items side by side, so that around it the outer row wraps first
      // (two frames stack before the boxes inside them go one under another).
      return item.items.reduce((sum, it) => sum + minWidth(it), 0) + (item.items.length - 1) * (item.keep ? H_ARROW_GAP : ROW_GAP);
  }
}

function ids(item: FlowItem<string>): string[] {
  const own = (item.kind === 'node' || item.kind === 'group') && item.id ? [item.id] : [];
  const inner = item.kind === 'row' || item.kind === 'group' ? item.items.flatMap(ids) : [];
  return [...own, ...inner];
}

interface Ctx {
  arrows: FlowArrow<string>[];
  shapes: DrawnShape[];
  rects: Map<string, { x: number; y: number; w: number; h: number; leaf: boolean }>;
}

/** The arrows that join something in `a` to something in `b` (either way). */
function joining(ctx: Ctx, a: FlowItem<string>, b: FlowItem<string>): FlowArrow<string>[] {
  const ia = new Set(ids(a));
  const ib = new Set(ids(b));
  return ctx.arrows.filter((r) => (ia.has(r.from) && ib.has(r.to)) || (ib.has(r.from) && ia.has(r.to)));
}

function verticalGap(ctx: Ctx, a: FlowItem<string>, b: FlowItem<string>): number {
  const between = joining(ctx, a, b);
  if (between.length === 0) return GAP;
  return between.some((r) => r.label) ? ARROW_GAP + 4 : ARROW_GAP;
}

interface RowPlan {
  lines: { items: FlowItem<string>[]; widths: number[]; gaps: number[] }[];
}

function planRow(ctx: Ctx, row: FlowRow<string>, w: number): RowPlan {
  const n = row.items.length;
  const gapsOf = (items: FlowItem<string>[]) =>
    items.slice(0, -1).map((_, i) => {
      const between = joining(ctx, items[i], items[i + 1]);
      if (between.length === 0) return ROW_GAP;
      return Math.max(H_ARROW_GAP, ...between.map((r) => (r.label ? Math.ceil(textWidth(r.label, FONT.arrow)) + 12 : 0)));
    });
  // Share the room: each item gets at least its minimum, the rest goes towards what each needs
  // unwrapped; with room to spare, in proportion to that need (equal needs, equal widths).
  const share = (items: FlowItem<string>[], room: number): number[] => {
    const mins = items.map(minWidth);
    const nats = items.map((it, i) => Math.max(naturalWidth(it), mins[i]));
    const natTotal = nats.reduce((s, x) => s + x, 0);
    if (room >= natTotal) return nats.map((x) => Math.floor((room * x) / natTotal));
    // Short of room: equal widths, except that an item never gets less than its minimum.
    const widths = items.map(() => 0);
    let left = room;
    let open = items.map((_, i) => i);
    for (;;) {
      const each = left / open.length;
      const under = open.filter((i) => mins[i] > each);
      // Never wider than the room: when even the minimums do not fit, the text breaks inside words.
      if (under.length === 0 || under.length === open.length || under.reduce((sum, i) => sum + mins[i], 0) >= left) {
        for (const i of open) widths[i] = Math.floor(each);
        return widths;
      }
      for (const i of under) {
        widths[i] = mins[i];
        left -= mins[i];
      }
      open = open.filter((i) => !under.includes(i));
    }
  };
  const one = (items: FlowItem<string>[]) => {
    const gaps = gapsOf(items);
    const room = w - gaps.reduce((s, g) => s + g, 0);
    return { items, widths: share(items, room), gaps, fits: items.reduce((s, it) => s + minWidth(it), 0) <= room };
  };
  const whole = one(row.items);
  if (whole.fits || row.keep || n === 1) return { lines: [whole] };
  // Fewer per line, as even as the lines can be: the most per line that still fit.
  for (let k = n - 1; k >= 1; k--) {
    const per = Math.ceil(n / Math.ceil(n / k));
    const lines: ReturnType<typeof one>[] = [];
    for (let i = 0; i < n; i += per) lines.push(one(row.items.slice(i, i + per)));
    if (per === 1 || lines.every((l) => l.fits)) return { lines };
  }
  return { lines: [whole] };
}

function measure(ctx: Ctx, item: FlowItem<string>, w: number): number {
  switch (item.kind) {
    case 'node': {
      const inner = w - 2 * NODE_PAD_X;
      const label = wrapText(item.label, FONT.label, inner).length * lineHeight(FONT.label);
      const lines = (item.lines ?? []).reduce((s, l) => s + wrapText(l.text, FONT.line, inner).length * lineHeight(FONT.line), 0);
      return label + lines + 2 * NODE_PAD_Y;
    }
    case 'note':
      return wrapText(item.text, FONT.note, w).length * lineHeight(FONT.note);
    case 'group':
      return TITLE_H + stackHeight(ctx, item.items, w - 2 * GROUP_PAD) + GROUP_PAD;
    case 'row': {
      const plan = planRow(ctx, item, w);
      let h = 0;
      plan.lines.forEach((line, i) => {
        if (i > 0) h += lineGap(ctx, plan.lines[i - 1].items, line.items);
        h += Math.max(...line.items.map((it, j) => measure(ctx, it, line.widths[j])));
      });
      return h;
    }
  }
}

function lineGap(ctx: Ctx, above: FlowItem<string>[], below: FlowItem<string>[]): number {
  let gap = ROW_GAP;
  for (const a of above) for (const b of below) gap = Math.max(gap, verticalGap(ctx, a, b));
  return gap;
}

function stackHeight(ctx: Ctx, items: FlowItem<string>[], w: number): number {
  return items.reduce((h, it, i) => h + (i > 0 ? verticalGap(ctx, items[i - 1], it) : 0) + measure(ctx, it, w), 0);
}

function place(ctx: Ctx, item: FlowItem<string>, x: number, y: number, w: number, h: number): void {
  switch (item.kind) {
    case 'node': {
      const inner = w - 2 * NODE_PAD_X;
      const texts: DrawnText[] = [];
      const content = measure(ctx, item, w) - 2 * NODE_PAD_Y;
      let ty = y + (h - content) / 2;
      for (const line of wrapText(item.label, FONT.label, inner)) {
        texts.push({ x: x + w / 2, y: ty + lineHeight(FONT.label) / 2, text: line, size: FONT.label, anchor: 'middle', role: 'label' });
        ty += lineHeight(FONT.label);
      }
      for (const l of item.lines ?? []) {
        for (const line of wrapText(l.text, FONT.line, inner)) {
          texts.push({ x: x + w / 2, y: ty + lineHeight(FONT.line) / 2, text: line, size: FONT.line, anchor: 'middle', role: 'sub', ...(l.tone ? { tone: l.tone } : {}) });
          ty += lineHeight(FONT.line);
        }
      }
      ctx.shapes.push({ kind: 'box', ...(item.id ? { id: item.id } : {}), x, y, w, h, tone: item.tone, ...(item.dashed ? { dashed: true } : {}), texts });
      if (item.id) ctx.rects.set(item.id, { x, y, w, h, leaf: true });
      return;
    }
    case 'note': {
      let ty = y;
      for (const line of wrapText(item.text, FONT.note, w)) {
        ctx.shapes.push({ kind: 'text', text: { x: x + w / 2, y: ty + lineHeight(FONT.note) / 2, text: line, size: FONT.note, anchor: 'middle', role: 'free', ...(item.tone ? { tone: item.tone } : {}) } });
        ty += lineHeight(FONT.note);
      }
      return;
    }
    case 'group': {
      const title: DrawnText = { x: x + GROUP_PAD, y: y + TITLE_H / 2 + 1, text: item.title, size: FONT.title, anchor: 'start', role: 'title', tone: item.tone };
      ctx.shapes.push({ kind: 'box', ...(item.id ? { id: item.id } : {}), x, y, w, h, tone: item.tone, dashed: true, group: true, texts: [title] });
      if (item.id) ctx.rects.set(item.id, { x, y, w, h, leaf: false });
      placeStack(ctx, item.items, x + GROUP_PAD, y + TITLE_H, w - 2 * GROUP_PAD);
      return;
    }
    case 'row': {
      const plan = planRow(ctx, item, w);
      let ly = y;
      plan.lines.forEach((line, i) => {
        if (i > 0) ly += lineGap(ctx, plan.lines[i - 1].items, line.items);
        const lh = Math.max(...line.items.map((it, j) => measure(ctx, it, line.widths[j])));
        const used = line.widths.reduce((s, v) => s + v, 0) + line.gaps.reduce((s, v) => s + v, 0);
        let lx = x + (w - used) / 2;
        line.items.forEach((it, j) => {
          place(ctx, it, lx, ly, line.widths[j], it.kind === 'note' ? measure(ctx, it, line.widths[j]) : lh);
          lx += line.widths[j] + (line.gaps[j] ?? 0);
        });
        ly += lh;
      });
      return;
    }
  }
}

function placeStack(ctx: Ctx, items: FlowItem<string>[], x: number, y: number, w: number): number {
  let cy = y;
  items.forEach((it, i) => {
    if (i > 0) cy += verticalGap(ctx, items[i - 1], it);
    const h = measure(ctx, it, w);
    place(ctx, it, x, cy, w, h);
    cy += h;
  });
  return cy;
}

type Rect = { x: number; y: number; w: number; h: number };
type Seg = [[number, number], [number, number]];

/** Whether a segment passes through the inside of a rectangle (touching its border is fine). */
export function segmentCrossesRect([[x1, y1], [x2, y2]]: Seg, r: Rect, inset = 1): boolean {
  const left = r.x + inset;
  const right = r.x + r.w - inset;
  const top = r.y + inset;
  const bottom = r.y + r.h - inset;
  if (right <= left || bottom <= top) return false;
  // Liang–Barsky clipping: does any part of the segment lie strictly inside?
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  for (const [p, q] of [
    [-dx, x1 - left],
    [dx, right - x1],
    [-dy, y1 - top],
    [dy, bottom - y1],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t1 - t0 > 1e-6;
}

/** A text's rectangle, from the same width estimate the layout uses. */
export function textRect(t: DrawnText): Rect {
  const w = textWidth(t.text, t.size);
  const x = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
  return { x, y: t.y - t.size * 0.6, w, h: t.size * 1.2 };
}

/** Where a line from the centre of `r` towards (tx, ty) leaves `r`. */
function exitPoint(r: Rect, tx: number, ty: number): [number, number] {
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  const sx = dx === 0 ? Infinity : r.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : r.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return [cx + dx * s, cy + dy * s];
}

function straightRoute(a: Rect, b: Rect): [number, number][] {
  const ox0 = Math.max(a.x, b.x);
  const ox1 = Math.min(a.x + a.w, b.x + b.w);
  const oy0 = Math.max(a.y, b.y);
  const oy1 = Math.min(a.y + a.h, b.y + b.h);
  if (ox1 - ox0 >= 16) {
    const x = (ox0 + ox1) / 2;
    return b.y >= a.y + a.h ? [[x, a.y + a.h], [x, b.y]] : [[x, a.y], [x, b.y + b.h]];
  }
  if (oy1 - oy0 >= 10) {
    const y = (oy0 + oy1) / 2;
    return b.x >= a.x + a.w ? [[a.x + a.w, y], [b.x, y]] : [[a.x, y], [b.x + b.w, y]];
  }
  return [exitPoint(a, b.x + b.w / 2, b.y + b.h / 2), exitPoint(b, a.x + a.w / 2, a.y + a.h / 2)];
}

function blocked(points: [number, number][], ctx: Ctx, from: string, to: string): boolean {
  const boxes = ctx.shapes.filter((s): s is Extract<DrawnShape, { kind: 'box' }> => s.kind === 'box' && !s.group && s.id !== from && s.id !== to);
  const texts = ctx.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : s.kind === 'box' && s.group ? s.texts : []));
  for (let i = 1; i < points.length; i++) {
    const seg: Seg = [points[i - 1], points[i]];
    if (boxes.some((b) => segmentCrossesRect(seg, b))) return true;
    if (texts.some((t) => segmentCrossesRect(seg, textRect(t), 0))) return true;
  }
  return false;
}

function arrowLabel(points: [number, number][], text: string): DrawnText {
  const [x1, y1] = points[0];
  const [x2, y2] = points[points.length - 1];
  const base = { text, size: FONT.arrow, role: 'sub' as const };
  if (points.length > 2) {
    // Round the gutter: beside its vertical run, on the inner side.
    const [gx, gy1] = points[1];
    const [, gy2] = points[2];
    return { ...base, x: gx - 4, y: (gy1 + gy2) / 2, anchor: 'end' };
  }
  if (Math.abs(y2 - y1) < 1) return { ...base, x: (x1 + x2) / 2, y: y1 - 8, anchor: 'middle' };
  return { ...base, x: (x1 + x2) / 2 + 6, y: (y1 + y2) / 2, anchor: 'start' };
}

/** Lays the diagram out for a picture `width` px wide (texts already in one language). */
export function layoutFlow(diagram: FlowDiagram<string>, width: number): Drawing {
  const run = (gutter: number) => {
    const ctx: Ctx = { arrows: diagram.arrows, shapes: [], rects: new Map() };
    const inner = width - 2 * EDGE - gutter;
    const bottom = placeStack(ctx, diagram.items, EDGE, EDGE, inner);
    const needGutter: FlowArrow<string>[] = [];
    for (const r of diagram.arrows) {
      const a = ctx.rects.get(r.from);
      const b = ctx.rects.get(r.to);
      if (!a || !b) throw new Error(`diagram arrow ${r.from} → ${r.to}: no box with that id`);
      let points = straightRoute(a, b);
      if (blocked(points, ctx, r.from, r.to)) {
        needGutter.push(r);
        const gx = EDGE + inner + 6 + (needGutter.length - 1) * 5;
        const ay = a.y + a.h / 2;
        const by = b.y + b.h / 2;
        points = [[a.x + a.w, ay], [gx, ay], [gx, by], [b.x + b.w, by]];
      }
      ctx.shapes.push({ kind: 'arrow', points, from: r.from, to: r.to, ...(r.dashed ? { dashed: true } : {}), ...(r.tone ? { tone: r.tone } : {}), ...(r.both ? { both: true } : {}), ...(r.label ? { label: arrowLabel(points, r.label) } : {}) });
    }
    return { ctx, bottom, needGutter: needGutter.length };
  };
  let result = run(0);
  if (result.needGutter > 0) result = run(GUTTER + (result.needGutter - 1) * 5);
  return { width, height: Math.ceil(result.bottom + EDGE), shapes: inPaintOrder(result.ctx.shapes) };
}

const PAINT_ORDER: Record<DrawnShape['kind'], number> = { box: 0, arrow: 1, text: 2 };

/** Boxes (in placement order, so a frame lies under what it holds), then arrows, then free text. */
const inPaintOrder = (shapes: DrawnShape[]): DrawnShape[] => [...shapes].sort((a, b) => PAINT_ORDER[a.kind] - PAINT_ORDER[b.kind]);

/** Every text of a diagram, in drawing order (for tests and search). */
export function flowTexts<T>(diagram: FlowDiagram<T>): T[] {
  const of = (item: FlowItem<T>): T[] => {
    switch (item.kind) {
      case 'node':
        return [item.label, ...(item.lines ?? []).map((l) => l.text)];
      case 'note':
        return [item.text];
      case 'group':
        return [item.title, ...item.items.flatMap(of)];
      case 'row':
        return item.items.flatMap(of);
    }
  };
  return [diagram.description, ...diagram.items.flatMap(of), ...diagram.arrows.flatMap((r) => (r.label !== undefined ? [r.label] : []))];
}

/** The diagram with every text mapped (to one language, say). */
export function mapFlow<T, U>(diagram: FlowDiagram<T>, f: (t: T) => U): FlowDiagram<U> {
  const item = (it: FlowItem<T>): FlowItem<U> => {
    switch (it.kind) {
      case 'node': {
        const { lines, label, ...rest } = it;
        return { ...rest, label: f(label), ...(lines ? { lines: lines.map((l) => ({ ...l, text: f(l.text) })) } : {}) };
      }
      case 'note':
        return { ...it, text: f(it.text) };
      case 'group':
        return { ...it, title: f(it.title), items: it.items.map(item) };
      case 'row':
        return { ...it, items: it.items.map(item) };
    }
  };
  return { description: f(diagram.description), items: diagram.items.map(item), arrows: diagram.arrows.map(({ label, ...r }) => ({ ...r, ...(label !== undefined ? { label: f(label) } : {}) })) };
}
