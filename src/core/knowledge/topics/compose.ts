import type { TopicTable } from '../types';

// Compose keys. Facts checked against https://docs.docker.com/reference/compose-file/
export const composeTopics: TopicTable = {
  'compose.service.ports': {
    id: 'compose.service.ports',
    title: { ko: 'ports', en: 'ports' },
    summary: {
      ko: '컨테이너 포트를 호스트 포트에 게시(publish)해서, 호스트 밖에서 컨테이너에 닿게 해요.',
      en: 'Publishes container ports on host ports so the container can be reached from outside.',
    },
    templates: {
      mapping: {
        ko: '호스트 {hostPort} → 컨테이너 {containerPort} ({protocol}), {reach}',
        en: 'host {hostPort} → container {containerPort} ({protocol}), {reach}',
      },
      ephemeral: {
        ko: '컨테이너 포트 {containerPort} ({protocol})를 게시해요. 호스트 포트는 정하지 않았으니 Docker가 빈 포트를 골라요. {reach}',
        en: 'Publishes container port {containerPort} ({protocol}) on a host port Docker picks. {reach}',
      },
      everyInterface: { ko: '호스트의 모든 네트워크 인터페이스에서 접근할 수 있어요.', en: 'reachable on every host interface.' },
      loopback: { ko: '`{ip}`에만 묶여서 이 호스트 안에서만 접근할 수 있어요.', en: 'bound to `{ip}`, so reachable only from this host.' },
      specific: { ko: '호스트 주소 `{ip}`로 들어오는 연결만 받아요.', en: 'accepts connections only on host address `{ip}`.' },
      variable: { ko: '값에 변수가 있어서 실제 포트는 `docker compose` 실행 때 정해져요.', en: 'The value holds a variable; the real port is decided when Compose runs.' },
    },
    why: {
      ko: '호스트 포트는 호스트 전체에서 하나뿐이에요. 다른 컨테이너나 프로그램이 이미 쓰는 포트를 게시하면 컨테이너가 시작하지 못해요.',
      en: 'A host port exists once per host: publishing one that is already taken stops the container from starting.',
    },
    concept: 'ports',
    docs: 'https://docs.docker.com/reference/compose-file/services/#ports',
  },
};
