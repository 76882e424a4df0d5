import type { Rule } from '../types';
import { composeRules } from './composeRules';
import { dockerfileRules } from './dockerfileRules';
import { commandRules } from './commandRules';

/** Every rule, listed explicitly (simple to bundle, simple to check against docs and tests). */
export const allRules: readonly Rule[] = [...composeRules, ...dockerfileRules, ...commandRules];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
