// `ignore` globs of the team config, read like .gitignore lines relative to the folder of the
// config file that wrote them: `*` and `?` stay within one path segment, `**` crosses
// segments, `[abc]` / `[!a-z]` is one character of a class (never `/`), `{a,b}` is a choice
// (nested choices and wildcards inside work), a pattern without `/` matches at any depth, a
// leading `/` anchors it to the config's folder, and a match on a folder covers everything
// below it. `!pattern` takes a path back out of the ignored set.
//
// The pattern comes from a file in the repository, so it is matched by a small automaton
// (Thompson's construction, simulated on a set of states), not by a regular expression: a
// backtracking regex engine takes exponential time on `***…x`, while this takes at most
// (path length × pattern length) steps for any pattern.

export interface IgnorePattern {
  /** The glob as written. */
  pattern: string;
  /** Folder the pattern is relative to (the folder of the config file). */
  base: string;
  negated: boolean;
  matcher: GlobMatcher;
  /** The config file and 0-based line that wrote the pattern (for `--print-config`). */
  origin?: { file: string; line: number };
}

const SLASH = 0x2f;

// The program, three numbers per instruction: [op, a, b].
const CHAR = 0; // read the character a
const SEGMENT = 1; // read any character but `/`
const ANY = 2; // read any character
const CLASS = 3; // read one character of the class stored at classes[a]
const SPLIT = 4; // go on at a and at b without reading
const JUMP = 5; // go on at a without reading
const MATCH = 6;

/** A compiled glob: `matches(path)` takes at most (path length × program length) steps, for any pattern. */
export class GlobMatcher {
  private readonly program: Int32Array;
  /** Classes, flat: negated (0/1), number of ranges, then low/high pairs. */
  private readonly classes: number[] = [];

  constructor(readonly glob: string) {
    const anchored = glob.startsWith('/') || glob.replace(/\/$/, '').includes('/');
    const body = glob.replace(/^\//, '').replace(/\/$/, '');
    const code: number[] = [];
    const emit = (op: number, a = 0, b = 0) => {
      code.push(op, a, b);
      return code.length / 3 - 1;
    };
    const patch = (at: number, slot: 1 | 2, to: number) => {
      code[3 * at + slot] = to;
    };
    // Zero or more characters of one kind, in a loop.
    const loop = (op: number) => {
      const split = emit(SPLIT, 0, 0);
      patch(split, 1, split + 1);
      emit(op);
      emit(JUMP, split);
      patch(split, 2, code.length / 3);
    };
    // Nothing, or anything that ends with `/`: whole segments (the regex `(?:.*/)?`).
    const segments = () => {
      const skip = emit(SPLIT, 0, 0);
      patch(skip, 1, skip + 1);
      loop(ANY);
      emit(CHAR, SLASH);
      patch(skip, 2, code.length / 3);
    };

    if (!anchored) segments(); // a pattern without `/` may start after any `/`
    const classEnd = classEnds(body);
    const braces = matchBraces(body, classEnd);
    // Open choices, innermost last: the SPLIT that starts the current alternative, and the JUMPs to patch to the end.
    const open: { at: number; split: number; jumps: number[] }[] = [];
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      const group = open[open.length - 1];
      if (c === '*') {
        const double = body[i + 1] === '*';
        if (double && body[i + 2] === '/') {
          segments();
          i += 2;
        } else {
          loop(double ? ANY : SEGMENT);
          if (double) i += 1;
        }
      } else if (c === '?') emit(SEGMENT);
      else if (c === '[' && classEnd(i) >= 0) {
        const end = classEnd(i);
        emit(CLASS, this.addClass(body.slice(i + 1, end)));
        i = end;
      } else if (c === '{' && braces.close.has(i)) {
        const split = emit(SPLIT, 0, 0);
        patch(split, 1, split + 1);
        open.push({ at: i, split, jumps: [] });
      } else if (c === ',' && group && braces.commaOf.get(i) === group.at) {
        group.jumps.push(emit(JUMP, 0));
        patch(group.split, 2, code.length / 3);
        group.split = emit(SPLIT, 0, 0);
        patch(group.split, 1, group.split + 1);
      } else if (c === '}' && group && braces.close.get(group.at) === i) {
        // The last alternative needs no choice: its SPLIT becomes a plain step on.
        code[3 * group.split] = JUMP;
        patch(group.split, 1, group.split + 1);
        for (const j of group.jumps) patch(j, 1, code.length / 3);
        open.pop();
      } else emit(CHAR, body.charCodeAt(i));
    }
    // `(?:/.*)?`: a match on a folder covers everything below it.
    const end = emit(SPLIT, 0, 0);
    emit(CHAR, SLASH);
    loop(ANY);
    const match = emit(MATCH);
    patch(end, 1, match);
    patch(end, 2, end + 1);
    this.program = Int32Array.from(code);
  }

  matches(path: string): boolean {
    const size = this.program.length / 3;
    // Generation stamps instead of fresh sets: the same arrays serve every character.
    const mark = new Uint32Array(size);
    let current = new Int32Array(size);
    let next = new Int32Array(size);
    const stack = new Int32Array(size);
    let generation = 1;
    let count = this.add(0, current, 0, mark, generation, stack);
    for (let i = 0; i < path.length && count > 0; i++) {
      const c = path.charCodeAt(i);
      generation++;
      let nextCount = 0;
      for (let k = 0; k < count; k++) {
        const pc = current[k];
        if (this.reads(pc, c)) nextCount = this.add(pc + 1, next, nextCount, mark, generation, stack);
      }
      [current, next] = [next, current];
      count = nextCount;
    }
    for (let k = 0; k < count; k++) if (this.program[3 * current[k]] === MATCH) return true;
    return false;
  }

  /** Whether the instruction at pc reads the character c. */
  private reads(pc: number, c: number): boolean {
    const op = this.program[3 * pc];
    switch (op) {
      case CHAR:
        return c === this.program[3 * pc + 1];
      case SEGMENT:
        return c !== SLASH;
      case ANY:
        return true;
      case CLASS: {
        if (c === SLASH) return false;
        const at = this.program[3 * pc + 1];
        let inside = false;
        for (let k = 0; k < this.classes[at + 1]; k++) if (c >= this.classes[at + 2 + 2 * k] && c <= this.classes[at + 3 + 2 * k]) inside = true;
        return inside !== (this.classes[at] === 1);
      }
      default:
        return false;
    }
  }

  /** Adds pc and every instruction reachable from it without reading, each once per step. */
  private add(pc: number, into: Int32Array, count: number, mark: Uint32Array, generation: number, stack: Int32Array): number {
    let top = 0;
    stack[top++] = pc;
    while (top > 0) {
      const at = stack[--top];
      if (mark[at] === generation) continue;
      mark[at] = generation;
      const op = this.program[3 * at];
      if (op === SPLIT) {
        // b first, so a is taken first: the order does not change the answer, only the work.
        stack[top++] = this.program[3 * at + 2];
        stack[top++] = this.program[3 * at + 1];
      } else if (op === JUMP) stack[top++] = this.program[3 * at + 1];
      else into[count++] = at;
    }
    return count;
  }

  private addClass(inner: string): number {
    const at = this.classes.length;
    let k = 0;
    const negated = inner[0] === '!' || inner[0] === '^';
    if (negated) k++;
    const ranges: number[] = [];
    for (; k < inner.length; k++) {
      const lo = inner.charCodeAt(k);
      if (inner[k + 1] === '-' && k + 2 < inner.length) {
        ranges.push(lo, inner.charCodeAt(k + 2));
        k += 2;
      } else ranges.push(lo, lo);
    }
    this.classes.push(negated ? 1 : 0, ranges.length / 2, ...ranges);
    return at;
  }
}

/**
 * Where a `[` class that starts at each offset ends (its `]`), or -1 when it is not closed (then
 * `[` is literal). Worked out for every offset in one pass from the right, so a pattern of a
 * thousand `[` costs a thousand steps, not a million.
 */
function classEnds(g: string): (i: number) => number {
  const nextClose = new Int32Array(g.length + 1).fill(-1);
  const nextSlash = new Int32Array(g.length + 1).fill(-1);
  for (let i = g.length - 1; i >= 0; i--) {
    nextClose[i] = g[i] === ']' ? i : nextClose[i + 1];
    nextSlash[i] = g[i] === '/' ? i : nextSlash[i + 1];
  }
  return (i) => {
    let j = i + 1;
    if (g[j] === '!' || g[j] === '^') j++;
    if (g[j] === ']') j++; // a `]` first is a member
    if (j >= g.length) return -1;
    const close = nextClose[j];
    return close >= 0 && (nextSlash[j] < 0 || nextSlash[j] > close) ? close : -1;
  };
}

interface BracePairs {
  /** `{` offset → its `}` offset. */
  close: Map<number, number>;
  /** `,` offset → the `{` of the choice it separates. */
  commaOf: Map<number, number>;
}

/**
 * One pass with a stack: every closed `{…}` and the commas of its own level. An unclosed `{`
 * is literal, and so are the commas inside it.
 */
function matchBraces(g: string, classEnd: (i: number) => number): BracePairs {
  const close = new Map<number, number>();
  const commaOf = new Map<number, number>();
  const stack: { open: number; commas: number[] }[] = [];
  for (let i = 0; i < g.length; i++) {
    if (g[i] === '[' && classEnd(i) >= 0) i = classEnd(i); // a class is one character: its `{`, `,` and `}` are members
    else if (g[i] === '{') stack.push({ open: i, commas: [] });
    else if (g[i] === ',' && stack.length) stack[stack.length - 1].commas.push(i);
    else if (g[i] === '}' && stack.length) {
      const top = stack.pop() as { open: number; commas: number[] };
      close.set(top.open, i);
      for (const comma of top.commas) commaOf.set(comma, top.open);
    }
  }
  return { close, commaOf };
}

export function compileIgnore(pattern: string, base: string): IgnorePattern {
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  return { pattern, base, negated, matcher: new GlobMatcher(body) };
}

/** Whether the last pattern that matches says "ignore" (later patterns win, like .gitignore). */
export function isIgnored(relativeTo: (base: string) => string | undefined, patterns: readonly IgnorePattern[]): boolean {
  let ignored = false;
  // Most patterns share a few folders: the path relative to each is worked out once.
  const relative = new Map<string, string | undefined>();
  for (const p of patterns) {
    if (!relative.has(p.base)) relative.set(p.base, relativeTo(p.base));
    const rel = relative.get(p.base);
    if (rel === undefined || rel === '') continue;
    if (p.matcher.matches(rel)) ignored = !p.negated;
  }
  return ignored;
}
