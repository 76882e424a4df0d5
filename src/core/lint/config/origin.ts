import type { Rule, RuleSettings } from '../types';
import type { ResolvedConfig } from './types';

// Where each effective setting came from, for `docker-explain lint --print-config FILE` and the
// panel's rules tab: the answer to "which file wins" (hadolint #319, #346) is shown, not guessed.
// The resolver records an origin whenever a layer sets a rule; a rule nobody set keeps its own
// default severity (`kind: 'default'`).

/**
 * - `default`: the rule's own severity (nothing configured it).
 * - `preset`: a built-in preset named in `extends` (`file`/`line`: the `extends` entry).
 * - `file`: an entry of a `.docker-explain.json` `rules` object (`file`/`line`: the entry).
 * - `hadolint`: an entry of a `.hadolint.yaml` (`ignored` or `override`), read when no
 *   `.docker-explain.json` applies (`file`/`line`: the rule code in it).
 */
export type OriginKind = 'default' | 'preset' | 'file' | 'hadolint';

export interface SettingOrigin {
  kind: OriginKind;
  /** The config file that holds the setting (absent for `default`). */
  file?: string;
  /** 0-based line in `file`, like every core position (the CLI prints it 1-based). */
  line?: number;
  /** The preset name, for `preset`; the hadolint code, for `hadolint`. */
  detail?: string;
}

/** What set a rule's severity and, when they came from elsewhere, its options. */
export interface RuleOrigin {
  severity: SettingOrigin;
  /** Absent when the options came with the severity or no one set options. */
  options?: SettingOrigin;
}

/** One rule as a linted file sees it: severity and options after every layer, and who set them. */
export interface EffectiveRule {
  id: string;
  severity: RuleSettings['severity'];
  options: Record<string, unknown>;
  origin: SettingOrigin;
  optionsOrigin?: SettingOrigin;
}

/** Every rule's effective setting with its origin, in the order of `rules`. */
export function effectiveRules(config: ResolvedConfig, rules: readonly Rule[]): EffectiveRule[] {
  return rules.map((rule) => {
    const id = rule.meta.id;
    const set = config.rules[id];
    const origin = config.origins?.[id];
    if (!set) return { id, severity: rule.meta.severity, options: {}, origin: { kind: 'default' } };
    return {
      id,
      severity: set.severity,
      options: set.options,
      origin: origin?.severity ?? { kind: 'default' },
      ...(origin?.options ? { optionsOrigin: origin.options } : {}),
    };
  });
}
