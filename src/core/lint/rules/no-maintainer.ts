import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf } from './dockerfile/stages';

// MAINTAINER is deprecated; the author belongs in the standard OCI label, which `docker
// inspect` and registries show. The fix keeps the text exactly.

export const noMaintainer = dockerfileRule(
  {
    id: 'no-maintainer',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'MAINTAINER 대신 LABEL을 써요', en: 'Use LABEL instead of the deprecated MAINTAINER' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#maintainer-deprecated',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/MaintainerDeprecated.md',
    ],
    messages: {
      deprecated: {
        ko: 'MAINTAINER는 더 이상 쓰지 않는(deprecated) 명령어예요. ‘LABEL org.opencontainers.image.authors="{value}"’으로/로 바꾸세요.',
        en: 'MAINTAINER is deprecated; use ‘LABEL org.opencontainers.image.authors="{value}"’.',
      },
    },
    equivalents: { hadolint: ['DL4000'], buildkit: 'MaintainerDeprecated' },
    fixable: true,
  },
  (doc, report) => {
    for (const instruction of doc.ast.getInstructions()) {
      if (keywordOf(instruction) !== 'MAINTAINER') continue;
      const value = (instruction.getArgumentsContent() ?? '').replace(/\\\r?\n\s*/g, ' ').trim();
      const label = `LABEL org.opencontainers.image.authors=${JSON.stringify(value)}`;
      report({
        range: instruction.getInstructionRange(),
        messageId: 'deprecated',
        data: { value },
        fixes: value
          ? [{ title: { ko: '‘LABEL org.opencontainers.image.authors’로 바꾸기', en: 'Replace with LABEL org.opencontainers.image.authors' }, edits: [{ range: instruction.getRange(), newText: label }] }]
          : [],
      });
    }
  },
);
