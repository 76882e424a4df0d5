import type { Argument, Flag, Heredoc, Instruction, Variable } from 'dockerfile-ast';

// dockerfile-ast re-parses an instruction's text on every getArguments()/getFlags()/getVariables()
// call. A parsed document never changes, so each answer is kept per instruction object.

const argsCache = new WeakMap<Instruction, Argument[]>();
const flagsCache = new WeakMap<Instruction, Flag[]>();
const varsCache = new WeakMap<Instruction, Variable[]>();
const heredocCache = new WeakMap<Instruction, Heredoc[]>();

function memo<T>(cache: WeakMap<Instruction, T>, instruction: Instruction, compute: () => T): T {
  let value = cache.get(instruction);
  if (value === undefined) {
    value = compute();
    cache.set(instruction, value);
  }
  return value;
}

export function argumentsOf(instruction: Instruction): Argument[] {
  return memo(argsCache, instruction, () => instruction.getArguments());
}

export function flagsOf(instruction: Instruction): Flag[] {
  const withFlags = instruction as Instruction & { getFlags?: () => Flag[] };
  return memo(flagsCache, instruction, () => (typeof withFlags.getFlags === 'function' ? withFlags.getFlags() : []));
}

export function variablesOf(instruction: Instruction): Variable[] {
  return memo(varsCache, instruction, () => instruction.getVariables());
}

export function heredocsOf(instruction: Instruction): Heredoc[] {
  const withHeredocs = instruction as Instruction & { getHeredocs?: () => Heredoc[] };
  return memo(heredocCache, instruction, () => (typeof withHeredocs.getHeredocs === 'function' ? withHeredocs.getHeredocs() : []));
}
