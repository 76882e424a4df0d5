import type { DockerfileDocument, DockerfileStage } from '../../documents/dockerfileDocument';
import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf, shippedStageIndexes } from './dockerfile/stages';
import { installedPackages, lineageCommands, lineageText, stageBase } from './dockerfile/baseImage';
import { declarations, resolveText } from '../../model/dockerfileVariables';

// `ENV LANG=ko_KR.UTF-8` names a locale that must exist under /usr/lib/locale. The Debian and
// Ubuntu images hold only C, C.UTF-8 and POSIX: with any other name glibc's setlocale fails and
// programs run in the plain C locale (perl and bash print "Setting locale failed"/"cannot change
// locale"). Debian's locale-gen takes no locale names: it builds what /etc/locale.gen lists
// (checked in locales 2.36 on Debian 12: /usr/sbin/locale-gen reads only that file); Ubuntu's
// accepts names. Alpine (musl) needs no locale files and is not judged.

const LOCALE_VARS = new Set(['LANG', 'LC_ALL']);
const NAMED_LOCALE = /^([a-z]{2,3}_[A-Z]{2})(?:\.([A-Za-z0-9-]+))?(?:@\w+)?$/;
const GENERATES = /\blocaledef\b|\blocales-all\b|language-pack-[a-z]|dpkg-reconfigure\s+(?:-f\s*\S+\s+)?locales/;

export const localeNotGenerated = dockerfileRule(
  {
    id: 'locale-not-generated',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'LANG에 쓴 로케일은 이미지 안에 만들어요', en: 'Generate the locale that LANG names' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#env',
      'https://docs.docker.com/build/building/best-practices/#apt-get',
    ],
    messages: {
      missing: {
        ko: '{name}이/가 ‘{locale}’인데 베이스 이미지 {image}에는 C, C.UTF-8, POSIX 로케일만 있어요. 없는 로케일을 고르면 프로그램은 C 로케일로 돌아가요. 한글을 UTF-8로 다루기만 하면 ‘{name}=C.UTF-8’로 충분해요. ‘{locale}’이/가 꼭 필요하면 locales 패키지를 설치하고 로케일을 만드세요.',
        en: '{name} is ‘{locale}’ but the base image {image} holds only the C, C.UTF-8 and POSIX locales; programs fall back to C. ‘{name}=C.UTF-8’ is enough for UTF-8 text; if you need ‘{locale}’, install locales and generate it.',
      },
      debianArguments: {
        ko: '{name}이/가 ‘{locale}’인데 이 Dockerfile은 /etc/locale.gen을 고치지 않고 locale-gen만 실행해요. Debian의 locale-gen은 명령줄의 로케일 이름을 읽지 않고 /etc/locale.gen에 적힌 로케일만 만들어서 ‘{locale}’은/는 생기지 않아요. 먼저 /etc/locale.gen에서 그 줄의 주석을 풀거나 ‘localedef -i {base} -f {charset} {locale}’을/를 쓰세요.',
        en: '{name} is ‘{locale}’ but this Dockerfile runs locale-gen without editing /etc/locale.gen. Debian\'s locale-gen ignores names on its command line and builds what /etc/locale.gen lists, so ‘{locale}’ is not created. Uncomment it in /etc/locale.gen first, or run ‘localedef -i {base} -f {charset} {locale}’.',
      },
    },
  },
  (doc, report) => {
    const shipped = shippedStageIndexes(doc);
    const last = doc.stages[doc.stages.length - 1];
    for (const stage of doc.stages) {
      const { facts, image = '' } = stageBase(doc, stage);
      if (facts.distro !== 'debian' && facts.distro !== 'ubuntu') continue;
      const judged = shipped.has(stage.index) && last ? last : stage;
      // Worked out at the stage's first named locale: most stages set none, and reading how the
      // lineage makes locales reads all of its text.
      let how: ReturnType<typeof generation> | undefined;
      for (const instruction of stage.instructions) {
        if (keywordOf(instruction) !== 'ENV') continue;
        for (const d of declarations(instruction)) {
          if (!LOCALE_VARS.has(d.name) || d.raw === null) continue;
          const locale = resolveText(doc, d.raw, instruction.getRange().start.line)?.replace(/^["']|["']$/g, '');
          const m = locale ? NAMED_LOCALE.exec(locale) : null;
          if (!locale || !m) continue;
          how ??= generation(doc, judged);
          if (how === 'generated') continue;
          if (how === 'locale-gen' && facts.distro === 'ubuntu') continue;
          const data = { name: d.name, locale, image, base: m[1], charset: (m[2] ?? 'UTF-8').replace(/^utf8$/i, 'UTF-8') };
          report({ range: d.range, messageId: how === 'locale-gen' ? 'debianArguments' : 'missing', data });
        }
      }
    }
  },
);

/** How the stage's lineage makes locales: 'generated' (surely), 'locale-gen' (names passed, no /etc/locale.gen edit), or 'none'. */
function generation(doc: DockerfileDocument, stage: DockerfileStage): 'generated' | 'locale-gen' | 'none' {
  if (lineageCommands(doc, stage).some((c) => installedPackages(c).some((p) => p === 'locales-all' || p.startsWith('language-pack-')))) return 'generated';
  const text = lineageText(doc, stage);
  if (GENERATES.test(text)) return 'generated';
  if (!/\blocale-gen\b/.test(text)) return 'none';
  // locale-gen with /etc/locale.gen written (sed, echo >>) or with no names builds the listed ones.
  if (/\/etc\/locale\.gen/.test(text)) return 'generated';
  return 'locale-gen';
}
