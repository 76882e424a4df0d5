// A `docker …` command split into what the docker CLI itself would see: global options, the
// subcommand path (`run`, `compose up`, `volume create`), the subcommand's flags with their
// values, and the positional arguments (image, the command after the image, build context …).
// Flag rules follow the CLI (cobra/pflag): `-it` is a cluster of booleans, `-p 8080:80`,
// `-p8080:80`, `-p=8080:80`, `--publish 8080:80` and `--publish=8080:80` all give `publish`
// the value `8080:80`, and `--` ends the flags.

import type { ShellWord } from '../documents/commandsDocument';
import type { FlagSpec, Positional, SubcommandSpec } from './dockerCliSpec';
import { canonicalKey, COMPOSE_GLOBAL_FLAGS, findFlag, GLOBAL_FLAGS, GROUPS, subcommandSpec, subcommandsWithFlag } from './dockerCliSpec';

/** A piece of the text with its offsets (a whole word, or part of one such as `p` in `-dp`). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface ParsedFlag {
  /** The long name without dashes (`publish`), or the name as written when unknown. */
  name: string;
  /** As written: `-p`, `--publish`, or the one letter `p` of a cluster like `-dp`. */
  written: string;
  isShort: boolean;
  /** Where the flag itself is written (one letter inside a cluster). */
  span: Span;
  /** The whole word the flag is in (`-dp` for `p`). */
  word: ShellWord;
  value?: string;
  valueSpan?: Span;
  /** True when every character of `value` sits at `valueSpan.start + index` (no quotes or escapes). */
  valueExact?: boolean;
  spec?: FlagSpec;
  /** False when this subcommand has no such flag (`docker build -d`). */
  known: boolean;
  /** For an unknown flag: the subcommands that do accept it (`run`, `create` for `-d`). */
  belongsTo: string[];
}

export interface PositionalArg {
  role: Positional;
  word: ShellWord;
}

export interface ParsedDockerCommand {
  words: ShellWord[];
  /** `docker`, or the old standalone `docker-compose`. */
  program: 'docker' | 'docker-compose';
  programWord: ShellWord;
  globalFlags: ParsedFlag[];
  /** Subcommand words as written (`container`, `run`). */
  pathWords: ShellWord[];
  /** Canonical key for knowledge lookups: `run`, `compose up`, `volume create`; '' when none. */
  key: string;
  spec?: SubcommandSpec;
  flags: ParsedFlag[];
  positionals: PositionalArg[];
  /** The image of run/create/pull/push/tag/rmi, if written. */
  image?: ShellWord;
  /** The words after the image (run) or the container/service (exec): the command run inside. */
  commandWords: ShellWord[];
}

const PROGRAMS = new Set(['docker', 'docker-compose']);

/** Parses the words of one command; words[0] must be `docker` or `docker-compose`. */
export function parseDockerCommand(words: ShellWord[]): ParsedDockerCommand | undefined {
  const programWord = words[0];
  if (!programWord || !PROGRAMS.has(programWord.value)) return undefined;
  const program = programWord.value as 'docker' | 'docker-compose';
  const result: ParsedDockerCommand = {
    words,
    program,
    programWord,
    globalFlags: [],
    pathWords: [],
    key: '',
    flags: [],
    positionals: [],
    commandWords: [],
  };
  let i = 1;
  const path: string[] = [];
  if (program === 'docker-compose') path.push('compose');
  // Global options, then the subcommand path. `docker compose` has global options of its own
  // between `compose` and its subcommand (`docker compose -f x.yml up`).
  while (i < words.length) {
    const w = words[i];
    const needsWord = path.length === 0 || (path.length === 1 && GROUPS.has(path[0]));
    if (!needsWord) break;
    const globals = path.length === 0 ? GLOBAL_FLAGS : path[0] === 'compose' ? COMPOSE_GLOBAL_FLAGS : undefined;
    if (w.value.startsWith('-') && w.value.length > 1) {
      if (!globals) break;
      i = readFlag(words, i, globalSpec(globals), result.globalFlags);
      continue;
    }
    path.push(w.value);
    result.pathWords.push(w);
    i++;
  }
  result.key = path.length === 0 ? '' : canonicalKey(path);
  result.spec = subcommandSpec(result.key);
  const roles = result.spec?.positionals ?? ['other'];
  const stopAtPositional = result.spec?.flagsStopAtFirstPositional ?? false;
  let flagsDone = false;
  while (i < words.length) {
    const w = words[i];
    const role = roles[Math.min(result.positionals.length, roles.length - 1)] ?? 'other';
    if (role === 'command') {
      result.commandWords = words.slice(i);
      break;
    }
    if (!flagsDone && w.value === '--') {
      flagsDone = true;
      i++;
      continue;
    }
    if (!flagsDone && w.value.startsWith('-') && w.value.length > 1) {
      i = readFlag(words, i, result.spec ?? { key: result.key, flags: [], positionals: [] }, result.flags);
      continue;
    }
    result.positionals.push({ role, word: w });
    if (stopAtPositional) flagsDone = true;
    i++;
  }
  const imageArg = result.positionals.find((p) => p.role === 'image');
  result.image = imageArg?.word;
  return result;
}

function globalSpec(specs: FlagSpec[]): SubcommandSpec {
  return { key: '', flags: specs, positionals: [] };
}

/**
 * Reads the flag (or cluster of short flags) at words[i] into `out` and returns the index of
 * the next unread word. A flag this subcommand does not know borrows its value-taking from the
 * subcommand that owns it, so `docker build -p 80 img` still reads `img` as the context.
 */
function readFlag(words: ShellWord[], i: number, spec: SubcommandSpec, out: ParsedFlag[]): number {
  const word = words[i];
  const text = word.value;
  // Offsets of letters are exact only when the word was written without quotes or escapes.
  const plain = word.raw === word.value;
  const at = (from: number, to: number): Span =>
    plain ? { text: text.slice(from, to), start: word.start + from, end: word.start + to } : { text: text.slice(from, to), start: word.start, end: word.end };
  const next = words[i + 1];
  const takeNext = (flag: ParsedFlag): number => {
    if (next) {
      flag.value = next.value;
      flag.valueSpan = { text: next.value, start: next.start, end: next.end };
      flag.valueExact = next.raw === next.value;
      return i + 2;
    }
    return i + 1;
  };
  if (text.startsWith('--')) {
    const eq = text.indexOf('=');
    const name = eq < 0 ? text.slice(2) : text.slice(2, eq);
    const flagSpec = findFlag(spec, name, false);
    const owner = flagSpec ? undefined : otherSpec(name, false);
    const flag: ParsedFlag = {
      name: flagSpec?.long ?? name,
      written: `--${name}`,
      isShort: false,
      span: at(0, eq < 0 ? text.length : eq),
      word,
      spec: flagSpec ?? owner?.flag,
      known: flagSpec !== undefined,
      belongsTo: flagSpec ? [] : subcommandsWithFlag(name, false),
    };
    out.push(flag);
    if (eq >= 0) {
      flag.value = text.slice(eq + 1);
      flag.valueSpan = at(eq + 1, text.length);
      flag.valueExact = plain;
      return i + 1;
    }
    return flag.spec?.takesValue ? takeNext(flag) : i + 1;
  }
  // Short flags: `-it` (two booleans), `-dp 80:80` (boolean, then one with a value),
  // `-p8080:80` / `-p=8080:80` (value in the same word).
  for (let k = 1; k < text.length; k++) {
    const letter = text[k];
    const flagSpec = findFlag(spec, letter, true);
    const owner = flagSpec ? undefined : otherSpec(letter, true);
    const effective = flagSpec ?? owner?.flag;
    const flag: ParsedFlag = {
      name: effective?.long ?? letter,
      written: `-${letter}`,
      isShort: true,
      span: text.length === 2 ? at(0, 2) : at(k, k + 1),
      word,
      spec: effective,
      known: flagSpec !== undefined,
      belongsTo: flagSpec ? [] : subcommandsWithFlag(letter, true),
    };
    out.push(flag);
    if (effective?.takesValue) {
      if (k + 1 < text.length) {
        const from = text[k + 1] === '=' ? k + 2 : k + 1;
        flag.value = text.slice(from);
        flag.valueSpan = at(from, text.length);
        flag.valueExact = plain;
        return i + 1;
      }
      return takeNext(flag);
    }
  }
  return i + 1;
}

/** The first subcommand that owns an unknown flag, preferring `run` (the usual mix-up). */
function otherSpec(name: string, isShort: boolean): { key: string; flag: FlagSpec } | undefined {
  for (const key of subcommandsWithFlag(name, isShort)) {
    const flag = findFlag(subcommandSpec(key), name, isShort);
    if (flag) return { key, flag };
  }
  return undefined;
}

/** Every flag of the command with the given long name (`publish`), in order. */
export function flagsNamed(cmd: ParsedDockerCommand, ...names: string[]): ParsedFlag[] {
  return cmd.flags.filter((f) => f.known && names.includes(f.name));
}

/** The command's display name: `docker run`, `docker compose up`, `docker-compose up`. */
export function commandTitle(cmd: ParsedDockerCommand): string {
  return [cmd.programWord.value, ...cmd.pathWords.map((w) => w.value)].join(' ');
}
