import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf, lineage } from './dockerfile/stages';
import { argumentsOf } from '../../documents/dockerfileAstMemo';
import { resolveText } from '../../model/dockerfileVariables';
import { stageBase } from './dockerfile/baseImage';

// hadolint's DL3045: `COPY app.py .` before any WORKDIR. A relative destination is taken from
// the working directory (Dockerfile reference, COPY: "relative to the working directory of the
// build container"); with no WORKDIR in the stage or the stages it is built on, that is whatever
// the base image set, or / when it set none. The file cannot say which, so this is a hint. The
// JSON form, heredocs and destinations we cannot resolve are left alone.

export const copyRelativeDest = dockerfileRule(
  {
    id: 'copy-relative-dest',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: 'WORKDIR 없이 COPY의 대상을 상대 경로로 쓰지 않아요', en: 'Do not COPY to a relative path before any WORKDIR' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#destination',
      'https://docs.docker.com/reference/dockerfile/#workdir',
    ],
    messages: {
      relative: {
        ko: '대상 ‘{dest}’은/는 상대 경로라 작업 디렉터리를 기준으로 복사돼요. 이 스테이지에는 아직 WORKDIR이 없어서, 베이스 이미지 {image}이/가 정한 디렉터리(정하지 않았으면 /)에 들어가요. 앞에 ‘WORKDIR /app’처럼 쓰거나 절대 경로를 쓰세요.',
        en: 'The destination ‘{dest}’ is relative, so it is taken from the working directory; with no WORKDIR in this stage yet, that is whatever {image} set (/ if nothing). Add ‘WORKDIR /app’ first or use an absolute path.',
      },
    },
    equivalents: { hadolint: ['DL3045'] },
  },
  (doc, report) => {
    for (const stage of doc.stages) {
      const chain = lineage(doc, stage);
      const { image } = stageBase(doc, stage);
      // A WORKDIR in a parent stage counts; in this stage only the ones above the line do.
      const parentWorkdir = chain.slice(1).some((s) => s.instructions.some((i) => keywordOf(i) === 'WORKDIR'));
      if (parentWorkdir) continue;
      for (const instruction of stage.instructions) {
        const keyword = keywordOf(instruction);
        if (keyword === 'WORKDIR') break;
        if (keyword !== 'COPY' && keyword !== 'ADD') continue;
        const content = instruction.getRawArgumentsContent() ?? '';
        if (/^\s*(?:--\S+\s+)*\[/.test(content) || /<<-?["']?[A-Za-z_]/.test(content)) continue;
        const args = argumentsOf(instruction);
        if (args.length < 2) continue;
        const destArg = args[args.length - 1];
        const written = destArg.getValue();
        const dest = resolveText(doc, written, instruction.getRange().start.line);
        if (!dest || dest.startsWith('/') || /^[A-Za-z]:/.test(dest) || dest.startsWith('\\') || dest.startsWith('$')) continue;
        report({ range: destArg.getRange(), messageId: 'relative', data: { dest: written, image: image ?? stage.from.getImage() ?? '' } });
      }
    }
  },
);
