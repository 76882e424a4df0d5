import type { Rule } from '../types';
import { getPair, nodeRange, scalarText } from '../../documents/composeDocument';

// `container_name` fixes the container's name on the Docker host, and the daemon allows one
// container per name: the second service cannot be created. Identical text clashes even with
// `${VARS}` in it, because the same text interpolates to the same name.
export const noDuplicateContainerName: Rule = {
  meta: {
    id: 'no-duplicate-container-name',
    kinds: ['compose'],
    severity: 'error',
    title: {
      ko: '두 서비스에 같은 `container_name`을 주지 않아요',
      en: 'Do not give two services the same `container_name`',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#container_name',
      'https://github.com/moby/moby/blob/docker-v29.7.2/daemon/errors.go',
    ],
    messages: {
      duplicate: {
        ko: '컨테이너 이름 `{name}`은/는 이미 서비스 `{otherService}`(줄 {otherLine})이/가 쓰고 있어요. 도커 데몬(Docker daemon)에서 컨테이너 이름은 하나뿐이라서, 나중에 만드는 컨테이너는 "Conflict. The container name is already in use" 오류로 만들어지지 않아요.',
        en: 'Container name `{name}` is already used by service `{otherService}` (line {otherLine}). Container names are unique on a Docker host, so the second container cannot be created.',
      },
    },
    equivalents: { dclint: 'no-duplicate-container-names' },
  },
  check({ doc, report }) {
    if (doc.kind !== 'compose') return;
    const seen = new Map<string, { service: string; line: number }>();
    for (const service of doc.services) {
      const pair = getPair(service.map, 'container_name');
      const name = scalarText(pair?.value);
      const range = nodeRange(pair?.value, doc.lines);
      if (name === undefined || name === '' || !range) continue;
      const first = seen.get(name);
      if (first) {
        report({ range, messageId: 'duplicate', data: { name, otherService: first.service, otherLine: first.line + 1 } });
      } else {
        seen.set(name, { service: service.name, line: range.start.line });
      }
    }
  },
};
