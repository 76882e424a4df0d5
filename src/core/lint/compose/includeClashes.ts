import type { Origin } from '../../compose/located';
import type { IncludeBranch, ProjectView } from './projectView';

// What no-duplicate-host-port and no-duplicate-container-name share about `include:`: two
// entries of the linted file's `include:` list (or one of them and an earlier file of the set)
// claim the same thing. compose-go v2.13.0 `loader/include.go` `ApplyInclude` loads each entry as
// a project of its own and imports its services next to the others, so the entries run together.
// Only this file's project sees both claims (the included files are often shared and linted as
// projects of their own): the clash is reported once, here, at the entry of the later include,
// the one that brings the second claim in. An entry's own files are not compared with each other
// here: that is the included project's business.

/** What a rule claims a thing with (a host port, a container name), and where it is written. */
export interface Claim {
  origin: Origin;
}

/** The claims met so far, as a rule compares them: `clash` answers with what the rule reports, or undefined. */
export interface ClaimIndex<T extends Claim, R> {
  add(claim: T): void;
  clash(claim: T): R | undefined;
}

/**
 * Calls `onClash` for each claim of an include entry that clashes with an earlier file's claim
 * (outside the entries) or an earlier entry's, in the order of the entries. `earlier` and
 * `claimsIn` are read only when the file has include entries.
 */
export function forEachIncludeClash<T extends Claim, R>(
  view: ProjectView,
  earlier: () => readonly T[],
  claimsIn: (files: ReadonlySet<string>) => readonly T[],
  index: ClaimIndex<T, R>,
  onClash: (branch: IncludeBranch, claim: T, clash: R) => void,
): void {
  const branches = view.includeBranches();
  if (branches.length === 0) return;
  for (const claim of earlier()) if (!branches.some((b) => b.files.has(claim.origin.file))) index.add(claim);
  for (const branch of branches) {
    const claims = claimsIn(branch.files);
    for (const claim of claims) {
      const clash = index.clash(claim);
      if (clash !== undefined) onClash(branch, claim, clash);
    }
    for (const claim of claims) index.add(claim);
  }
}
