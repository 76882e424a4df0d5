import { dockerfileRule } from './dockerfile/defineRule';
import { allCommands, RPM_OPTIONS_WITH_VALUE, ZYPPER_GLOBAL_OPTIONS_WITH_VALUE } from './dockerfile/commands';
import type { FoundCommand } from './dockerfile/commands';
import { hasCacheMountOver, removesPath } from './dockerfile/runScript';
import { subcommand } from './dockerfile/shell';
import type { ShellWord } from './dockerfile/shell';
import { shippedStageIndexes } from './dockerfile/stages';

// hadolint's DL3032 (yum), DL3040 (dnf, microdnf) and DL3036 (zypper): installing downloads the
// repositories' metadata, and it stays in the layer unless the same RUN cleans it. Where each
// keeps it and what cleans it (checked in the programs' source):
// - yum: /var/cache/yum; dnf 4: /var/cache/dnf; dnf 5: /var/cache/libdnf5 — `clean all`.
// - microdnf: /var/cache/yum/metadata and /var/cache/yum/solv (dnf/dnf-main.c); `microdnf clean
//   all` removes both (plugins/clean/dnf-command-clean.c; `all` is the only argument it takes).
// - zypper: /var/cache/zypp/raw and /var/cache/zypp/solv (downloaded RPMs go to packages/ and are
//   deleted after the install unless the repository keeps them). `zypper clean` with no option
//   cleans only that package cache (src/commands/repos/clean.cc, clean_repos: packages unless -m,
//   -M or -a); the metadata needs `-a` (`--all`), or `-m` with `-M`.
// Silent with a cache mount there, when the RUN removes the folder, and in stages that do not end
// up in the final image.

type Program = 'yum' | 'dnf' | 'microdnf' | 'zypper';

const RPM_INSTALLS = new Set(['install', 'reinstall', 'update', 'upgrade', 'groupinstall', 'localinstall', 'distro-sync', 'makecache']);
const ZYPPER_INSTALLS = new Set(['install', 'in', 'update', 'up', 'patch', 'dist-upgrade', 'dup', 'refresh', 'ref', 'source-install', 'si', 'install-new-recommends', 'inr']);

const CACHE_DIRS: Record<Program, readonly string[]> = {
  yum: ['/var/cache/yum'],
  dnf: ['/var/cache/dnf', '/var/cache/libdnf5'],
  microdnf: ['/var/cache/yum'],
  zypper: ['/var/cache/zypp'],
};
const SHOWN_DIR: Record<Program, string> = {
  yum: '/var/cache/yum',
  dnf: '/var/cache/dnf(dnf 5는 /var/cache/libdnf5)',
  microdnf: '/var/cache/yum',
  zypper: '/var/cache/zypp',
};
// `cc` is zypper's short name for clean; yum and dnf have no such alias.
const CLEAN_WORDS = ['clean', 'cc'];
const CLEAN: Record<Program, string> = { yum: 'yum clean all', dnf: 'dnf clean all', microdnf: 'microdnf clean all', zypper: 'zypper clean -a' };

export const rpmCleanCache = dockerfileRule(
  {
    id: 'rpm-clean-cache',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: 'yum·dnf·microdnf·zypper로 설치한 RUN에서 캐시를 지워요', en: 'Clean the yum/dnf/microdnf/zypper cache in the RUN that installs' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#run',
      'https://docs.docker.com/reference/dockerfile/#run---mounttypecache',
    ],
    messages: {
      notCleaned: {
        ko: '‘{command}’이/가 받은 저장소 메타데이터가 {dir}에 남아서 레이어가 커져요. 같은 RUN 끝에 ‘&& {clean}’을/를 붙이세요. 다음 RUN에서 지우면 이미 만들어진 레이어에는 그대로 남아요.',
        en: 'The metadata ‘{command}’ downloads stays in {dir} and grows the layer. End the same RUN with ‘&& {clean}’; removing it in a later RUN leaves it in this layer.',
      },
      zypperCleanPackagesOnly: {
        ko: '옵션 없는 ‘{command}’은/는 받은 패키지 파일만 지우고 저장소 메타데이터(/var/cache/zypp/raw, /var/cache/zypp/solv)는 레이어에 남겨요. ‘zypper clean -a’로 둘 다 지우세요.',
        en: '‘{command}’ with no option removes only downloaded packages and leaves the repository metadata (/var/cache/zypp/raw, /var/cache/zypp/solv) in the layer. Use ‘zypper clean -a’ to remove both.',
      },
    },
    equivalents: { hadolint: ['DL3032', 'DL3036', 'DL3040'] },
    fixable: true,
  },
  (doc, report) => {
    const all = allCommands(doc);
    let shipped: ReadonlySet<number> | undefined;
    for (const found of all) {
      const program = programOf(found);
      if (!program) continue;
      const sub = subcommandOf(found, program);
      if (!sub || !(program === 'zypper' ? ZYPPER_INSTALLS : RPM_INSTALLS).has(sub.text)) continue;
      shipped ??= shippedStageIndexes(doc);
      const { script, command, resolved } = found;
      if (!shipped.has(script.stage.index)) continue;
      if (hasCacheMountOver(script, CACHE_DIRS[program]) || removesPath(script, CACHE_DIRS[program])) continue;
      const cleans = all.filter((other) => other.script === script && other.position > found.position && sameFamily(programOf(other), program)
        && CLEAN_WORDS.includes(subcommandOf(other, program)?.text ?? ''));
      if (program === 'zypper') {
        if (cleans.some(cleansZypperMetadata)) continue;
        if (cleans.length > 0) {
          const clean = cleans[0];
          const cleanSub = subcommandOf(clean, 'zypper') as ShellWord;
          const first = clean.command.words[clean.resolved.programIndex];
          const at = doc.lines.positionAt(cleanSub.end);
          report({
            range: doc.lines.range(first.start, cleanSub.end),
            messageId: 'zypperCleanPackagesOnly',
            data: { command: doc.text.slice(first.start, cleanSub.end) },
            fixes: [{ title: { ko: '-a 붙이기', en: 'Add -a' }, edits: [{ range: { start: at, end: at }, newText: ' -a' }] }],
          });
          continue;
        }
      } else if (cleans.length > 0) continue;
      const word = command.words[resolved.programIndex];
      report({
        range: doc.lines.range(word.start, sub.end),
        messageId: 'notCleaned',
        data: { command: doc.text.slice(word.start, sub.end), dir: SHOWN_DIR[program], clean: CLEAN[program] },
      });
    }
  },
);

function programOf(found: FoundCommand): Program | undefined {
  const p = found.resolved.program;
  return p === 'yum' || p === 'dnf' || p === 'microdnf' || p === 'zypper' ? p : undefined;
}

/** yum is dnf on RHEL 8 and later, so either one's clean counts for the other (as before microdnf and zypper were added). */
function sameFamily(a: Program | undefined, b: Program): boolean {
  return a === b || ((a === 'yum' || a === 'dnf') && (b === 'yum' || b === 'dnf'));
}

function subcommandOf(found: FoundCommand, program: Program): ShellWord | undefined {
  return subcommand(found.resolved.args, program === 'zypper' ? ZYPPER_GLOBAL_OPTIONS_WITH_VALUE : RPM_OPTIONS_WITH_VALUE)?.word;
}

/** `zypper clean -a` / `--all`, or `-m` with `-M` (also bundled as `-mM`). */
function cleansZypperMetadata(found: FoundCommand): boolean {
  const flags = found.resolved.args.map((a) => a.text);
  if (flags.includes('--all') || flags.some((f) => /^-[a-zA-Z]+$/.test(f) && f.includes('a'))) return true;
  const meta = flags.includes('--metadata') || flags.some((f) => /^-[a-zA-Z]+$/.test(f) && f.includes('m'));
  const raw = flags.includes('--raw-metadata') || flags.some((f) => /^-[a-zA-Z]+$/.test(f) && f.includes('M'));
  return meta && raw;
}
