// Fenced code blocks in Markdown, as CommonMark reads them (spec 0.31.2, §4.5 "Fenced code
// blocks", https://spec.commonmark.org/0.31.2/#fenced-code-blocks): a fence is a line of at least
// three backticks or three tildes after at most three spaces; a backtick fence's info string has
// no backtick; the block ends at a line of the same character, at least as long, after at most
// three spaces, followed by nothing but spaces or tabs; an unclosed block runs to the end of the
// document. The first word of the info string is the language. The hover, the lint of commands
// and completion all read shell code through this one function, so they agree on where it is.

/** The body of a fenced block whose language is a shell (or none), as offsets into the text. */
export interface ShellFence {
  /** Offset of the first body line. */
  start: number;
  /** Offset of the closing fence line (the text's length when the block is not closed). */
  end: number;
  closed: boolean;
  /** console/session blocks: only lines with a prompt (`$ docker …`) are commands; the rest is output. */
  promptsOnly: boolean;
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

/** The language of an info string: its first word (`bash title="x"` → bash; Pandoc's `{.bash}` → bash). */
export function fenceLanguage(info: string): string {
  const trimmed = info.trim();
  const pandoc = /^\{\s*\.([\w+-]+)/.exec(trimmed);
  if (pandoc) return pandoc[1];
  return trimmed.split(/[ \t]/)[0];
}

/** The shell-like fenced code blocks of a Markdown text, in order. */
export function markdownShellFences(text: string): ShellFence[] {
  const fences: ShellFence[] = [];
  let open: { char: string; length: number; bodyStart: number; shell: boolean; promptsOnly: boolean } | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const next = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
    const line = text.slice(lineStart, lineEnd);
    if (!open) {
      const fence = fenceOf(line);
      if (fence && !(fence.char === '`' && fence.rest.includes('`'))) {
        const language = fenceLanguage(fence.rest);
        const promptsOnly = CONSOLE_LANGUAGES.test(language);
        open = { char: fence.char, length: fence.length, bodyStart: next, shell: promptsOnly || SHELL_LANGUAGES.test(language), promptsOnly };
      }
    } else {
      const fence = fenceOf(line);
      if (fence && fence.char === open.char && fence.length >= open.length && !/[^ \t]/.test(fence.rest)) {
        if (open.shell) fences.push({ start: open.bodyStart, end: lineStart, closed: true, promptsOnly: open.promptsOnly });
        open = undefined;
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = next;
  }
  // An opening fence on the last line has no body.
  if (open?.shell && open.bodyStart <= text.length) fences.push({ start: open.bodyStart, end: text.length, closed: false, promptsOnly: open.promptsOnly });
  return fences;
}

/** Whether an offset is inside the body of one of the fences (on a body line, not on a fence line). */
export function inShellFence(fences: readonly ShellFence[], offset: number): boolean {
  return fences.some((f) => f.start <= offset && (offset < f.end || (!f.closed && offset === f.end)));
}
