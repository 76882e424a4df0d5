import type { Heredoc, Instruction, Run } from 'dockerfile-ast';
import type { DockerfileDocument, DockerfileStage } from '../../../documents/dockerfileDocument';
import { isPosixShellAt, keywordOf } from './stages';
import type { MappedText, ShellCommand, ShellWord } from './shell';
import { parseShell, resolveCommand } from './shell';
import { flagsOf } from '../../../documents/dockerfileAstMemo';
import { trimTrailingSlashes } from '../../../text/trim';

// What a RUN instruction runs, as the shell will see it:
// - Docker first joins continuation lines (escape character + newline) and drops comment
//   lines inside them; the shell never sees those;
// - a here-document (`RUN <<EOF … EOF`) whose command is empty or a shell (`bash <<EOF`) is a
//   script of its own and is read like one (hadolint #682, #960: its lines are commands);
//   one fed to another program (`python3 <<EOF`, `cat <<EOF > file`) is data and is skipped;
// - the exec form `RUN ["apt-get", "install", "x"]` is one command with exactly those words.

export interface RunMount {
  type: string;
  target?: string;
  from?: string;
  options: Record<string, string>;
}

export interface RunScript {
  instruction: Instruction;
  stage: DockerfileStage;
  /** Written as a JSON array. */
  exec: boolean;
  /** False under powershell/cmd: rules that read sh syntax stay silent there. */
  posix: boolean;
  commands: ShellCommand[];
  mounts: RunMount[];
}

const cache = new WeakMap<DockerfileDocument, RunScript[]>();

/** Every RUN of the file (ONBUILD triggers excluded), read once per document. */
export function runScripts(doc: DockerfileDocument): RunScript[] {
  const known = cache.get(doc);
  if (known) return known;
  const out: RunScript[] = [];
  for (const stage of doc.stages) {
    for (const instruction of stage.instructions) {
      if (keywordOf(instruction) !== 'RUN') continue;
      out.push(readRun(doc, stage, instruction as Run));
    }
  }
  cache.set(doc, out);
  return out;
}

function readRun(doc: DockerfileDocument, stage: DockerfileStage, run: Run): RunScript {
  const mounts = flagsOf(run).filter((f) => f.getName().toLowerCase() === 'mount').map((f) => parseMount(f.getValue() ?? ''));
  const posix = isPosixShellAt(doc, stage, run.getRange().start.line);
  const start = shellStart(doc, run);
  const end = doc.lines.offsetAt(run.getRange().end);
  // Only an argument starting with `<<` opens a here-document: most RUNs have no `<` at all,
  // and dockerfile-ast rescans the whole instruction to find none.
  const heredocs = doc.text.slice(start, end).includes('<') ? run.getHeredocs() : [];
  const lineEnd = heredocs.length ? commandLineEnd(doc, heredocs[0]) : end;
  const commandText = joinContinuations(doc.text, start, Math.max(start, lineEnd), doc.ast.getEscapeCharacter());
  const exec = execWords(doc, run, commandText);
  // Object literals, not `{ ...base, … }`: V8 copied the spread slowly enough to be a tenth of the lint.
  if (exec) return { instruction: run, stage, posix, mounts, exec: true, commands: [{ words: exec, heredocs: [], conditional: false }] };
  const lineCommands = parseShell(commandText);
  // Most RUNs have no here-document: their command list is the line's, as it is.
  if (!heredocs.length) return { instruction: run, stage, posix, mounts, exec: false, commands: lineCommands };
  const commands: ShellCommand[] = [...lineCommands];
  const readers = lineCommands.flatMap((c) => c.heredocs.map(() => c));
  heredocs.forEach((heredoc, index) => {
    const reader = readers[index];
    const body = heredoc.getContentRange();
    if (!body) return;
    const from = doc.lines.offsetAt(body.start);
    const to = doc.lines.offsetAt(body.end);
    if (!reader || !isShellReader(reader) || !hasShellShebang(doc.text.slice(from, to))) return;
    commands.push(...parseShell(slice(doc.text, from, to)));
  });
  return { instruction: run, stage, posix, mounts, exec: false, commands };
}

/** Offset where the command text starts: after the keyword and any `--flag`s. */
function shellStart(doc: DockerfileDocument, run: Run): number {
  let pos = run.getInstructionRange().end;
  for (const flag of flagsOf(run)) {
    const end = flag.getRange().end;
    if (end.line > pos.line || (end.line === pos.line && end.character > pos.character)) pos = end;
  }
  return doc.lines.offsetAt(pos);
}

/** End of the line that precedes the first here-document's body. */
function commandLineEnd(doc: DockerfileDocument, heredoc: Heredoc): number {
  const first = heredoc.getContentRange()?.start ?? heredoc.getDelimiterRange()?.start;
  if (!first) return doc.lines.offsetAt(heredoc.getStartRange().end) + lineRest(doc, heredoc);
  return Math.max(0, doc.lines.offsetAt({ line: first.line, character: 0 }) - 1);
}

function lineRest(doc: DockerfileDocument, heredoc: Heredoc): number {
  const end = heredoc.getStartRange().end;
  return doc.lines.lineText(end.line).length - end.character;
}

function isShellReader(cmd: ShellCommand): boolean {
  const resolved = resolveCommand(cmd);
  if (resolved.programIndex < 0) return true;
  if (!['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh'].includes(resolved.program)) return false;
  // `bash -c '…' <<EOF` runs the string, not the here-document.
  return resolved.args.every((a) => a.text.startsWith('-') && !/^-[a-z]*c/.test(a.text));
}

/** A body starting with `#!/usr/bin/env python3` is run by that program, not by sh. */
function hasShellShebang(body: string): boolean {
  const first = body.replace(/^\s*/, '').split('\n', 1)[0];
  if (!first.startsWith('#!')) return true;
  return /\b(?:sh|bash|ash|dash|zsh|ksh)\b/.test(first);
}

export function slice(text: string, from: number, to: number): MappedText {
  const offsets = new Int32Array(Math.max(0, to - from));
  for (let i = from; i < to; i++) offsets[i - from] = i;
  return { text: text.slice(from, to), offsets };
}

/**
 * The instruction text as Docker hands it to the shell: `\`+newline removed, and the comment
 * or empty lines inside a continued instruction dropped.
 */
export function joinContinuations(text: string, from: number, to: number, escape: string): MappedText {
  const parts: string[] = [];
  // One typed array as long as the input, cut to what was kept: this runs for every RUN and
  // every instruction Docker expands, and growing a plain array one number at a time was
  // most of the lint's garbage.
  const offsets = new Int32Array(Math.max(0, to - from));
  let kept = 0;
  let i = from;
  const keep = (start: number, end: number) => {
    parts.push(text.slice(start, end));
    for (let k = start; k < end; k++) offsets[kept++] = k;
  };
  while (i < to) {
    // Copy plain runs at once; only escape characters and carriage returns need a look.
    let next = i;
    while (next < to && text[next] !== escape && text[next] !== '\r') next++;
    if (next > i) keep(i, next);
    i = next;
    if (i >= to) break;
    if (text[i] === '\r') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
    if (j < to && (text[j] === '\n' || text[j] === '\r')) {
      j += text[j] === '\r' && text[j + 1] === '\n' ? 2 : 1;
      // Lines that are empty or comments inside a continuation are removed by Docker.
      for (;;) {
        let k = j;
        while (k < to && (text[k] === ' ' || text[k] === '\t')) k++;
        if (k < to && (text[k] === '#' || text[k] === '\n' || text[k] === '\r')) {
          while (k < to && text[k] !== '\n') k++;
          j = k + 1;
          continue;
        }
        break;
      }
      i = j;
      continue;
    }
    keep(i, i + 1);
    i++;
  }
  return { text: parts.join(''), offsets: offsets.subarray(0, kept) };
}

/** The words of an exec-form RUN, or undefined when the text is not a JSON array of strings. */
function execWords(doc: DockerfileDocument, run: Run, commandText: MappedText): ShellWord[] | undefined {
  const trimmed = commandText.text.trim();
  if (!trimmed.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return undefined;
  } catch {
    return undefined;
  }
  return run.getJSONStrings().map((s) => {
    const r = s.getRange();
    return { text: s.getValue().replace(/^"|"$/g, ''), start: doc.lines.offsetAt(r.start), end: doc.lines.offsetAt(r.end), dynamic: false, quoted: true };
  });
}

export function parseMount(value: string): RunMount {
  const options: Record<string, string> = {};
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    options[key] = eq < 0 ? 'true' : part.slice(eq + 1).trim();
  }
  return {
    type: (options.type ?? 'bind').toLowerCase(),
    target: options.target ?? options.dst ?? options.destination,
    from: options.from,
    options,
  };
}

/** Whether a cache or tmpfs mount covers `path` (or a folder above it), so nothing there lands in a layer. */
export function hasCacheMountOver(script: RunScript, paths: readonly string[]): boolean {
  return script.mounts.some((m) => {
    if (m.type !== 'cache' && m.type !== 'tmpfs') return false;
    const target = trimTrailingSlashes(m.target ?? '');
    if (!target) return false;
    return paths.some((p) => p === target || p.startsWith(`${target}/`) || target.startsWith(`${p}/`));
  });
}

/** A RUN holding `{{ … }}` comes from a template: what it finally runs is not known here. */
export function isTemplated(script: RunScript): boolean {
  return script.commands.some((c) => c.words.some((w) => w.text.includes('{{')));
}

/** Whether the script deletes a path under one of `prefixes` (`rm …`, or `find … -delete`). */
export function removesPath(script: RunScript, prefixes: readonly string[]): boolean {
  const under = (w: ShellWord) => prefixes.some((p) => w.text.startsWith(p));
  return script.commands.some((c) => {
    const words = c.words;
    const rm = words.findIndex((w) => basename(w.text) === 'rm');
    if (rm >= 0 && words.slice(rm + 1).some(under)) return true;
    const find = words.findIndex((w) => basename(w.text) === 'find');
    return find >= 0 && under(words[find + 1] ?? { text: '' } as ShellWord) && words.some((w) => w.text === '-delete' || w.text === 'rm');
  });
}

/** `/usr/bin/rm` → `rm` (the same as `split('/').pop()`, without building an array per word). */
function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
