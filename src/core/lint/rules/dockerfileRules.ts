import type { Rule } from '../types';

export const dockerfileRules: readonly Rule[] = [];
