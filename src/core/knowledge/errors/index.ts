import type { ErrorRecord } from './types';
import { daemonErrors } from './daemon';
import { buildErrors } from './build';
import { registryErrors } from './registry';
import { containerErrors } from './containers';
import { processErrors } from './process';
import { cliErrors, composeErrors } from './cliAndCompose';

export type { ErrorRecord } from './types';
export { exitCodeRecordId } from './process';

/**
 * Docker's messages, in the order they are tried: the first record that matches a line wins,
 * and in a pasted block the earliest record in this list. More specific before more general:
 * a BuildKit "failed to resolve source metadata … pull access denied" is about FROM (build),
 * not a `docker pull`; a crashed process's own message before the exit code Compose prints.
 */
export const ERROR_CATALOG: readonly ErrorRecord[] = [
  ...daemonErrors,
  ...buildErrors,
  ...registryErrors,
  ...cliErrors,
  ...composeErrors,
  ...containerErrors,
  ...processErrors,
];

const byId = new Map(ERROR_CATALOG.map((r) => [r.id, r]));

export function errorRecord(id: string): ErrorRecord | undefined {
  return byId.get(id);
}
