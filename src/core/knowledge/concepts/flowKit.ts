import type { Localized } from '../../types';
import type { FlowArrow, FlowGroup, FlowItem, FlowNode, FlowNote, FlowRow } from './flowLayout';
import type { Tone } from './types';

// Small constructors so each concept's diagram reads as what it shows (boxes, frames, arrows
// by name), with no coordinates: src/core/knowledge/concepts/flowLayout.ts places them for
// the width the picture gets.

type Item = FlowItem<Localized>;

/** A box: its colour role, its label, then smaller lines (a line is a text or [text, tone]). */
export function node(tone: Tone, label: Localized, opts: { id?: string; lines?: (Localized | [Localized, Tone])[]; dashed?: boolean } = {}): FlowNode<Localized> {
  const lines = opts.lines?.map((l) => (Array.isArray(l) ? { text: l[0], tone: l[1] } : { text: l }));
  return { kind: 'node', tone, label, ...(opts.id ? { id: opts.id } : {}), ...(lines ? { lines } : {}), ...(opts.dashed ? { dashed: true } : {}) };
}

/** A line of text on its own, centred; it wraps to the width. */
export const note = (text: Localized, tone?: Tone): FlowNote<Localized> => ({ kind: 'note', text, ...(tone ? { tone } : {}) });

/** Items side by side; when narrow they wrap onto more lines. */
export const row = (...items: Item[]): FlowRow<Localized> => ({ kind: 'row', items });

/** Items side by side at every width (their text wraps instead): a pair an arrow joins across. */
export const pair = (...items: Item[]): FlowRow<Localized> => ({ kind: 'row', items, keep: true });

/** A dashed frame with a title; its items stack inside. */
export const group = (tone: Tone, title: Localized, items: Item[], id?: string): FlowGroup<Localized> => ({ kind: 'group', tone, title, items, ...(id ? { id } : {}) });

export const link = (from: string, to: string, label?: Localized, extra: { both?: boolean; dashed?: boolean; tone?: Tone } = {}): FlowArrow<Localized> => ({ from, to, ...(label ? { label } : {}), ...extra });
