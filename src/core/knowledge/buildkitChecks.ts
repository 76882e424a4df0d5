// The build checks BuildKit's Dockerfile frontend knows, by the exact name `# check=skip=` takes
// (names are compared case-sensitively: a wrongly cased name skips nothing). Experimental checks
// run only when `# check=experimental=<name>` (or `all`) turns them on; `skip=` does not touch
// them. Source: frontend/dockerfile/linter/ruleset.go and linter.go (Run) at the pinned tag.

export const BUILDKIT_CHECKS_SOURCE = 'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/ruleset.go';

export interface BuildkitCheck {
  name: string;
  experimental?: boolean;
}

export const BUILDKIT_CHECKS: readonly BuildkitCheck[] = [
  { name: 'StageNameCasing' },
  { name: 'FromAsCasing' },
  { name: 'NoEmptyContinuation' },
  { name: 'ConsistentInstructionCasing' },
  { name: 'DuplicateStageName' },
  { name: 'ReservedStageName' },
  { name: 'JSONArgsRecommended' },
  { name: 'MaintainerDeprecated' },
  { name: 'UndefinedArgInFrom' },
  { name: 'WorkdirRelativePath' },
  { name: 'UndefinedVar' },
  { name: 'MultipleInstructionsDisallowed' },
  { name: 'LegacyKeyValueFormat' },
  { name: 'InvalidBaseImagePlatform' },
  { name: 'RedundantTargetPlatform' },
  { name: 'SecretsUsedInArgOrEnv' },
  { name: 'InvalidDefaultArgInFrom' },
  { name: 'FromPlatformFlagConstDisallowed' },
  { name: 'CopyIgnoredFile' },
  { name: 'InvalidDefinitionDescription', experimental: true },
  { name: 'ExposeProtoCasing' },
  { name: 'ExposeInvalidFormat' },
];

export const BUILDKIT_CHECK_NAMES: readonly string[] = BUILDKIT_CHECKS.map((c) => c.name);
