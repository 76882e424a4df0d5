export { CONFIG_FILE_NAME, EMPTY_CONFIG } from './types';
export type { ConfigProblem, ConfigReader, ResolvedConfig } from './types';
export { discoverConfigFiles, isFileIgnored, resolveConfigForFile, resolveExplicitConfig } from './resolveConfig';
export type { ResolveOptions } from './resolveConfig';
export { PRESET_NAMES, presetRules } from './presets';
export { parseConfigText } from './parseConfig';
export { buildConfigSchema } from './schema';
export { effectiveRules } from './origin';
export type { EffectiveRule, OriginKind, RuleOrigin, SettingOrigin } from './origin';
