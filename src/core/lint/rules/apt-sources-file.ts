import { dockerfileRule } from './dockerfile/defineRule';
import { DEB822_FILE, LEGACY_LIST, sourcesEdits, sourcesFileInUse, stageSourcesLayout } from './dockerfile/aptSources';

// Korean teams switch apt to a nearby mirror (mirror.kakao.com, ftp.kaist.ac.kr) with
// `sed -i 's/archive.ubuntu.com/mirror.kakao.com/g' /etc/apt/sources.list`. Since Debian 12 and
// Ubuntu 24.04 the images keep their sources in deb822 files instead, so that line no longer
// switches anything: on Debian the file does not exist and sed stops with "can't read … No such
// file or directory" (exit status 2); on Ubuntu it holds only a comment, sed succeeds and apt keeps
// downloading from the old server. The reverse, editing debian.sources / ubuntu.sources on an older
// image, fails the same way. Reported only for images whose layout we know (aptSourcesLayout) and
// when the Dockerfile did not write that file itself before the edit.

export const aptSourcesFile = dockerfileRule(
  {
    id: 'apt-sources-file',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '베이스 이미지가 쓰는 apt 소스 파일을 고쳐요', en: 'Edit the apt sources file the base image uses' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://docs.docker.com/reference/dockerfile/#run',
    ],
    messages: {
      debianNoList: {
        ko: '{image}에는 /etc/apt/sources.list가 없어요. Debian 12부터 apt 소스는 {file}(deb822 형식)에 있어요. 이 sed는 미러를 바꾸지 못하고 "can\'t read" 오류(종료 코드 2)로 끝나요. {file}을/를 고치세요.',
        en: '{image} has no /etc/apt/sources.list: since Debian 12 the apt sources are in {file} (deb822 format). This sed switches no mirror and ends with "can\'t read" (exit status 2). Edit {file}.',
      },
      ubuntuCommentOnly: {
        ko: '{image}의 /etc/apt/sources.list에는 안내 주석만 있어요. Ubuntu 24.04부터 apt 소스는 {file}(deb822 형식)에 있어서, 이 sed는 오류 없이 끝나지만 미러는 그대로예요. {file}을/를 고치세요.',
        en: 'In {image}, /etc/apt/sources.list holds only a comment: since Ubuntu 24.04 the apt sources are in {file} (deb822 format). This sed succeeds but the mirror stays the same. Edit {file}.',
      },
      noDeb822File: {
        ko: '{image}에는 {file}이/가 없어요. 이 파일은 Debian 12와 Ubuntu 24.04부터 생겼고, 이 이미지의 apt 소스는 /etc/apt/sources.list에 있어요. 이 sed는 미러를 바꾸지 못하고 "can\'t read" 오류(종료 코드 2)로 끝나요.',
        en: '{image} has no {file}: that file came with Debian 12 and Ubuntu 24.04, and this image keeps its apt sources in /etc/apt/sources.list. This sed switches no mirror and ends with "can\'t read" (exit status 2).',
      },
    },
    fixable: true,
  },
  (doc, report) => {
    for (const edit of sourcesEdits(doc)) {
      if (edit.found.command.conditional) continue; // `[ -f … ] && sed …`: the script checked for the file
      const known = stageSourcesLayout(doc, edit.found.script.stage);
      if (!known) continue;
      const { layout, image } = known;
      const right = layout.deb822 ? DEB822_FILE[layout.distro] : LEGACY_LIST;
      // Editing the right file too (`sed -i … sources.list ubuntu.sources`) switches the mirror.
      if (edit.files.some((f) => f.text === right)) continue;
      for (const file of edit.files) {
        const wrong = layout.deb822 ? file.text === LEGACY_LIST : file.text === DEB822_FILE.debian || file.text === DEB822_FILE.ubuntu;
        if (!wrong || sourcesFileInUse(doc, edit, file.text, layout)) continue;
        const messageId = !layout.deb822 ? 'noDeb822File' : layout.distro === 'debian' ? 'debianNoList' : 'ubuntuCommentOnly';
        const range = doc.lines.range(file.start, file.end);
        report({
          range,
          messageId,
          data: { image: `‘${image}’`, file: layout.deb822 ? right : file.text },
          fixes: [{ title: { ko: `‘${right}’ 파일로 바꾸기`, en: `Change to ‘${right}’` }, edits: [{ range, newText: right }] }],
        });
      }
    }
  },
);
