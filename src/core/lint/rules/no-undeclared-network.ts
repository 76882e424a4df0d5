import type { Fix, Rule } from '../types';
import { serviceNetworks } from '../../model/composeServices';
import { hasInterpolation } from '../../model/portMapping';
import { closestName } from '../compose/composeFile';
import { projectViewOf } from '../compose/projectView';
import { declareFix, useNameFix } from '../compose/composeFixes';

// Every network a service joins must be declared at the top level, except `default`, the
// network Compose creates for every project.
export const noUndeclaredNetwork: Rule = {
  meta: {
    id: 'no-undeclared-network',
    kinds: ['compose'],
    severity: 'error',
    fixable: true,
    title: {
      ko: '서비스가 연결하는 네트워크는 최상위 ‘networks:’에 선언해요',
      en: 'Networks joined by services must be declared under the top-level ‘networks:’',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#networks',
      'https://docs.docker.com/reference/compose-file/networks/#examples',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/validate.go',
    ],
    messages: {
      undeclared: {
        ko: '네트워크(network) ‘{name}’이/가 최상위 ‘networks:’에 선언되지 않았어요. Compose가 "refers to undefined network {name}" 오류를 내고 프로젝트를 시작하지 않아요. 최상위 ‘networks:’ 아래에 ‘{name}:’ 항목을 추가하세요. 이미 있는 네트워크라면 ‘external: true’로 선언하세요.',
        en: 'The network ‘{name}’ is not declared under the top-level ‘networks:’; Compose fails with "refers to undefined network". Declare it (with ‘external: true’ if it already exists).',
      },
      undeclaredSimilar: {
        ko: '네트워크(network) ‘{name}’이/가 최상위 ‘networks:’에 선언되지 않았어요. 선언된 ‘{suggestion}’을/를 뜻했나요?',
        en: 'The network ‘{name}’ is not declared under the top-level ‘networks:’. Did you mean ‘{suggestion}’?',
      },
    },
  },
  check({ doc, report, project }) {
    if (doc.kind !== 'compose') return;
    // Declarations count from every file of the Compose set (an override file uses the base
    // file's networks, review R5); silent when the project is incomplete.
    const view = projectViewOf({ doc, project });
    if (!view.complete) return;
    const declared = view.declared('networks');
    for (const service of doc.services) {
      for (const ref of serviceNetworks(doc, service)) {
        if (ref.name === 'default' || declared.has(ref.name) || hasInterpolation(ref.name)) continue;
        const suggestion = closestName(ref.name, declared);
        // A near name that is declared first (the likely typo), then declaring this one.
        const fixes: Fix[] = [];
        const near = suggestion ? useNameFix(doc, ref.range, ref.name, suggestion) : undefined;
        const declare = declareFix(view, doc, 'networks', ref.name);
        for (const f of [near, declare]) if (f) fixes.push(f);
        report({
          range: ref.range,
          messageId: suggestion ? 'undeclaredSimilar' : 'undeclared',
          data: { name: ref.name, ...(suggestion ? { suggestion } : {}) },
          fixes: fixes.length ? fixes : undefined,
        });
      }
    }
  },
};
