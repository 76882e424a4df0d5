import { dockerfileRule } from './dockerfile/defineRule';
import { allCommands } from './dockerfile/commands';
import { subcommand } from './dockerfile/shell';
import type { ShellWord } from './dockerfile/shell';

// hadolint's DL3030 (yum) and DL3038 (dnf): a build has no keyboard, so `yum install x` and
// `dnf install x` stop at "Is this ok [y/N]:", read end-of-input, abort the transaction and
// exit with an error. `-y` / `--assumeyes` (also inside a bundle such as `-qy`),
// `--setopt=assumeyes=1`, `assumeyes=1` written to the config, or `yes |` answer it.
// microdnf and zypper are left out: we have not checked what they do without a terminal.

const PROMPTING = new Set([
  'install', 'reinstall', 'update', 'upgrade', 'remove', 'erase', 'downgrade', 'groupinstall', 'localinstall',
  'group', 'groups', 'module', 'distro-sync', 'autoremove', 'swap',
]);
const OPTIONS_WITH_VALUE = new Set(['-c', '--config', '-d', '--debuglevel', '-e', '--errorlevel', '--installroot', '--releasever', '-x', '--exclude', '--setopt', '--enablerepo', '--disablerepo', '--repo', '--repoid', '-R', '--randomwait']);
const HADOLINT: Record<string, string> = { yum: 'DL3030', dnf: 'DL3038' };

export const rpmAssumeYes = dockerfileRule(
  {
    id: 'rpm-assume-yes',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'yum과 dnf에는 -y를 붙여요', en: 'Pass -y to yum and dnf' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#run',
      'https://docs.docker.com/reference/dockerfile/#run',
    ],
    messages: {
      missingYes: {
        ko: '‘{command}’에 -y가 없어요. 빌드 중에는 "Is this ok [y/N]"에 답할 사람이 없어서 {program}이/가 작업을 취소하고 빌드가 실패해요.',
        en: '‘{command}’ has no -y: nobody answers "Is this ok [y/N]" during a build, so {program} aborts and the build fails.',
      },
    },
    equivalents: { hadolint: ['DL3030', 'DL3038'] },
    fixable: true,
  },
  (doc, report) => {
    if (/assumeyes\s*=\s*(?:1|true|yes)/i.test(doc.text.replace(/--setopt[=\s]+assumeyes\S*/gi, ''))) return; // set in the config file
    for (const found of allCommands(doc)) {
      const { resolved, command } = found;
      if (!(resolved.program in HADOLINT) || command.input) continue;
      const sub = subcommand(resolved.args, OPTIONS_WITH_VALUE);
      if (!sub || !PROMPTING.has(sub.word.text)) continue;
      if (assumesYes(resolved.args)) continue;
      const program = command.words[resolved.programIndex];
      const at = doc.lines.positionAt(sub.word.end);
      report({
        range: doc.lines.range(program.start, sub.word.end),
        messageId: 'missingYes',
        data: { command: doc.text.slice(program.start, sub.word.end), program: resolved.program },
        fixes: [{ title: { ko: '-y 붙이기', en: 'Add -y' }, edits: [{ range: { start: at, end: at }, newText: ' -y' }] }],
      });
    }
  },
);

function assumesYes(args: ShellWord[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const t = args[i].text;
    if (t === '--assumeyes' || t === '-y') return true;
    if (/^-[a-zA-Z]+$/.test(t) && !t.startsWith('--') && t.slice(1).split(/[cdexR]/)[0].includes('y')) return true;
    const setopt = t === '--setopt' ? args[i + 1]?.text : /^--setopt=(.*)$/.exec(t)?.[1];
    if (setopt && /^assumeyes=(?:1|true|yes|on)$/i.test(setopt)) return true;
  }
  return false;
}
