import type { Rule } from '../types';
import { hasInterpolation } from '../../model/portMapping';
import { closestName } from '../compose/composeFile';
import { projectViewOf } from '../compose/projectView';
import { reportUndeclared } from '../compose/resourceRefs';

// A secret a service (or its build) names must be declared under the top-level `secrets:`,
// in any file of the project: compose-go v2.13.0 `loader/validate.go` stops with
// `service "web" refers to undefined secret db_password` (or `… undefined build secret …`).
export const noUndeclaredSecret: Rule = {
  meta: {
    id: 'no-undeclared-secret',
    kinds: ['compose'],
    severity: 'error',
    title: {
      ko: '서비스가 쓰는 시크릿은 최상위 ‘secrets:’에 선언해요',
      en: 'Secrets used by services must be declared under the top-level ‘secrets:’',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#secrets',
      'https://docs.docker.com/reference/compose-file/secrets/#example-1',
      'https://docs.docker.com/reference/compose-file/build/#secrets',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/validate.go',
    ],
    messages: {
      undeclared: {
        ko: '시크릿(secret) ‘{name}’이/가 최상위 ‘secrets:’에 선언되지 않았어요. Compose가 "service "{service}" refers to undefined secret {name}" 오류를 내고 프로젝트를 시작하지 않아요. 최상위 ‘secrets:’ 아래에 ‘{name}:’ 항목을 추가하고 ‘file:’이나 ‘environment:’로 값을 어디서 읽을지 적으세요.',
        en: 'The secret ‘{name}’ is not declared under the top-level ‘secrets:’; Compose fails with "service "{service}" refers to undefined secret {name}". Declare it with ‘file:’ or ‘environment:’.',
      },
      undeclaredSimilar: {
        ko: '시크릿(secret) ‘{name}’이/가 최상위 ‘secrets:’에 선언되지 않았어요. 선언된 ‘{suggestion}’을/를 뜻했나요? 이대로면 Compose가 "refers to undefined secret {name}" 오류를 내요.',
        en: 'The secret ‘{name}’ is not declared under the top-level ‘secrets:’. Did you mean ‘{suggestion}’?',
      },
      undeclaredBuild: {
        ko: '빌드 시크릿 ‘{name}’이/가 최상위 ‘secrets:’에 선언되지 않았어요. Compose가 "service "{service}" refers to undefined build secret {name}" 오류를 내고 빌드하지 않아요. 최상위 ‘secrets:’ 아래에 ‘{name}:’ 항목을 추가하세요.',
        en: 'The build secret ‘{name}’ is not declared under the top-level ‘secrets:’; Compose fails with "service "{service}" refers to undefined build secret {name}".',
      },
      undeclaredBuildSimilar: {
        ko: '빌드 시크릿 ‘{name}’이/가 최상위 ‘secrets:’에 선언되지 않았어요. 선언된 ‘{suggestion}’을/를 뜻했나요? 이대로면 Compose가 "refers to undefined build secret {name}" 오류를 내요.',
        en: 'The build secret ‘{name}’ is not declared under the top-level ‘secrets:’. Did you mean ‘{suggestion}’?',
      },
    },
  },
  check({ doc, report, project }) {
    if (doc.kind !== 'compose') return;
    reportUndeclared({ doc, report, view: projectViewOf({ doc, project }) }, 'secrets', closestName, hasInterpolation);
  },
};
