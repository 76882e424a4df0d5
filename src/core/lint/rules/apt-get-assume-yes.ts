import { dockerfileRule } from './dockerfile/defineRule';
import { aptCalls, callRange, hasAptOption } from './dockerfile/commands';
import type { ShellWord } from './dockerfile/shell';

// A build has no keyboard: `apt-get install x` asks "Do you want to continue? [Y/n]", reads
// end-of-input and aborts. `-y`, `--yes`, `--assume-yes`, `-qq` (which implies -y), a bundle
// like `-qy`, `-o APT::Get::Assume-Yes=true` or `yes |` answer it. DEBIAN_FRONTEND=noninteractive
// does not: it quiets debconf questions, not apt's own prompt.

const PROMPTING = ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'remove', 'purge', 'autoremove'];

export function assumesYes(options: ShellWord[]): boolean {
  for (const o of options) {
    const t = o.text;
    if (t === '--yes' || t === '--assume-yes' || t === '--quiet=2' || t === '-q=2') return true;
    if (/^-[a-zA-Z]+$/.test(t) && (t.includes('y') || (t.match(/q/g) ?? []).length >= 2)) return true;
  }
  return hasAptOption(options, /^APT::Get::Assume-Yes$/i, /^(?:1|true|yes)$/i);
}

export const aptGetAssumeYes = dockerfileRule(
  {
    id: 'apt-get-assume-yes',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '‘apt-get install’에 -y를 붙여요', en: 'Pass -y to apt-get install' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
    ],
    messages: {
      missingYes: {
        ko: '‘{command}’에 -y가 없어요. 빌드 중에는 "계속할까요? [Y/n]"에 답할 사람이 없어서 apt가 설치를 중단하고 빌드가 실패해요. ‘DEBIAN_FRONTEND=noninteractive’는 이 질문에 답해 주지 않아요.',
        en: '‘{command}’ has no -y: nobody answers "Do you want to continue? [Y/n]" during a build, so apt aborts. DEBIAN_FRONTEND=noninteractive does not answer it.',
      },
    },
    equivalents: { hadolint: ['DL3014'] },
    fixable: true,
  },
  (doc, report) => {
    // Set in an apt.conf file written by the Dockerfile. (The copy without `-o` options is only
    // made when the name occurs at all: it copies the whole file.)
    if (/Assume-Yes/i.test(doc.text) && /Assume-Yes/i.test(doc.text.replace(/-o\s*APT::Get::Assume-Yes\S*/gi, ''))) return;
    for (const call of aptCalls(doc, PROMPTING)) {
      if (assumesYes(call.options) || call.found.command.input) continue;
      const range = callRange(doc, call.program, call.sub);
      const at = doc.lines.positionAt(call.sub.end);
      report({
        range,
        messageId: 'missingYes',
        data: { command: doc.text.slice(call.program.start, call.sub.end) },
        fixes: [{ title: { ko: '-y 붙이기', en: 'Add -y' }, edits: [{ range: { start: at, end: at }, newText: ' -y' }] }],
      });
    }
  },
);
