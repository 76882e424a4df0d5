import { dockerfileRule } from './dockerfile/defineRule';
import { aptCalls, callRange, hasAptOption } from './dockerfile/commands';
import type { ShellWord } from './dockerfile/shell';

// A build has no keyboard: `apt-get install x` asks "Do you want to continue? [Y/n]", reads
// end-of-input and aborts. `-y`, `--yes`, `--assume-yes`, a bundle like `-qy`,
// `-o APT::Get::Assume-Yes=true` or `yes |` answer it, and so does quiet level 2: apt-get(8)
// says "quiet level 2 implies -y", and apt-private/private-install.cc treats `quiet >= 2` like
// Assume-Yes. The level counts every `-q`/`--quiet`/`--silent`, so `-q -q`, `-qq` and
// `--quiet --quiet` all reach 2; `-q=N`, `--quiet=N` and `-o quiet=N` set it
// (apt-pkg/contrib/cmndline.cc IntLevel; Debian/apt 3.1.12). DEBIAN_FRONTEND=noninteractive
// does not answer apt: it quiets debconf questions, not apt's own prompt.

const PROMPTING = ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'remove', 'purge', 'autoremove'];

/** apt's quiet level after its options, read left to right as apt reads them. */
export function quietLevel(options: ShellWord[]): number {
  let level = 0;
  for (let i = 0; i < options.length; i++) {
    const t = options[i].text;
    const set = /^(?:-q|--quiet|--silent)=(\d+)$/.exec(t);
    const config = t === '-o' || t === '--option' ? options[++i]?.text : /^(?:-o=?|--option=)(.+)$/.exec(t)?.[1];
    if (set) level = Number(set[1]);
    else if (t === '--quiet' || t === '--silent') level++;
    else if (config !== undefined) {
      const quiet = /^quiet=(\d+)$/i.exec(config);
      if (quiet) level = Number(quiet[1]);
    } else if (/^-[a-zA-Z]+$/.test(t)) {
      // A bundle: letters up to one that takes a value (`-c`, `-t`) are options.
      const letters = t.slice(1).split(/[oct]/)[0];
      level += (letters.match(/q/g) ?? []).length;
    }
  }
  return level;
}

export function assumesYes(options: ShellWord[]): boolean {
  for (const o of options) {
    const t = o.text;
    if (t === '--yes' || t === '--assume-yes') return true;
    if (/^-[a-zA-Z]+$/.test(t) && t.slice(1).split(/[oct]/)[0].includes('y')) return true;
  }
  return quietLevel(options) >= 2 || hasAptOption(options, /^APT::Get::Assume-Yes$/i, /^(?:1|true|yes)$/i);
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
