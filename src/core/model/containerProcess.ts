// The process a container runs, computed once from the image's ENTRYPOINT and CMD and the
// `docker run` arguments. Hovers, the prefer-exec-form rule and the "CMD와 ENTRYPOINT" concept
// page all take their sentences from this answer, so they cannot disagree.
//
// Docker's behaviour, with where it can be checked:
// - The argv Docker starts is ENTRYPOINT followed by CMD. Run arguments replace CMD; with an
//   ENTRYPOINT they become its arguments. `--entrypoint` replaces the entrypoint and clears the
//   image's CMD; `--entrypoint ""` clears it.
//   https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact
//   https://docs.docker.com/reference/cli/docker/container/run/#options
// - Shell form is stored as the SHELL in effect (default `/bin/sh -c`) plus the text, so a
//   shell-form ENTRYPOINT gets CMD and run arguments only as `$0 $1 …` of its script: ignored.
//   https://docs.docker.com/reference/dockerfile/#entrypoint (shell form "prevents any CMD or
//   run command line arguments from being used"); BuildKit dockerfile2llb `withShell`.
// - Setting ENTRYPOINT resets the CMD inherited from the base image or parent stage, unless this
//   stage already set a CMD before it (BuildKit dockerfile2llb `dispatchEntrypoint`: `if
//   !d.cmdSet { Config.Cmd = nil }`); the reference says the same under "CMD".
// - PID 1 is argv[0]. When argv[0] is a shell run with `-c`, the shell may replace itself with
//   the command (exec) or stay as PID 1 with the command as its child. That depends on the shell:
//   * `exec prog …` at the start of the script: every POSIX shell replaces itself with `prog`
//     (the Dockerfile reference's own fix, "ENTRYPOINT exec top -b").
//   * bash: a `-c` string that is one simple command is exec'd without a fork (bash's
//     ONESHOT path in builtins/evalstring.c; probe here: bash 5.2.15, `bash -c 'sleep 3'` is
//     the child of the caller, no bash in between).
//   * dash: upstream dash avoids the fork since 0.5.7 (ChangeLog 2011-07-07 "Optimize dash -c
//     "command" to avoid a fork"), but Debian's package disables it ("Disable sh -c
//     optimisation, fixes SIGPIPE failures. From Debian", carried by pkgsrc too). Probe here:
//     Debian 12's dash 0.5.12-2 keeps `sh` as the parent of `sleep`. Debian and Ubuntu images
//     use that package as `/bin/sh`: the shell stays PID 1.
//   * BusyBox ash (Alpine's `/bin/sh`): `ash_main` evaluates the `-c` string with EV_EXIT, so
//     the last simple command replaces the shell (busybox shell/ash.c). Not probed here (no
//     BusyBox on this machine); older BusyBox releases may differ, so the sentence hedges.
//   * any other shell, or an image whose `/bin/sh` we cannot tell: unknown, and we say so.
// - `docker stop` sends the stop signal (SIGTERM unless STOPSIGNAL) to PID 1 only, waits the
//   grace period (10 s by default), then sends SIGKILL. A shell as PID 1 does not pass SIGTERM
//   on to its child. https://docs.docker.com/reference/cli/docker/container/stop/

export type CommandForm = 'exec' | 'shell';

/** One ENTRYPOINT or CMD as the image config stores it. */
export interface CommandSetting {
  form: CommandForm;
  /** The stored argv: exec form as written; shell form is SHELL's argv plus the text. */
  argv: string[];
  /** Shell form: the command text as written. */
  text?: string;
  /** 0-based line of the instruction that set it; undefined when it came from outside this file. */
  line?: number;
}

/** A value of the image config: set, empty (`null`), or from a base image this file cannot see. */
export type ConfigValue = CommandSetting | null | 'unknown';

export interface ProcessConfig {
  entrypoint: ConfigValue;
  cmd: ConfigValue;
}

/** What a shell does with `sh -c "one simple command"`. */
export type ShellKind = 'bash' | 'dash' | 'busybox' | 'unknown';

export interface RunOptions {
  /** Words after the image name in `docker run IMAGE …`; undefined when none were given. */
  args?: string[];
  /** `--entrypoint VALUE`; `''` clears the entrypoint. */
  entrypoint?: string;
}

export type Pid1 =
  /** Known for certain: this program is PID 1 and receives SIGTERM itself. */
  | { kind: 'program'; program: string; how: 'direct' | 'exec-prefix' | 'shell-execs'; shellKind?: ShellKind }
  /** The shell stays PID 1; the program is its child and does not get SIGTERM. */
  | { kind: 'shell'; shell: string; program: string; reason: 'shell-keeps-child' | 'compound' }
  /** Depends on which shell `/bin/sh` is: we cannot tell from this file. */
  | { kind: 'shell-dependent'; shell: string; program: string }
  /** The base image may set an ENTRYPOINT this file cannot see; without one, `otherwise` holds. */
  | { kind: 'base-entrypoint'; otherwise?: Pid1 }
  /** Nothing to run: `docker run` fails with "no command specified". */
  | { kind: 'none' };

/** What becomes of CMD (or of the run arguments that replace it). */
export type CmdRole =
  | 'command' // CMD is the whole command (no ENTRYPOINT)
  | 'arguments' // appended to an exec-form ENTRYPOINT
  | 'shell-arguments' // shell-form CMD appended to an exec-form ENTRYPOINT as `sh -c …`
  | 'ignored' // a shell-form ENTRYPOINT ignores it
  | 'maybe-arguments' // the base image's ENTRYPOINT is unknown: arguments if it has one
  | 'cleared' // `docker run --entrypoint` clears the image's CMD
  | 'none';

export interface ContainerProcess {
  /** The argv Docker starts; undefined when part of it comes from a base image we cannot see. */
  argv?: string[];
  pid1: Pid1;
  /** Does the application get `docker stop`'s SIGTERM? */
  appGetsSigterm: 'yes' | 'no' | 'depends';
  /** The role of the image's CMD (after run overrides). */
  cmd: CmdRole;
  /** What `docker run IMAGE arg…` does with `arg…`. */
  runArgs: 'replace-command' | 'entrypoint-arguments' | 'ignored' | 'maybe-entrypoint-arguments';
  /** The ENTRYPOINT in effect (after `--entrypoint`). */
  entrypoint: ConfigValue;
}

/** The default SHELL of Linux images. */
export const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];

const SHELL_NAMES: Record<string, ShellKind | 'sh'> = { bash: 'bash', dash: 'dash', ash: 'busybox', busybox: 'busybox', sh: 'sh' };

function basename(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

/** The kind of shell an argv[0] names; `sh` is whatever the image's `/bin/sh` is. */
export function shellKindOf(program: string, imageSh: ShellKind): ShellKind | undefined {
  const name = SHELL_NAMES[basename(program)];
  if (name === undefined) return undefined;
  return name === 'sh' ? imageSh : name;
}

/**
 * A shell script of one simple command (no lists, pipes, redirections, subshells or command
 * substitution): the case where bash and BusyBox ash replace themselves with the command.
 */
export function simpleCommand(script: string): { program: string; execPrefix: boolean } | undefined {
  const text = script.trim();
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (quote === '"' && (c === '`' || (c === '$' && text[i + 1] === '('))) return undefined;
      else if (quote === '"' && c === '\\') i++;
      continue;
    }
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (';&|<>(){}`\n'.includes(c) || (c === '$' && text[i + 1] === '(')) return undefined;
  }
  if (quote) return undefined;
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  // Leading `NAME=value` words set the environment of the command; they do not change the process.
  while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words.shift();
  if (!words.length) return undefined;
  const unquote = (w: string) => w.replace(/^(["'])(.*)\1$/, '$2');
  if (words[0] === 'exec') {
    const next = words.slice(1).find((w) => !w.startsWith('-'));
    return next ? { program: unquote(next), execPrefix: true } : undefined;
  }
  return { program: unquote(words[0]), execPrefix: false };
}

/** The first word of a script, for naming the child in "the shell stays PID 1" sentences. */
function firstProgram(script: string): string {
  const words = script.trim().split(/\s+/).filter((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w));
  const first = words[0] === 'exec' ? words[1] : words[0];
  return (first ?? script.trim()).replace(/^(["'])(.*)\1$/, '$2');
}

/** Who is PID 1 for a known argv. */
export function pid1Of(argv: string[], imageSh: ShellKind): Pid1 {
  const program = argv[0];
  if (program === undefined || program === '') return { kind: 'none' };
  const kind = shellKindOf(program, imageSh);
  const script = argv[1] === '-c' ? argv[2] : undefined;
  if (kind === undefined || script === undefined) return { kind: 'program', program, how: 'direct' };
  const simple = simpleCommand(script);
  if (simple?.execPrefix) return { kind: 'program', program: simple.program, how: 'exec-prefix' };
  if (!simple) {
    // A list or pipeline: the shell has work left after the first command, so it stays. (bash
    // 5.1+ and BusyBox may still exec the *last* command of a list; we do not promise either.)
    return kind === 'dash'
      ? { kind: 'shell', shell: program, program: firstProgram(script), reason: 'compound' }
      : { kind: 'shell-dependent', shell: program, program: firstProgram(script) };
  }
  if (kind === 'bash' || kind === 'busybox') return { kind: 'program', program: simple.program, how: 'shell-execs', shellKind: kind };
  if (kind === 'dash') return { kind: 'shell', shell: program, program: simple.program, reason: 'shell-keeps-child' };
  return { kind: 'shell-dependent', shell: program, program: simple.program };
}

/**
 * The image config after a stage's CMD and ENTRYPOINT instructions, in file order, starting from
 * what the stage inherits (its parent stage's config, or the base image's, or nothing for scratch).
 */
export function applyInstructions(inherited: ProcessConfig, steps: { keyword: 'CMD' | 'ENTRYPOINT'; setting: CommandSetting }[]): ProcessConfig {
  let { entrypoint, cmd } = inherited;
  let cmdSet = false;
  for (const step of steps) {
    if (step.keyword === 'CMD') {
      cmd = step.setting;
      cmdSet = true;
    } else {
      entrypoint = step.setting;
      if (!cmdSet) cmd = null;
    }
  }
  return { entrypoint, cmd };
}

/** The process `docker run` starts for an image config, with optional run arguments. */
export function containerProcess(config: ProcessConfig, imageSh: ShellKind, run: RunOptions = {}): ContainerProcess {
  let entrypoint: ConfigValue = config.entrypoint;
  let cmd: ConfigValue = config.cmd;
  let cmdCleared = false;
  if (run.entrypoint !== undefined) {
    entrypoint = run.entrypoint === '' ? null : { form: 'exec', argv: [run.entrypoint] };
    cmd = null;
    cmdCleared = true;
  }
  if (run.args !== undefined && run.args.length) cmd = { form: 'exec', argv: run.args };

  const runArgs: ContainerProcess['runArgs'] =
    entrypoint === 'unknown' ? 'maybe-entrypoint-arguments'
    : entrypoint === null ? 'replace-command'
    : entrypoint.form === 'shell' ? 'ignored'
    : 'entrypoint-arguments';

  let cmdRole: CmdRole;
  if (cmdCleared && !(run.args && run.args.length)) cmdRole = 'cleared';
  else if (cmd === null) cmdRole = 'none';
  else if (entrypoint === 'unknown') cmdRole = 'maybe-arguments';
  else if (entrypoint === null) cmdRole = 'command';
  else if (entrypoint.form === 'shell') cmdRole = 'ignored';
  else if (cmd !== 'unknown' && cmd.form === 'shell') cmdRole = 'shell-arguments';
  else cmdRole = 'arguments';

  let argv: string[] | undefined;
  let pid1: Pid1;
  if (entrypoint === 'unknown') {
    const own = cmd !== 'unknown' && cmd !== null ? pid1Of(cmd.argv, imageSh) : undefined;
    pid1 = own && own.kind !== 'none' ? { kind: 'base-entrypoint', otherwise: own } : { kind: 'base-entrypoint' };
  } else if (entrypoint !== null) {
    // A shell-form ENTRYPOINT still receives CMD, as `$0 $1 …` of its script: the argv shows what Docker starts.
    const tail = cmd === 'unknown' ? undefined : cmd === null ? [] : cmd.argv;
    argv = tail === undefined ? undefined : [...entrypoint.argv, ...tail];
    // The whole argv when known: `ENTRYPOINT ["sh", "-c"]` with `CMD ["exec app"]`, or
    // `docker run --entrypoint sh IMAGE -c "…"`, hands the script to the shell through CMD.
    pid1 = pid1Of(argv ?? entrypoint.argv, imageSh);
  } else if (cmd === 'unknown') {
    pid1 = { kind: 'base-entrypoint' };
  } else if (cmd === null) {
    pid1 = { kind: 'none' };
    argv = [];
  } else {
    argv = [...cmd.argv];
    pid1 = pid1Of(cmd.argv, imageSh);
  }

  const appGetsSigterm: ContainerProcess['appGetsSigterm'] =
    pid1.kind === 'program' ? 'yes' : pid1.kind === 'shell' ? 'no' : pid1.kind === 'none' ? 'no' : 'depends';
  return { argv, pid1, appGetsSigterm, cmd: cmdRole, runArgs, entrypoint };
}

/**
 * What `/bin/sh` is in an image, from its name and tag: Debian and Ubuntu (and the official
 * images built on them by default) use dash; Alpine and BusyBox use BusyBox ash. Anything else is
 * unknown. Sources: the Docker Hub pages of the official images name their default base (Debian
 * for node, python, golang, ruby, php, rust, nginx, httpd, postgres, redis; `-alpine` tags on
 * Alpine).
 */
export function imageShellKind(image: { repository: string; official: boolean; variants: readonly string[] } | undefined): ShellKind {
  if (!image) return 'unknown';
  if (image.variants.includes('distroless') || image.variants.includes('windows')) return 'unknown';
  if (image.variants.includes('alpine') || image.variants.includes('busybox') || image.repository === 'alpine' || image.repository === 'busybox') return 'busybox';
  if (image.variants.includes('debian') || image.variants.includes('ubuntu') || image.variants.includes('slim')) return 'dash';
  if (image.official && DEBIAN_BASED_OFFICIAL.has(image.repository)) return 'dash';
  return 'unknown';
}

const DEBIAN_BASED_OFFICIAL: ReadonlySet<string> = new Set([
  'debian', 'ubuntu', 'buildpack-deps', 'node', 'python', 'golang', 'ruby', 'php', 'rust', 'nginx', 'httpd', 'postgres', 'redis',
]);

/**
 * Official operating-system images (and the language images listed) set CMD (a shell) and no ENTRYPOINT, so a Dockerfile built on
 * them knows its ENTRYPOINT is empty. Source: the images' Dockerfiles linked from their Docker Hub
 * pages (debian, ubuntu: `CMD ["bash"]`/`["/bin/bash"]`; alpine: `CMD ["/bin/sh"]`; busybox: `CMD ["sh"]`;
 * python: `CMD ["python3"]`; ruby: `CMD ["irb"]`; golang: neither).
 * Other images (node, nginx, postgres, …) often set an ENTRYPOINT: unknown.
 */
export function baseImageHasNoEntrypoint(image: { repository: string; official: boolean } | undefined): boolean {
  return !!image && image.official && OS_IMAGES.has(image.repository);
}

const OS_IMAGES: ReadonlySet<string> = new Set(['debian', 'ubuntu', 'alpine', 'busybox', 'python', 'golang', 'ruby']);
