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

// Two mounts at one container path of a service. What happens is Compose's doing, before the
// engine sees anything:
// - two `volumes:` entries: compose-go de-duplicates the list by target and keeps the later
//   entry in the earlier one's place, silently (override/uncity.go, `volumeIndexer`): the
//   earlier mount, often the bind-mounted config, just disappears (F3, R7);
// - a `tmpfs:` entry and a `volumes:` entry: compose-go rejects the file ("target … already
//   mounted as …", loader/validate.go).
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
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/override/uncity.go',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/validate.go',
    ],
    messages: {
      duplicate: {
        ko: '컨테이너 경로 ‘{target}’에 ‘{other}’(줄 {otherLine})도 마운트해요. Compose는 같은 경로의 ‘volumes:’ 항목 중 마지막 것만 남기고 앞의 ‘{other}’은/는 조용히 버려요. 둘 중 하나를 다른 경로로 옮기거나 지우세요.',
        en: '‘{other}’ (line {otherLine}) is also mounted at ‘{target}’. Compose keeps only the last ‘volumes:’ entry for a path and silently drops ‘{other}’. Move one to another path or remove it.',
      },
      tmpfsClash: {
        ko: '컨테이너 경로 ‘{target}’에는 이미 ‘{other}’(줄 {otherLine})이/가 마운트돼요. ‘tmpfs:’와 ‘volumes:’가 같은 경로를 쓰면 Compose가 "target {target} already mounted" 오류를 내고 프로젝트를 시작하지 않아요.',
        en: '‘{other}’ (line {otherLine}) is already mounted at ‘{target}’: a ‘tmpfs:’ and a ‘volumes:’ entry on one path make Compose fail ("target {target} already mounted").',
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
        messageId: first.origin === 'volumes' && mount.origin === 'volumes' ? 'duplicate' : 'tmpfsClash',
        data: { target: mount.target ?? target, other: first.text, otherLine: first.range.start.line + 1 },
      });
    }
  },
};
