import type { Rule } from '../types';

// Rules that only read docker commands (shell scripts, Makefiles, Markdown). None today: every
// command check shares its public id with a Compose rule (no-duplicate-host-port,
// valid-port-mapping, valid-volume-spec, no-docker-socket-mount, no-privileged), so one id
// means one mistake wherever it is written. Those rule files list 'shell' and 'markdown' in
// their kinds and call the `checkCommands` of `commands/<rule-id>.ts`.
export const commandRules: readonly Rule[] = [];
