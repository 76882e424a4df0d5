import type { Instruction } from 'dockerfile-ast';
import type { Range } from '../types';
import type { DockerfileDocument, DockerfileStage } from '../documents/dockerfileDocument';
import { stageAtLine } from '../documents/dockerfileDocument';

// Where a `$VAR` of a Dockerfile comes from. Scoping follows the Dockerfile reference:
// - an ARG before the first FROM is global: FROM lines see it, a stage only after `ARG NAME`;
// - an ARG or ENV inside a stage lasts until the end of that stage and is inherited by stages
//   built `FROM` it; ENV always wins over an ARG of the same name;
// - BuildKit predefines the platform ARGs (TARGETPLATFORM, …) in the global scope.

export type VariableKind = 'ARG' | 'ENV';

export interface VariableDefinition {
  name: string;
  kind: VariableKind;
  /** `global` for ARGs before the first FROM, otherwise the stage index. */
  scope: 'global' | number;
  line: number;
  /** The name's range in its ARG/ENV instruction. */
  nameRange: Range;
  /** The value or default as written (`null` for `ARG NAME` without a default). */
  value: string | null;
  instruction: Instruction;
}

/** ARGs BuildKit defines for every build in the global scope (Dockerfile reference, "Automatic platform ARGs"). */
export const AUTOMATIC_PLATFORM_ARGS: ReadonlySet<string> = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
]);

/** Proxy ARGs that may be passed with `--build-arg` without an ARG line ("Predefined ARGs"). */
export const PREDEFINED_ARGS: ReadonlySet<string> = new Set([
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy',
  'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
]);

const definitionCache = new WeakMap<DockerfileDocument, VariableDefinition[]>();

/** Every ARG and ENV definition of the file, in file order (computed once per parsed document). */
export function variableDefinitions(doc: DockerfileDocument): VariableDefinition[] {
  const cached = definitionCache.get(doc);
  if (cached) return cached;
  const out = collectDefinitions(doc);
  definitionCache.set(doc, out);
  return out;
}

const globalCache = new WeakMap<DockerfileDocument, VariableDefinition[]>();

/**
 * The ARGs before the first FROM (the same objects variableDefinitions lists first). A FROM
 * line sees only these, so resolving its image need not read every ENV of the file.
 */
function globalDefinitions(doc: DockerfileDocument): VariableDefinition[] {
  const cached = globalCache.get(doc);
  if (cached) return cached;
  const out: VariableDefinition[] = [];
  for (const instruction of doc.globalArgs) out.push(...definitionsOf(instruction, 'ARG', 'global'));
  globalCache.set(doc, out);
  return out;
}

function collectDefinitions(doc: DockerfileDocument): VariableDefinition[] {
  const out: VariableDefinition[] = [...globalDefinitions(doc)];
  for (const stage of doc.stages) {
    for (const instruction of stage.instructions) {
      const keyword = instruction.getKeyword().toUpperCase();
      if (keyword === 'ARG' || keyword === 'ENV') out.push(...definitionsOf(instruction, keyword, stage.index));
    }
  }
  return out;
}

function definitionsOf(instruction: Instruction, kind: VariableKind, scope: 'global' | number): VariableDefinition[] {
  const line = instruction.getRange().start.line;
  if (kind === 'ARG') {
    // `ARG a b=2` declares two arguments; dockerfile-ast's properties read it like `ENV a b=2`.
    return instruction.getArguments().map((a) => {
      const text = a.getValue();
      const eq = text.indexOf('=');
      const name = eq < 0 ? text : text.slice(0, eq);
      const start = a.getRange().start;
      return {
        name,
        kind,
        scope,
        line,
        nameRange: { start, end: { line: start.line, character: start.character + name.length } },
        value: eq < 0 ? null : text.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2'),
        instruction,
      };
    });
  }
  const withProps = instruction as Instruction & { getProperties?: () => import('dockerfile-ast').Property[] };
  if (typeof withProps.getProperties !== 'function') return [];
  return withProps.getProperties().map((p) => ({
    name: p.getName(),
    kind,
    scope,
    line,
    nameRange: p.getNameRange(),
    value: p.getValue() === null ? null : (p.getUnescapedValue() ?? p.getValue()),
    instruction,
  }));
}

export interface VariableResolution {
  name: string;
  /** The definition in effect, if this file has one. */
  definition?: VariableDefinition;
  /** For `ARG NAME` in a stage without its own default: the global ARG it takes its default from. */
  globalDefault?: VariableDefinition;
  /** The value known from the file (null when only `--build-arg` or the environment can set it). */
  value: string | null;
  /** True for BuildKit's automatic platform ARGs and the proxy ARGs. */
  predefined: boolean;
  /** An ARG of the same name that an ENV hides. */
  shadowedArg?: VariableDefinition;
}

/**
 * Which definition a `$name` used on `line` refers to. `line` decides the scope: a FROM line
 * sees the global ARGs, any other line its own stage's ARGs and its ENVs (inherited ENVs too).
 */
export function resolveVariable(doc: DockerfileDocument, name: string, line: number): VariableResolution {
  const predefined = AUTOMATIC_PLATFORM_ARGS.has(name) || PREDEFINED_ARGS.has(name);
  const globals = definitionsNamed(doc, 'ARG', 'global', name);
  const lastGlobal = globals[globals.length - 1];
  const stage = stageAtLine(doc, line);
  const onFromLine = !stage || line <= stage.from.getRange().end.line;
  if (onFromLine) {
    const def = lastBefore(globals, line);
    return { name, definition: def, value: def?.value ?? null, predefined };
  }
  const env = lastDefinitionBefore(doc, stage, 'ENV', name, line);
  const arg = lastDefinitionBefore(doc, stage, 'ARG', name, line);
  if (env) return { name, definition: env, value: env.value, predefined, shadowedArg: arg };
  if (arg) {
    if (arg.value !== null) return { name, definition: arg, value: arg.value, predefined };
    return { name, definition: arg, globalDefault: lastGlobal, value: lastGlobal?.value ?? null, predefined };
  }
  return { name, value: null, predefined };
}

/**
 * The last ARG or ENV for `name` before `line` in this stage or, failing that, in the stages it
 * is built FROM: both ENV and ARG are inherited by stages based on the stage that declares them.
 */
function lastDefinitionBefore(doc: DockerfileDocument, stage: DockerfileStage, kind: VariableKind, name: string, line: number): VariableDefinition | undefined {
  const seen = new Set<number>();
  let current: DockerfileStage | undefined = stage;
  let limit = line;
  while (current && !seen.has(current.index)) {
    seen.add(current.index);
    const found = lastBefore(definitionsNamed(doc, kind, current.index, name), limit);
    if (found) return found;
    current = parentStage(doc, current);
    limit = Number.MAX_SAFE_INTEGER;
  }
  return undefined;
}

const namedCache = new WeakMap<DockerfileDocument, Map<string, VariableDefinition[]>>();

/**
 * The definitions of one name of one kind in one scope, in file order. Resolving a name reads
 * its own list instead of every definition of the file: an ENV line of 25,000 pairs resolved
 * each pair against all the others (review F9: 4 to 17 s for one hover).
 */
function definitionsNamed(doc: DockerfileDocument, kind: VariableKind, scope: 'global' | number, name: string): VariableDefinition[] {
  let index = namedCache.get(doc);
  if (!index) {
    index = new Map();
    for (const d of variableDefinitions(doc)) {
      const key = `${d.kind} ${d.scope} ${d.name}`;
      const list = index.get(key);
      if (list) list.push(d);
      else index.set(key, [d]);
    }
    namedCache.set(doc, index);
  }
  return index.get(`${kind} ${scope} ${name}`) ?? [];
}

/** The last definition written on a line before `line` (lists are in file order, so lines only grow). */
function lastBefore(list: VariableDefinition[], line: number): VariableDefinition | undefined {
  let low = 0;
  let high = list.length - 1;
  let found: VariableDefinition | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid].line < line) {
      found = list[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

const stageByName = new WeakMap<DockerfileDocument, Map<string, DockerfileStage>>();

/** The earlier stage this stage is built FROM (`FROM build AS test`), if any. */
export function parentStage(doc: DockerfileDocument, stage: DockerfileStage): DockerfileStage | undefined {
  const parentName = stage.from.getImageName();
  if (!parentName) return undefined;
  // The first stage of each name, found once: a chain of 5,000 stages looked each parent up in all of them.
  let byName = stageByName.get(doc);
  if (!byName) {
    byName = new Map();
    for (const s of doc.stages) if (s.name !== undefined && !byName.has(s.name.toLowerCase())) byName.set(s.name.toLowerCase(), s);
    stageByName.set(doc, byName);
  }
  const parent = byName.get(parentName.toLowerCase());
  return parent && parent.index < stage.index ? parent : undefined;
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

/**
 * Substitutes `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME:+word}` (and the forms without `:`)
 * with values from `lookup`. Returns undefined when a needed value is not knowable from the file,
 * so callers stay silent instead of guessing (hadolint #219).
 */
export function substituteVariables(text: string, lookup: (name: string) => string | null | undefined): string | undefined {
  let unknown = false;
  const replace = (name: string, modifier: string | undefined, word: string | undefined): string => {
    const value = lookup(name);
    const isSet = value !== null && value !== undefined;
    const nonEmpty = isSet && value !== '';
    switch (modifier) {
      case ':-':
        return nonEmpty ? value : (word ?? '');
      case '-':
        return isSet ? value : (word ?? '');
      case ':+':
        return nonEmpty ? (word ?? '') : '';
      case '+':
        return isSet ? (word ?? '') : '';
      default:
        if (!isSet) unknown = true;
        return isSet ? value : '';
    }
  };
  const out = replaceVariableUses(text, replace);
  return unknown ? undefined : out;
}

/**
 * `text` with each `$NAME`, `${NAME}` and `${NAME(:)-word}` / `${NAME(:)+word}` replaced by what
 * `replace` says; anything else after a `$` stays as written. A scan from `$` to `$` with the
 * next `}` found once, not one regex whose `[^}]*\}` ran to the end of the text from every `${`
 * without a `}` (review F9: `FROM ${A:-` × 20,000 took seconds in two rules and a hover).
 */
export function replaceVariableUses(text: string, replace: (name: string, modifier: string | undefined, word: string | undefined) => string): string {
  let out = '';
  let from = 0;
  let nextClose = -1;
  let searchedFrom = Infinity;
  for (let i = text.indexOf('$'); i >= 0 && i < text.length; i = text.indexOf('$', i)) {
    if (text[i + 1] === '{') {
      BRACED_HEAD.lastIndex = i;
      const head = BRACED_HEAD.exec(text);
      if (head) {
        const after = i + head[0].length;
        let end = -1;
        let word: string | undefined;
        if (!head[2]) {
          if (text[after] === '}') end = after + 1;
        } else {
          if (searchedFrom > after || (nextClose >= 0 && nextClose < after)) {
            nextClose = text.indexOf('}', after);
            searchedFrom = after;
          }
          if (nextClose >= 0) {
            word = text.slice(after, nextClose);
            end = nextClose + 1;
          }
        }
        if (end >= 0) {
          out += text.slice(from, i) + replace(head[1], head[2], word);
          i = from = end;
          continue;
        }
      }
    }
    BARE_USE.lastIndex = i;
    const bare = BARE_USE.exec(text);
    if (bare) {
      out += text.slice(from, i) + replace(bare[1], undefined, undefined);
      i = from = i + bare[0].length;
      continue;
    }
    i++;
  }
  return out + text.slice(from);
}

const BRACED_HEAD = /\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+])?/y;
const BARE_USE = /\$([A-Za-z_][A-Za-z0-9_]*)/y;

/** A FROM line's image with global ARG defaults filled in, or undefined when one has no default. */
export function resolveFromImage(doc: DockerfileDocument, raw: string, line: number): string | undefined {
  if (!raw.includes('$')) return raw;
  return substituteVariables(raw, (name) => resolveVariable(doc, name, line).value);
}
