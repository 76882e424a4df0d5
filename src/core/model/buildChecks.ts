import type { Range } from '../types';
import type { DockerfileDocument } from '../documents/dockerfileDocument';

// BuildKit's build-check settings as a Dockerfile writes them, read the way BuildKit reads them
// (moby/buildkit v0.32.2). One model for the lint engine (which of our rules a `skip` silences,
// which `error=true` raises), for `dockerfile-syntax` (which `# check=` lines are not plain
// comments) and for the hover on those lines.
//
// Two places count:
// - the parser directive at the top of the file (parser/directives.go ParseDirective("check")):
//   lines from the first one (after a `#!` line) that each start with `#` in column 0 and read
//   `name=value` with a known directive name; the first other line ends the header. It sets
//   `skip`, `error` and `experimental` for the whole file (dockerfile2llb/convert.go newRuleLinter).
//   A value BuildKit cannot parse stops the build ("failed to parse check options").
// - a `# check=` comment above one instruction, since Dockerfile frontend 1.21.0 (BuildKit
//   v0.27.0, commit a248d48 "dockerfile: add syntax to skip a check"): parser/parser.go keeps
//   the comments between the previous instruction and this one (blank lines keep them, a bare
//   `#` drops those before it), and linter/linter.go WithMergedConfigFromComments takes the first
//   of them that is a `check` directive and merges only its `skip` and `experimental` into the
//   settings for that one instruction (`error` is not merged). A value it cannot parse is
//   ignored, and so are later `check` comments above the same instruction.
// In both places the value is cut at the first space, so `skip=A // why` is `skip=A`.

export const BUILD_CHECK_SOURCES = [
  'https://docs.docker.com/reference/dockerfile/#check',
  'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/linter.go',
  'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/parser/parser.go',
];

export interface CheckSettings {
  skipAll: boolean;
  /** Check names, exactly as written (BuildKit compares them case-sensitively). */
  skip: readonly string[];
  error: boolean;
  /** Whether `error=` was written at all (it means nothing above an instruction). */
  errorWritten: boolean;
  experimentalAll: boolean;
  experimental: readonly string[];
}

export type ParsedCheck = { ok: true; settings: CheckSettings } | { ok: false; problem: string };

export interface CheckComment {
  /** 0-based line of the comment. */
  line: number;
  /** From the `#` to the end of the line. */
  range: Range;
  /** The value BuildKit reads: after `check=`, cut at the first space. */
  value: string;
  parsed: ParsedCheck;
}

export interface InstructionCheck extends CheckComment {
  /** First and last line of the instruction it governs. */
  instructionStart: number;
  instructionEnd: number;
  keyword: string;
}

export interface BuildCheckDirectives {
  /** The `# check=` parser directive at the top of the file. */
  file?: CheckComment;
  /** The first `# check=` comment above each instruction, in file order. */
  instructions: InstructionCheck[];
  /** `# check=` comments BuildKit does not read: later ones above the same instruction, and ones above no instruction. */
  unread: (CheckComment & { shadowedBy?: number })[];
  /** Lines of the parser directives at the top (`syntax`, `escape`, `check`). */
  headerLines: ReadonlySet<number>;
}

const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
// parser/directives.go directiveRegexp `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, after the
// comment marker and leading spaces: the head by a regex, the value trimmed by hand (a lazy
// `(.+?)\s*$` backtracks over every run of spaces in the value).
const DIRECTIVE_HEAD = /^([a-zA-Z][a-zA-Z0-9]*)\s*=/;

/** linter.ParseLintOptions: `skip=A,B;error=true;experimental=C` (at most three parts). */
export function parseCheckValue(raw: string): ParsedCheck {
  const text = raw.trim();
  const settings: CheckSettings = { skipAll: false, skip: [], error: false, errorWritten: false, experimentalAll: false, experimental: [] };
  if (!text) return { ok: true, settings };
  // Go's strings.SplitN(s, ";", 3): the third part keeps any further `;`.
  const parts = text.split(';');
  const limited = parts.length > 3 ? [parts[0], parts[1], parts.slice(2).join(';')] : parts;
  for (const part of limited) {
    const eq = part.indexOf('=');
    if (eq < 0) return { ok: false, problem: part };
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 'skip') {
      if (value === 'all') settings.skipAll = true;
      else settings.skip = value.split(',').map((s) => s.trim());
    } else if (key === 'experimental') {
      if (value === 'all') settings.experimentalAll = true;
      else settings.experimental = value.split(',').map((s) => s.trim());
    } else if (key === 'error') {
      const bool = goParseBool(value);
      if (bool === undefined) return { ok: false, problem: part };
      settings.error = bool;
      settings.errorWritten = true;
    } else return { ok: false, problem: part };
  }
  return { ok: true, settings };
}

/** Go's strconv.ParseBool. */
function goParseBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

/** `name=value` of a comment's text after the `#` (already without it), lower-cased name. */
function directiveIn(afterHash: string): { name: string; value: string } | undefined {
  const text = afterHash.trimStart();
  const head = DIRECTIVE_HEAD.exec(text);
  if (!head) return undefined;
  const value = text.slice(head[0].length).trim();
  return value ? { name: head[1].toLowerCase(), value } : undefined;
}

function commentOf(doc: DockerfileDocument, line: number, value: string): CheckComment {
  const text = doc.lines.lineText(line);
  const cut = value.split(' ', 1)[0];
  return {
    line,
    range: { start: { line, character: text.indexOf('#') }, end: { line, character: text.length } },
    value: cut,
    parsed: parseCheckValue(cut),
  };
}

const memo = new WeakMap<DockerfileDocument, BuildCheckDirectives>();

export function buildCheckDirectives(doc: DockerfileDocument): BuildCheckDirectives {
  const known = memo.get(doc);
  if (known) return known;
  const result = read(doc);
  memo.set(doc, result);
  return result;
}

function read(doc: DockerfileDocument): BuildCheckDirectives {
  const headerLines = new Set<number>();
  let file: CheckComment | undefined;
  let line = 0;
  const count = doc.lines.lineCount;
  if (count > 0 && doc.lines.lineText(0).replace(/^\uFEFF/, '').startsWith('#!')) line = 1;
  const seen = new Set<string>();
  for (; line < count; line++) {
    const text = doc.lines.lineText(line).replace(/^\uFEFF/, '').replace(/\r$/, '');
    if (!text.startsWith('#')) break;
    const d = directiveIn(text.slice(1));
    if (!d || !KNOWN_DIRECTIVES.has(d.name) || seen.has(d.name)) break;
    seen.add(d.name);
    headerLines.add(line);
    if (d.name === 'check') file = commentOf(doc, line, d.value);
  }

  const instructions: InstructionCheck[] = [];
  const unread: (CheckComment & { shadowedBy?: number })[] = [];
  let from = 0;
  const collect = (start: number, end: number): CheckComment[] => {
    // The comment block BuildKit hands to the instruction: a bare `#` drops what came before.
    let block: CheckComment[] = [];
    for (let l = start; l < end; l++) {
      if (headerLines.has(l)) continue;
      const text = doc.lines.lineText(l).replace(/\r$/, '');
      if (!/^\s*#/.test(text)) continue;
      // parser.go strips the first byte and trims: an indented `# check=` keeps its `#` and is
      // never read as a directive.
      const afterHash = text.slice(1).trim();
      if (afterHash === '') {
        unread.push(...block);
        block = [];
        continue;
      }
      if (!text.startsWith('#')) continue;
      const d = directiveIn(afterHash);
      if (d?.name === 'check') block.push(commentOf(doc, l, d.value));
    }
    return block;
  };
  for (const instruction of doc.ast.getInstructions()) {
    const range = instruction.getRange();
    const block = collect(from, range.start.line);
    from = range.end.line + 1;
    if (!block.length) continue;
    const [first, ...rest] = block;
    instructions.push({ ...first, instructionStart: range.start.line, instructionEnd: range.end.line, keyword: instruction.getKeyword() });
    for (const r of rest) unread.push({ ...r, shadowedBy: first.line });
  }
  unread.push(...collect(from, count));
  unread.sort((a, b) => a.line - b.line);
  return { file, instructions, unread, headerLines };
}

/** The `# check=` comment that governs the instruction covering `line`, if any. */
export function instructionCheckAt(directives: BuildCheckDirectives, line: number): InstructionCheck | undefined {
  const list = directives.instructions;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const c = list[mid];
    if (line < c.instructionStart) high = mid - 1;
    else if (line > c.instructionEnd) low = mid + 1;
    else return c;
  }
  return undefined;
}

/** Whether settings skip the named check (experimental checks are not touched by `skip`, but a team that names one means it). */
export function skips(settings: CheckSettings, name: string): boolean {
  return settings.skipAll || settings.skip.includes(name);
}

/** `docker/dockerfile:1.20` and older read a `# check=` above an instruction as a plain comment; unknown or newer versions: they read it. */
export function frontendReadsInstructionChecks(doc: DockerfileDocument): boolean {
  const syntax = doc.ast.getDirectives().find((d) => d.getName().toLowerCase() === 'syntax')?.getValue() ?? '';
  const m = /^(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?:(\d+)(?:\.(\d+))?/.exec(syntax);
  if (!m) return true;
  const major = Number(m[1]);
  if (m[2] === undefined) return major >= 1;
  return major > 1 || Number(m[2]) >= 21;
}
