// Sentences completion of docker commands needs that no hover topic says: what each management
// command groups, and notes on a flag. Facts: https://docs.docker.com/reference/cli/docker/

import type { Localized } from '../../types';

/** Management commands (`docker volume …`): what their subcommands manage. */
export const GROUP_TEXTS: Readonly<Record<string, Localized>> = {
  compose: { ko: 'Compose 파일에 적은 여러 컨테이너(서비스)를 한꺼번에 만들고, 시작하고, 멈춰요.', en: 'Creates, starts and stops the services of a Compose file together.' },
  container: { ko: '컨테이너를 다루는 명령 모음이에요(`docker container run`은 `docker run`과 같아요).', en: 'Commands for containers (`docker container run` is `docker run`).' },
  image: { ko: '이미지를 다루는 명령 모음이에요(`docker image ls`는 `docker images`와 같아요).', en: 'Commands for images (`docker image ls` is `docker images`).' },
  volume: { ko: '볼륨을 만들고, 나열하고, 지우는 명령 모음이에요.', en: 'Creates, lists and removes volumes.' },
  network: { ko: '네트워크를 만들고, 연결하고, 지우는 명령 모음이에요.', en: 'Creates, connects and removes networks.' },
  system: { ko: 'Docker 전체를 다루는 명령 모음이에요: 디스크 사용량(`df`), 정리(`prune`).', en: 'Whole-Docker commands: disk usage (`df`), cleanup (`prune`).' },
  builder: { ko: '빌드 캐시를 다루는 명령 모음이에요(`docker builder prune`).', en: 'Build cache commands (`docker builder prune`).' },
  buildx: { ko: 'BuildKit 빌더를 다루는 명령 모음이에요(`docker buildx build`는 `docker build`와 같아요).', en: 'BuildKit builder commands (`docker buildx build` is `docker build`).' },
};

export const COMMAND_COMPLETION_TEXTS: Readonly<Record<string, Localized>> = {
  subcommand: { ko: '`{command}` 명령이에요. 이 확장에는 아직 따로 설명이 없어서, Docker 문서의 CLI 참조를 보세요.', en: 'The `{command}` command; see the CLI reference.' },
  short: { ko: '짧게 {short}으로/로 써도 같아요.', en: 'Short form: {short}.' },
  ignored: { ko: '지금의 빌더(BuildKit)는 이 옵션을 받기만 하고 무시해요. 예전 빌더용이에요.', en: 'Accepted and ignored by today’s builder (BuildKit); for the legacy builder.' },
  windowsOnly: { ko: 'Windows 컨테이너에서만 효과가 있어요.', en: 'Only has an effect on Windows containers.' },
};
