import type { Instruction } from 'dockerfile-ast';
import type { DockerfileDocument } from '../../../documents/dockerfileDocument';
import { joinContinuations } from './runScript';
import { parseShell } from './shell';
import { argumentsOf } from '../../../documents/dockerfileAstMemo';

// CMD, ENTRYPOINT, RUN, SHELL and HEALTHCHECK CMD take either a JSON array (exec form) or a
// command line (shell form). Docker decides by trying to read JSON: anything that is not a
// valid JSON array of strings, even `['a']`, silently becomes shell form.

export interface CommandArguments {
  /** Joined text after the keyword (and after `CMD` in HEALTHCHECK), continuation lines removed. */
  text: string;
  /** Document offsets of that text (first and last character + 1). */
  start: number;
  end: number;
  form: 'exec' | 'shell';
  /** For exec form: the argument list. */
  argv?: string[];
}

/** Reads the arguments of CMD/ENTRYPOINT/RUN/SHELL, or of the `CMD` part of HEALTHCHECK. */
export function commandArguments(doc: DockerfileDocument, instruction: Instruction): CommandArguments | undefined {
  const args = argumentsOf(instruction);
  if (!args.length) return undefined;
  let first = args[0];
  if (instruction.getKeyword().toUpperCase() === 'HEALTHCHECK') {
    const cmd = args.find((a) => a.getValue().toUpperCase() === 'CMD');
    if (!cmd) return undefined;
    const next = args[args.indexOf(cmd) + 1];
    if (!next) return undefined;
    first = next;
  }
  const from = doc.lines.offsetAt(first.getRange().start);
  const to = doc.lines.offsetAt(instruction.getRange().end);
  const joined = joinContinuations(doc.text, from, to, doc.ast.getEscapeCharacter());
  let trimmedEnd = joined.text.length;
  while (trimmedEnd > 0 && /\s/.test(joined.text[trimmedEnd - 1])) trimmedEnd--;
  const text = joined.text.slice(0, trimmedEnd);
  const end = trimmedEnd > 0 ? joined.offsets[trimmedEnd - 1] + 1 : from;
  const argv = parseJsonArgv(text);
  return { text, start: from, end, form: argv ? 'exec' : 'shell', argv };
}

export function parseJsonArgv(text: string): string[] | undefined {
  if (!text.trimStart().startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  } catch {
    // not JSON: Docker runs it as a command line
  }
  return undefined;
}

// Words a shell understands but no program on disk does, so `["exec", …]` would fail.
const SHELL_ONLY = new Set([
  '.', 'source', 'exec', 'cd', 'set', 'export', 'eval', 'unset', 'trap', 'ulimit', 'umask', 'alias',
  'if', 'for', 'while', 'until', 'case', 'function', '{', '(', '!', 'shift', 'wait', 'read', 'local', 'return', 'exit',
]);

/**
 * The exec-form argv a shell-form command line stands for, when that is certain: one simple
 * command, no operators, redirections, expansions, globs, comments or escapes, and a program
 * that is not a shell builtin. Otherwise undefined (the shell does something JSON cannot).
 */
export function exactArgv(text: string): string[] | undefined {
  let quote: string | undefined;
  for (const c of text.split('')) {
    if (quote) {
      if (c === quote) quote = undefined;
      else if (quote === '"' && (c === '$' || c === '`' || c === '\\')) return undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (';&|<>()#\\$`*?[]{}~\n'.includes(c)) return undefined;
  }
  if (quote) return undefined;
  const offsets = Array.from({ length: text.length }, (_, i) => i);
  const commands = parseShell({ text, offsets });
  if (commands.length !== 1) return undefined;
  const words = commands[0].words;
  if (!words.length || words.some((w) => w.dynamic)) return undefined;
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0].text) || SHELL_ONLY.has(words[0].text)) return undefined;
  return words.map((w) => w.text);
}

export function formatArgv(argv: string[]): string {
  return `[${argv.map((a) => JSON.stringify(a)).join(', ')}]`;
}
