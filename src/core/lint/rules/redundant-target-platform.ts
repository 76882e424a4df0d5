import { dockerfileRule } from './dockerfile/defineRule';
import { platformFlagOf, unquoted } from './dockerfile/platformFlag';

// BuildKit's RedundantTargetPlatform (dockerfile2llb/validations.go,
// reportRedundantTargetPlatform): `FROM --platform=$TARGETPLATFORM …` asks for what a stage
// gets anyway, the platform being built for. BuildKit warns when TARGETPLATFORM is the only
// variable of the value and the value comes out as TARGETPLATFORM itself: `$TARGETPLATFORM`,
// `${TARGETPLATFORM}`, or with a default (`${TARGETPLATFORM:-linux/amd64}`, always set).
// `$BUILDPLATFORM` is different (the builder's own platform) and never reported.

const ONLY_TARGET = /^\$(?:TARGETPLATFORM|\{TARGETPLATFORM(?::?-[^}]*)?\})$/;

export const redundantTargetPlatform = dockerfileRule(
  {
    id: 'redundant-target-platform',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '‘--platform=$TARGETPLATFORM’은 쓰지 않아도 돼요', en: "'--platform=$TARGETPLATFORM' is the default" },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/validations.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/RedundantTargetPlatform.md',
    ],
    messages: {
      redundant: {
        ko: '‘--platform={value}’은/는 기본값과 같아요. 스테이지는 따로 정하지 않아도 빌드 대상 플랫폼(TARGETPLATFORM)의 베이스 이미지를 써요. 빼도 결과가 같아요.',
        en: '‘--platform={value}’ is the default: a stage uses the target platform unless told otherwise. Remove it.',
      },
    },
    equivalents: { buildkit: 'RedundantTargetPlatform', hadolint: ['DL3065'] },
    fixable: true,
  },
  (doc, report) => {
    for (const stage of doc.stages) {
      const flag = platformFlagOf(stage);
      const value = flag?.getValue();
      if (!flag || value == null || !ONLY_TARGET.test(unquoted(value))) continue;
      const range = flag.getRange();
      // The flag and the blank after it go; the rest of the line stays as written.
      const lineText = doc.text.slice(doc.lines.offsetAt(range.end), doc.lines.offsetAt(range.end) + 64);
      const blanks = /^[ \t]*/.exec(lineText)?.[0].length ?? 0;
      const end = { line: range.end.line, character: range.end.character + blanks };
      report({
        range: flag.getRange(),
        messageId: 'redundant',
        data: { value },
        fixes: [{ title: { ko: '‘--platform’ 빼기', en: 'Remove ‘--platform’' }, edits: [{ range: { start: range.start, end }, newText: '' }], safe: true }],
      });
    }
  },
);
