import type { Instruction, Property } from 'dockerfile-ast';
import type { Range } from '../../../types';
import type { DockerfileDocument, DockerfileStage } from '../../../documents/dockerfileDocument';
import { stageAtLine } from '../../../documents/dockerfileDocument';
import { keywordOf, lineage } from './stages';
import { argumentsOf } from '../../../documents/dockerfileAstMemo';
import { replaceVariableUses } from '../../../model/dockerfileVariables';

// Which variables Docker itself can expand on a given line, following the Dockerfile reference:
// - FROM lines see only the ARGs declared before the first FROM (and BuildKit's automatic
//   platform ARGs, which live in that global scope);
// - inside a stage, a global ARG is visible only after `ARG NAME` repeats it in the stage;
//   an ARG lasts until the end of its stage and is not inherited by `FROM <stage>`;
// - ENV lasts for the rest of the stage and is inherited by stages built FROM it;
// - the proxy ARGs (HTTP_PROXY, …) can be passed without any ARG line.
// Values are the defaults written in the file; null when only `--build-arg` can say.

export interface ScopeEntry {
  kind: 'ARG' | 'ENV' | 'predefined';
  value: string | null;
  line: number;
}

export const AUTOMATIC_PLATFORM_ARGS: readonly string[] = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
];

export const PROXY_ARGS: readonly string[] = [
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
];

export interface Declaration {
  name: string;
  value: string | null;
  nameRange: Range;
  /** `NAME=value` as written. */
  range: Range;
}

const DECLARED = Symbol('declarations');

/**
 * The names an ARG or ENV declares. ARG is read word by word, as BuildKit does: `ARG A B`
 * declares A and B (dockerfile-ast would read it as A with the value "B"). Kept on the
 * instruction (a property rather than a WeakMap entry: asked for every ARG and ENV of every scope).
 */
export function declarations(instruction: Instruction): Declaration[] {
  const kept = instruction as Instruction & { [DECLARED]?: Declaration[] };
  return (kept[DECLARED] ??= readDeclarations(instruction));
}

function readDeclarations(instruction: Instruction): Declaration[] {
  if (keywordOf(instruction) === 'ARG') {
    return argumentsOf(instruction).map((a) => {
      const text = a.getValue();
      const eq = text.indexOf('=');
      const r = a.getRange();
      const name = eq < 0 ? text : text.slice(0, eq);
      const raw = eq < 0 ? null : text.slice(eq + 1);
      const value = raw === null ? null : raw.replace(/^"([\s\S]*)"$|^'([\s\S]*)'$/, (_w, d: string | undefined, s: string | undefined) => d ?? s ?? '');
      return { name, value, nameRange: { start: r.start, end: { line: r.start.line, character: r.start.character + name.length } }, range: r };
    });
  }
  const withProps = instruction as Instruction & { getProperties?: () => Property[] };
  if (typeof withProps.getProperties !== 'function') return [];
  return withProps.getProperties().map((p) => {
    const v = p.getValue();
    const valueRange = p.getValueRange();
    return {
      name: p.getName(),
      value: v === null ? null : (p.getUnescapedValue() ?? v),
      nameRange: p.getNameRange(),
      range: { start: p.getNameRange().start, end: valueRange ? valueRange.end : p.getNameRange().end },
    };
  });
}

/** True when `line` belongs to a FROM instruction (or comes before any stage). */
export function isGlobalScopeLine(doc: DockerfileDocument, line: number): boolean {
  const stage = stageAtLine(doc, line);
  return !stage || line <= stage.from.getRange().end.line;
}

/** The variables in scope on `line`, by name. */
export function variablesInScope(doc: DockerfileDocument, line: number): Map<string, ScopeEntry> {
  if (isGlobalScopeLine(doc, line)) {
    const scope = proxyScope();
    for (const [k, v] of globalArgsBefore(doc, line)) scope.set(k, v);
    return scope;
  }
  const stage = stageAtLine(doc, line) as DockerfileStage; // a line that is not global is in a stage
  const inherited = inheritedScope(doc, stage);
  const globals = scopesOf(doc).globals;
  // What the stages it is built on declared is the same for every line of the stage: copy it
  // (insertion order included, which "did you mean" suggestions depend on) and add this stage's
  // own ARG and ENV lines above `line`.
  const scope = new Map(inherited);
  for (const instruction of stage.instructions) {
    const at = instruction.getRange().start.line;
    if (at >= line) break;
    const keyword = keywordOf(instruction);
    if (keyword === 'ENV') {
      for (const d of declarations(instruction)) scope.set(d.name, { kind: 'ENV', value: d.value, line: at });
    } else if (keyword === 'ARG') {
      for (const d of declarations(instruction)) {
        const env = scope.get(d.name);
        if (env?.kind === 'ENV') continue; // an ENV of the same name wins over the ARG
        const global = globals.get(d.name);
        scope.set(d.name, { kind: 'ARG', value: d.value ?? (global?.kind === 'ARG' ? global.value : null), line: at });
      }
    }
  }
  return scope;
}

function proxyScope(): Map<string, ScopeEntry> {
  const scope = new Map<string, ScopeEntry>();
  for (const name of PROXY_ARGS) scope.set(name, { kind: 'predefined', value: null, line: -1 });
  return scope;
}

/** The global scope as a line sees it: automatic platform ARGs and the ARGs above the first FROM written before `line`. */
function globalArgsBefore(doc: DockerfileDocument, line: number): Map<string, ScopeEntry> {
  const globals = new Map<string, ScopeEntry>();
  for (const name of AUTOMATIC_PLATFORM_ARGS) globals.set(name, { kind: 'predefined', value: null, line: -1 });
  for (const arg of doc.globalArgs) {
    if (arg.getRange().start.line >= line) continue;
    for (const d of declarations(arg)) {
      const previous = globals.get(d.name);
      globals.set(d.name, { kind: 'ARG', value: d.value ?? (previous?.kind === 'ARG' ? previous.value : null), line: arg.getRange().start.line });
    }
  }
  return globals;
}

interface DocumentScopes {
  /** Every global ARG (all of them come before any line of a stage). */
  globals: Map<string, ScopeEntry>;
  /** Per stage: proxy ARGs and the ENVs of the stages it is built on, in the order they were declared. */
  inherited: Map<number, Map<string, ScopeEntry>>;
  /** What a stage built on an image (not on a stage) inherits: the proxy ARGs only. */
  proxies: Map<string, ScopeEntry>;
}

const documentScopes = new WeakMap<DockerfileDocument, DocumentScopes>();

function scopesOf(doc: DockerfileDocument): DocumentScopes {
  let scopes = documentScopes.get(doc);
  if (!scopes) {
    scopes = { globals: globalArgsBefore(doc, Number.MAX_SAFE_INTEGER), inherited: new Map(), proxies: proxyScope() };
    documentScopes.set(doc, scopes);
  }
  return scopes;
}

/** Never changed by callers: variablesInScope copies it. */
function inheritedScope(doc: DockerfileDocument, stage: DockerfileStage): Map<string, ScopeEntry> {
  const scopes = scopesOf(doc);
  let inherited = scopes.inherited.get(stage.index);
  if (!inherited) {
    const chain = lineage(doc, stage);
    if (chain.length === 1) inherited = scopes.proxies;
    else {
      inherited = proxyScope();
      // Only ENV crosses into a stage built FROM another; ARGs end with their stage.
      for (const s of chain.reverse()) {
        if (s.index === stage.index) continue;
        for (const instruction of s.instructions) {
          if (keywordOf(instruction) !== 'ENV') continue;
          const at = instruction.getRange().start.line;
          for (const d of declarations(instruction)) inherited.set(d.name, { kind: 'ENV', value: d.value, line: at });
        }
      }
    }
    scopes.inherited.set(stage.index, inherited);
  }
  return inherited;
}

/**
 * Replaces `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME:+word}` with values in scope. Returns
 * undefined when a needed value is unknown, so callers stay silent instead of guessing.
 */
export function substitute(text: string, scope: Map<string, ScopeEntry>, depth = 0): string | undefined {
  let unknown = false;
  const out = replaceVariableUses(text, (name, modifier, word) => {
    const entry = scope.get(name);
    let value = entry?.value ?? null;
    if (value !== null && value.includes('$')) value = depth < 4 ? (substitute(value, scope, depth + 1) ?? null) : null;
    const isSet = entry !== undefined && value !== null;
    switch (modifier) {
      case ':-':
        if (isSet && value !== '') return value as string;
        if (entry && value === null) unknown = true;
        return word ?? '';
      case '-':
        if (entry && value === null) unknown = true;
        return isSet ? (value as string) : (word ?? '');
      case ':+':
      case '+':
        if (entry && value === null) unknown = true;
        return isSet && (modifier === '+' || value !== '') ? (word ?? '') : '';
      default:
        if (!isSet) unknown = true;
        return value ?? '';
    }
  });
  return unknown ? undefined : out;
}

/** `text` with variables substituted from the scope of `line`, or undefined when not knowable. */
export function resolveText(doc: DockerfileDocument, text: string, line: number): string | undefined {
  if (!text.includes('$')) return text;
  return substitute(text, variablesInScope(doc, line));
}

const firstDeclarations = new WeakMap<DockerfileDocument, Map<string, Map<string, number>>>();

/**
 * Whether `name` is in the scope of `line`: the same answer as `variablesInScope(doc, line).has(name)`
 * without building that map, which copies every variable declared so far. A rule that asks for
 * every instruction of a file of 5,000 chained ENVs built 5,000 maps of up to 5,000 entries.
 */
export function isInScope(doc: DockerfileDocument, line: number, name: string): boolean {
  let perScope = firstDeclarations.get(doc);
  if (!perScope) {
    // Per scope (`global` or the stage index), the line of each name's first ARG or ENV.
    const built = new Map<string, Map<string, number>>();
    perScope = built;
    const note = (scope: string, instruction: Instruction) => {
      let names = built.get(scope);
      if (!names) {
        names = new Map<string, number>();
        built.set(scope, names);
      }
      const at = instruction.getRange().start.line;
      for (const d of declarations(instruction)) if (!names.has(d.name)) names.set(d.name, at);
    };
    for (const arg of doc.globalArgs) note('global', arg);
    for (const stage of doc.stages) {
      for (const instruction of stage.instructions) {
        const keyword = keywordOf(instruction);
        if (keyword === 'ENV' || keyword === 'ARG') note(String(stage.index), instruction);
      }
    }
    firstDeclarations.set(doc, perScope);
  }
  if (isGlobalScopeLine(doc, line)) {
    if (PROXY_ARGS.includes(name) || AUTOMATIC_PLATFORM_ARGS.includes(name)) return true;
    const at = perScope.get('global')?.get(name);
    return at !== undefined && at < line;
  }
  const stage = stageAtLine(doc, line) as DockerfileStage;
  if (inheritedScope(doc, stage).has(name)) return true;
  const at = perScope.get(String(stage.index))?.get(name);
  return at !== undefined && at < line;
}
