import { parseArgs as parseNodeArgs } from 'node:util';
import { fill } from '../core/types';

// Strict argument parsing with Node's own parser (`node:util` parseArgs, strict mode): unknown
// flags, single-dash words (`-h` in the middle, `-f json`), a missing value and a flag given
// twice are usage errors (exit 2) with a Korean message, never taken as paths or silently
// replaced. Numbers are decimal digits only: `""`, `0x10`, `1e3` and ` 2 ` are errors.

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string>;
  /** Flags that may repeat (`--profile a --profile b`), in order. */
  lists: Map<string, string[]>;
  /** Switches given (`--fix`, `--no-inline-config`): they take no value. */
  booleans: Set<string>;
}

export class UsageError extends Error {}

/** Value flags (`--format json` or `--format=json`), repeatable value flags, and switches that take no value. */
export function parseArgs(argv: string[], valueFlags: readonly string[], repeatable: readonly string[] = [], switches: readonly string[] = []): ParsedArgs {
  const options: Record<string, { type: 'string'; multiple: true } | { type: 'boolean'; multiple: true }> = {};
  for (const name of [...valueFlags, ...repeatable]) options[name] = { type: 'string', multiple: true };
  for (const name of switches) options[name] = { type: 'boolean', multiple: true };
  let parsed: { values: Record<string, (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseNodeArgs({ args: argv, options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (err) {
    throw new UsageError(koreanParseError(err));
  }
  const flags = new Map<string, string>();
  for (const name of valueFlags) {
    const values = parsed.values[name];
    if (!values) continue;
    if (values.length > 1) throw new UsageError(fill('--{name}을/를 두 번 이상 줬어요. 한 번만 주세요.', { name }));
    flags.set(name, String(values[0]));
  }
  const lists = new Map<string, string[]>();
  for (const name of repeatable) lists.set(name, (parsed.values[name] ?? []).map(String));
  const booleans = new Set<string>();
  for (const name of switches) {
    const values = parsed.values[name];
    if (!values) continue;
    if (values.length > 1) throw new UsageError(fill('--{name}을/를 두 번 이상 줬어요. 한 번만 주세요.', { name }));
    booleans.add(name);
  }
  return { positionals: parsed.positionals, flags, lists, booleans };
}

function koreanParseError(err: unknown): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return quoted.startsWith('--')
        ? `알 수 없는 옵션이에요: ${quoted}`
        : `알 수 없는 옵션이에요: ${quoted}. 옵션은 \`--format\`처럼 대시 두 개로 써요. 이름이 \`-\`로 시작하는 파일은 \`--\` 뒤에 주세요.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const flag = /--[\w-]+/.exec(message)?.[0] ?? quoted;
      return /does not take an argument/.test(message) ? `${flag}에는 값을 주지 않아요. ${flag}만 쓰세요.` : `${flag}에 값이 필요해요.`;
    }
    default:
      return `인자를 읽지 못했어요: ${message}`;
  }
}

/** A whole number written in decimal digits, at least `min`; anything else is a usage error. */
export function parseCount(text: string | undefined, flag: string, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
  if (!(value >= min)) throw new UsageError(fill('{flag}은/는 {min} 이상의 정수여야 해요 (10진수 숫자만): {text}', { flag, min, text: JSON.stringify(text) }));
  return value;
}
