import type { Fix, Rule } from '../types';
import { allServiceMounts } from '../../model/composeVolumes';
import { closestName } from '../compose/composeFile';
import { projectViewOf } from '../compose/projectView';
import { declareFix, useNameFix } from '../compose/composeFixes';

// A short-syntax source without `./`, `/` or `~` is a volume *name*, and Compose requires every
// named volume a service uses to be declared at the top level. The usual cause is a host
// folder written without `./` (`data:/var/lib/x`). Invalid names are valid-volume-spec's to
// explain, and `${VARS}` are not knowable: both stay silent here.
export const noUndeclaredVolume: Rule = {
  meta: {
    id: 'no-undeclared-volume',
    kinds: ['compose'],
    severity: 'error',
    fixable: true,
    title: {
      ko: '서비스가 쓰는 이름 있는 볼륨은 최상위 ‘volumes:’에 선언해요',
      en: 'Named volumes used by services must be declared under the top-level ‘volumes:’',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#volumes',
      'https://docs.docker.com/reference/compose-file/volumes/#example',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/validate.go',
    ],
    messages: {
      undeclared: {
        ko: '이름 있는 볼륨(named volume) ‘{name}’이/가 최상위 ‘volumes:’에 선언되지 않았어요. Compose가 "refers to undefined volume {name}" 오류를 내고 프로젝트를 시작하지 않아요. 최상위 ‘volumes:’ 아래에 ‘{name}:’ 항목을 추가하거나, 호스트 폴더를 뜻했다면 ‘./{name}’처럼 경로로 쓰세요.',
        en: 'The named volume ‘{name}’ is not declared under the top-level ‘volumes:’; Compose fails with "refers to undefined volume". Declare it, or write ‘./{name}’ if you meant a host folder.',
      },
      undeclaredSimilar: {
        ko: '이름 있는 볼륨(named volume) ‘{name}’이/가 최상위 ‘volumes:’에 선언되지 않았어요. 선언된 ‘{suggestion}’을/를 뜻했나요? 호스트 폴더를 뜻했다면 ‘./{name}’처럼 경로로 쓰세요.',
        en: 'The named volume ‘{name}’ is not declared under the top-level ‘volumes:’. Did you mean ‘{suggestion}’?',
      },
    },
  },
  check({ doc, report, project }) {
    if (doc.kind !== 'compose') return;
    // Declarations count from every file of the Compose set (an override file uses the base
    // file's volumes, review R5); silent when the project is incomplete.
    const view = projectViewOf({ doc, project });
    if (!view.complete) return;
    const declared = view.declared('volumes');
    for (const mount of allServiceMounts(doc)) {
      if (mount.type !== 'volume' || mount.anonymous || !mount.source) continue;
      if (mount.hasVariable && /\$/.test(mount.source)) continue;
      if (mount.problems.some((p) => p.code === 'invalid-volume-name')) continue;
      if (declared.has(mount.source)) continue;
      const suggestion = closestName(mount.source, declared);
      const range = mount.sourceRange ?? mount.range;
      // A near name that is declared first (the likely typo), then declaring this one.
      const fixes: Fix[] = [];
      const near = suggestion ? useNameFix(doc, range, mount.source, suggestion) : undefined;
      const declare = declareFix(view, doc, 'volumes', mount.source);
      for (const f of [near, declare]) if (f) fixes.push(f);
      report({
        range,
        messageId: suggestion ? 'undeclaredSimilar' : 'undeclared',
        data: { name: mount.source, ...(suggestion ? { suggestion } : {}) },
        fixes: fixes.length ? fixes : undefined,
      });
    }
  },
};
