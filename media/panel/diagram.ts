// Draws a concept's diagram (data from the core) as inline SVG, laid out by the core
// (src/core/knowledge/concepts/flowLayout.ts) for the width it is drawn at and drawn again when
// that width changes: the sidebar gets a narrow layout with 11 px text or more, the editor's
// 크게 보기 a wide one (issue 14 item 6). Colours come from CSS classes that use VS Code's theme
// variables (panel.css), so light, dark and high-contrast themes all read well. Labels are
// text nodes.
import { layoutFlow } from '../../src/core/knowledge/concepts/flowLayout';
import type { DrawnText, Drawing } from '../../src/core/knowledge/concepts/flowLayout';
import type { ConceptPage } from '../../src/extension/panel/protocol';

const SVG = 'http://www.w3.org/2000/svg';
let markerSeq = 0;

function el(tag: string, attrs: Record<string, string | number | undefined>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, String(v));
  return node;
}

function label(t: DrawnText): SVGElement {
  // The class is the role's own name (TextRole: label, sub, free, title).
  const cls = [t.role, t.tone ? `tone-${t.tone}` : ''].filter(Boolean).join(' ');
  const node = el('text', { x: t.x, y: t.y, 'font-size': t.size, 'text-anchor': t.anchor, 'dominant-baseline': 'middle', class: cls });
  node.textContent = t.text;
  return node;
}

/** One laid-out diagram as an SVG element, `scale` times its layout size. */
export function drawDiagram(drawing: Drawing, description: string, scale = 1): SVGElement {
  const id = `arrow-${++markerSeq}`;
  const svg = el('svg', {
    viewBox: `0 0 ${drawing.width} ${drawing.height}`,
    width: Math.round(drawing.width * scale),
    height: Math.round(drawing.height * scale),
    role: 'img',
    class: 'diagram concept-diagram',
    'aria-label': description,
    'data-layout-width': drawing.width,
  });
  const title = el('title', {});
  title.textContent = description;
  svg.appendChild(title);
  const defs = el('defs', {});
  const marker = el('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.appendChild(el('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }));
  defs.appendChild(marker);
  svg.appendChild(defs);
  // The layout gives the shapes in paint order (frames and boxes, then arrows and free text on top).
  for (const shape of drawing.shapes) {
    if (shape.kind === 'box') {
      const g = el('g', { class: `box tone-${shape.tone}${shape.dashed || shape.group ? ' dashed' : ''}${shape.group ? ' frame' : ''}` });
      g.appendChild(el('rect', { x: shape.x, y: shape.y, width: shape.w, height: shape.h, rx: 4 }));
      for (const t of shape.texts) g.appendChild(label(t));
      svg.appendChild(g);
    } else if (shape.kind === 'arrow') {
      const g = el('g', { class: `arrow${shape.tone ? ` tone-${shape.tone}` : ''}${shape.dashed ? ' dashed' : ''}`, 'data-from': shape.from, 'data-to': shape.to });
      g.appendChild(el('polyline', { points: shape.points.map(([x, y]) => `${x},${y}`).join(' '), 'marker-end': `url(#${id})`, 'marker-start': shape.both ? `url(#${id})` : undefined }));
      if (shape.label) g.appendChild(label(shape.label));
      svg.appendChild(g);
    } else {
      svg.appendChild(label(shape.text));
    }
  }
  return svg;
}

/**
 * The concept's diagram in a holder that lays it out for its own width, and again whenever
 * that width changes. `scale` draws it larger than its layout (the editor's 크게 보기), laid out
 * for at most `maxLayout` px so a wide editor does not stretch it thin.
 */
export function renderDiagram(diagram: ConceptPage['diagram'], { scale = 1, maxLayout = Infinity } = {}): HTMLElement {
  const holder = document.createElement('div');
  holder.className = 'diagram-holder';
  let drawnFor = -1;
  const draw = (width: number) => {
    const layout = Math.max(200, Math.min(maxLayout, Math.floor(width / scale)));
    if (layout === drawnFor) return;
    drawnFor = layout;
    holder.replaceChildren(drawDiagram(layoutFlow(diagram, layout), diagram.description, scale));
  };
  // Before the holder is in the page its width is unknown: the page's width is a close guess.
  draw(document.documentElement.clientWidth - 24);
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver((entries) => draw(entries[0].contentRect.width)).observe(holder);
  return holder;
}
