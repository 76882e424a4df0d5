import { dockerfileRule } from './dockerfile/defineRule';
import { resolveText } from '../../model/dockerfileVariables';
import { keywordOf } from './dockerfile/stages';
import { argumentsOf } from '../../documents/dockerfileAstMemo';

// EXPOSE documents container ports: `80`, `80/udp`, `8000-8010/tcp`. A port above 65535,
// a reversed range or an unknown protocol stops the build (BuildKit's parsePort); `8080:80` builds but the host part is
// ignored (publishing is `docker run -p`'s job), which is never what its author meant.
// `$PORT` is checked after substituting ARG/ENV defaults; an unknowable value is left alone.

export const validExpose = dockerfileRule(
  {
    id: 'valid-expose',
    kinds: ['dockerfile'],
    severity: 'error',
    title: { ko: 'EXPOSE에는 올바른 컨테이너 포트만 써요', en: 'EXPOSE takes valid container ports only' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#expose',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/ExposeInvalidFormat.md',
    ],
    messages: {
      mapping: {
        ko: '‘EXPOSE {value}’: EXPOSE는 컨테이너 포트만 받아요. 호스트 포트 ‘{host}’ 부분은 무시되고 컨테이너 포트 ‘{container}’만 문서로 남아요. 호스트 포트는 실행할 때 ‘docker run -p {host}:{container}’ 또는 Compose ‘ports:’로 정하세요.',
        en: '‘EXPOSE {value}’: EXPOSE takes container ports only; the host part ‘{host}’ is ignored. Publish with ‘docker run -p {host}:{container}’ or Compose ‘ports:’.',
      },
      outOfRange: {
        ko: '‘EXPOSE {value}’: 포트 ‘{port}’은/는 쓸 수 없어요. 포트 번호는 65535까지예요. 빌드가 "invalid containerPort" 오류로 멈춰요.',
        en: '‘EXPOSE {value}’: port ‘{port}’ is out of range (up to 65535); the build fails with "invalid containerPort".',
      },
      badRange: {
        ko: '‘EXPOSE {value}’: 범위의 시작이 끝보다 커요.',
        en: '‘EXPOSE {value}’: the range starts after it ends.',
      },
      protocol: {
        ko: '‘EXPOSE {value}’: 프로토콜 ‘{protocol}’은/는 없어요. ‘tcp’, ‘udp’, ‘sctp’ 중 하나를 쓰세요.',
        en: '‘EXPOSE {value}’: unknown protocol ‘{protocol}’; use tcp, udp or sctp.',
      },
      notAPort: {
        ko: '‘EXPOSE {value}’: 포트 번호가 아니에요. ‘80’, ‘80/udp’, ‘8000-8010’ 같은 형식으로 쓰세요.',
        en: '‘EXPOSE {value}’ is not a port; write ‘80’, ‘80/udp’ or ‘8000-8010’.',
      },
    },
    equivalents: { hadolint: ['DL3011'], buildkit: 'ExposeInvalidFormat' },
  },
  (doc, report) => {
    for (const instruction of doc.ast.getInstructions()) {
      if (keywordOf(instruction) !== 'EXPOSE') continue;
      const line = instruction.getRange().start.line;
      for (const arg of argumentsOf(instruction)) {
        const written = arg.getValue();
        const resolved = resolveText(doc, written, line);
        if (resolved === undefined) continue;
        for (const value of resolved.split(/\s+/).filter(Boolean)) {
          const problem = checkPort(value);
          // A mapping still builds (the host part is dropped, BuildKit warns ExposeInvalidFormat):
          // a warning at most. The other problems stop the build: errors.
          if (problem) report({ range: arg.getRange(), messageId: problem.messageId, data: { value: written, ...problem.data }, maxSeverity: problem.messageId === 'mapping' ? 'warning' : undefined });
        }
      }
    }
  },
);

function checkPort(value: string): { messageId: string; data: Record<string, string> } | undefined {
  const [portPart, protocol] = value.split('/', 2);
  if (protocol !== undefined && !['tcp', 'udp', 'sctp'].includes(protocol.toLowerCase())) return { messageId: 'protocol', data: { protocol } };
  if (portPart.includes(':')) {
    const parts = portPart.split(':');
    return { messageId: 'mapping', data: { host: parts[parts.length - 2], container: parts[parts.length - 1] } };
  }
  const m = /^(\d+)(?:-(\d+))?$/.exec(portPart);
  if (!m) return { messageId: 'notAPort', data: {} };
  for (const p of [m[1], m[2]]) {
    if (p !== undefined && Number(p) > 65535) return { messageId: 'outOfRange', data: { port: p } };
  }
  if (m[2] !== undefined && Number(m[2]) < Number(m[1])) return { messageId: 'badRange', data: {} };
  return undefined;
}
