import type { ParsedDocument } from '../documents/parsedDocument';
import { buildCheckDirectives, instructionCheckAt, skips } from '../model/buildChecks';
import type { Rule, Severity } from './types';

// What BuildKit's `# check=` settings mean for our rules that report the same thing as one of
// its checks (`equivalents.buildkit`): a check the Dockerfile skips is one the team has looked at
// and accepted, so the rule stays silent where BuildKit would; `error=true` makes BuildKit fail
// the build on the check, so the rule's finding is an error. Rules without a BuildKit
// equivalent are not touched (a `skip` names BuildKit's checks, not ours).

export interface BuildCheckPolicy {
  /** The file-level directive skips the rule everywhere. */
  skipsRule(rule: Rule): boolean;
  /** A `# check=skip=` above the instruction at this line skips the rule there. */
  skipsAt(rule: Rule, line: number): boolean;
  /** The severity after `error=true`: an error, whatever the config said (unless it is off). */
  severity(rule: Rule, configured: Severity): Severity;
}

const NONE: BuildCheckPolicy = { skipsRule: () => false, skipsAt: () => false, severity: (_r, s) => s };

export function buildCheckPolicy(doc: ParsedDocument): BuildCheckPolicy {
  if (doc.kind !== 'dockerfile') return NONE;
  const directives = buildCheckDirectives(doc);
  const file = directives.file?.parsed.ok ? directives.file.parsed.settings : undefined;
  if (!file && !directives.instructions.length) return NONE;
  return {
    skipsRule(rule) {
      const name = rule.meta.equivalents?.buildkit;
      return !!name && !!file && skips(file, name);
    },
    skipsAt(rule, line) {
      const name = rule.meta.equivalents?.buildkit;
      if (!name) return false;
      const above = instructionCheckAt(directives, line);
      return !!above && above.parsed.ok && skips(above.parsed.settings, name);
    },
    severity(rule, configured) {
      return rule.meta.equivalents?.buildkit && file?.error ? 'error' : configured;
    },
  };
}
