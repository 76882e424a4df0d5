import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf } from './dockerfile/stages';
import { argumentsOf } from '../../documents/dockerfileAstMemo';
import { resolveText } from '../../model/dockerfileVariables';

// hadolint's DL3021: `COPY a.txt b.txt /app` names two sources and a destination without the
// final `/`. The Dockerfile reference says that with several sources the destination must be a
// directory ending in `/`. BuildKit does not stop the build: it copies each source to the
// destination path in turn (dockerfile2llb/convert_copy.go dispatchCopy, one copy per source),
// so unless the image already has a folder there, the sources land on one file path and each
// overwrites the one before. `.` (the working directory) counts as a folder, as BuildKit's
// pathRelativeToWorkingDir makes it `./`. The JSON form and heredocs are left alone, and so is
// a destination whose variable we cannot resolve.

export const copyDestDirectory = dockerfileRule(
  {
    id: 'copy-dest-directory',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '소스가 여럿인 COPY의 대상은 /로 끝나요', en: 'COPY with several sources needs a destination ending in /' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#copy',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert_copy.go',
    ],
    messages: {
      notDirectory: {
        ko: '{keyword}에 소스가 {count}개인데 대상 ‘{dest}’이/가 /로 끝나지 않아요. Docker 문서는 이때 대상이 /로 끝나는 폴더여야 한다고 해요. 이미지에 그 폴더가 없으면 소스가 모두 같은 경로에 복사돼서 서로 덮어써요. ‘{dest}/’처럼 쓰세요.',
        en: '{keyword} has {count} sources but the destination ‘{dest}’ does not end in /. With several sources the destination must be a folder ending in /; otherwise, unless the image has that folder, each source overwrites the last at one path. Write ‘{dest}/’.',
      },
    },
    equivalents: { hadolint: ['DL3021'] },
    fixable: true,
  },
  (doc, report) => {
    for (const instruction of doc.ast.getInstructions()) {
      const keyword = keywordOf(instruction);
      if (keyword !== 'COPY' && keyword !== 'ADD') continue;
      const content = instruction.getRawArgumentsContent() ?? '';
      if (/^\s*(?:--\S+\s+)*\[/.test(content) || /<<-?["']?[A-Za-z_]/.test(content)) continue;
      const args = argumentsOf(instruction);
      if (args.length < 3) continue;
      const destArg = args[args.length - 1];
      const written = destArg.getValue();
      const dest = resolveText(doc, written, instruction.getRange().start.line);
      if (dest === undefined || dest === '' || dest === '.' || dest.endsWith('/')) continue;
      const range = destArg.getRange();
      report({
        range,
        messageId: 'notDirectory',
        data: { keyword, count: args.length - 1, dest: written },
        fixes: [{ title: { ko: '끝에 / 붙이기', en: 'Add a trailing /' }, edits: [{ range: { start: range.end, end: range.end }, newText: '/' }] }],
      });
    }
  },
);
