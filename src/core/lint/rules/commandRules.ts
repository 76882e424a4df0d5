import type { Rule } from '../types';

export const commandRules: readonly Rule[] = [];
