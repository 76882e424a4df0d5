// The Compose project model: what `docker compose` loads, with every value's origin.
export { loadProject } from './loadProject';
export type { ComposeProject, LoadProjectOptions, ProjectFile, ProjectService, FileRole } from './loadProject';
export { DEFAULT_FILE_NAMES, DEFAULT_OVERRIDE_FILE_NAMES, defaultFileSet, fileSetFromVariable, looksLikeOverrideFile, profilesFromVariable } from './fileSet';
export { parseDotEnv, interpolate, requiredVariables } from './interpolate';
export type { RequiredVariable } from './interpolate';
export { enabledWith, canRunTogether, activationSets } from './profiles';
export type { LValue, LMap, LSeq, LScalar, Origin } from './located';
export { lget, ltext, litems, toPlain } from './located';
export { joinPath, dirname as dirnameOf } from './paths';
export { effectiveProject, activeProfilesOf, originOf } from './effective';
export type { EffectiveProject, OriginValue } from './effective';
export { projectHover } from './hoverNote';
export type { ProjectHover } from './hoverNote';
export { validateComposeDocument } from './schema/validate';
export type { SchemaProblem, SchemaProblemKind } from './schema/validate';
export { normalizeProjectName, resolveProjectName } from './projectName';
export type { ProjectName, ProjectNameSource } from './projectName';
