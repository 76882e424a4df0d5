import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf } from './dockerfile/stages';
import { argumentsOf } from '../../documents/dockerfileAstMemo';
import { fill } from '../../types';

// BuildKit's ExposeProtoCasing (dockerfile2llb/convert_expose.go, parsePort): `EXPOSE 80/TCP`
// builds (the protocol is read without regard to case) but BuildKit warns on every build.
// Whether the protocol itself exists is valid-expose's question. A `$VAR` protocol is left alone.

export const exposeProtoCasing = dockerfileRule(
  {
    id: 'expose-proto-casing',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '‘EXPOSE’의 프로토콜은 소문자로 써요', en: 'Protocol in EXPOSE should be lowercase' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#expose',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert_expose.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/ExposeProtoCasing.md',
    ],
    messages: {
      upper: {
        ko: '‘{value}’의 프로토콜 ‘{protocol}’은/는 소문자 ‘{lower}’으로/로 쓰세요. 빌드는 되지만 BuildKit이 ExposeProtoCasing 경고를 내요.',
        en: 'Write the protocol of ‘{value}’ in lower case (‘{lower}’); BuildKit warns ExposeProtoCasing.',
      },
    },
    equivalents: { buildkit: 'ExposeProtoCasing' },
    fixable: true,
  },
  (doc, report) => {
    for (const instruction of doc.ast.getInstructions()) {
      if (keywordOf(instruction) !== 'EXPOSE') continue;
      for (const arg of argumentsOf(instruction)) {
        const value = arg.getValue();
        const slash = value.lastIndexOf('/');
        if (slash < 0) continue;
        const protocol = value.slice(slash + 1);
        if (protocol.includes('$') || protocol === protocol.toLowerCase()) continue;
        const lower = protocol.toLowerCase();
        const r = arg.getRange();
        // The argument's text as written, so the edit lands on the protocol even in quotes.
        const start = doc.lines.offsetAt(r.start);
        const raw = doc.text.slice(start, doc.lines.offsetAt(r.end));
        const at = raw.lastIndexOf(protocol);
        const range = at < 0 ? r : doc.lines.range(start + at, start + at + protocol.length);
        report({
          range,
          messageId: 'upper',
          data: { value, protocol, lower },
          fixes: at < 0 ? undefined : [{ title: { ko: fill('‘{lower}’으로/로 바꾸기', { lower }), en: `Change to ‘${lower}’` }, edits: [{ range, newText: lower }], safe: true }],
        });
      }
    }
  },
);
