import type { Instruction, Property } from 'dockerfile-ast';
import type { Range } from '../types';
import type { DockerfileDocument, DockerfileStage } from '../documents/dockerfileDocument';
import { stageAtLine } from '../documents/dockerfileDocument';
import { lineage, parentStage } from './dockerfileStages';

// Variable scope of a Dockerfile: which `$NAME` Docker (BuildKit, the default builder) can
// expand on a line, and to what. The one model behind the variable hovers, the ARG/ENV hovers,
// `undefined-variable` and every rule that resolves a value (rows of test/unit/model/
// dockerfileVariables.test.ts cite each behaviour):
// - An ARG before the first FROM is global: FROM lines see it; inside a stage it is visible only
//   after `ARG NAME` repeats it, which takes the global value when it has none of its own
//   (https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact).
// - An ARG or ENV inside a stage lasts from its instruction to the end of the stage, and stages
//   built FROM that stage inherit it (https://docs.docker.com/reference/dockerfile/#scope,
//   https://docs.docker.com/build/building/variables/#scoping; in BuildKit the child starts from
//   the parent's state, whose environment holds the ARG values: convert.go `dispatchState.init`).
// - BuildKit sets the platform ARGs (TARGETARCH, BUILDPLATFORM, …) in the global scope only
//   (https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope).
// - The proxy ARGs reach RUN's environment from `--build-arg` without an ARG line, but Docker
//   does not expand them in other instructions unless an ARG declares them
//   (https://docs.docker.com/reference/dockerfile/#predefined-args; convert.go expands with the
//   state's environment, which holds declared ARGs and ENVs only).
// - ENV values are expanded with what was set before the instruction: `ENV A=1 B=$A` does not see
//   the A of its own line (https://docs.docker.com/reference/dockerfile/#environment-replacement).
//   ARG reads its names one by one, so `ARG A=1 B=$A` does (convert.go `dispatchArg`).
// - ENV after an ARG of the same name wins; an ARG with a value after an ENV replaces it for the
//   rest of the build (convert.go `dispatchArg` adds every ARG value to the build environment).
// Values are what the file says (defaults); `--build-arg` can change an ARG, so "known" means
// "known from the file". In a stage built on an image, a name the file does not declare may come
// from the image's environment: it is unknown, never guessed to be empty.
// Source of the BuildKit behaviour:
// https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert.go

export type VariableKind = 'ARG' | 'ENV';

/** One name an ARG or ENV declares. */
export interface Declaration {
  name: string;
  /** The value or default with its quotes removed, unexpanded (`null` for `ARG NAME`). */
  value: string | null;
  /** The value as written (quotes kept), which Docker expands. */
  raw: string | null;
  nameRange: Range;
  /** `NAME=value` as written. */
  range: Range;
}

export interface VariableDefinition extends Declaration {
  kind: VariableKind;
  /** `global` for ARGs before the first FROM, otherwise the stage index. */
  scope: 'global' | number;
  /** The line of the ARG/ENV instruction. */
  line: number;
  instruction: Instruction;
}

/**
 * ARGs BuildKit sets for every build, in the global scope. The eight of the Dockerfile reference
 * (automatic platform ARGs) and three it sets without documenting them: BUILDOSVERSION,
 * TARGETOSVERSION and TARGETSTAGE (moby/buildkit v0.32.2, dockerfile2llb/platform.go `defaultArgs`).
 */
export const AUTOMATIC_PLATFORM_ARGS: ReadonlySet<string> = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'TARGETOSVERSION',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'BUILDOSVERSION', 'TARGETSTAGE',
]);

/** Proxy ARGs that `--build-arg` may pass without an ARG line (Dockerfile reference, "Predefined ARGs"). */
export const PROXY_ARGS: ReadonlySet<string> = new Set([
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy',
  'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
]);

const DECLARED = Symbol('declarations');

/**
 * The names an ARG or ENV declares, in order. ARG is read word by word as BuildKit's parser
 * does, quotes included: `ARG A B="x y"` declares A and B (dockerfile-ast splits at every space).
 * Kept on the instruction: asked for every ARG and ENV by several rules.
 */
export function declarations(instruction: Instruction): Declaration[] {
  const kept = instruction as Instruction & { [DECLARED]?: Declaration[] };
  return (kept[DECLARED] ??= readDeclarations(instruction));
}

function readDeclarations(instruction: Instruction): Declaration[] {
  const keyword = instruction.getKeyword().toUpperCase();
  if (keyword === 'ARG') return argDeclarations(instruction);
  if (keyword !== 'ENV') return [];
  const withProps = instruction as Instruction & { getProperties?: () => Property[] };
  if (typeof withProps.getProperties !== 'function') return [];
  return withProps.getProperties().map((p) => {
    const value = p.getValue();
    const valueRange = p.getValueRange();
    return {
      name: p.getName(),
      // dockerfile-ast: getValue() has the quotes removed, getUnescapedValue() is the text as written.
      value,
      raw: value === null ? null : (p.getUnescapedValue() ?? value),
      nameRange: p.getNameRange(),
      range: { start: p.getNameRange().start, end: valueRange ? valueRange.end : p.getNameRange().end },
    };
  });
}

function argDeclarations(instruction: Instruction): Declaration[] {
  const args = instruction.getArguments();
  const out: Declaration[] = [];
  for (let i = 0; i < args.length; i++) {
    // A quoted default may hold spaces: join the words until its quote closes.
    const first = args[i];
    let text = first.getValue();
    let end = first.getRange().end;
    while (openQuote(text) && i + 1 < args.length) {
      i++;
      text += ' ' + args[i].getValue();
      end = args[i].getRange().end;
    }
    const eq = text.indexOf('=');
    const name = eq < 0 ? text : text.slice(0, eq);
    const raw = eq < 0 ? null : text.slice(eq + 1);
    const start = first.getRange().start;
    out.push({
      name,
      value: raw === null ? null : raw.replace(/^"([\s\S]*)"$|^'([\s\S]*)'$/, (_w, d: string | undefined, s: string | undefined) => d ?? s ?? ''),
      raw,
      nameRange: { start, end: { line: start.line, character: start.character + name.length } },
      range: { start, end },
    });
  }
  return out;
}

/** True when `text` ends inside a quote (`B="x` of `B="x y"`). */
function openQuote(text: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && quote !== "'") i++;
    else if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
  }
  return quote !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Scopes, built once per parsed document.

interface Binding {
  def: VariableDefinition;
  /** The expanded value; null when the file does not say it (no default, or it uses an unknown). */
  value: string | null;
  /** For `ARG NAME` without a default inside a stage: the global ARG it takes its value from. */
  globalDefault?: VariableDefinition;
  /** An ARG of the same name that this ENV hides. */
  shadowedArg?: VariableDefinition;
}

interface NamedBindings {
  /** In file order. */
  list: Binding[];
}

interface GlobalScope {
  byName: Map<string, Binding[]>;
  /** Every global ARG definition, in file order. */
  definitions: VariableDefinition[];
}

interface StageScope {
  stage: DockerfileStage;
  byName: Map<string, NamedBindings>;
  /** Every binding of this stage in file order (for the whole-scope map). */
  order: Binding[];
  /** Every ARG and ENV definition of the stage, including an `ARG NAME` that changed nothing. */
  definitions: VariableDefinition[];
  /** True when the stage's chain starts FROM scratch: no image environment to inherit. */
  scratch: boolean;
}

const globalScopes = new WeakMap<DockerfileDocument, GlobalScope>();
const stageScopes = new WeakMap<DockerfileDocument, StageScope[]>();

/**
 * A declaration with where it was made. Written out, not `{ ...d, … }`: V8 copies a spread
 * slowly, and every ARG and ENV of the file is copied once per document (a tenth of the
 * undefined-variable rule on the 10,000-line bench file).
 */
function definition(d: Declaration, kind: VariableKind, scope: 'global' | number, line: number, instruction: Instruction): VariableDefinition {
  return { name: d.name, value: d.value, raw: d.raw, nameRange: d.nameRange, range: d.range, kind, scope, line, instruction };
}

/** The global ARGs. Built apart from the stages: a stage's parent is found by expanding its FROM with these. */
function globalScope(doc: DockerfileDocument): GlobalScope {
  const scope = globalScopes.get(doc);
  if (scope) return scope;
  const built: GlobalScope = { byName: new Map(), definitions: [] };
  const escape = doc.ast.getEscapeCharacter();
  for (const instruction of doc.globalArgs) {
    const line = instruction.getRange().start.line;
    for (const d of declarations(instruction)) {
      const def = definition(d, 'ARG', 'global', line, instruction);
      built.definitions.push(def);
      const previous = lastOf(built.byName.get(d.name));
      // `ARG A` again without a default keeps the value A had (convert.go `buildMetaArgs`).
      const value = d.raw === null ? (previous?.value ?? null) : (expandWord(d.raw, (n) => globalValue(built, n, Number.MAX_SAFE_INTEGER), escape) ?? null);
      push(built.byName, d.name, { def, value });
    }
  }
  globalScopes.set(doc, built);
  return built;
}

function globalValue(scope: GlobalScope, name: string, beforeLine: number): string | null | undefined {
  const binding = lastBefore(scope.byName.get(name), beforeLine);
  if (binding) return binding.value;
  return AUTOMATIC_PLATFORM_ARGS.has(name) ? null : undefined;
}

function scopesOf(doc: DockerfileDocument): StageScope[] {
  const scopes = stageScopes.get(doc);
  if (scopes) return scopes;
  const global = globalScope(doc);
  const escape = doc.ast.getEscapeCharacter();
  const built: StageScope[] = [];
  stageScopes.set(doc, built); // parents come earlier, so a stage only reads finished scopes
  for (const stage of doc.stages) {
    const chain = lineage(doc, stage);
    const root = chain[chain.length - 1];
    const scope: StageScope = { stage, byName: new Map(), order: [], definitions: [], scratch: isScratch(doc, root) };
    built.push(scope);
    const lookup = (name: string) => lookupBinding(doc, scope, name, Number.MAX_SAFE_INTEGER);
    const valueOf = (name: string): string | null | undefined => {
      const b = lookup(name);
      if (b) return b.value;
      return scope.scratch ? undefined : null;
    };
    for (const instruction of stage.instructions) {
      const keyword = instruction.getKeyword().toUpperCase();
      if (keyword !== 'ARG' && keyword !== 'ENV') continue;
      const line = instruction.getRange().start.line;
      const defs = declarations(instruction).map((d) => definition(d, keyword, stage.index, line, instruction));
      if (keyword === 'ENV') {
        // Every value of one ENV is expanded before any of them is set.
        const bindings = defs.map((def): Binding => {
          const before = lookup(def.name);
          const value = def.raw === null ? null : (expandWord(def.raw, valueOf, escape) ?? null);
          return { def, value, shadowedArg: before?.def.kind === 'ARG' ? before.def : before?.shadowedArg };
        });
        for (const b of bindings) add(scope, b);
        continue;
      }
      for (const def of defs) {
        const before = lookup(def.name);
        if (def.raw !== null) {
          add(scope, { def, value: expandWord(def.raw, valueOf, escape) ?? null });
          continue;
        }
        const globalDef = lastOf(global.byName.get(def.name));
        // `ARG NAME` with no default: the global value, or BuildKit's for a platform ARG.
        if (globalDef) add(scope, { def, value: globalDef.value, globalDefault: globalDef.def });
        else if (AUTOMATIC_PLATFORM_ARGS.has(def.name)) add(scope, { def, value: null });
        // With no value at all it sets nothing: a value set before (an ENV, an inherited ARG)
        // stays in effect, unless `--build-arg` gives one.
        else if (before) scope.definitions.push(def);
        else add(scope, { def, value: null });
      }
    }
  }
  return built;
}

function add(scope: StageScope, binding: Binding): void {
  let named = scope.byName.get(binding.def.name);
  if (!named) {
    named = { list: [] };
    scope.byName.set(binding.def.name, named);
  }
  named.list.push(binding);
  scope.order.push(binding);
  scope.definitions.push(binding.def);
}

function push(map: Map<string, Binding[]>, name: string, binding: Binding): void {
  const list = map.get(name);
  if (list) list.push(binding);
  else map.set(name, [binding]);
}

function lastOf<T>(list: T[] | undefined): T | undefined {
  return list?.[list.length - 1];
}

/** The last binding of `list` from an instruction before `line` (lists are in file order). */
function lastBefore(list: Binding[] | undefined, line: number): Binding | undefined {
  if (!list) return undefined;
  let low = 0;
  let high = list.length - 1;
  let found: Binding | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid].def.line < line) {
      found = list[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** The binding of `name` in effect before `line` in this stage, else the one its parent stages end with. */
function lookupBinding(doc: DockerfileDocument, scope: StageScope, name: string, line: number): Binding | undefined {
  const own = lastBefore(scope.byName.get(name)?.list, line);
  if (own) return own;
  const scopes = stageScopes.get(doc) as StageScope[];
  let depth = 0;
  for (let parent = parentStage(doc, scope.stage); parent && depth < 64; parent = parentStage(doc, parent), depth++) {
    const found = lastOf(scopes[parent.index]?.byName.get(name)?.list);
    if (found) return found;
  }
  return undefined;
}

function isScratch(doc: DockerfileDocument, root: DockerfileStage): boolean {
  const raw = root.from.getImage();
  return !!raw && resolveFromImage(doc, raw, root.from.getRange().start.line)?.toLowerCase() === 'scratch';
}

/** True when `line` belongs to a FROM instruction or comes before any stage: only global ARGs are seen there. */
export function isGlobalScopeLine(doc: DockerfileDocument, line: number): boolean {
  const stage = stageAtLine(doc, line);
  return !stage || line <= stage.from.getRange().end.line;
}

/**
 * The start line of the instruction that holds `line`: a `$NAME` on a continuation line of an
 * ENV is expanded with what was set before that ENV, like one on its first line.
 */
function instructionStart(doc: DockerfileDocument, line: number): number {
  const stage = stageAtLine(doc, line);
  const list = stage ? stage.instructions : doc.globalArgs;
  let low = 0;
  let high = list.length - 1;
  let found = line;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const r = list[mid].getRange();
    if (r.start.line <= line) {
      if (r.end.line >= line) found = r.start.line;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Questions.

export interface VariableResolution {
  name: string;
  /** The definition in effect, if this file has one. */
  definition?: VariableDefinition;
  /** For `ARG NAME` in a stage without its own default: the global ARG it takes its value from. */
  globalDefault?: VariableDefinition;
  /** The expanded value known from the file (null when only `--build-arg`, BuildKit or the base image can say). */
  value: string | null;
  /** True for BuildKit's automatic platform ARGs and the proxy ARGs. */
  predefined: boolean;
  /** An ARG of the same name that an ENV hides. */
  shadowedArg?: VariableDefinition;
}

/**
 * Which definition a `$name` used on `line` refers to. A FROM line sees the global ARGs; any
 * other line its stage's ARGs and ENVs set by earlier instructions, and those of the stages it
 * is built FROM.
 */
export function resolveVariable(doc: DockerfileDocument, name: string, line: number): VariableResolution {
  const predefined = AUTOMATIC_PLATFORM_ARGS.has(name) || PROXY_ARGS.has(name);
  const binding = bindingAt(doc, name, line);
  if (!binding) return { name, value: null, predefined };
  return { name, definition: binding.def, globalDefault: binding.globalDefault, value: binding.value, predefined, shadowedArg: binding.shadowedArg };
}

function bindingAt(doc: DockerfileDocument, name: string, line: number): Binding | undefined {
  const before = instructionStart(doc, line);
  if (isGlobalScopeLine(doc, line)) return lastBefore(globalScope(doc).byName.get(name), before);
  const stage = stageAtLine(doc, line) as DockerfileStage;
  return lookupBinding(doc, scopesOf(doc)[stage.index], name, before);
}

/**
 * What `$name` expands to on `line`: a string when the file says it, `null` when it is set but
 * its value is not known from the file (an ARG without a default, a platform ARG, a name the base
 * image may set), `undefined` when Docker leaves it unset (it expands to an empty string).
 */
export function variableValue(doc: DockerfileDocument, name: string, line: number): string | null | undefined {
  const binding = bindingAt(doc, name, line);
  if (binding) return binding.value;
  if (isGlobalScopeLine(doc, line)) return AUTOMATIC_PLATFORM_ARGS.has(name) ? null : undefined;
  const stage = stageAtLine(doc, line) as DockerfileStage;
  return scopesOf(doc)[stage.index].scratch ? undefined : null;
}

/** Whether the file itself declares `name` for `line` (an ARG or ENV in scope, or a platform ARG on a FROM line). */
export function isInScope(doc: DockerfileDocument, line: number, name: string): boolean {
  if (bindingAt(doc, name, line)) return true;
  return isGlobalScopeLine(doc, line) && AUTOMATIC_PLATFORM_ARGS.has(name);
}

export interface ScopeEntry {
  kind: 'ARG' | 'ENV' | 'predefined';
  /** The expanded value, null when not known from the file. */
  value: string | null;
  /** The declaring instruction's line (-1 for the platform ARGs). */
  line: number;
}

/** Every variable the file declares for `line`, by name, in the order they were declared (for "did you mean"). */
export function variablesInScope(doc: DockerfileDocument, line: number): Map<string, ScopeEntry> {
  const out = new Map<string, ScopeEntry>();
  const before = instructionStart(doc, line);
  if (isGlobalScopeLine(doc, line)) {
    for (const name of AUTOMATIC_PLATFORM_ARGS) out.set(name, { kind: 'predefined', value: null, line: -1 });
    for (const [name, list] of globalScope(doc).byName) {
      const b = lastBefore(list, before);
      if (b) out.set(name, { kind: 'ARG', value: b.value, line: b.def.line });
    }
    return out;
  }
  const stage = stageAtLine(doc, line) as DockerfileStage;
  const scopes = scopesOf(doc);
  for (const s of lineage(doc, stage).reverse()) {
    for (const b of scopes[s.index].order) {
      if (s.index === stage.index && b.def.line >= before) break;
      out.set(b.def.name, { kind: b.def.kind, value: b.value, line: b.def.line });
    }
  }
  return out;
}

/** Every ARG and ENV definition of the file, in file order. */
export function variableDefinitions(doc: DockerfileDocument): VariableDefinition[] {
  const out = [...globalScope(doc).definitions];
  for (const scope of scopesOf(doc)) out.push(...scope.definitions);
  return out;
}

/**
 * `text` with the variables Docker expands on `line` filled in, or undefined when a value is not
 * knowable from the file. Quotes and escapes are left as written: callers read the words.
 */
export function resolveText(doc: DockerfileDocument, text: string, line: number): string | undefined {
  if (!text.includes('$')) return text;
  return expandWord(text, (name) => variableValue(doc, name, line), null);
}

/** A FROM line's image with the global ARGs filled in, or undefined when one has no value in the file. */
export function resolveFromImage(doc: DockerfileDocument, raw: string, line: number): string | undefined {
  if (!raw.includes('$')) return raw;
  const global = globalScope(doc);
  const before = instructionStart(doc, line);
  return expandWord(raw, (name) => globalValue(global, name, before), null);
}

export interface VariableUse {
  name: string;
  /** The whole `${NAME:-default}` or `$NAME`. */
  range: Range;
  nameRange: Range;
  /** `-`, `+`, `:-`, `:+`, … when written. */
  modifier: string | null;
  /** The word after the modifier, e.g. the default. */
  word: string | null;
  instruction: Instruction;
}

/** Every `$VAR` written in an instruction's arguments, through dockerfile-ast. */
export function variableUses(instruction: Instruction): VariableUse[] {
  return instruction.getVariables().map((v) => ({
    name: v.getName(),
    range: v.getRange(),
    nameRange: v.getNameRange(),
    modifier: v.getModifier(),
    word: v.getSubstitutionParameter(),
    instruction,
  }));
}

// ---------------------------------------------------------------------------------------------
// Expansion, as BuildKit's shell lexer does it for Dockerfile instructions
// (moby/buildkit v0.32.2, frontend/dockerfile/shell/lex.go): quotes are removed, `'…'` is
// literal, `"…"` expands, the escape character escapes the next character, and `$NAME`,
// `${NAME}`, `${NAME-word}`, `${NAME:-word}`, `${NAME+word}`, `${NAME:+word}`, `${NAME?msg}`,
// `${NAME:?msg}` are replaced. Other forms (`${#NAME}`, `${NAME%…}`, `${NAME/…}`) make the
// result unknown here rather than guessed.

/** A value for a name: a string when known, `null` when set but not known, `undefined` when unset. */
export type VariableLookup = (name: string) => string | null | undefined;

/**
 * `text` expanded like a Dockerfile word, or undefined when the result depends on a value the
 * lookup does not know (or on a form this model does not evaluate). An unset name expands to
 * an empty string, as in Docker.
 */
export function substituteVariables(text: string, lookup: VariableLookup): string | undefined {
  return expandWord(text, lookup, '\\');
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** With `escape` null, quotes and escapes are kept as written and only variables are replaced. */
function expandWord(src: string, lookup: VariableLookup, escape: string | null): string | undefined {
  let pos = 0;
  let unknown = false;
  // `${A:-${A:-…}}` nests words in words; past this depth the result is unknown (a 98 KB FROM
  // line of 20,000 levels would otherwise overflow the stack: review F14).
  let depth = 0;
  const out = readUntil(false);
  return unknown ? undefined : out;

  function readUntil(inBraces: boolean): string {
    let result = '';
    while (pos < src.length) {
      const c = src[pos];
      if (inBraces && c === '}') return result;
      if (escape === null) {
        if (c === '$') result += readDollar();
        else {
          result += c;
          pos++;
        }
      } else if (c === escape) {
        pos++;
        if (pos < src.length) result += src[pos++];
      } else if (c === "'") {
        const close = src.indexOf("'", pos + 1);
        result += close < 0 ? src.slice(pos + 1) : src.slice(pos + 1, close);
        pos = close < 0 ? src.length : close + 1;
      } else if (c === '"') {
        pos++;
        result += readDouble();
      } else if (c === '$') result += readDollar();
      else {
        result += c;
        pos++;
      }
    }
    return result;
  }

  function readDouble(): string {
    let result = '';
    while (pos < src.length && src[pos] !== '"') {
      const c = src[pos];
      const next = src[pos + 1];
      if (c === escape && (next === '"' || next === '$' || next === escape)) {
        result += next;
        pos += 2;
      } else if (c === '$') result += readDollar();
      else {
        result += c;
        pos++;
      }
    }
    pos++;
    return result;
  }

  function readDollar(): string {
    pos++; // the `$`
    if (src[pos] === '{') {
      pos++;
      const start = pos;
      if (NAME_START.test(src[pos] ?? '')) while (NAME_CHAR.test(src[pos] ?? '')) pos++;
      const name = src.slice(start, pos);
      if (!name) return skipBraces();
      if (src[pos] === '}') {
        pos++;
        return valueOf(name);
      }
      const modifier = src[pos] === ':' ? src.slice(pos, pos + 2) : src[pos];
      if (!/^:?[-+?]$/.test(modifier)) return skipBraces();
      pos += modifier.length;
      if (++depth > 32) {
        pos = src.length;
        unknown = true;
        return '';
      }
      const word = readUntil(true);
      depth--;
      pos++; // the `}`
      return applyModifier(name, modifier, word);
    }
    if (!NAME_START.test(src[pos] ?? '')) return '$';
    const start = pos;
    while (NAME_CHAR.test(src[pos] ?? '')) pos++;
    return valueOf(src.slice(start, pos));
  }

  function skipBraces(): string {
    const close = src.indexOf('}', pos);
    pos = close < 0 ? src.length : close + 1;
    unknown = true;
    return '';
  }

  function valueOf(name: string): string {
    const value = lookup(name);
    if (value === null) unknown = true;
    return value ?? '';
  }

  function applyModifier(name: string, modifier: string, word: string): string {
    const value = lookup(name);
    if (value === null) {
      unknown = true;
      return '';
    }
    const colon = modifier.startsWith(':');
    const set = value !== undefined && (!colon || value !== '');
    switch (modifier.slice(-1)) {
      case '-':
        return set ? (value as string) : word;
      case '+':
        return set ? word : '';
      default: // `?`: an unset value stops the build
        if (!set) unknown = true;
        return value ?? '';
    }
  }
}
