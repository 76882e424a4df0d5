import type { Rule, RuleSettings, SeveritySetting } from '../types';

// Built-in presets. A preset sets a severity for every rule; options stay the rule's defaults.
// - recommended: each rule's own severity (the table of the issue).
// - strict: for CI gates: warnings become errors, infos become warnings.
// - learner: for people learning Docker: every lesson visible as a warning, and nothing is an
//   error except what really breaks a build or a `docker compose up`.
export const PRESET_NAMES = ['docker-explain:recommended', 'docker-explain:strict', 'docker-explain:learner'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

const STRICTER: Record<SeveritySetting, SeveritySetting> = { error: 'error', warning: 'error', info: 'warning', off: 'off' };
const LEARNER: Record<SeveritySetting, SeveritySetting> = { error: 'error', warning: 'warning', info: 'warning', off: 'off' };

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

export function presetRules(name: PresetName, rules: readonly Rule[]): Record<string, RuleSettings> {
  const out: Record<string, RuleSettings> = {};
  for (const rule of rules) {
    const base = rule.meta.severity;
    const severity = name === 'docker-explain:strict' ? STRICTER[base] : name === 'docker-explain:learner' ? LEARNER[base] : base;
    out[rule.meta.id] = { severity, options: {} };
  }
  return out;
}
