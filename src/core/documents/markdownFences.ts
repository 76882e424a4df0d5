// Fenced code blocks in Markdown, as CommonMark reads them (spec 0.31.2, §4.5 "Fenced code
// blocks", https://spec.commonmark.org/0.31.2/#fenced-code-blocks): a fence is a line of at least
// three backticks or three tildes after at most three spaces; a backtick fence's info string has
// no backtick; the block ends at a line of the same character, at least as long, after at most
// three spaces, followed by nothing but spaces or tabs; an unclosed block runs to the end of its
// container. The first word of the info string is the language. The hover, the lint of commands
// and completion all read shell code through this one function, so they agree on where it is.
//
// Fences inside containers count too (§5 "Container blocks"): block quotes (`> ` before every line,
// §5.1 https://spec.commonmark.org/0.31.2/#block-quotes) and list items (lines indented to the
// item's content, §5.2 https://spec.commonmark.org/0.31.2/#list-items). A fenced block has no lazy
// lines: a line that leaves its container (no `>`, or a non-blank line indented less than the
// item's content) ends the block there. Paragraph laziness is not followed: such a line closes the
// containers, which only matters to a fence that would open inside them on a later line.

/** The body of a fenced block whose language is a shell (or none), as offsets into the text. */
export interface ShellFence {
  /** Offset of the first body line. */
  start: number;
  /** Offset of the line that ends it: its closing fence, or the first line outside its container (the text's length when it runs to the end). */
  end: number;
  /** False when the block runs to the end of the text (the offset at `end` is still inside it). */
  closed: boolean;
  /** console/session blocks: only lines with a prompt (`$ docker …`) are commands; the rest is output. */
  promptsOnly: boolean;
}

/** The shell-like fences of a Markdown text, and the text as the shell reader reads it. */
export interface MarkdownShell {
  fences: ShellFence[];
  /**
   * The text with the block-quote markers (`>`) of the fences' body lines turned into spaces:
   * as long as the text, line for line, so an offset or a column in it is the same in the text.
   * The text itself when there are none.
   */
  shellText: string;
}

// A block without a language is read as shell too: READMEs often leave it out.
const SHELL_LANGUAGES = /^(?:sh|bash|shell|zsh|)$/i;
const CONSOLE_LANGUAGES = /^(?:console|shell-session|shellsession|terminal)$/i;

/** A fence at the start of a line: up to three spaces, then three or more of one of ` or ~; what follows it. */
function fenceOf(line: string): { char: string; length: number; rest: string } | undefined {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  const char = line[i];
  if (char !== '`' && char !== '~') return undefined;
  let end = i;
  while (line[end] === char) end++;
  return end - i >= 3 ? { char, length: end - i, rest: line.slice(end) } : undefined;
}

/**
 * The language of an info string: its first word, up to a space, `{` or `:` (`bash title="x"`,
 * VitePress's `bash{1,3}` and `sh:no-line-numbers` → bash, sh); a word in braces first
 * (Pandoc's `{.bash}`, Quarto's `{bash}` → bash).
 */
export function fenceLanguage(info: string): string {
  const trimmed = info.trim();
  const braced = /^\{\s*\.?([\w+-]+)/.exec(trimmed);
  if (braced) return braced[1];
  return trimmed.split(/[ \t{:]/)[0];
}

/** A container a line can be inside: a block quote, or a list item whose content starts at column `indent`. */
type Container = { kind: 'quote' } | { kind: 'item'; indent: number };

/** A place in a line: index and column (a tab moves to the next multiple of 4, §2.2). */
interface At {
  i: number;
  col: number;
}

const advance = (line: string, at: At): At => ({ i: at.i + 1, col: line[at.i] === '\t' ? at.col + 4 - (at.col % 4) : at.col + 1 });

/** Spaces and tabs from `at` until column `col` is reached (undefined: the line has something else first). */
function indentTo(line: string, at: At, col: number): At | undefined {
  let p = at;
  while (p.col < col) {
    if (line[p.i] !== ' ' && line[p.i] !== '\t') return undefined;
    p = advance(line, p);
  }
  return p;
}

/** Up to three spaces, `>`, then one optional space: after the marker, and where the `>` is. */
function quoteMarker(line: string, at: At): { after: At; mark: number } | undefined {
  let p = at;
  for (let n = 0; n < 3 && line[p.i] === ' '; n++) p = advance(line, p);
  if (line[p.i] !== '>') return undefined;
  const mark = p.i;
  p = advance(line, p);
  if (line[p.i] === ' ' || line[p.i] === '\t') p = advance(line, p);
  return { after: p, mark };
}

/**
 * A list item's marker (up to three spaces, `-`, `+`, `*`, or 1–9 digits and `.` or `)`), and the
 * column its content starts at: after the 1–4 spaces that follow the marker, or one column after
 * the marker when more follow (the content is indented code) or the line ends there.
 */
function listMarker(line: string, at: At): { after: At; indent: number } | undefined {
  let p = at;
  for (let n = 0; n < 3 && line[p.i] === ' '; n++) p = advance(line, p);
  const ch = line[p.i];
  const bullet = ch === '-' || ch === '+' || ch === '*';
  if (!bullet && !(ch >= '0' && ch <= '9')) return undefined;
  const digits = bullet ? null : /^\d{1,9}[.)]/.exec(line.slice(p.i, p.i + 10));
  const width = bullet ? 1 : digits ? digits[0].length : 0;
  if (width === 0) return undefined;
  for (let n = 0; n < width; n++) p = advance(line, p);
  const markerEnd = p;
  if (p.i >= line.length) return { after: p, indent: markerEnd.col + 1 };
  if (line[p.i] !== ' ' && line[p.i] !== '\t') return undefined;
  while (line[p.i] === ' ' || line[p.i] === '\t') p = advance(line, p);
  if (p.i >= line.length || p.col - markerEnd.col > 4) {
    const one = advance(line, markerEnd);
    return { after: one, indent: one.col };
  }
  return { after: p, indent: p.col };
}

/** The shell-like fenced code blocks of a Markdown text, in order. */
export function markdownShellFences(text: string): ShellFence[] {
  return readMarkdownShell(text).fences;
}

/** The shell-like fenced code blocks of a Markdown text, in order, and the text the shell reader reads there. */
export function readMarkdownShell(text: string): MarkdownShell {
  const fences: ShellFence[] = [];
  /** The `>` of the fences' body lines, to blank out. */
  const marks: number[] = [];
  let containers: Container[] = [];
  let open: { char: string; length: number; bodyStart: number; shell: boolean; promptsOnly: boolean; depth: number } | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const next = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
    const line = text.slice(lineStart, lineEnd);
    // Where the line's last character other than a space or tab is: the rest of it from `at` is blank when before `at`.
    let ink = line.length - 1;
    while (ink >= 0 && (line[ink] === ' ' || line[ink] === '\t')) ink--;
    // The open containers this line continues, in order; the first it does not continue ends it and those inside it.
    let at: At = { i: 0, col: 0 };
    let matched = 0;
    const lineMarks: number[] = [];
    for (const c of containers) {
      if (c.kind === 'quote') {
        const q = quoteMarker(line, at);
        if (!q) break;
        lineMarks.push(lineStart + q.mark);
        at = q.after;
      } else if (ink >= at.i) {
        const to = indentTo(line, at, c.indent);
        if (!to) break;
        at = to;
      }
      matched++;
    }
    // A body line or a closing fence: nothing else starts on it.
    let inFence = false;
    if (open && matched < open.depth) {
      // The fence's container ends here, and the fence with it.
      if (open.shell) fences.push({ start: open.bodyStart, end: lineStart, closed: true, promptsOnly: open.promptsOnly });
      open = undefined;
    }
    if (open) {
      inFence = true;
      const fence = fenceOf(line.slice(at.i));
      if (fence && fence.char === open.char && fence.length >= open.length && !/[^ \t]/.test(fence.rest)) {
        if (open.shell) fences.push({ start: open.bodyStart, end: lineStart, closed: true, promptsOnly: open.promptsOnly });
        open = undefined;
      } else if (open.shell) {
        marks.push(...lineMarks);
      }
    }
    if (!inFence) {
      containers = containers.slice(0, matched);
      // New containers opened on this line, then maybe a fence inside the innermost.
      for (;;) {
        const q = quoteMarker(line, at);
        if (q) {
          containers.push({ kind: 'quote' });
          at = q.after;
          continue;
        }
        const item = listMarker(line, at);
        if (item) {
          containers.push({ kind: 'item', indent: item.indent });
          at = item.after;
          continue;
        }
        break;
      }
      const fence = fenceOf(line.slice(at.i));
      if (fence && !(fence.char === '`' && fence.rest.includes('`'))) {
        const language = fenceLanguage(fence.rest);
        const promptsOnly = CONSOLE_LANGUAGES.test(language);
        open = { char: fence.char, length: fence.length, bodyStart: next, shell: promptsOnly || SHELL_LANGUAGES.test(language), promptsOnly, depth: containers.length };
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = next;
  }
  // An opening fence on the last line has no body.
  if (open?.shell && open.bodyStart <= text.length) fences.push({ start: open.bodyStart, end: text.length, closed: false, promptsOnly: open.promptsOnly });
  return { fences, shellText: marks.length === 0 ? text : blankOut(text, marks) };
}

/** The text with a space at each of the offsets (each holds a one-character `>`). */
function blankOut(text: string, offsets: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const o of offsets) {
    parts.push(text.slice(from, o), ' ');
    from = o + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Whether an offset is inside the body of one of the fences (on a body line, not on a fence line). */
export function inShellFence(fences: readonly ShellFence[], offset: number): boolean {
  return fences.some((f) => f.start <= offset && (offset < f.end || (!f.closed && offset === f.end)));
}
