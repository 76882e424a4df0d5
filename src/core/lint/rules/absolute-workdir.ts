import { dockerfileRule } from './dockerfile/defineRule';
import { resolveText } from '../../model/dockerfileVariables';
import { keywordOf, parentStage } from './dockerfile/stages';
import { argumentsOf } from '../../documents/dockerfileAstMemo';

// A relative WORKDIR is resolved against the previous WORKDIR. When the stage (or the stages it
// is built on) has set an absolute one before, that is a deliberate, documented use and we stay
// silent; when it has not, the result depends on whatever the base image chose (BuildKit's
// WorkdirRelativePath). `$VARS` are resolved from ARG/ENV defaults, or left alone.

const ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/]|\\)/;

export const absoluteWorkdir = dockerfileRule(
  {
    id: 'absolute-workdir',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'WORKDIR는 절대 경로로 써요', en: 'Use an absolute WORKDIR' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#workdir',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/WorkdirRelativePath.md',
    ],
    messages: {
      relative: {
        ko: '‘WORKDIR {path}’은/는 상대 경로예요. 이 스테이지에는 앞선 절대 경로 WORKDIR가 없어서, 결과가 베이스 이미지가 정한 작업 디렉터리에 따라 달라져요. ‘/’로 시작하는 경로를 쓰세요.',
        en: '‘WORKDIR {path}’ is relative and no absolute WORKDIR precedes it in this stage, so it depends on the base image. Use a path starting with ‘/’.',
      },
    },
    equivalents: { hadolint: ['DL3000'], buildkit: 'WorkdirRelativePath' },
  },
  (doc, report) => {
    // Whether each stage ends with a WORKDIR set (its own or one it is built on), by stage index:
    // a parent comes before its child, so each stage reads its parent's answer instead of walking
    // the whole chain again (5,000 stages built on one another made that quadratic).
    const endsWithWorkdir: boolean[] = [];
    for (const stage of doc.stages) {
      const parent = parentStage(doc, stage);
      let hasWorkdir = parent !== undefined && endsWithWorkdir[parent.index] === true;
      for (const instruction of stage.instructions) {
        if (keywordOf(instruction) !== 'WORKDIR') continue;
        const args = argumentsOf(instruction);
        const line = instruction.getRange().start.line;
        const written = instruction.getArgumentsContent()?.trim() ?? '';
        const before = hasWorkdir;
        hasWorkdir = true;
        if (!args.length || before) continue;
        const path = resolveText(doc, written.replace(/^["']|["']$/g, ''), line);
        if (path === undefined || ABSOLUTE.test(path)) continue;
        report({ range: { start: args[0].getRange().start, end: args[args.length - 1].getRange().end }, messageId: 'relative', data: { path: written } });
      }
      endsWithWorkdir[stage.index] = hasWorkdir;
    }
  },
);
