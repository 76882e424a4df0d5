import type { TopicTable } from '../types';

// Dockerfile instructions. Facts checked against https://docs.docker.com/reference/dockerfile/
export const dockerfileTopics: TopicTable = {
  'dockerfile.FROM': {
    id: 'dockerfile.FROM',
    title: { ko: 'FROM', en: 'FROM' },
    summary: {
      ko: '새 빌드 스테이지를 시작하고, 그 위에 쌓을 베이스 이미지(base image)를 정해요.',
      en: 'Starts a new build stage on top of a base image.',
    },
    templates: {
      image: { ko: '베이스 이미지: `{image}`', en: 'Base image: `{image}`' },
    },
    why: {
      ko: '베이스 이미지의 레이어가 이 이미지의 맨 아래 레이어가 돼요. 태그를 고정하지 않으면 같은 Dockerfile도 빌드할 때마다 다른 이미지가 될 수 있어요.',
      en: "The base image's layers become the bottom layers of this image. Without a pinned tag the same Dockerfile can build a different image each time.",
    },
    concept: 'layers',
    docs: 'https://docs.docker.com/reference/dockerfile/#from',
  },
  'dockerfile.RUN': {
    id: 'dockerfile.RUN',
    title: { ko: 'RUN', en: 'RUN' },
    summary: {
      ko: '빌드 중에 명령을 실행하고, 그 결과로 바뀐 파일을 새 읽기 전용 레이어(layer)로 저장해요.',
      en: 'Runs a command at build time and saves the changed files as a new read-only layer.',
    },
    why: {
      ko: '명령 문자열이 같으면 빌드 캐시(build cache)를 다시 써요. 앞 레이어가 바뀌면 이 RUN도 다시 실행돼요.',
      en: 'The build cache is reused while the command text is unchanged; a change in an earlier layer re-runs it.',
    },
    concept: 'layers',
    docs: 'https://docs.docker.com/reference/dockerfile/#run',
  },
  'dockerfile.COPY': {
    id: 'dockerfile.COPY',
    title: { ko: 'COPY', en: 'COPY' },
    summary: {
      ko: '빌드 컨텍스트(build context)나 다른 스테이지의 파일을 이미지 안으로 복사하고, 새 레이어를 만들어요.',
      en: 'Copies files from the build context or another stage into the image, as a new layer.',
    },
    why: {
      ko: '복사한 파일의 내용이 바뀌면 이 레이어부터 아래쪽 명령의 빌드 캐시가 모두 무효가 돼요.',
      en: 'When a copied file changes, the cache of this layer and every later instruction is invalidated.',
    },
    concept: 'layers',
    docs: 'https://docs.docker.com/reference/dockerfile/#copy',
  },
};
