// Draws a concept's diagram (data from the core) as inline SVG. Colours come from CSS classes
// that use VS Code's theme variables (panel.css), so light, dark and high-contrast themes all
// read well. Labels are text nodes; a label too long for its box is squeezed to fit.
import type { ConceptPage } from '../../src/extension/panel/protocol';

const SVG = 'http://www.w3.org/2000/svg';
let markerSeq = 0;

function el(tag: string, attrs: Record<string, string | number | undefined>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, String(v));
  return node;
}

/** Rough width of a label in em: Hangul and CJK are about 1em, Latin about 0.58em. */
export function estimateEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? 1 : 0.58;
  return em;
}

export function label(x: number, y: number, text: string, size: number, maxWidth: number | undefined, cls: string, anchor = 'middle'): SVGElement {
  const t = el('text', { x, y, 'font-size': size, 'text-anchor': anchor, 'dominant-baseline': 'middle', class: cls });
  t.textContent = text;
  if (maxWidth !== undefined && estimateEm(text) * size > maxWidth) {
    t.setAttribute('textLength', String(Math.max(8, maxWidth)));
    t.setAttribute('lengthAdjust', 'spacingAndGlyphs');
  }
  return t;
}

export function renderDiagram(diagram: ConceptPage['diagram']): SVGElement {
  const id = `arrow-${++markerSeq}`;
  const svg = el('svg', { viewBox: `0 0 ${diagram.width} ${diagram.height}`, role: 'img', class: 'diagram', 'aria-label': diagram.description });
  const title = el('title', {});
  title.textContent = diagram.description;
  svg.appendChild(title);
  const defs = el('defs', {});
  const marker = el('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.appendChild(el('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }));
  defs.appendChild(marker);
  svg.appendChild(defs);
  // Boxes first, then arrows and free text on top of them.
  const order = { box: 0, arrow: 1, text: 2 } as const;
  for (const shape of [...diagram.shapes].sort((a, b) => order[a.kind] - order[b.kind])) {
    if (shape.kind === 'box') {
      const g = el('g', { class: `box tone-${shape.tone}${shape.dashed ? ' dashed' : ''}` });
      g.appendChild(el('rect', { x: shape.x, y: shape.y, width: shape.w, height: shape.h, rx: 4 }));
      const big = shape.h >= 60 || shape.dashed;
      if (shape.label) {
        const ly = big ? shape.y + 10 : shape.sub ? shape.y + shape.h / 2 - 5 : shape.y + shape.h / 2 + 0.5;
        g.appendChild(label(shape.x + shape.w / 2, ly, shape.label, 10, shape.w - 6, 'label'));
      }
      if (shape.sub) {
        const sy = big ? shape.y + 21 : shape.y + shape.h / 2 + 7;
        g.appendChild(label(shape.x + shape.w / 2, sy, shape.sub, 8, shape.w - 6, 'sub'));
      }
      svg.appendChild(g);
    } else if (shape.kind === 'arrow') {
      const g = el('g', { class: `arrow${shape.tone ? ` tone-${shape.tone}` : ''}${shape.dashed ? ' dashed' : ''}` });
      g.appendChild(el('line', { x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2, 'marker-end': `url(#${id})`, 'marker-start': shape.both ? `url(#${id})` : undefined }));
      if (shape.label) {
        const mx = (shape.x1 + shape.x2) / 2;
        const my = (shape.y1 + shape.y2) / 2;
        const vertical = Math.abs(shape.x2 - shape.x1) < Math.abs(shape.y2 - shape.y1);
        g.appendChild(label(vertical ? mx + 4 : mx, vertical ? my : my - 7, shape.label, 8, undefined, 'sub', vertical ? 'start' : 'middle'));
      }
      svg.appendChild(g);
    } else {
      svg.appendChild(label(shape.x, shape.y, shape.label, shape.small ? 8.5 : 10, undefined, `free${shape.tone ? ` tone-${shape.tone}` : ''}`, shape.anchor ?? 'start'));
    }
  }
  return svg;
}
