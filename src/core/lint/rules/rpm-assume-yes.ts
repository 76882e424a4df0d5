import { dockerfileRule } from './dockerfile/defineRule';
import { allCommands, RPM_OPTIONS_WITH_VALUE, ZYPPER_GLOBAL_OPTIONS_WITH_VALUE } from './dockerfile/commands';
import type { FoundCommand } from './dockerfile/commands';
import { subcommand } from './dockerfile/shell';
import type { ShellWord } from './dockerfile/shell';
import type { DockerfileDocument } from '../../documents/dockerfileDocument';
import type { Report } from '../types';

// A build has no keyboard and no terminal. What each RPM package manager does when it asks for
// confirmation there (all checked in the programs' source):
// - yum / dnf (hadolint DL3030, DL3038): "Is this ok [y/N]:" reads end-of-input, the transaction
//   is aborted and the build fails. `-y`, `--assumeyes`, `--setopt=assumeyes=1`, `assumeyes=1`
//   in the config or `yes |` answer it. `defaultyes=True` in dnf.conf answers it too: dnf's
//   userconfirm (dnf/cli/output.py) treats end-of-input as an empty answer and an empty answer as
//   the default, which that option makes "yes". `yum` counts as dnf here: since RHEL 8 and
//   Fedora 22 it is dnf; only the end-of-life yum 3 of CentOS 7 may still fail on it.
// - microdnf 3.7.0+ (DL3038 covers it too): dnf_utils_userconfirm (dnf/dnf-utils.c) loops on
//   getchar() until it reads a newline, and at end-of-input it never does: the build hangs.
//   `-y` works on every version (older ones accepted it and never asked). `defaultyes` does not
//   help here: the loop never gets an answer to default.
// - zypper (DL3034): the prompt reads /dev/tty, not standard input, so `yes |` does not help;
//   with no terminal it stops with "Cannot read input: bad stream or EOF" (src/utils/prompt.cc,
//   exit code 8). The global `-n`/`--non-interactive` before the command, or `-y`/`--no-confirm`
//   after it, answer with the defaults. `-n` after `install` is `--name`, not non-interactive.

type Program = 'yum' | 'dnf' | 'microdnf' | 'zypper';

const RPM_PROMPTING = new Set([
  'install', 'reinstall', 'update', 'upgrade', 'remove', 'erase', 'downgrade', 'groupinstall', 'localinstall',
  'group', 'groups', 'module', 'distro-sync', 'autoremove', 'swap',
]);
const ZYPPER_PROMPTING = new Set([
  'install', 'in', 'remove', 'rm', 'update', 'up', 'patch', 'dist-upgrade', 'dup', 'source-install', 'si',
  'install-new-recommends', 'inr', 'verify', 've',
]);
const PROGRAMS: readonly string[] = ['yum', 'dnf', 'microdnf', 'zypper'];

export const rpmAssumeYes = dockerfileRule(
  {
    id: 'rpm-assume-yes',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'yum·dnf·microdnf에는 -y, zypper에는 -n을 붙여요', en: 'Pass -y to yum, dnf and microdnf, and -n to zypper' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#run',
      'https://docs.docker.com/reference/dockerfile/#run',
      'https://github.com/rpm-software-management/dnf/blob/4.24.0/dnf/cli/output.py',
    ],
    messages: {
      missingYes: {
        ko: '‘{command}’에 -y가 없어요. 빌드 중에는 "Is this ok [y/N]"에 답할 사람이 없어서 {program}이/가 작업을 취소하고 빌드가 실패해요.',
        en: '‘{command}’ has no -y: nobody answers "Is this ok [y/N]" during a build, so {program} aborts and the build fails.',
      },
      microdnfHangs: {
        ko: '‘{command}’에 -y가 없어요. microdnf는 "Is this ok [y/N]"의 답으로 줄바꿈이 올 때까지 입력을 계속 읽어요. 빌드에서는 입력이 비어 있어 줄바꿈이 오지 않으니, 빌드가 멈춘 채 끝나지 않아요.',
        en: '‘{command}’ has no -y: microdnf keeps waiting for an answer to "Is this ok [y/N]" even at end of input, so the build never finishes.',
      },
      zypperNoTerminal: {
        ko: '‘{command}’에 -n(--non-interactive)이 없어요. zypper는 확인 질문의 답을 터미널에서 읽는데, 빌드에는 터미널이 없어서 "Cannot read input: bad stream or EOF"로 실패해요.',
        en: '‘{command}’ has no -n (--non-interactive): zypper reads its answers from the terminal, a build has none, and it fails with "Cannot read input: bad stream or EOF".',
      },
    },
    equivalents: { hadolint: ['DL3030', 'DL3034', 'DL3038'] },
    fixable: true,
  },
  (doc, report) => {
    const configured = yesInConfig(doc);
    for (const found of allCommands(doc)) {
      const program = found.resolved.program;
      if (!PROGRAMS.includes(program)) continue;
      if (program === 'zypper') checkZypper(doc, found, report);
      else if (!configured.assumeYes && !(configured.defaultYes && program !== 'microdnf')) checkRpm(doc, found, program as Program, report);
    }
  },
);

function checkRpm(doc: DockerfileDocument, found: FoundCommand, program: Program, report: (r: Report) => void): void {
  const { resolved, command } = found;
  if (command.input) return; // `yes | dnf install …` answers the question
  const sub = subcommand(resolved.args, RPM_OPTIONS_WITH_VALUE);
  if (!sub || !RPM_PROMPTING.has(sub.word.text) || assumesYes(resolved.args, program)) return;
  const word = command.words[resolved.programIndex];
  const at = doc.lines.positionAt(sub.word.end);
  report({
    range: doc.lines.range(word.start, sub.word.end),
    messageId: program === 'microdnf' ? 'microdnfHangs' : 'missingYes',
    data: { command: doc.text.slice(word.start, sub.word.end), program },
    fixes: [{ title: { ko: '-y 붙이기', en: 'Add -y' }, edits: [{ range: { start: at, end: at }, newText: ' -y' }] }],
  });
}

function checkZypper(doc: DockerfileDocument, found: FoundCommand, report: (r: Report) => void): void {
  const { resolved, command } = found;
  const sub = subcommand(resolved.args, ZYPPER_GLOBAL_OPTIONS_WITH_VALUE);
  if (!sub || !ZYPPER_PROMPTING.has(sub.word.text)) return;
  const global = resolved.args.slice(0, sub.index);
  const after = resolved.args.slice(sub.index + 1);
  const nonInteractive = global.some((a) => a.text === '--non-interactive' || (/^-[a-zA-Z]+$/.test(a.text) && a.text.includes('n')))
    // Written after the command we are not sure zypper reads `--non-interactive`; we stay silent rather than guess.
    || after.some((a) => a.text === '--non-interactive' || a.text === '--no-confirm' || a.text === '-y' || (/^-[a-zA-Z]+$/.test(a.text) && a.text.includes('y')));
  if (nonInteractive) return;
  const word = command.words[resolved.programIndex];
  const at = doc.lines.positionAt(word.end);
  report({
    range: doc.lines.range(word.start, sub.word.end),
    messageId: 'zypperNoTerminal',
    data: { command: doc.text.slice(word.start, sub.word.end) },
    fixes: [{ title: { ko: '--non-interactive 붙이기', en: 'Add --non-interactive' }, edits: [{ range: { start: at, end: at }, newText: ' --non-interactive' }] }],
  });
}

/** `assumeyes=1` or `defaultyes=1` written into yum.conf / dnf.conf somewhere in the file (not a command-line --setopt). */
function yesInConfig(doc: DockerfileDocument): { assumeYes: boolean; defaultYes: boolean } {
  const text = doc.text.replace(/--setopt[=\s]+(?:assume|default)yes\S*/gi, '');
  return {
    assumeYes: /assumeyes\s*=\s*(?:1|true|yes)/i.test(text),
    defaultYes: /defaultyes\s*=\s*(?:1|true|yes)/i.test(text),
  };
}

function assumesYes(args: ShellWord[], program: Program): boolean {
  // microdnf never gets an answer at end of input, so only assumeyes helps it (see the top).
  const option = program === 'microdnf' ? /^assumeyes=(?:1|true|yes|on)$/i : /^(?:assume|default)yes=(?:1|true|yes|on)$/i;
  for (let i = 0; i < args.length; i++) {
    const t = args[i].text;
    if (t === '--assumeyes' || t === '-y') return true;
    if (/^-[a-zA-Z]+$/.test(t) && !t.startsWith('--') && t.slice(1).split(/[cdexR]/)[0].includes('y')) return true;
    const setopt = t === '--setopt' ? args[i + 1]?.text : /^--setopt=(.*)$/.exec(t)?.[1];
    if (setopt && option.test(setopt)) return true;
  }
  return false;
}
