import * as ast from 'dockerfile-ast';
import type { Dockerfile } from 'dockerfile-ast';

// dockerfile-ast computes an instruction's arguments, flags, variables and heredocs from its
// text again on every call (getArguments() rescans the instruction; getVariables() rescans and
// resolves each name). Our rules and hovers ask for them many times per instruction: a RUN of
// 5,000 continuation lines made each hover rescan it a dozen times. A parsed document never
// changes (the editor parses each version anew), so each answer is kept per instruction.
//
// The parser itself asks too: building a RUN, COPY, CMD or ENTRYPOINT scans its arguments
// three or four times (getRawArgumentsContent, getArguments, getArgumentsRange, getFlags and the
// here-document check each call getRawArguments again), which is most of the parse. The scan
// depends only on the text and on ranges fixed when the instruction is constructed, so while
// OUR parse runs (parseDockerfileAst) that one answer is kept as well. Other methods are not
// kept during parsing: ModifiableInstruction.getArguments answers differently while getFlags()
// is still running.
//
// Everything else, and any other user of dockerfile-ast in the same process, sees the library
// behave exactly as before. Arrays are handed out as copies: dockerfile-ast itself shifts the
// array getArguments() returns, and a caller that sorts its answer cannot change the next one.

const MEMOIZED = [
  'getRawArguments',
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

/** Safe to keep while the parser is still building the file (see above). */
const KEPT_WHILE_PARSING: ReadonlySet<string> = new Set(['getRawArguments']);

const finished = new WeakSet<object>();
let parsing = false;
let installed = false;

/** Parses a Dockerfile, keeping the parser's own answers, and marks it complete. */
export function parseDockerfileAst(text: string): Dockerfile {
  install();
  parsing = true;
  let dockerfile: Dockerfile;
  try {
    dockerfile = ast.DockerfileParser.parse(text);
  } finally {
    parsing = false;
  }
  finished.add(dockerfile);
  return dockerfile;
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
      const whileParsing = KEPT_WHILE_PARSING.has(name);
      proto[name] = function (this: { dockerfile?: object }, ...args: unknown[]) {
        if (args.length > 0 || !this.dockerfile || !((parsing && whileParsing) || finished.has(this.dockerfile))) return original.apply(this, args);
        let answer = cache.get(this);
        if (answer === undefined && !cache.has(this)) {
          answer = original.call(this);
          cache.set(this, answer);
        }
        return Array.isArray(answer) ? answer.slice() : answer;
      };
    }
  }
}
