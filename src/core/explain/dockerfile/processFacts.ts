import type { Language } from '../../types';
import { pick } from '../../types';
import type { ContainerProcess, Pid1 } from '../../model/containerProcess';
import { dockerfileProcessTopics } from '../../knowledge/topics/dockerfile/process';
import { code, ours } from '../hover';
import { fillMarkdown } from '../markdown';
import type { MarkdownValues, SafeMarkdown } from '../markdown';

// Every sentence about the process a container runs comes from here: the model decides, the
// `dockerfile.process` record words it. Hovers, the prefer-exec-form rule and the concept page
// call these, so they say the same thing for the same Dockerfile. The templates are read from
// the record directly (not through the knowledge registry) so that concept pages can use them.

const TEMPLATES = dockerfileProcessTopics['dockerfile.process'].templates ?? {};

/** One filled sentence of the `dockerfile.process` record. */
export function processText(lang: Language, name: string, values: MarkdownValues = {}): string {
  const template = TEMPLATES[name];
  return template ? fillMarkdown(pick(template, lang), values) : '';
}

/** The argv as a code span: `["node", "server.js"]` → `node server.js`. */
export function argvText(argv: string[]): SafeMarkdown {
  const shown = argv.map((a) => (/[\s"']/.test(a) || a === '' ? JSON.stringify(a) : a)).join(' ');
  return code(shown.length > 100 ? `${shown.slice(0, 97)}…` : shown);
}

/** The template name for who is PID 1. */
export function pid1TemplateName(pid1: Pid1): string {
  switch (pid1.kind) {
    case 'program': return pid1.how === 'exec-prefix' ? 'pid1ExecPrefix' : pid1.how === 'shell-execs' ? 'pid1ShellExecs' : 'pid1Direct';
    case 'shell': return pid1.reason === 'shell-keeps-child' ? 'pid1ShellDash' : 'pid1Shell';
    case 'shell-dependent': return 'pid1ShellDependent';
    case 'base-entrypoint': return pid1.otherwise !== undefined ? 'pid1BaseEntrypoint' : 'pid1BaseOnly';
    case 'none': return 'pid1None';
  }
}

/** The values of a PID 1 template: the program and the shell as code spans. */
export function pid1Values(pid1: Pid1, lang: Language): MarkdownValues {
  const values: MarkdownValues = {};
  if ('program' in pid1 && pid1.program !== undefined) values.program = code(pid1.program);
  if ('shell' in pid1) values.shell = code(pid1.shell);
  if (pid1.kind === 'program' && pid1.how === 'shell-execs') values.shell = pid1.shellKind === 'bash' ? code('bash') : lang === 'ko' ? 'Alpine의 BusyBox ash' : 'Alpine’s BusyBox ash';
  return values;
}

/** "PID 1은 …": who is PID 1 and whether the application receives SIGTERM (with advice when it does not). */
export function pid1Sentence(lang: Language, pid1: Pid1, advice?: string): string {
  let text = processText(lang, pid1TemplateName(pid1), pid1Values(pid1, lang));
  if (pid1.kind === 'base-entrypoint' && pid1.otherwise) text += ` ${pid1Sentence(lang, pid1.otherwise, advice)}`;
  else if (pid1.kind === 'shell' || pid1.kind === 'shell-dependent') text += ` ${advice ?? processText(lang, 'adviceExec')}`;
  return text;
}

/** "컨테이너가 실행하는 명령: …", when the whole argv is known. */
export function argvSentence(lang: Language, process: ContainerProcess): string | undefined {
  if (!process.argv || !process.argv.length) return undefined;
  // A shell-form ENTRYPOINT gets CMD only as `$0 $1 …` of its script; showing them would suggest they run.
  const ep = process.entrypoint;
  const shown = ep !== null && ep !== 'unknown' && ep.form === 'shell' ? ep.argv : process.argv;
  return processText(lang, 'argv', { argv: argvText(shown) });
}

/** What becomes of a CMD, for its hover and the rule; `line` is the ENTRYPOINT's 1-based line. */
export function cmdRoleSentence(lang: Language, process: ContainerProcess, entrypointLine: number | undefined, cmdText: string): string | undefined {
  const entrypoint = ours(entrypointLine === undefined ? 'ENTRYPOINT' : lang === 'ko' ? `ENTRYPOINT(줄 ${entrypointLine})` : `ENTRYPOINT (line ${entrypointLine})`);
  switch (process.cmd) {
    case 'command': return processText(lang, 'cmdCommand');
    case 'arguments': return processText(lang, 'cmdArguments', { entrypoint });
    case 'shell-arguments': return processText(lang, 'cmdShellArguments', { entrypoint, command: code(`/bin/sh -c ${cmdText.replace(/`/g, "'")}`) });
    case 'ignored': return processText(lang, 'cmdIgnored', { entrypoint });
    case 'maybe-arguments': return processText(lang, 'cmdMaybeArguments');
    default: return undefined;
  }
}
