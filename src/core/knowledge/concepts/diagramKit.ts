import type { Localized } from '../../types';
import type { Shape, Tone } from './types';

// Small constructors so each concept's diagram reads like a sketch, not like coordinates soup.

export const L = (ko: string, en: string): Localized => ({ ko, en });

export function box(x: number, y: number, w: number, h: number, tone: Tone, label?: Localized, extra: { dashed?: boolean; sub?: Localized } = {}): Shape {
  return { kind: 'box', x, y, w, h, tone, label, ...extra };
}

export function arrow(x1: number, y1: number, x2: number, y2: number, label?: Localized, extra: { dashed?: boolean; tone?: Tone; both?: boolean } = {}): Shape {
  return { kind: 'arrow', x1, y1, x2, y2, label, ...extra };
}

export function text(x: number, y: number, label: Localized, extra: { tone?: Tone; anchor?: 'start' | 'middle' | 'end'; small?: boolean } = {}): Shape {
  return { kind: 'text', x, y, label, ...extra };
}
