import * as path from 'path';
import { resolveConfigForFile, resolveExplicitConfig } from '../core';
import type { ConfigProblem, ConfigReader, ResolvedConfig } from '../core';

import { readConfigFile, realPathOf } from '../node/readBounded';

/** Reads config files from disk through the bounded reader: a pipe, a device or a huge file is refused, never a throw or a hang. */
export const nodeConfigReader: ConfigReader = readConfigFile;

/** Absolute, with `/` separators: the form the core's path arithmetic works on. */
export function corePath(file: string): string {
  return path.resolve(file).replace(/\\/g, '/');
}

/**
 * The config for each linted file: the `--config FILE` when given (no discovery), otherwise
 * the `.docker-explain.json` files found walking up from the file, bounded by the current
 * folder when the file is inside it. Resolved once per folder.
 */
export class CliConfigs {
  private readonly byDir = new Map<string, ResolvedConfig>();
  private readonly explicit?: ResolvedConfig;
  private readonly reported = new Set<string>();

  constructor(explicitPath: string | undefined, private readonly read: ConfigReader = nodeConfigReader, private readonly cwd = corePath(process.cwd())) {
    if (explicitPath !== undefined) this.explicit = resolveExplicitConfig(corePath(explicitPath), read, { workspaceRoot: this.cwd, realPath: realPathOf });
  }

  forFile(file: string): ResolvedConfig {
    if (this.explicit) return this.explicit;
    const abs = corePath(file);
    const dir = abs.slice(0, abs.lastIndexOf('/')) || '/';
    let config = this.byDir.get(dir);
    if (!config) {
      const inside = abs.startsWith(this.cwd.endsWith('/') ? this.cwd : `${this.cwd}/`);
      config = resolveConfigForFile(abs, this.read, { workspaceRoot: inside ? this.cwd : undefined, realPath: realPathOf });
      this.byDir.set(dir, config);
    }
    return config;
  }

  /** Every config problem met so far, each once. */
  takeNewProblems(config: ResolvedConfig): ConfigProblem[] {
    const fresh: ConfigProblem[] = [];
    for (const p of config.problems) {
      const key = `${p.file}:${p.range.start.line}:${p.range.start.character}:${p.message.en}`;
      if (this.reported.has(key)) continue;
      this.reported.add(key);
      fresh.push(p);
    }
    return fresh;
  }
}
