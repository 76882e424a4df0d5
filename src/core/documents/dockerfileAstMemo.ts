import * as ast from 'dockerfile-ast';
import type { Dockerfile } from 'dockerfile-ast';

// dockerfile-ast computes an instruction's arguments, flags, variables and heredocs from its
// text again on every call (getArguments() rescans the instruction; getVariables() rescans and
// resolves each name). Our rules and hovers ask for them many times per instruction: a RUN of
// 5,000 continuation lines made each hover rescan it a dozen times. A parsed document never
// changes (the editor parses each version anew), so each answer is kept per instruction.
//
// Only instructions of Dockerfiles that parseDockerfile() has finished are memoized: during
// parsing (the parser itself calls getArguments() while the file is still being built) and for
// any other user of dockerfile-ast in the same process, the library behaves exactly as before.
// Arrays are handed out as copies, so a caller that sorts its answer cannot change the next one.

const MEMOIZED = [
  'getArguments',
  'getArgumentsContent',
  'getArgumentsRange',
  'getArgumentsRanges',
  'getRawArgumentsContent',
  'getExpandedArguments',
  'getVariables',
  'getHeredocs',
  'getFlags',
  'getJSONStrings',
  'getProperties',
  'getProperty',
  'getTextContent',
  'getTriggerInstruction',
];

const finished = new WeakSet<object>();
let installed = false;

/** Marks a Dockerfile as complete, so that its instructions' answers may be kept. */
export function markParsed(dockerfile: Dockerfile): void {
  install();
  finished.add(dockerfile);
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const value of Object.values(ast)) {
    if (typeof value !== 'function' || !(value === ast.Line || value.prototype instanceof ast.Line)) continue;
    const proto = value.prototype as unknown as Record<string, unknown>;
    for (const name of MEMOIZED) {
      if (!Object.prototype.hasOwnProperty.call(proto, name) || typeof proto[name] !== 'function') continue;
      // One cache per class and method: a subclass's override calls super's, and each keeps its own answer.
      const original = proto[name] as (this: { dockerfile?: object }, ...args: unknown[]) => unknown;
      const cache = new WeakMap<object, unknown>();
      proto[name] = function (this: { dockerfile?: object }, ...args: unknown[]) {
        if (args.length > 0 || !this.dockerfile || !finished.has(this.dockerfile)) return original.apply(this, args);
        let answer: unknown;
        if (cache.has(this)) answer = cache.get(this);
        else {
          answer = original.call(this);
          cache.set(this, answer);
        }
        return Array.isArray(answer) ? answer.slice() : answer;
      };
    }
  }
}
