// A reader for the shell text of RUN: enough of POSIX sh to find the simple commands and their
// words, each word with its exact offsets in the Dockerfile, so that rules can point at
// `apt-get install` rather than at column 1 and can insert `-y` at the right place.
//
// It is not a shell: it does not expand anything. Words that hold `$…`, backquotes or glob
// characters are marked `dynamic` so that rules (and exact fixes) can stay away from them.
// Command substitutions `$(…)` stay inside their word; commands run there are not listed.

/** Text whose every character remembers where it came from in the document. */
export interface MappedText {
  text: string;
  /** offsets[i] is the document offset of text[i]. */
  offsets: ArrayLike<number>;
}

export interface ShellWord {
  /** The word with quotes removed (expansions kept as written). */
  text: string;
  /** Document offsets of the word as written, quotes included. */
  start: number;
  end: number;
  /** Holds a `$` expansion, a backquote or an unquoted glob/tilde: its value is not known here. */
  dynamic: boolean;
  /** Some part was quoted or escaped. */
  quoted: boolean;
}

export interface ShellCommand {
  /** The command's words after `if`/`then`/`!`/… are stripped. */
  words: ShellWord[];
  /** Here-document delimiters this command reads, in order (`<<EOF` → `EOF`). */
  heredocs: string[];
  /** The command whose output is piped into this one (`yes | apt-get install …`). */
  input?: ShellCommand;
  /** Runs only under a condition: inside `if … fi`, or after `[ … ] &&` / `test … ||`. */
  conditional: boolean;
}

const SHELL_KEYWORD_PREFIXES = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
const SHELL_CLOSERS = new Set(['fi', 'done', 'esac', '}']);
const NOT_COMMANDS = new Set(['for', 'case', 'select', 'function']);

const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);

// The same classes by character code, for the loop over a word's characters (the hottest loop
// of the lint): a table read instead of a Set lookup per character. Codes above 127 are plain.
const PLAIN = 0;
const ENDS_WORD = 1; // META
const SPECIAL = 2; // \ ' " $ ` need reading
const GLOB = 3; // * ? [ make the word dynamic
const CHAR_CLASS = new Uint8Array(128);
for (const c of META) CHAR_CLASS[c.charCodeAt(0)] = ENDS_WORD;
for (const c of ['\\', "'", '"', '$', '`']) CHAR_CLASS[c.charCodeAt(0)] = SPECIAL;
for (const c of ['*', '?', '[']) CHAR_CLASS[c.charCodeAt(0)] = GLOB;
const TILDE = 126;

/** Splits shell text into simple commands. Never throws; unbalanced quotes run to the end. */
export function parseShell(src: MappedText): ShellCommand[] {
  const { text, offsets } = src;
  const at = (i: number) => (i < offsets.length ? offsets[i] : (offsets[offsets.length - 1] ?? 0) + 1);
  const commands: ShellCommand[] = [];
  let words: ShellWord[] = [];
  let heredocs: string[] = [];
  let pipedFrom: ShellCommand | undefined;
  let ifDepth = 0;
  let afterTest = false;
  const endCommand = (separator = '') => {
    const first = words[0] && !words[0].quoted ? words[0].text : '';
    if (first === 'if') ifDepth++;
    const cmd = normalize(words, heredocs);
    if (cmd) {
      if (pipedFrom) cmd.input = pipedFrom;
      cmd.conditional = ifDepth > 0 || afterTest;
      commands.push(cmd);
    }
    if (first === 'fi') ifDepth = Math.max(0, ifDepth - 1);
    const program = cmd?.words[0]?.text ?? '';
    afterTest = (separator === '&&' || separator === '||') && (['[', '[[', 'test'].includes(program) || (afterTest && !!cmd));
    pipedFrom = separator === '|' ? cmd : undefined;
    words = [];
    heredocs = [];
  };

  // Reads one word starting at i (not on a metacharacter). Returns the word and the next index.
  const readWord = (start: number): { word: ShellWord; next: number } => {
    let i = start;
    // The unquoted value is built from slices of plain characters between the quotes, escapes
    // and expansions, not one character at a time: RUN lines are long and this is hot.
    let value = '';
    let plainFrom = start;
    let dynamic = false;
    let quoted = false;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      const kind = code < 128 ? CHAR_CLASS[code] : PLAIN;
      if (kind === ENDS_WORD) break;
      if (kind !== SPECIAL) {
        if (kind === GLOB || (code === TILDE && i === start)) dynamic = true;
        i++;
        continue;
      }
      const c = text[i];
      value += text.slice(plainFrom, i);
      if (c === '\\') {
        if (text[i + 1] === '\n') {
          i += 2;
        } else {
          quoted = true;
          value += text[i + 1] ?? '';
          i += 2;
        }
      } else if (c === "'") {
        const close = text.indexOf("'", i + 1);
        const stop = close < 0 ? text.length : close;
        value += text.slice(i + 1, stop);
        quoted = true;
        i = stop + 1;
      } else if (c === '"') {
        quoted = true;
        i++;
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '\\' && i + 1 < text.length) {
            const n = text[i + 1];
            if (n === '\n') {
              i += 2;
              continue;
            }
            value += '$`"\\'.includes(n) ? n : `\\${n}`;
            i += 2;
            continue;
          }
          if (text[i] === '$' || text[i] === '`') {
            dynamic = true;
            const end = skipExpansion(text, i);
            value += text.slice(i, end);
            i = end;
            continue;
          }
          value += text[i];
          i++;
        }
        i++;
      } else {
        dynamic = true;
        const end = skipExpansion(text, i);
        value += text.slice(i, end);
        i = end;
      }
      plainFrom = i;
    }
    if (plainFrom < i) value += text.slice(plainFrom, Math.min(i, text.length));
    return { word: { text: value, start: at(start), end: at(Math.max(start, i - 1)) + (i > start ? 1 : 0), dynamic, quoted }, next: i };
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '\n') {
      endCommand();
      i++;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '&' && text[i + 1] === '>') {
      i += text[i + 2] === '>' ? 3 : 2;
      i = skipRedirectTarget(i);
      continue;
    }
    if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
      const doubled = (c === '&' || c === '|' || c === ';') && text[i + 1] === c;
      endCommand(doubled ? c + c : c);
      i += doubled ? 2 : 1;
      continue;
    }
    if (c === '<' || c === '>') {
      // A file-descriptor number written just before (`2>`) is part of the redirection.
      const last = words[words.length - 1];
      if (last && /^\d+$/.test(last.text) && last.end === at(i)) words.pop();
      if (text.startsWith('<<<', i)) {
        i = skipRedirectTarget(i + 3);
        continue;
      }
      if (text.startsWith('<<', i)) {
        i += text[i + 2] === '-' ? 3 : 2;
        while (text[i] === ' ' || text[i] === '\t') i++;
        if (i < text.length && !META.has(text[i])) {
          const { word, next } = readWord(i);
          heredocs.push(word.text);
          i = next;
        }
        continue;
      }
      i++;
      if (text[i] === '>' || text[i] === '|' || (c === '<' && text[i] === '>')) i++;
      if (text[i] === '&') {
        i++;
        while (i < text.length && /[0-9-]/.test(text[i])) i++;
        continue;
      }
      i = skipRedirectTarget(i);
      continue;
    }
    const { word, next } = readWord(i);
    words.push(word);
    i = next;
  }
  endCommand();
  return commands;

  function skipRedirectTarget(from: number): number {
    let j = from;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (j < text.length && !META.has(text[j])) return readWord(j).next;
    return j;
  }
}

/** Index just after an expansion starting at `$` or a backquote. */
function skipExpansion(text: string, i: number): number {
  if (text[i] === '`') {
    let j = i + 1;
    while (j < text.length && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
    return Math.min(text.length, j + 1);
  }
  const n = text[i + 1];
  if (n === '(' || n === '{') {
    const open = n;
    const close = n === '(' ? ')' : '}';
    let depth = 0;
    let j = i + 1;
    while (j < text.length) {
      const c = text[j];
      if (c === '\\') {
        j += 2;
        continue;
      }
      if (c === "'" && open === '(') {
        const q = text.indexOf("'", j + 1);
        j = q < 0 ? text.length : q + 1;
        continue;
      }
      if (c === '"') {
        j++;
        while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        j++;
        continue;
      }
      if (c === open) depth++;
      else if (c === close) {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return text.length;
  }
  if (n === "'") {
    let j = i + 2;
    while (j < text.length && text[j] !== "'") j += text[j] === '\\' ? 2 : 1;
    return Math.min(text.length, j + 1);
  }
  let j = i + 1;
  if (j < text.length && /[@*#?$!0-9-]/.test(text[j])) return j + 1;
  while (j < text.length && /[A-Za-z0-9_]/.test(text[j])) j++;
  return j;
}

function normalize(words: ShellWord[], heredocs: string[]): ShellCommand | undefined {
  let start = 0;
  while (start < words.length && !words[start].quoted && SHELL_KEYWORD_PREFIXES.has(words[start].text)) start++;
  // `words` is the command's own array (the reader starts a new one for the next command).
  let rest = start > 0 ? words.slice(start) : words;
  if (rest.length && !rest[0].quoted && SHELL_CLOSERS.has(rest[0].text)) rest = rest.slice(1);
  if (rest.length && !rest[0].quoted && NOT_COMMANDS.has(rest[0].text)) rest = [];
  if (!rest.length && !heredocs.length) return undefined;
  return { words: rest, heredocs, conditional: false };
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

export interface ResolvedCommand {
  /** Index in `words` of the program actually run, or -1 when the command only assigns. */
  programIndex: number;
  /** Basename of the program (`/usr/bin/apt-get` → `apt-get`). */
  program: string;
  /** The words after the program. */
  args: ShellWord[];
  /** Wrappers run before it (`sudo`, `env`, …) with their word. */
  wrappers: ShellWord[];
  /** `NAME=value` words before the program (also those given to `env`). */
  assignments: ShellWord[];
}

const WRAPPER_OPTIONS_WITH_VALUE: Record<string, Set<string>> = {
  sudo: new Set(['-u', '-g', '-C', '-h', '-p', '-r', '-t', '-U', '-D']),
  env: new Set(['-u', '-C', '-S']),
  nice: new Set(['-n']),
  exec: new Set(['-a']),
  nohup: new Set(),
  command: new Set(),
  time: new Set(),
};

/** The program a command really runs, looking through `VAR=x`, `sudo`, `env`, `exec`, … */
export function resolveCommand(cmd: ShellCommand): ResolvedCommand {
  const wrappers: ShellWord[] = [];
  const assignments: ShellWord[] = [];
  let i = 0;
  const words = cmd.words;
  while (i < words.length) {
    const w = words[i];
    if (ASSIGNMENT.test(w.text)) {
      assignments.push(w);
      i++;
      continue;
    }
    const wrapper = WRAPPER_OPTIONS_WITH_VALUE[w.text];
    if (wrapper && !w.quoted) {
      wrappers.push(w);
      i++;
      while (i < words.length && words[i].text.startsWith('-') && words[i].text !== '--') {
        i += wrapper.has(words[i].text) ? 2 : 1;
      }
      if (words[i]?.text === '--') i++;
      continue;
    }
    break;
  }
  if (i >= words.length) return { programIndex: -1, program: '', args: [], wrappers, assignments };
  const program = words[i].text.split('/').pop() ?? words[i].text;
  return { programIndex: i, program, args: words.slice(i + 1), wrappers, assignments };
}

/**
 * The first non-option argument (a subcommand like `install`), skipping options and the
 * values of options that take one. `optionsWithValue` lists those (`-o`, `-c`, …).
 */
export function subcommand(args: ShellWord[], optionsWithValue: ReadonlySet<string> = new Set()): { word: ShellWord; index: number } | undefined {
  for (let i = 0; i < args.length; i++) {
    const t = args[i].text;
    if (t.startsWith('-')) {
      if (optionsWithValue.has(t)) i++;
      continue;
    }
    return { word: args[i], index: i };
  }
  return undefined;
}
