import type { Rule } from '../types';
import { hasInterpolation } from '../../model/portMapping';
import { closestName } from '../compose/composeFile';
import { projectViewOf } from '../compose/projectView';
import { reportUndeclared } from '../compose/resourceRefs';

// A config a service names must be declared under the top-level `configs:`, in any file of the
// project: compose-go v2.13.0 `loader/validate.go` stops with
// `service "web" refers to undefined config nginx_conf`.
export const noUndeclaredConfig: Rule = {
  meta: {
    id: 'no-undeclared-config',
    kinds: ['compose'],
    severity: 'error',
    title: {
      ko: '서비스가 쓰는 설정(config)은 최상위 ‘configs:’에 선언해요',
      en: 'Configs used by services must be declared under the top-level ‘configs:’',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#configs',
      'https://docs.docker.com/reference/compose-file/configs/#example-1',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/validate.go',
    ],
    messages: {
      undeclared: {
        ko: '설정(config) ‘{name}’이/가 최상위 ‘configs:’에 선언되지 않았어요. Compose가 "service "{service}" refers to undefined config {name}" 오류를 내고 프로젝트를 시작하지 않아요. 최상위 ‘configs:’ 아래에 ‘{name}:’ 항목을 추가하고 ‘file:’, ‘environment:’, ‘content:’ 중 하나로 내용을 적으세요.',
        en: 'The config ‘{name}’ is not declared under the top-level ‘configs:’; Compose fails with "service "{service}" refers to undefined config {name}". Declare it with ‘file:’, ‘environment:’ or ‘content:’.',
      },
      undeclaredSimilar: {
        ko: '설정(config) ‘{name}’이/가 최상위 ‘configs:’에 선언되지 않았어요. 선언된 ‘{suggestion}’을/를 뜻했나요? 이대로면 Compose가 "refers to undefined config {name}" 오류를 내요.',
        en: 'The config ‘{name}’ is not declared under the top-level ‘configs:’. Did you mean ‘{suggestion}’?',
      },
    },
  },
  check({ doc, report, project }) {
    if (doc.kind !== 'compose') return;
    reportUndeclared({ doc, report, view: projectViewOf({ doc, project }) }, 'configs', closestName, hasInterpolation);
  },
};
