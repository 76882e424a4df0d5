import * as ast from 'dockerfile-ast';
import type { Dockerfile, Flag, Heredoc, Instruction, Variable } from 'dockerfile-ast';
import type { Position, Range } from '../types';

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
// OUR parse runs (parseDockerfileAst) that answer (getRawArguments, and Instruction.getArguments
// which only returns it) is kept as well. Other methods are not kept during parsing:
// ModifiableInstruction.getArguments answers differently while getFlags() is still running.
//
// Everything else, and any other user of dockerfile-ast in the same process, sees the library
// behave exactly as before. Arrays are handed out as copies: dockerfile-ast itself shifts the
// array getArguments() returns, and a caller that sorts its answer cannot change the next one.
// The one exception is the private getRawArguments: the library only reads its answer or
// returns it from Instruction.getArguments, whose answers are copies.

// Read once: in the bundle, `ast.X` goes through a getter of the module namespace on every use,
// and these are used once per argument.
const { Argument, ModifiableInstruction } = ast;

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

/** Safe to keep while the parser is still building the file (see above): methods of ast.Instruction itself. */
const KEPT_WHILE_PARSING: ReadonlySet<string> = new Set(['getRawArguments', 'getArguments']);
/** Handed out without a copy (see above). */
const NOT_COPIED: ReadonlySet<string> = new Set(['getRawArguments']);

/** Set on the Dockerfile objects of our parse: a property, so the library's own callers pay one failed lookup. */
const OURS = Symbol('parsed by parseDockerfileAst');
/** Per instruction, the answers kept so far: one object per instruction rather than a WeakMap per method (fewer objects for the GC to trace). */
const KEPT = Symbol('answers kept');

/** Set on an instruction while dockerfile-ast computes its flags (see the memo below). */
const FLAGS_PENDING = Symbol('flags pending');

interface Kept {
  dockerfile?: { [OURS]?: boolean };
  [KEPT]?: Record<symbol, unknown>;
  [FLAGS_PENDING]?: boolean;
}

let parsing = false;
let installed = false;
/** Set by argumentsOf & co. for the one call they make: that call hands out the kept array itself. */
let handOutKept = false;

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
  (dockerfile as { [OURS]?: boolean })[OURS] = true;
  installGlobalArgLookup(dockerfile);
  return dockerfile;
}

interface GlobalArgs {
  /** Per name, the global ARGs that declare it, in file order: their line and value. */
  byName: Map<string, { line: number; value: string | null }[]>;
}

interface ArgLike {
  getRange(): Range;
  getProperty(): { getName(): string; getValue(): string | null } | null;
}

interface ResolvingDockerfile {
  resolveVariable(variable: string, line: number): string | null | undefined;
  getFROMs(): { getRange(): Range }[];
  getInitialARGs(): ArgLike[];
  [GLOBAL_ARGS]?: GlobalArgs;
}

const GLOBAL_ARGS = Symbol('global ARGs by name');

/** The global ARGs of a parse by name, built once (what dockerfile-ast rebuilds for every variable). */
function globalArgs(dockerfile: ResolvingDockerfile): GlobalArgs {
  let known = dockerfile[GLOBAL_ARGS];
  if (!known) {
    const byName = new Map<string, { line: number; value: string | null }[]>();
    for (const arg of dockerfile.getInitialARGs()) {
      const property = arg.getProperty();
      if (!property) continue;
      const entry = { line: arg.getRange().start.line, value: property.getValue() };
      const list = byName.get(property.getName());
      if (list) list.push(entry);
      else byName.set(property.getName(), [entry]);
    }
    dockerfile[GLOBAL_ARGS] = known = { byName };
  }
  return known;
}

/**
 * dockerfile-ast resolves each `$VAR` of a FROM line by building a template of every global ARG
 * and searching it, and asks whether it is a build variable by searching them again: a FROM
 * line with 5,000 variables after 5,000 ARGs cost 25 million steps (review F9: 2 s in
 * absolute-workdir, the first rule to read that line). For FROM lines of our parses the same
 * answers come from an index by name: the last ARG of that name on an earlier line.
 */
function installGlobalArgLookup(parsed: Dockerfile): void {
  const dockerfile = parsed as unknown as ResolvingDockerfile;
  const original = dockerfile.resolveVariable.bind(dockerfile);
  let fromLines: [number, number][] | undefined;
  dockerfile.resolveVariable = (variable: string, line: number) => {
    fromLines ??= dockerfile.getFROMs().map((f) => [f.getRange().start.line, f.getRange().end.line]);
    if (!fromLines.some(([start, end]) => start <= line && line <= end)) return original(variable, line);
    const list = globalArgs(dockerfile).byName.get(variable) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i].line < line) return list[i].value;
    return undefined;
  };
}

/** FROM lines ask whether a variable is a global ARG: the same index answers (see installGlobalArgLookup). */
function installBuildVariableLookup(): void {
  const proto = ast.Instruction.prototype as unknown as { isBuildVariable(this: Kept & { getKeyword(): string }, variable: string, line: number): boolean | undefined };
  const original = proto.isBuildVariable;
  proto.isBuildVariable = function (variable: string, line: number) {
    if (!isOurs(this) || this.getKeyword() !== 'FROM') return original.call(this, variable, line);
    return globalArgs(this.dockerfile as unknown as ResolvingDockerfile).byName.has(variable) ? true : undefined;
  };
}

function isOurs(line: Kept): boolean {
  return line.dockerfile?.[OURS] === true;
}

function install(): void {
  if (installed) return;
  installed = true;
  installPlainArguments();
  installPlainProperties();
  installImageRangeCopy();
  installBuildVariableLookup();
  for (const value of Object.values(ast)) {
    if (typeof value !== 'function' || !(value === ast.Line || value.prototype instanceof ast.Line)) continue;
    const proto = value.prototype as unknown as Record<string, unknown>;
    for (const name of MEMOIZED) {
      if (!Object.prototype.hasOwnProperty.call(proto, name) || typeof proto[name] !== 'function') continue;
      // One slot per class and method: a subclass's override calls super's, and each keeps its own answer.
      const original = proto[name] as (this: Kept, ...args: unknown[]) => unknown;
      const slot = Symbol(name);
      const whileParsing = value === ast.Instruction && KEPT_WHILE_PARSING.has(name);
      const copied = !NOT_COPIED.has(name);
      // `arguments`, not a rest parameter: this runs for nearly every call rules make into the
      // library, and a rest parameter built an array for each of them.
      proto[name] = function (this: Kept) {
        // Only the outermost call was asked for the kept array: calls made while computing the
        // answer (ModifiableInstruction.getArguments shifts what Instruction's returns) get copies.
        const shared = handOutKept;
        handOutKept = false;
        // eslint-disable-next-line prefer-rest-params
        if (arguments.length > 0 || !(parsing ? whileParsing && this.dockerfile : isOurs(this))) return original.apply(this, arguments as unknown as unknown[]);
        let kept = this[KEPT];
        if (!kept) this[KEPT] = kept = {};
        let answer: unknown;
        if (slot in kept) answer = kept[slot];
        else if (this[FLAGS_PENDING]) {
          // getFlags() asks getArguments(), which asks getFlags() again and gets the flags found
          // so far: whatever is computed meanwhile is partial and must not be kept.
          answer = original.call(this);
          return copied && Array.isArray(answer) ? answer.slice() : answer;
        } else if (name === 'getFlags') {
          this[FLAGS_PENDING] = true;
          try {
            kept[slot] = answer = original.call(this);
          } finally {
            this[FLAGS_PENDING] = false;
          }
        } else kept[slot] = answer = original.call(this);
        return copied && !shared && Array.isArray(answer) ? answer.slice() : answer;
      };
    }
  }
}

// From.getImageNameRange() and getRegistryRange() move the start and end of the range that
// getImageRange() returns, which is the image argument's own range object. Fresh arguments on
// every call made that harmless; kept arguments would have the image's range shrunk for
// every later reader. Each caller gets its own Range (the Position objects are only replaced).
function installImageRangeCopy(): void {
  const proto = ast.From.prototype as unknown as Record<string, unknown>;
  const original = proto.getImageRange as (this: ScannedInstruction) => Range | null;
  proto.getImageRange = function (this: ScannedInstruction): Range | null {
    const range = original.call(this);
    return range && isOurs(this) ? { start: range.start, end: range.end } : range;
  };
}

// Most instructions are one line without the escape character (`WORKDIR /app`, `ENV A=b`).
// For those, dockerfile-ast's argument scan (built for continuation lines, escaped spaces and
// comments inside continuations) comes down to splitting on spaces and tabs, yet it costs
// about as much as parsing the line did: it builds each value one character at a time and
// finds every position by a binary search over all lines. The same Argument objects are
// made here directly. Only for documents of our parse (the memo above keeps the answer);
// anything else goes to the library's own scan. test/unit/documents/dockerfileAstMemo.test.ts
// compares both on the corpus.

interface ScannedInstruction extends Kept {
  document: { getText(): string; offsetAt(position: Position): number };
  escapeChar: string;
  getRange(): Range;
  getInstructionRange(): Range;
}

function installPlainArguments(): void {
  const proto = ast.Instruction.prototype as unknown as Record<string, unknown>;
  const original = proto.getRawArguments as (this: ScannedInstruction) => ast.Argument[];
  proto.getRawArguments = function (this: ScannedInstruction): ast.Argument[] {
    if (!(parsing ? this.dockerfile : isOurs(this))) return original.call(this);
    return plainArguments(this) ?? original.call(this);
  };
}

/** Where an instruction's words lie in the text: after its keyword, to its end; its first line and where that line starts. */
interface ArgumentSpan {
  text: string;
  line: number;
  lineStart: number;
  from: number;
  to: number;
  oneLine: boolean;
}

/** The span of plainArguments and plainProperties, or undefined when the keyword is split over lines. */
function argumentSpan(instruction: ScannedInstruction): ArgumentSpan | undefined {
  const range = instruction.getRange();
  const line = range.start.line;
  const keyword = instruction.getInstructionRange();
  // A keyword split by the escape character (`RU\` then `N z`) ends on a later line than the
  // instruction starts, so the lines counted from the first line would be off: the library reads those.
  if (keyword.end.line !== line) return undefined;
  const document = instruction.document;
  const text = document.getText();
  const lineStart = document.offsetAt(range.start) - range.start.character;
  return { text, line, lineStart, from: document.offsetAt(keyword.end), to: document.offsetAt(range.end), oneLine: range.end.line === line };
}

/** The arguments of a one-line instruction without the escape character, or of a plainly continued one (below); undefined for any other. */
export function plainArguments(instruction: ScannedInstruction): ast.Argument[] | undefined {
  const span = argumentSpan(instruction);
  if (!span) return undefined;
  const { text, line, lineStart, from, to } = span;
  if (!span.oneLine) return continuedArguments(instruction, text, line, lineStart, from, to);
  const escape = text.indexOf(instruction.escapeChar, from);
  if (escape >= 0 && escape < to) return undefined;
  const args: ast.Argument[] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    // dockerfile-ast's whitespace: space, tab, CR, LF.
    if (c === 32 || c === 9 || c === 13 || c === 10) {
      if (start >= 0) {
        args.push(new Argument(text.slice(start, i), { start: { line, character: start - lineStart }, end: { line, character: i - lineStart } }));
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  return args;
}

/**
 * The arguments of an instruction over several lines: continued the usual way, a line ending in
 * a space or tab, the escape character and the newline (`RUN apt-get update \`,
 * `    && apt-get install -y curl`) with a word on the next line, or a here-document's lines
 * (`RUN <<EOF`, its body, `EOF`). dockerfile-ast's scan (built for escapes inside words, escaped
 * spaces and comment lines inside continuations) then splits the text at spaces, tabs, carriage
 * returns and newlines as for one line, and skips those escapes: it built each value a character
 * at a time (chains of string pieces kept as long as the document) and found each position by a
 * binary search over all lines. Undefined, for the library to read, when an escape is inside a
 * line or touches a word, a continued line is empty, a comment or starts with the escape, the
 * escape is followed by a carriage return, or a carriage return stands alone.
 */
function continuedArguments(instruction: ScannedInstruction, text: string, firstLine: number, firstLineStart: number, from: number, to: number): ast.Argument[] | undefined {
  const escape = instruction.escapeChar.charCodeAt(0);
  const args: ast.Argument[] = [];
  let line = firstLine;
  let lineStart = firstLineStart;
  let start = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    if (c === escape) {
      const before = text.charCodeAt(i - 1);
      if (i - 1 < from || (before !== 32 && before !== 9) || i + 1 >= to || text.charCodeAt(i + 1) !== 10) return undefined;
      let next = i + 2;
      while (next < to && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++;
      const first = next < to ? text.charCodeAt(next) : -1;
      // 35 is `#`: a comment line inside the continuation, which the library skips.
      if (first === -1 || first === 35 || first === 10 || first === 13 || first === escape) return undefined;
      line++;
      lineStart = i + 2;
      i = next - 1;
    } else if (c === 13 && text.charCodeAt(i + 1) !== 10) {
      return undefined; // a lone carriage return: a line break for positions, not counted here
    } else if (c === 32 || c === 9 || c === 10 || c === 13) {
      if (start >= 0) {
        args.push(new Argument(text.slice(start, i), { start: { line, character: start - lineStart }, end: { line, character: i - lineStart } }));
        start = -1;
      }
      if (c === 10) {
        line++;
        lineStart = i + 1;
      }
    } else if (start < 0) start = i;
  }
  return args;
}

// ENV and LABEL lines are nearly always one line of `name=value` words (`ENV PORT=3000
// NODE_ENV=production`, `LABEL org.opencontainers.image.title="app"`). dockerfile-ast reads their
// properties with a second argument scan of its own (getPropertyArguments) and then builds the
// name and the value of each one a character at a time, with four binary searches over all
// lines for their positions: on the 10,000-line bench file that was a tenth of the lint, and its
// strings and ranges stayed alive as long as the document. For one line without the escape
// character, whose words each have a name, `=`, and a value that is bare or wholly inside one
// pair of quotes, the same Property objects (same fields, same order, same shared positions)
// are made here from slices of the text. Anything else goes to the library.
// test/unit/documents/dockerfileAstMemo.test.ts compares both on the corpus and on odd lines.

const { Env, Label, Property } = ast;

interface PropertyLine extends ScannedInstruction {
  properties?: ast.Property[];
}

function installPlainProperties(): void {
  const proto = ast.PropertyInstruction.prototype as unknown as Record<string, unknown>;
  const original = proto.getProperties as (this: PropertyLine) => ast.Property[];
  proto.getProperties = function (this: PropertyLine): ast.Property[] {
    // `properties` is the library's own field for its answer: filled here, the library returns it.
    if (this.properties === undefined && isEnvOrLabel(this) && (parsing ? this.dockerfile : isOurs(this))) {
      const plain = plainProperties(this);
      if (plain) this.properties = plain;
    }
    return original.call(this);
  };
}

function isEnvOrLabel(line: unknown): boolean {
  return line instanceof Env || line instanceof Label;
}

const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;

/** The properties of a one-line `name=value …` ENV or LABEL as dockerfile-ast makes them, or undefined for any other line. */
export function plainProperties(instruction: PropertyLine): ast.Property[] | undefined {
  const span = argumentSpan(instruction);
  if (!span?.oneLine) return undefined;
  const { text, line, lineStart, from, to } = span;
  const escape = text.indexOf(instruction.escapeChar, from);
  if (escape >= 0 && escape < to) return undefined;
  const properties: ast.Property[] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    // dockerfile-ast's whitespace: space, tab, CR, LF.
    if (c === 32 || c === 9 || c === 13 || c === 10) {
      if (start >= 0) {
        const property = plainProperty(instruction, text, start, i, line, lineStart);
        if (!property) return undefined;
        properties.push(property);
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  return properties.length ? properties : undefined;
}

/** One `name=value` word (from `start` to `end`), or undefined when the library's reading could differ. */
function plainProperty(instruction: PropertyLine, text: string, start: number, end: number, line: number, lineStart: number): ast.Property | undefined {
  const eq = text.indexOf('=', start);
  if (eq <= start || eq >= end) return undefined;
  // No quote in the name; in the value none, or one pair around all of it.
  for (let i = start; i < eq; i++) {
    const c = text.charCodeAt(i);
    if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) return undefined;
  }
  let valueFrom = eq + 1;
  let valueTo = end;
  const first = text.charCodeAt(valueFrom);
  if (first === SINGLE_QUOTE || first === DOUBLE_QUOTE) {
    if (end - valueFrom < 2 || text.charCodeAt(end - 1) !== first) return undefined;
    valueFrom++;
    valueTo--;
  }
  for (let i = valueFrom; i < valueTo; i++) {
    const c = text.charCodeAt(i);
    if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) return undefined;
  }
  // What the library's Property(document, escapeChar, argument) holds, field by field and in its
  // order (the same JSON): the name range starts at the argument's own start position, and the
  // operator range shares the name's end and the value's start.
  const argumentRange = { start: { line, character: start - lineStart }, end: { line, character: end - lineStart } };
  const nameRange = { start: argumentRange.start, end: { line, character: eq - lineStart } };
  const valueRange = { start: { line, character: eq + 1 - lineStart }, end: { line, character: end - lineStart } };
  const property = Object.create(Property.prototype) as Record<string, unknown>;
  property.assignmentOperatorRange = { start: nameRange.end, end: valueRange.start };
  property.assignmentOperator = '=';
  property.valueRange = valueRange;
  property.value = text.slice(valueFrom, valueTo);
  property.document = instruction.document;
  property.escapeChar = instruction.escapeChar;
  property.nameRange = nameRange;
  property.name = text.slice(start, eq);
  property.range = argumentRange;
  return property as unknown as ast.Property;
}

/**
 * Whether the instruction has any argument (`getArguments().length > 0`). For a one-line
 * instruction without flags or the escape character that is whether anything but spaces
 * follows the keyword, so checking every instruction for missing arguments need not build
 * (and keep) the arguments of every ENV, LABEL and USER.
 */
export function hasArguments(instruction: ast.Instruction): boolean {
  const line = instruction as unknown as ScannedInstruction & { getRawArguments(): ast.Argument[] };
  if (!isOurs(line)) return instruction.getArguments().length > 0;
  const modifiable = instruction instanceof ModifiableInstruction;
  if (!modifiable) {
    const range = line.getRange();
    if (range.end.line === range.start.line) {
      const text = line.document.getText();
      const from = line.document.offsetAt(line.getInstructionRange().end);
      const to = line.document.offsetAt(range.end);
      const escape = text.indexOf(line.escapeChar, from);
      if (escape < 0 || escape >= to) return /[^ \t\r\n]/.test(text.slice(from, to)); // dockerfile-ast splits on these four only
    }
  }
  // The kept scan, not a copy; ModifiableInstruction.getArguments() is that scan minus one
  // argument per flag.
  const count = line.getRawArguments().length;
  return modifiable ? count > flagsOf(instruction).length : count > 0;
}

// Read-only answers for our own code (rules, hovers, the panel): the kept array itself, the same
// for every caller, without the copy that protects the library's own callers. The types say
// read-only; nothing may change them. Instructions without flags or here-documents have none.

const NONE: readonly never[] = [];

/** Runs one read with the kept answers handed out as they are. */
function kept<T>(read: () => T): T {
  handOutKept = true;
  try {
    return read();
  } finally {
    handOutKept = false;
  }
}

export function argumentsOf(instruction: Instruction): readonly ast.Argument[] {
  return kept(() => instruction.getArguments());
}

export function flagsOf(instruction: Instruction): readonly Flag[] {
  const withFlags = instruction as Instruction & { getFlags?: () => Flag[] };
  return typeof withFlags.getFlags === 'function' ? kept(() => withFlags.getFlags!()) : NONE;
}

export function heredocsOf(instruction: Instruction): readonly Heredoc[] {
  const withHeredocs = instruction as Instruction & { getHeredocs?: () => Heredoc[] };
  if (typeof withHeredocs.getHeredocs !== 'function' || !mayHaveHeredoc(instruction)) return NONE;
  return kept(() => withHeredocs.getHeredocs!());
}

/**
 * Every here-document starts with `<<` (`<<EOF`, `<<-EOF`, `<<"EOF"`): without one in its text
 * an instruction has none, and dockerfile-ast's scan for them (it rescans the whole instruction,
 * a tenth of the lint of a large Dockerfile) is skipped.
 */
function mayHaveHeredoc(instruction: Instruction): boolean {
  const line = instruction as unknown as ScannedInstruction;
  if (!isOurs(line)) return true;
  const range = line.getRange();
  // A slice of the instruction only (V8 shares the characters): a search from its start to the
  // end of the file would make every instruction cost the rest of the file.
  return line.document.getText().slice(line.document.offsetAt(range.start), line.document.offsetAt(range.end)).includes('<<');
}

export function variablesOf(instruction: Instruction): readonly Variable[] {
  return kept(() => instruction.getVariables());
}
