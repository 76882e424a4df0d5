// The layout of "이 파일"'s Compose picture, as plain numbers: the webview only draws what this
// returns (media/panel/fileView.ts), and unit tests check the geometry at the widths a reader
// has (the 300 px sidebar, an 800 px editor panel). Pixels are CSS pixels: the picture is drawn
// at the width it is laid out for, never scaled down, so a font size here is the size on screen.
//
// - Cards follow the width: as many columns as fit at MIN_CARD_WIDTH, one under another when
//   narrow (UX review 24, 27).
// - Every mount is drawn inside its service: the source (a host path for a bind mount, a volume
//   name, tmpfs) → the path in the container (review 27: the bind mount ./site was missing).
// - depends_on and volumes_from arrows run in the gaps between cards, never over a card
//   (review 27: web → db ran under admin and read as admin → db).

import { textWidth } from '../knowledge/concepts/textWidth';
import type { FileView } from './panelModel';

/** No text in the picture is smaller than this (CSS px). */
export const MIN_FONT_PX = 11;
export const NAME_FONT_PX = 13;
const MIN_CARD_WIDTH = 170;
const PAD = 8;
const LINE = 17;
const NAME_LINE = 21;
const PILL_H = 18;

export type PictureTone = 'fg' | 'muted' | 'danger' | 'ok' | 'accent' | 'volume' | 'writable' | 'network';

export interface PictureMount {
  kind: 'bind' | 'volume' | 'anonymous' | 'tmpfs' | 'other' | 'unknown';
  /** Host path or volume name; undefined for tmpfs and anonymous volumes. */
  source?: string;
  target: string;
  readOnly: boolean;
}

export interface PictureService {
  name: string;
  /** `nginx:1.27-alpine`, `build .`. */
  subtitle: string;
  conflict: boolean;
  ports: { text: string; tone: 'danger' | 'ok' | 'fg' }[];
  mounts: PictureMount[];
}

export interface PictureInput {
  services: PictureService[];
  edges: { from: string; to: string; kind: 'depends_on' | 'volumes_from' }[];
  /** Drawn as the area every service shares when they all are on one network. */
  network?: string;
}

export interface PictureBox {
  kind: 'service' | 'source' | 'network';
  x: number;
  y: number;
  w: number;
  h: number;
  tone: PictureTone;
  service?: string;
  conflict?: boolean;
  dashed?: boolean;
}

export interface PictureText {
  x: number;
  y: number;
  text: string;
  size: number;
  tone: PictureTone;
  anchor: 'start' | 'middle';
  bold?: boolean;
  /** Width the text may take (estimated; it was shortened with … to fit). */
  maxWidth: number;
}

export interface PictureArrow {
  kind: 'depends_on' | 'volumes_from' | 'mount';
  points: [number, number][];
  /** Service names for edges; the owning service for a mount arrow. */
  from: string;
  to: string;
}

export interface ComposePicture {
  width: number;
  height: number;
  columns: number;
  boxes: PictureBox[];
  texts: PictureText[];
  arrows: PictureArrow[];
}

/** `text` cut to `maxWidth` with … in the middle (paths keep both ends readable); the font never shrinks. */
export function fitText(text: string, size: number, maxWidth: number): string {
  if (textWidth(text, size) <= maxWidth) return text;
  const chars = [...text];
  let keep = chars.length - 1;
  while (keep > 1) {
    const head = Math.ceil(keep / 2);
    const candidate = `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`;
    if (textWidth(candidate, size) <= maxWidth) return candidate;
    keep--;
  }
  return '…';
}

/** What the picture needs from the panel's Compose view. */
export function pictureInput(view: Extract<FileView, { kind: 'compose' }>, text: { random: string; tmpfs: string; anonymous: string; networkDefault: string }): PictureInput {
  const services = view.services.map((s): PictureService => ({
    name: s.name,
    subtitle: s.image ?? (s.build ? `build ${s.build}` : ''),
    conflict: s.ports.some((p) => p.conflicts.length > 0),
    ports: s.ports.map((p) => ({
      text: p.variable || p.containerPort === undefined ? p.text : `${p.hostIp ? `${p.hostIp}:` : ''}${p.hostPort ?? text.random} → ${p.containerPort}/${p.protocol ?? 'tcp'}`,
      tone: p.conflicts.length > 0 ? 'danger' : p.loopback ? 'ok' : 'fg',
    })),
    mounts: s.mounts.map((m) => ({
      kind: m.type,
      source: m.type === 'tmpfs' ? text.tmpfs : m.type === 'anonymous' ? text.anonymous : m.source,
      target: m.target ?? m.text,
      readOnly: m.readOnly,
    })),
  }));
  const names = new Set(services.map((s) => s.name));
  const edges = [
    ...view.dependsOn.filter((e) => !e.external && names.has(e.to)).map((e) => ({ from: e.from, to: e.to, kind: 'depends_on' as const })),
    ...view.volumesFrom.filter((e) => !e.external && names.has(e.to)).map((e) => ({ from: e.from, to: e.to, kind: 'volumes_from' as const })),
  ];
  const oneNetwork = view.networks.length === 1 && view.services.every((s) => !s.networkMode);
  const network = view.networks[0];
  return { services, edges, network: oneNetwork ? (network.implicit ? `${network.name} · ${text.networkDefault}` : network.name) : undefined };
}

const SOURCE_TONE: Record<PictureMount['kind'], PictureTone> = { bind: 'accent', volume: 'volume', anonymous: 'volume', tmpfs: 'writable', other: 'muted', unknown: 'muted' };

export function layoutComposePicture(input: PictureInput, width: number): ComposePicture {
  const n = input.services.length;
  const edges = input.edges.filter((e) => e.from !== e.to && input.services.some((s) => s.name === e.from) && input.services.some((s) => s.name === e.to));
  const lanes = Math.min(edges.length, 8);
  // Gaps wide enough for one lane per edge, so two arrows never share a line.
  const gapX = 14 + 5 * lanes;
  const gapY = 16 + 5 * lanes;
  const top = input.network ? 24 : 4;
  const left = 6 + gapX / 2;
  const right = 6;
  const inner = Math.max(MIN_CARD_WIDTH, width - left - right);
  const columns = Math.max(1, Math.min(n, Math.floor((inner + gapX) / (MIN_CARD_WIDTH + gapX))));
  const cardW = Math.floor((inner - gapX * (columns - 1)) / columns);
  const textMax = cardW - 2 * PAD;

  const boxes: PictureBox[] = [];
  const texts: PictureText[] = [];
  const arrows: PictureArrow[] = [];
  const line = (x: number, y: number, text: string, size: number, tone: PictureTone, max: number, extra: Partial<PictureText> = {}) =>
    texts.push({ x, y, text: fitText(text, size, max), size, tone, anchor: 'start', maxWidth: max, ...extra });

  // Card heights first: a row is as tall as its tallest card.
  const heights = input.services.map((s) => {
    let h = PAD + NAME_LINE + (s.subtitle ? LINE : 0) + s.ports.length * LINE;
    for (const m of s.mounts) h += mountFitsOneLine(m, textMax) ? PILL_H + 4 : PILL_H + 4 + LINE;
    return h + PAD - 2;
  });
  const rows = Math.ceil(n / columns);
  const rowTop: number[] = [];
  const rowHeight: number[] = [];
  let y = top;
  for (let r = 0; r < rows; r++) {
    rowTop.push(y);
    rowHeight.push(Math.max(...heights.slice(r * columns, r * columns + columns)));
    y += rowHeight[r] + gapY;
  }
  const bottom = y - gapY;
  const height = bottom + (input.network ? 8 : 4) + gapY / 2;
  const cards = new Map<string, { x: number; y: number; w: number; h: number; row: number; col: number }>();

  if (input.network) {
    boxes.push({ kind: 'network', x: 2, y: 2, w: width - 4, h: height - 4, tone: 'network', dashed: true });
    line(8, 13, input.network, MIN_FONT_PX, 'network', width - 16);
  }

  input.services.forEach((s, i) => {
    const row = Math.floor(i / columns);
    const col = i % columns;
    const x = left + col * (cardW + gapX);
    const cy = rowTop[row];
    cards.set(s.name, { x, y: cy, w: cardW, h: heights[i], row, col });
    boxes.push({ kind: 'service', x, y: cy, w: cardW, h: heights[i], tone: s.conflict ? 'danger' : 'ok', service: s.name, conflict: s.conflict });
    let ty = cy + PAD + NAME_LINE / 2;
    line(x + PAD, ty, s.name, NAME_FONT_PX, 'fg', textMax, { bold: true });
    ty += NAME_LINE / 2 + LINE / 2;
    if (s.subtitle) {
      line(x + PAD, ty, s.subtitle, MIN_FONT_PX, 'muted', textMax);
      ty += LINE;
    }
    for (const p of s.ports) {
      line(x + PAD, ty, p.text, MIN_FONT_PX, p.tone, textMax);
      ty += LINE;
    }
    ty -= LINE / 2;
    for (const m of s.mounts) {
      const source = m.source ?? '?';
      const oneLine = mountFitsOneLine(m, textMax);
      const pillW = Math.min(textMax, textWidth(source, MIN_FONT_PX) + 10);
      const py = ty + 2;
      boxes.push({ kind: 'source', x: x + PAD, y: py, w: pillW, h: PILL_H, tone: SOURCE_TONE[m.kind], service: s.name, dashed: m.kind === 'tmpfs' });
      line(x + PAD + 5, py + PILL_H / 2, source, MIN_FONT_PX, 'fg', pillW - 10);
      const target = `${m.target}${m.readOnly ? ' (ro)' : ''}`;
      if (oneLine) {
        const ax = x + PAD + pillW;
        arrows.push({ kind: 'mount', points: [[ax + 2, py + PILL_H / 2], [ax + 16, py + PILL_H / 2]], from: s.name, to: s.name });
        line(ax + 20, py + PILL_H / 2, target, MIN_FONT_PX, 'fg', x + cardW - PAD - (ax + 20));
        ty += PILL_H + 4;
      } else {
        const ax = x + PAD + 8;
        arrows.push({ kind: 'mount', points: [[ax, py + PILL_H + 1], [ax, py + PILL_H + LINE - 3], [ax + 12, py + PILL_H + LINE - 3]], from: s.name, to: s.name });
        line(ax + 16, py + PILL_H + LINE - 3, target, MIN_FONT_PX, 'fg', textMax - 24);
        ty += PILL_H + 4 + LINE;
      }
    }
  });

  edges.forEach((e, k) => {
    const a = cards.get(e.from);
    const b = cards.get(e.to);
    if (!a || !b) return;
    const lane = k % 8;
    const dx = (lane - (lanes - 1) / 2) * 5;
    const rowBottom = (r: number) => rowTop[r] + rowHeight[r];
    // Neighbours: one straight line through the gap between them.
    if (a.row === b.row && Math.abs(a.col - b.col) === 1) {
      // Near the top, where every card of the row is, whatever their heights.
      const ly = a.y + 10 + (lane % 4) * 5;
      const [x1, x2] = b.col > a.col ? [a.x + a.w, b.x] : [a.x, b.x + b.w];
      arrows.push({ kind: e.kind, points: [[x1, ly], [x2, ly]], from: e.from, to: e.to });
      return;
    }
    if (a.col === b.col && b.row === a.row + 1) {
      const lx = a.x + a.w / 2 + dx;
      arrows.push({ kind: e.kind, points: [[lx, a.y + a.h], [lx, b.y]], from: e.from, to: e.to });
      return;
    }
    if (a.col === b.col && a.row === b.row + 1) {
      const lx = a.x + a.w / 2 + dx;
      arrows.push({ kind: e.kind, points: [[lx, a.y], [lx, b.y + b.h]], from: e.from, to: e.to });
      return;
    }
    // Otherwise through the gaps: out of a into the gap on b's side of its row, along it to
    // the gap left of b's column, along that to the gap on a's side of b's row, and into b.
    const down = b.row >= a.row;
    const gapOf = (r: number, below: boolean) => (below ? rowBottom(r) + gapY / 2 : rowTop[r] - gapY / 2) + (lane - (lanes - 1) / 2) * 4;
    const ax = a.x + a.w / 2 + dx;
    const bx = b.x + b.w / 2 + dx;
    const g1 = gapOf(a.row, down);
    const start: [number, number] = [ax, down ? a.y + a.h : a.y];
    const end: [number, number] = [bx, down ? b.y : b.y + b.h];
    if (a.row === b.row) {
      // Same row: below it and back up into b's bottom edge.
      arrows.push({ kind: e.kind, points: [start, [ax, g1], [bx, g1], [bx, b.y + b.h]], from: e.from, to: e.to });
      return;
    }
    const laneX = b.x - gapX / 2 + (lane - (lanes - 1) / 2) * 4;
    const g2 = gapOf(b.row, !down);
    arrows.push({ kind: e.kind, points: [start, [ax, g1], [laneX, g1], [laneX, g2], [bx, g2], end], from: e.from, to: e.to });
  });

  return { width, height: Math.ceil(height), columns, boxes, texts, arrows };
}

function mountFitsOneLine(m: PictureMount, textMax: number): boolean {
  const source = m.source ?? '?';
  const target = `${m.target}${m.readOnly ? ' (ro)' : ''}`;
  return textWidth(source, MIN_FONT_PX) + 10 + 20 + textWidth(target, MIN_FONT_PX) <= textMax;
}
