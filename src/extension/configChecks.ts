// Which config files the ConfigWatcher asks the worker about (a `configFor` request each) after
// activation and after a config changes: every workspace folder's own `.docker-explain.json`, so
// a broken one shows before anything is linted, and every `.docker-explain.json` open in an
// editor. Each path once: the folder's own file, when it was open, was asked for twice.
// No `vscode` here, so a unit test can call it.

/** One config file to check, and the workspace folder that bounds its search. */
export interface ConfigCheck {
  path: string;
  workspaceRoot: string | undefined;
}

export function configChecks(folderConfigs: readonly ConfigCheck[], openConfigs: readonly ConfigCheck[]): ConfigCheck[] {
  const byPath = new Map<string, ConfigCheck>();
  for (const check of [...folderConfigs, ...openConfigs]) if (!byPath.has(check.path)) byPath.set(check.path, check);
  return [...byPath.values()];
}
