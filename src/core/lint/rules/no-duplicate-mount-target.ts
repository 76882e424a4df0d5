import type { Rule } from '../types';
import { allServiceMounts } from '../../model/composeVolumes';
import type { ServiceMount } from '../../model/composeVolumes';
import { trimTrailingSlashes } from '../../text/trim';

/** `/data/` and `/data` are one mount point; `${VARS}` cannot be compared. */
function normalizedTarget(mount: ServiceMount): string | undefined {
  const target = mount.target;
  if (!target || /\$/.test(target)) return undefined;
  const trimmed = trimTrailingSlashes(target);
  return trimmed === '' ? '/' : trimmed.replace(/\/{2,}/g, '/');
}

// Docker refuses to create a container with two mounts at one path ("Duplicate mount point").
// Compared per service, over `volumes:` and `tmpfs:`, the repeat is reported on its target.
export const noDuplicateMountTarget: Rule = {
  meta: {
    id: 'no-duplicate-mount-target',
    kinds: ['compose'],
    severity: 'error',
    title: {
      ko: '한 서비스에서 같은 컨테이너 경로에 두 번 마운트하지 않아요',
      en: 'Do not mount two things onto one container path in a service',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#volumes',
      'https://github.com/moby/moby/blob/docker-v29.7.2/daemon/volumes.go',
    ],
    messages: {
      duplicate: {
        ko: '컨테이너 경로 `{target}`에는 이미 `{other}`(줄 {otherLine})이/가 마운트돼요. 한 경로에는 마운트를 하나만 둘 수 있어서, Docker가 "Duplicate mount point" 오류로 컨테이너를 만들지 않아요.',
        en: 'The container path `{target}` already has `{other}` mounted (line {otherLine}); Docker refuses duplicate mount points.',
      },
    },
  },
  check({ doc, report }) {
    if (doc.kind !== 'compose') return;
    const seen = new Map<string, ServiceMount>();
    for (const mount of allServiceMounts(doc)) {
      const target = normalizedTarget(mount);
      if (target === undefined) continue;
      const key = `${mount.service.name}\u0000${target}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, mount);
        continue;
      }
      report({
        range: mount.targetRange ?? mount.range,
        messageId: 'duplicate',
        data: { target: mount.target ?? target, other: first.text, otherLine: first.range.start.line + 1 },
      });
    }
  },
};
