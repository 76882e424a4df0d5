// A small, strict argument parser: unknown flags are usage errors (exit 2), never ignored.

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

export class UsageError extends Error {}

/** `valueFlags` take a value (`--format json` or `--format=json`); others are booleans. */
export function parseArgs(argv: string[], valueFlags: readonly string[], booleanFlags: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (valueFlags.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`--${name}에 값이 필요해요.`);
      flags.set(name, value);
    } else if (booleanFlags.includes(name) && eq < 0) {
      flags.set(name, true);
    } else {
      throw new UsageError(`알 수 없는 옵션이에요: ${arg}`);
    }
  }
  return { positionals, flags };
}
