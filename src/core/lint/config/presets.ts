import type { Rule, RuleSettings, SeveritySetting } from '../types';

// Built-in presets. A preset sets a severity for every rule; options stay the rule's defaults.
// - recommended: each rule's own severity (the table of the issue).
// - strict: for CI gates: warnings become errors, infos become warnings, and the opt-in rules
//   (off in recommended: pinned package versions) are on.
// - learner: for people learning Docker: every lesson visible as a warning, and nothing is an
//   error except what really breaks a build or a `docker compose up`.
export const PRESET_NAMES = ['docker-explain:recommended', 'docker-explain:strict', 'docker-explain:learner'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

// Each preset: its short name (the key of a rule's `presetSeverity`) and how it derives a rule's
// severity from the rule's own. A rule that needs something else says so in its meta
// (`presetSeverity`), so no preset special-cases a rule id here.
const PRESETS: Record<PresetName, { key?: 'strict' | 'learner'; from: Record<SeveritySetting, SeveritySetting> }> = {
  'docker-explain:recommended': { from: { error: 'error', warning: 'warning', info: 'info', off: 'off' } },
  'docker-explain:strict': { key: 'strict', from: { error: 'error', warning: 'error', info: 'warning', off: 'off' } },
  'docker-explain:learner': { key: 'learner', from: { error: 'error', warning: 'warning', info: 'warning', off: 'off' } },
};

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

export function presetRules(name: PresetName, rules: readonly Rule[]): Record<string, RuleSettings> {
  const out: Record<string, RuleSettings> = {};
  for (const rule of rules) {
    const preset = PRESETS[name];
    const severity = (preset.key && rule.meta.presetSeverity?.[preset.key]) || preset.from[rule.meta.severity];
    out[rule.meta.id] = { severity, options: {} };
  }
  return out;
}
