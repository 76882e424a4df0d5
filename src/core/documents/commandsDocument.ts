import type { Range } from '../types';
import { LineIndex } from './lineIndex';
import { parseDockerCommand } from '../model/dockerCommand';
import type { ParsedDockerCommand } from '../model/dockerCommand';
import { readMarkdownShell } from './markdownFences';
import type { ShellFence } from './markdownFences';

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
  /** The words as the docker CLI reads them: subcommand, flags with values, image, … */
  parsed: ParsedDockerCommand;
}

export interface CommandsDocument {
  kind: 'commands';
  fileKind: 'shell' | 'markdown';
  text: string;
  lines: LineIndex;
  commands: DockerCommand[];
  /** Markdown: the shell-like fenced code blocks, where its commands are read (and completed); shell: none. */
  fences: ShellFence[];
  /**
   * What the shell reader reads: the text, with the block-quote `>` before the fences' body lines
   * turned into spaces (Markdown; markdownFences.ts). As long as the text, so offsets are the same.
   */
  shellText: string;
}

interface Region {
  start: number;
  end: number;
  /** Only prompted lines (`$ docker …`) are commands. */
  promptsOnly: boolean;
}

export function parseCommands(text: string, fileKind: 'shell' | 'markdown'): CommandsDocument {
  const lines = new LineIndex(text);
  const { fences, shellText } = fileKind === 'markdown' ? readMarkdownShell(text) : { fences: [], shellText: text };
  const regions: Region[] = fileKind === 'markdown' ? fences : [{ start: 0, end: text.length, promptsOnly: false }];
  const commands: DockerCommand[] = [];
  for (const region of regions) commands.push(...commandsIn(shellText, region, lines));
  return { kind: 'commands', fileKind, text, lines, commands, fences, shellText };
}

/**
 * The docker commands of a piece of shell text, such as the arguments of a Dockerfile `RUN`
 * instruction (the Dockerfile hover calls this with the instruction's text and explains the
 * command under the cursor). Offsets and ranges are relative to `text`.
 */
export function findDockerCommands(text: string): DockerCommand[] {
  return commandsIn(text, { start: 0, end: text.length, promptsOnly: false }, new LineIndex(text));
}

// Words that may stand before `docker` and still leave docker the program that runs: launchers
// (`sudo docker …`) and shell keywords that start a command (`if docker ps …; then docker …`).
const PREFIX_PROGRAMS = new Set(['sudo', 'exec', 'time', 'nohup', 'command', 'env', 'doas', 'then', 'do', 'else', 'if', 'while', 'until', '!', '{']);
// sudo options that take a value (`sudo -u deploy docker …`).
const SUDO_VALUE_OPTIONS = /^-[ugpCDhrtTU]$/;

function commandsIn(text: string, region: Region, lines: LineIndex): DockerCommand[] {
  const commands: DockerCommand[] = [];
  for (const raw of splitCommands(text, region.start, region.end, lines, region.promptsOnly)) {
    const words = raw.map(stripMakePrefix);
    const at = words.findIndex((w) => w.value === 'docker' || w.value === 'docker-compose');
    if (at < 0) continue;
    const before = words.slice(0, at);
    if (!isLauncherPrefix(before, region.promptsOnly)) continue;
    const own = words.slice(at);
    const parsed = parseDockerCommand(own);
    if (!parsed) continue;
    commands.push({ words: own, range: { start: own[0].range.start, end: own[own.length - 1].range.end }, parsed });
  }
  return commands;
}

/** Whether the words before `docker` only launch it: a prompt, sudo and its options, `VAR=x`, `env`. */
function isLauncherPrefix(before: ShellWord[], promptsOnly: boolean): boolean {
  let prompted = false;
  for (let k = 0; k < before.length; k++) {
    const v = before[k].value;
    if (k === 0 && isPrompt(v)) {
      prompted = true;
      continue;
    }
    if (PREFIX_PROGRAMS.has(v) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) continue;
    if (v.startsWith('-') && k > 0 && before[k - 1].value !== '' && (PREFIX_PROGRAMS.has(before[k - 1].value) || before[k - 1].value.startsWith('-'))) {
      if (SUDO_VALUE_OPTIONS.test(v)) k++;
      continue;
    }
    return false;
  }
  return prompted || !promptsOnly;
}

/** A shell prompt as written in docs: `$`, `#`, `>`, `PS>`, `user@host:~$`. */
function isPrompt(v: string): boolean {
  if (v === '$' || v === '#' || v === '>' || v === '%' || v === 'PS$' || v === 'PS#' || v === 'PS>') return true;
  // `user@host…$`: checked in pieces, not with one `[\w.-]+@[\w.-]+:?[^\s]*[$#>]$`, whose
  // overlapping runs backtracked quadratically on a long word (review F9: 8 s on `a@` + 100,000 `a`).
  const body = v.slice(0, -1);
  if ('$#>'.includes(v.charAt(v.length - 1)) && /^[\w.-]+@[\w.-]/.test(body) && !/\s/.test(body)) return true;
  return /^PS\s?[A-Z]:.*>$/.test(v);
}

/** Make recipe prefixes (`@docker`, `-docker`, `+docker`) hide the program name. */
function stripMakePrefix(w: ShellWord): ShellWord {
  const m = /^[@+-]+(?=docker(?:-compose)?$)/.exec(w.value);
  if (!m || w.raw !== w.value) return w;
  const n = m[0].length;
  return { value: w.value.slice(n), raw: w.raw.slice(n), start: w.start + n, end: w.end, range: { start: { line: w.range.start.line, character: w.range.start.character + n }, end: w.range.end } };
}

/**
 * Splits shell text into simple commands (at newlines, `;`, `&&`, `||`, `|`, `&`), joining
 * backslash-newline continuations, honouring quotes. Enough shell to find docker's words, not
 * a full shell grammar: `$(…)` and backticks are kept inside the word they appear in.
 */
function* splitCommands(text: string, from: number, to: number, lines: LineIndex, hashIsPrompt: boolean): Generator<ShellWord[]> {
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
    if (c === '#' && (i === from || /\s/.test(text[i - 1]))) {
      // A comment runs to the end of the line. But `# docker run` at the start of a line in a
      // console block is a root prompt: keep it as a word so the prompt check can see it.
      const eol = text.indexOf('\n', i);
      const lineEnd = eol < 0 || eol > to ? to : eol;
      const rest = text.slice(i + 1, lineEnd);
      if (hashIsPrompt && words.length === 0 && /^\s+(sudo\s+)?docker(?:-compose)?\b/.test(rest)) {
        word(i, i + 1, '#');
        i++;
        continue;
      }
      i = lineEnd;
      continue;
    }
    const start = i;
    let value = '';
    while (i < to) {
      const ch = text[i];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === ';' || ch === '|' || ch === '&' || ch === ')') break;
      if (ch === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) break;
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
