import type { Language } from '../../types';
import { pick } from '../../types';
import type { ConceptDiagram, Diagram, Shape, Tone } from './types';
import { layoutFlow, mapFlow } from './flowLayout';
import type { DrawnText, Drawing } from './flowLayout';
import { textWidth } from './textWidth';

// A concept diagram as a standalone SVG file, for places that show a picture file rather than
// the panel (the walkthrough's step media, written by scripts/gen-walkthrough-media.mjs). The
// same data and layout as the panel's renderer (media/panel/diagram.ts). Colours are VS Code
// theme variables with fallbacks in presentation attributes (as VS Code's own walkthrough
// SVGs do; its media page forbids style attributes): VS Code puts the SVG into a page that
// defines them, so one file reads in light, dark and high-contrast themes.

/**
 * Font sizes in diagram units: box label, box second line, free text, small free text. Larger
 * than the panel's (10, 8, 10, 8.5): VS Code draws a walkthrough SVG at least 350 px wide for
 * the 320 units of a diagram, so 10 units are at least 11 px there. A label too long for its
 * box is condensed to fit (textLength), never made smaller.
 */
export const DIAGRAM_FILE_FONT = { label: 11, sub: 10, text: 11, small: 10 } as const;

/** The narrowest VS Code draws a walkthrough step's SVG (its media style: min-width 350px). */
export const WALKTHROUGH_MIN_WIDTH_PX = 350;

const TONE: Record<Tone, string> = {
  host: 'var(--vscode-foreground, #888)',
  image: 'var(--vscode-charts-blue, #3794ff)',
  container: 'var(--vscode-charts-green, #388a34)',
  writable: 'var(--vscode-charts-orange, #d18616)',
  network: 'var(--vscode-charts-purple, #a074c4)',
  volume: 'var(--vscode-charts-yellow, #b89500)',
  registry: 'var(--vscode-charts-blue, #3794ff)',
  muted: 'var(--vscode-descriptionForeground, #888)',
  accent: 'var(--vscode-focusBorder, #0078d4)',
  ok: 'var(--vscode-charts-green, #388a34)',
  danger: 'var(--vscode-charts-red, #e51400)',
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function text(x: number, y: number, value: string, size: number, fill: string, anchor: string, maxWidth?: number): string {
  const squeeze = maxWidth !== undefined && textWidth(value, size) > maxWidth ? ` textLength="${Math.max(8, maxWidth)}" lengthAdjust="spacingAndGlyphs"` : '';
  return `<text x="${x}" y="${y}" font-size="${size}" text-anchor="${anchor}" dominant-baseline="middle" fill="${fill}"${squeeze}>${escape(value)}</text>`;
}

function shapeSvg(shape: Shape, lang: Language): string {
  const fg = 'var(--vscode-foreground, #888)';
  const muted = 'var(--vscode-descriptionForeground, #888)';
  if (shape.kind === 'box') {
    const colour = TONE[shape.tone];
    const fill = shape.dashed ? 'fill="none"' : `fill="${colour}" fill-opacity="0.16"`;
    const parts = [`<rect x="${shape.x}" y="${shape.y}" width="${shape.w}" height="${shape.h}" rx="4" ${fill} stroke="${colour}" stroke-width="1.2"${shape.dashed ? ' stroke-dasharray="4 3"' : ''}/>`];
    const big = shape.h >= 60 || shape.dashed === true;
    const cx = shape.x + shape.w / 2;
    if (shape.label) {
      const ly = big ? shape.y + 10 : shape.sub ? shape.y + shape.h / 2 - 5 : shape.y + shape.h / 2 + 0.5;
      parts.push(text(cx, ly, pick(shape.label, lang), DIAGRAM_FILE_FONT.label, fg, 'middle', shape.w - 6));
    }
    if (shape.sub) parts.push(text(cx, big ? shape.y + 21 : shape.y + shape.h / 2 + 7, pick(shape.sub, lang), DIAGRAM_FILE_FONT.sub, muted, 'middle', shape.w - 6));
    return parts.join('');
  }
  if (shape.kind === 'arrow') {
    const colour = shape.tone ? TONE[shape.tone] : fg;
    const parts = [
      `<line x1="${shape.x1}" y1="${shape.y1}" x2="${shape.x2}" y2="${shape.y2}" stroke="${colour}" stroke-width="1.2"${shape.dashed ? ' stroke-dasharray="4 3"' : ''} marker-end="url(#arrow)"${shape.both ? ' marker-start="url(#arrow)"' : ''}/>`,
    ];
    if (shape.label) {
      const vertical = Math.abs(shape.x2 - shape.x1) < Math.abs(shape.y2 - shape.y1);
      const mx = (shape.x1 + shape.x2) / 2;
      const my = (shape.y1 + shape.y2) / 2;
      parts.push(text(vertical ? mx + 4 : mx, vertical ? my : my - 7, pick(shape.label, lang), DIAGRAM_FILE_FONT.sub, muted, vertical ? 'start' : 'middle'));
    }
    return parts.join('');
  }
  const colour = shape.tone === 'danger' ? 'var(--vscode-errorForeground, #e51400)' : shape.tone === 'ok' ? TONE.ok : shape.tone === 'accent' ? 'var(--vscode-textLink-foreground, #3794ff)' : fg;
  return text(shape.x, shape.y, pick(shape.label, lang), shape.small ? DIAGRAM_FILE_FONT.small : DIAGRAM_FILE_FONT.text, colour, shape.anchor ?? 'start');
}

const HEAD = '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="var(--vscode-foreground, #888)"/></marker></defs>';

/** The diagram as an SVG document, its shapes in the paint order they come in (boxes, then arrows and free text on top), as the panel draws it. */
export function diagramToSvg(diagram: Diagram | ConceptDiagram, lang: Language): string {
  if (!('shapes' in diagram)) return drawingToSvg(layoutFlow(mapFlow(diagram, (l) => pick(l, lang)), WALKTHROUGH_MIN_WIDTH_PX), pick(diagram.description, lang));
  const description = escape(pick(diagram.description, lang));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${diagram.width} ${diagram.height}" width="${diagram.width * 1.5}" height="${diagram.height * 1.5}" role="img" aria-label="${description}" font-family="var(--vscode-font-family, sans-serif)">`,
    `<title>${description}</title>`,
    HEAD,
    ...diagram.shapes.map((s) => shapeSvg(s, lang)),
    '</svg>',
    '',
  ].join('\n');
}

function textColour(t: DrawnText): string {
  if (t.role === 'title' && t.tone) return TONE[t.tone];
  if (t.tone === 'danger') return 'var(--vscode-errorForeground, #e51400)';
  if (t.tone === 'accent') return 'var(--vscode-textLink-foreground, #3794ff)';
  if (t.tone === 'ok') return TONE.ok;
  return t.role === 'sub' || t.tone === 'muted' ? 'var(--vscode-descriptionForeground, #888)' : 'var(--vscode-foreground, #888)';
}

const drawnText = (t: DrawnText) => text(t.x, t.y, t.text, t.size, textColour(t), t.anchor);

/** A laid-out concept diagram (flowLayout.ts) as an SVG document, drawn 1:1 at its width. */
function drawingToSvg(drawing: Drawing, description: string): string {
  const d = escape(description);
  const parts: string[] = [];
  for (const shape of drawing.shapes) {
    if (shape.kind === 'box') {
      const colour = TONE[shape.tone];
      const fill = shape.dashed || shape.group ? 'fill="none"' : `fill="${colour}" fill-opacity="0.16"`;
      parts.push(`<rect x="${shape.x}" y="${shape.y}" width="${shape.w}" height="${shape.h}" rx="4" ${fill} stroke="${colour}" stroke-width="1.2"${shape.dashed ? ' stroke-dasharray="4 3"' : ''}/>${shape.texts.map(drawnText).join('')}`);
    } else if (shape.kind === 'arrow') {
      const colour = shape.tone ? TONE[shape.tone] : 'var(--vscode-foreground, #888)';
      const points = shape.points.map(([x, y]) => `${x},${y}`).join(' ');
      parts.push(`<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="1.2"${shape.dashed ? ' stroke-dasharray="4 3"' : ''} marker-end="url(#arrow)"${shape.both ? ' marker-start="url(#arrow)"' : ''}/>${shape.label ? drawnText(shape.label) : ''}`);
    } else {
      parts.push(drawnText(shape.text));
    }
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${drawing.width} ${drawing.height}" width="${drawing.width}" height="${drawing.height}" role="img" aria-label="${d}" font-family="var(--vscode-font-family, sans-serif)">`,
    `<title>${d}</title>`,
    HEAD,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
