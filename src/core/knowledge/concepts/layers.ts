import type { Concept } from './types';
import { L } from './diagramKit';
import { node, note } from './flowKit';

export const layers: Concept = {
  id: 'layers',
  title: L('레이어와 빌드 캐시', 'Layers and the build cache'),
  summary: L(
    '`RUN`, `COPY`, `ADD`(그리고 디렉터리를 만드는 `WORKDIR`)는 파일 시스템 레이어를 하나씩 더하고, 나머지 명령은 이미지 설정만 바꿔요. 빌드 캐시는 첫 단계부터 재사용되다가 한 단계가 바뀌면 그 뒤 단계는 모두 다시 실행돼요.',
    '`RUN`, `COPY`, `ADD` (and `WORKDIR`, which creates its directory) add a layer each; other instructions only change the image config. The cache is reused from the first step until one step changes; every later step reruns.',
  ),
  diagram: {
    description: L(
      '레이어를 아래(베이스 이미지)에서 위로 쌓은 그림이에요. 다섯 단계 중 네 번째 단계의 파일이 바뀌어서, 아래 세 단계는 빌드 캐시를 쓰고 네 번째부터 위는 다시 빌드돼요.',
      'Layers stacked from the base image at the bottom. Of five steps, the fourth step\'s files changed: the lower three come from the cache; the fourth and those above rebuild.',
    ),
    items: [
      note(L('위가 나중 단계, 맨 아래가 베이스 이미지', 'Later steps on top, the base image at the bottom'), 'muted'),
      node('danger', L('RUN npm run build', 'RUN npm run build'), { lines: [[L('다시 실행', 'rebuilt'), 'danger']] }),
      node('danger', L('COPY . .', 'COPY . .'), { lines: [[L('소스 파일이 바뀜 → 다시 실행', 'source changed → rebuilt'), 'danger']] }),
      node('image', L('RUN npm ci', 'RUN npm ci'), { lines: [[L('캐시 사용', 'cached'), 'ok']] }),
      node('image', L('COPY package*.json ./', 'COPY package*.json ./'), { lines: [[L('캐시 사용', 'cached'), 'ok']] }),
      node('image', L('FROM node:20-slim', 'FROM node:20-slim'), { lines: [[L('캐시 사용', 'cached'), 'ok']] }),
      note(L('자주 바뀌는 것은 뒤쪽(나중 줄)에 두세요', 'Put what changes often last'), 'accent'),
    ],
    arrows: [],
  },
  sections: [
    {
      heading: L('어떤 명령이 레이어를 만들까요?', 'Which instructions add layers?'),
      body: L(
        '`RUN`, `COPY`, `ADD`는 파일을 바꾸니 레이어를 더해요. `WORKDIR`도 디렉터리를 만드는 작은 레이어를 남겨요(BuildKit, 디렉터리가 이미 있으면 거의 0B). `ENV`, `EXPOSE`, `CMD`, `LABEL` 같은 명령은 이미지 설정(메타데이터)만 바꿔요. `ARG`는 빌드하는 동안에만 있는 값이에요.\n\n레이어는 지울 수 없어요. 앞 레이어에서 받은 파일을 다음 `RUN`에서 지워도 이미지 크기는 줄지 않아요. 그래서 받고, 쓰고, 정리하는 일을 `RUN` 하나에서 끝내요.',
        '`RUN`, `COPY` and `ADD` change files and add layers; `WORKDIR` also leaves a small layer that creates its directory (BuildKit; nearly 0 B if it exists). `ENV`, `EXPOSE`, `CMD`, `LABEL` change metadata. `ARG` exists only during the build.\n\nLayers are never removed: deleting a file in a later `RUN` does not shrink the image, so download, use and clean up in one `RUN`.',
      ),
    },
    {
      heading: L('빌드 캐시(build cache)가 무효화되는 때', 'When the cache is invalidated'),
      body: L(
        '- `RUN`: 명령 문자열과 실행 환경(ENV·ARG 값, USER, WORKDIR)이 같으면 캐시를 써요. `--mount=type=bind`로 붙인 파일은 내용(체크섬)도 비교해요. 명령이 인터넷에서 받는 내용이 바뀌어도 Docker는 알아채지 못해요.\n- `COPY`, `ADD`: 복사하는 파일의 내용(체크섬)이 바뀌면 다시 실행해요.\n- `CMD`, `LABEL`, `EXPOSE` 같은 설정만 바꾸는 명령: BuildKit에서는 고쳐도 뒤 단계의 캐시가 그대로예요. 예전 빌더는 그 줄부터 뒤를 모두 다시 실행했어요.\n- 한 단계가 다시 실행되면 그 뒤의 모든 단계도 다시 실행돼요.',
        '- `RUN`: reused while the command string and its environment (ENV and ARG values, USER, WORKDIR) are the same; files bind-mounted with `--mount=type=bind` are compared by checksum; what it downloads is not checked.\n- `COPY`, `ADD`: rerun when the copied files\' contents change.\n- Config-only instructions (`CMD`, `LABEL`, `EXPOSE` …): with BuildKit a change keeps the cache of later steps; the legacy builder reran everything after it.\n- Once a step reruns, every later step reruns.',
      ),
    },
    {
      heading: L('순서가 중요한 이유', 'Why order matters'),
      body: L(
        '의존성 목록(`package.json`)만 먼저 복사해 설치하고, 자주 바뀌는 소스는 나중에 복사하면 코드만 고쳤을 때 `npm ci` 단계가 캐시에서 나와요. 빌드가 몇 분에서 몇 초로 줄어요.',
        'Copy the dependency list first and install, then copy the sources: a code change reuses the cached `npm ci` step.',
      ),
    },
  ],
  example: {
    language: 'dockerfile',
    code: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build',
    caption: L('소스만 바뀌면 `RUN npm ci`는 빌드 캐시에서 나와요.', 'When only sources change, `RUN npm ci` comes from the cache.'),
  },
  related: ['images-containers', 'multi-stage', 'build-push-pull-run'],
  docs: [
    { url: 'https://docs.docker.com/build/cache/', title: L('Docker build cache', 'Docker build cache') },
    { url: 'https://docs.docker.com/get-started/docker-concepts/building-images/understanding-image-layers/', title: L('Understanding image layers', 'Understanding image layers') },
  ],
  sources: [
    'https://docs.docker.com/get-started/docker-concepts/building-images/understanding-image-layers/#explanation',
    'https://docs.docker.com/build/cache/#how-the-build-cache-works',
    'https://docs.docker.com/build/cache/invalidation/#general-rules',
    'https://docs.docker.com/build/cache/invalidation/#run-instructions',
    'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert.go',
  ],
  keywords: ['layer', '레이어', 'cache', '캐시', '빌드 캐시', 'build cache', 'RUN', 'COPY', 'ADD', 'order', '순서'],
};
