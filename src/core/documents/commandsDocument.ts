import type { Range } from '../types';
import { LineIndex } from './lineIndex';

/** A shell word with its place in the file. `value` has quotes removed; `raw` is as written. */
export interface ShellWord {
  value: string;
  raw: string;
  range: Range;
  start: number;
  end: number;
}

/** One `docker …` command line (backslash continuations joined), split into words. */
export interface DockerCommand {
  /** The words from `docker` on; words[0].value is `docker` (or `docker-compose`). */
  words: ShellWord[];
  range: Range;
}

export interface CommandsDocument {
  kind: 'commands';
  fileKind: 'shell' | 'markdown';
  text: string;
  lines: LineIndex;
  commands: DockerCommand[];
}

// Fenced code in Markdown whose info string says it is shell; console blocks carry `$ ` prompts.
const SHELL_FENCES = /^(?:sh|bash|shell|console|zsh|shell-session|terminal|powershell|ps|cmd|)$/i;

export function parseCommands(text: string, fileKind: 'shell' | 'markdown'): CommandsDocument {
  const lines = new LineIndex(text);
  const regions = fileKind === 'markdown' ? markdownShellRegions(text) : [{ start: 0, end: text.length }];
  const commands: DockerCommand[] = [];
  for (const region of regions) {
    for (const words of splitCommands(text, region.start, region.end, lines)) {
      const at = words.findIndex((w) => w.value === 'docker' || w.value === 'docker-compose');
      if (at < 0) continue;
      // Only where docker is the program: first word, or after sudo / env assignments / a prompt.
      const before = words.slice(0, at);
      if (!before.every((w) => w.value === 'sudo' || w.value === '$' || w.value === '#' || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w.value) || w.value === 'exec' || w.value === 'time')) continue;
      const own = words.slice(at);
      commands.push({ words: own, range: { start: own[0].range.start, end: own[own.length - 1].range.end } });
    }
  }
  return { kind: 'commands', fileKind, text, lines, commands };
}

/** Offsets of the bodies of shell-like fenced code blocks. */
function markdownShellRegions(text: string): { start: number; end: number }[] {
  const regions: { start: number; end: number }[] = [];
  const fence = /^( {0,3})(`{3,}|~{3,})[ \t]*([^\s`]*)[^\n]*$/gm;
  let open: { marker: string; bodyStart: number; shell: boolean } | undefined;
  let m: RegExpExecArray | null;
  while ((m = fence.exec(text))) {
    const marker = m[2];
    if (!open) {
      const bodyStart = text.indexOf('\n', m.index);
      if (bodyStart < 0) break;
      open = { marker, bodyStart: bodyStart + 1, shell: SHELL_FENCES.test(m[3]) };
    } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && m[3] === '') {
      if (open.shell) regions.push({ start: open.bodyStart, end: m.index });
      open = undefined;
    }
  }
  if (open?.shell) regions.push({ start: open.bodyStart, end: text.length });
  return regions;
}

/**
 * Splits shell text into simple commands (at newlines, `;`, `&&`, `||`, `|`, `&`), joining
 * backslash-newline continuations, honouring quotes. Enough shell to find docker's words, not
 * a full shell grammar: `$(…)` and backticks are kept inside the word they appear in.
 */
function* splitCommands(text: string, from: number, to: number, lines: LineIndex): Generator<ShellWord[]> {
  let words: ShellWord[] = [];
  let i = from;
  const word = (start: number, end: number, value: string) =>
    words.push({ value, raw: text.slice(start, end), range: lines.range(start, end), start, end });
  while (i < to) {
    const c = text[i];
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\r' ? 3 : 2;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\n' || c === ';' || c === '|' || c === '&' || c === '(' || c === ')') {
      if (words.length) yield words;
      words = [];
      i++;
      continue;
    }
    if (c === '#' && words.length === 0) {
      // A comment line; but "# docker run" in a console block is a root prompt, so keep going
      // only when something follows that looks like a command.
      const eol = text.indexOf('\n', i);
      const rest = text.slice(i + 1, eol < 0 ? to : Math.min(eol, to)).trimStart();
      if (!/^(sudo\s+)?docker\b/.test(rest)) {
        i = eol < 0 ? to : Math.min(eol, to);
        continue;
      }
      i++;
      continue;
    }
    const start = i;
    let value = '';
    while (i < to) {
      const ch = text[i];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === ';' || ch === '|' || ch === '&' || ch === ')' ) break;
      if (ch === '\\' && text[i + 1] === '\n') break;
      if (ch === '\\' && i + 1 < to) {
        value += text[i + 1];
        i += 2;
        continue;
      }
      if (ch === "'" || ch === '"') {
        const close = text.indexOf(ch, i + 1);
        const end = close < 0 || close >= to ? to : close;
        value += text.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      if (ch === '$' && text[i + 1] === '(') {
        const close = text.indexOf(')', i);
        const end = close < 0 || close >= to ? to : close + 1;
        value += text.slice(i, end);
        i = end;
        continue;
      }
      value += ch;
      i++;
    }
    word(start, Math.min(i, to), value);
  }
  if (words.length) yield words;
}
