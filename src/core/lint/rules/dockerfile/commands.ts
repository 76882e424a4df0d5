import type { DockerfileDocument } from '../../../documents/dockerfileDocument';
import type { Range } from '../../../types';
import type { ResolvedCommand, ShellCommand, ShellWord } from './shell';
import { resolveCommand, subcommand } from './shell';
import type { RunScript } from './runScript';
import { runScripts } from './runScript';
import { perDocument } from '../../../documents/derived';

// Recognisers for the package-manager commands that several rules look at.

export interface FoundCommand {
  script: RunScript;
  command: ShellCommand;
  resolved: ResolvedCommand;
  /** Index of the command among the script's commands. */
  position: number;
}

const found = new WeakMap<DockerfileDocument, readonly FoundCommand[]>();

/** Every simple command of every RUN read by a POSIX shell (exec-form RUNs included), found once per document. */
export function allCommands(doc: DockerfileDocument): readonly FoundCommand[] {
  const known = found.get(doc);
  if (known) return known;
  const out: FoundCommand[] = [];
  for (const script of runScripts(doc)) {
    if (!script.posix && !script.exec) continue;
    script.commands.forEach((command, position) => out.push({ script, command, resolved: resolveCommand(command), position }));
  }
  found.set(doc, out);
  return out;
}

// The options of each package manager that take a value, so that the subcommand and package
// words after them are found (apt-get(8), apk(8), yum(8)/dnf(8)/microdnf, zypper(8) "Global Options").
export const APT_OPTIONS_WITH_VALUE = new Set(['-o', '-c', '-t', '--option', '--config-file', '--target-release', '--default-release']);
export const APK_OPTIONS_WITH_VALUE = new Set(['-X', '--repository', '-p', '--root', '-t', '--virtual', '--arch', '--keys-dir', '--repositories-file', '--cache-dir']);
export const RPM_OPTIONS_WITH_VALUE = new Set(['-c', '--config', '-d', '--debuglevel', '-e', '--errorlevel', '--installroot', '--releasever', '-x', '--exclude', '--setopt', '--enablerepo', '--disablerepo', '--repo', '--repoid', '-R', '--randomwait']);
export const ZYPPER_GLOBAL_OPTIONS_WITH_VALUE = new Set(['-c', '--config', '-R', '--root', '-D', '--reposd-path', '-C', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir', '--pkg-cache-dir', '-p', '--plus-repo', '--plus-content', '--userdata', '--installroot']);

export interface AptCall {
  found: FoundCommand;
  program: ShellWord;
  sub: ShellWord;
  /** Arguments other than the program and subcommand. */
  options: ShellWord[];
}

/** `apt-get <sub>` / `apt <sub>` calls, with the words around them (shared by the rules that ask: read-only). */
export function aptCalls(doc: DockerfileDocument, subs: readonly string[]): AptCall[] {
  return allAptCalls(doc).filter((call) => subs.includes(call.sub.text));
}

/** Every apt-get/apt call of the file with a subcommand, found once per document: six rules ask. */
const allAptCalls = perDocument((doc: DockerfileDocument): readonly AptCall[] => {
  const out: AptCall[] = [];
  for (const found of allCommands(doc)) {
    const { resolved } = found;
    if (resolved.program !== 'apt-get' && resolved.program !== 'apt') continue;
    const sub = subcommand(resolved.args, APT_OPTIONS_WITH_VALUE);
    if (!sub) continue;
    out.push({ found, program: found.command.words[resolved.programIndex], sub: sub.word, options: resolved.args.filter((_, i) => i !== sub.index) });
  }
  return out;
});

/** Range from the program word to the subcommand word (`apt-get install`). */
export function callRange(doc: DockerfileDocument, program: ShellWord, sub: ShellWord): Range {
  return doc.lines.range(program.start, sub.end);
}

/** Whether `-o Key=value` / `-oKey=value` / `--option=Key=value` sets an apt option to a value matching `value`. */
export function hasAptOption(options: ShellWord[], key: RegExp, value: RegExp): boolean {
  for (let i = 0; i < options.length; i++) {
    const t = options[i].text;
    let setting: string | undefined;
    if (t === '-o' || t === '--option') setting = options[i + 1]?.text;
    else if (t.startsWith('-o')) setting = t.slice(2).replace(/^=/, '');
    else if (t.startsWith('--option=')) setting = t.slice('--option='.length);
    if (!setting) continue;
    const eq = setting.indexOf('=');
    if (eq > 0 && key.test(setting.slice(0, eq)) && value.test(setting.slice(eq + 1))) return true;
  }
  return false;
}
