// Profiles decide which services run (https://docs.docker.com/compose/how-tos/profiles/): a
// service without `profiles` always runs; a service with `profiles` runs only when one of them
// is active (`--profile`, `COMPOSE_PROFILES`), or `*` activates all (compose-go v2.10.0
// `types/project.go` `WithProfiles`, `types/types.go` `HasProfile`). Compose checks the
// project after profiles are applied: two services that never run together cannot clash
// (compose-go PR #606, docker/compose #11619).
//
// Rules cannot know which profiles a team will turn on, so they compare services over the
// profile sets people actually use: none active, each single profile, and the sets the team
// config names (`.docker-explain.json` `compose.profiles`, `COMPOSE_PROFILES` in `.env`).

/** A service's profiles; `undefined` when one is a `${VAR}` we cannot know. */
export type ServiceProfiles = readonly string[] | undefined;

export function enabledWith(profiles: ServiceProfiles, active: readonly string[]): boolean {
  if (profiles === undefined) return true;
  if (profiles.length === 0) return true;
  return active.includes('*') || profiles.some((p) => active.includes(p));
}

/** The profile sets to check: none, each profile alone, and the named sets. */
export function activationSets(allProfiles: Iterable<string>, namedSets: readonly (readonly string[])[] = []): string[][] {
  const sets: string[][] = [[]];
  for (const p of new Set(allProfiles)) sets.push([p]);
  for (const s of namedSets) if (s.length) sets.push([...s]);
  return sets;
}

/** True when some checked profile set runs both services. Unknown profiles: we cannot tell, so no. */
export function canRunTogether(a: ServiceProfiles, b: ServiceProfiles, namedSets: readonly (readonly string[])[] = []): boolean {
  if (a === undefined || b === undefined) return false;
  if (a.length === 0 || b.length === 0) return true;
  if (a.some((p) => b.includes(p))) return true;
  return namedSets.some((s) => enabledWith(a, s) && enabledWith(b, s));
}
