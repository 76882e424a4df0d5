import type { Localized } from '../../types';
import type { FlowDiagram } from './flowLayout';

// A concept page of the panel, as data. The webview draws it; nothing here knows about the
// DOM. Diagrams are data too (boxes, frames and arrows with localized labels), so a new topic or
// a new language never touches the renderer, and tests can check every label has both texts.

/** The concept ids hovers link to (`dockerExplain.openConcept`). Never rename one. */
export const CONCEPT_IDS = [
  'why-containers',
  'containers-vs-vms',
  'images-containers',
  'layers',
  'build-push-pull-run',
  'run-flow',
  'volumes',
  'networks',
  'ports',
  'isolation',
  'multi-stage',
  'compose',
  'env-args',
  'cmd-entrypoint',
] as const;

export type ConceptId = (typeof CONCEPT_IDS)[number];

/**
 * A section of prose. `body` uses a tiny, safe subset of Markdown that the webview renders as
 * text nodes: blank-line paragraphs, `- ` bullets, `inline code` and **bold**.
 */
export interface ConceptSection {
  heading?: Localized;
  body: Localized;
}

export interface ConceptExample {
  /** For the code block's label and highlighting class. */
  language: 'dockerfile' | 'yaml' | 'shell';
  code: string;
  caption: Localized;
}

/** Colour roles; the webview maps each to VS Code theme variables (never fixed colours). */
export type Tone = 'host' | 'image' | 'container' | 'writable' | 'network' | 'volume' | 'registry' | 'muted' | 'ok' | 'danger' | 'accent';

export type Shape =
  | { kind: 'box'; x: number; y: number; w: number; h: number; tone: Tone; label?: Localized; dashed?: boolean; sub?: Localized }
  | { kind: 'arrow'; x1: number; y1: number; x2: number; y2: number; label?: Localized; dashed?: boolean; tone?: Tone; both?: boolean }
  | { kind: 'text'; x: number; y: number; label: Localized; tone?: Tone; anchor?: 'start' | 'middle' | 'end'; small?: boolean };

/**
 * A concept's diagram: boxes, frames, notes and arrows with no coordinates; flowLayout.ts
 * places them for the width the picture gets (the 300 px sidebar, the editor's 크게 보기).
 */
export type ConceptDiagram = FlowDiagram<Localized>;

/** A picture drawn at fixed coordinates (the walkthrough's own two pictures). */
export interface Diagram {
  width: number;
  height: number;
  /** Read by screen readers in place of the picture. */
  description: Localized;
  /** In paint order, drawn as given: boxes, then arrows, then text (as a laid-out diagram's). */
  shapes: Shape[];
}

export interface Concept {
  id: ConceptId;
  title: Localized;
  /** One or two sentences: the point of the page. */
  summary: Localized;
  diagram: ConceptDiagram;
  sections: ConceptSection[];
  example: ConceptExample;
  related: ConceptId[];
  /** Docker's own documentation. */
  docs: { url: string; title: Localized }[];
  /** Where the page's claims can be checked (anchored docs pages or pinned source files; sources.ts). */
  sources?: string[];
  /** Extra words search should find (Korean and English). */
  keywords: string[];
}
