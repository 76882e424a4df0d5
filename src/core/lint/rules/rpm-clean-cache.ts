import { dockerfileRule } from './dockerfile/defineRule';
import { allCommands } from './dockerfile/commands';
import { hasCacheMountOver, removesPath } from './dockerfile/runScript';
import { subcommand } from './dockerfile/shell';
import { shippedStageIndexes } from './dockerfile/stages';

// hadolint's DL3032 (yum) and DL3040 (dnf): `yum install` / `dnf install` download the
// repositories' metadata into /var/cache/yum, /var/cache/dnf (dnf 4) or /var/cache/libdnf5
// (dnf 5), and it stays in the layer unless the same RUN cleans it (`yum clean all`,
// `dnf clean all`, or removing the folder). Silent with a cache mount there and in stages that
// do not end up in the final image. microdnf and zypper are left out: we have not checked where
// they keep their caches.

const INSTALLS = new Set(['install', 'reinstall', 'update', 'upgrade', 'groupinstall', 'localinstall', 'distro-sync', 'makecache']);
const OPTIONS_WITH_VALUE = new Set(['-c', '--config', '-d', '--debuglevel', '-e', '--errorlevel', '--installroot', '--releasever', '-x', '--exclude', '--setopt', '--enablerepo', '--disablerepo', '--repo', '--repoid', '-R', '--randomwait']);
const CACHE_DIRS = ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5'];

export const rpmCleanCache = dockerfileRule(
  {
    id: 'rpm-clean-cache',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: 'yum·dnf로 설치한 RUN에서 캐시를 지워요', en: 'Clean the yum/dnf cache in the RUN that installs' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#run',
      'https://docs.docker.com/reference/dockerfile/#run---mounttypecache',
    ],
    messages: {
      notCleaned: {
        ko: '‘{command}’이/가 받은 저장소 메타데이터가 {dir}에 남아서 레이어가 커져요. 같은 RUN 끝에 ‘&& {program} clean all’을 붙이세요. 다음 RUN에서 지우면 이미 만들어진 레이어에는 그대로 남아요.',
        en: 'The metadata ‘{command}’ downloads stays in {dir} and grows the layer. End the same RUN with ‘&& {program} clean all’; removing it in a later RUN leaves it in this layer.',
      },
    },
    equivalents: { hadolint: ['DL3032', 'DL3040'] },
  },
  (doc, report) => {
    const shipped = shippedStageIndexes(doc);
    const all = allCommands(doc);
    for (const found of all) {
      const { script, resolved, command } = found;
      if ((resolved.program !== 'yum' && resolved.program !== 'dnf') || !shipped.has(script.stage.index)) continue;
      const sub = subcommand(resolved.args, OPTIONS_WITH_VALUE);
      if (!sub || !INSTALLS.has(sub.word.text)) continue;
      if (hasCacheMountOver(script, CACHE_DIRS) || removesPath(script, CACHE_DIRS)) continue;
      const cleaned = all.some((other) => other.script === script && other.position > found.position
        && (other.resolved.program === 'yum' || other.resolved.program === 'dnf')
        && subcommand(other.resolved.args, OPTIONS_WITH_VALUE)?.word.text === 'clean');
      if (cleaned) continue;
      const program = command.words[resolved.programIndex];
      const dir = resolved.program === 'yum' ? '/var/cache/yum' : '/var/cache/dnf(dnf 5는 /var/cache/libdnf5)';
      report({
        range: doc.lines.range(program.start, sub.word.end),
        messageId: 'notCleaned',
        data: { command: doc.text.slice(program.start, sub.word.end), dir, program: resolved.program },
      });
    }
  },
);
