import type { TopicTable } from '../../types';

// Sentences shared by every Dockerfile hover: the layer fact, the stage, the build cache.
// Facts: Dockerfile reference (https://docs.docker.com/reference/dockerfile/) and
// "Build cache invalidation" (https://docs.docker.com/build/cache/invalidation/).
export const dockerfileCommonTopics: TopicTable = {
  'dockerfile.common': {
    id: 'dockerfile.common',
    title: { ko: 'Dockerfile', en: 'Dockerfile' },
    summary: { ko: '이미지를 만드는 명령을 순서대로 적은 파일이에요.', en: 'A file of instructions that builds an image, in order.' },
    templates: {
      layer: {
        ko: '**레이어**: {stage}의 {n}번째 레이어를 새로 만들어요.',
        en: '**Layer**: adds layer {n} of {stage}.',
      },
      layerInherited: {
        ko: '**레이어**: {stage}의 {n}번째 레이어를 새로 만들어요. {parent}에서 물려받은 {inherited}개까지 세면 이 파일에서 {stackN}번째예요.',
        en: '**Layer**: adds layer {n} of {stage}; with the {inherited} inherited from {parent}, layer {stackN} of this file.',
      },
      metadata: {
        ko: '**레이어**: 만들지 않아요. 파일은 그대로 두고 이미지 설정(메타데이터)만 바꿔요.',
        en: '**Layer**: none. It only changes the image configuration (metadata), not files.',
      },
      buildOnly: {
        ko: '**레이어**: 만들지 않아요. 이미지에도 남지 않고 빌드하는 동안에만 있어요.',
        en: '**Layer**: none. Nothing is stored in the image; it exists only during the build.',
      },
      base: {
        ko: '**레이어**: 베이스 이미지의 레이어가 {stage}의 맨 아래에 깔려요. 이 스테이지가 직접 만드는 레이어는 {count}개예요.',
        en: '**Layers**: the base image layers go at the bottom of {stage}; this stage adds {count} of its own.',
      },
      layerWorkdir: {
        ko: '**레이어**: 디렉터리를 만드는 작은 레이어예요. {stage}의 {n}번째 레이어로 기록돼요(디렉터리가 이미 있으면 거의 0B예요).',
        en: '**Layer**: a small layer that creates the directory, layer {n} of {stage} (nearly 0 B when it already exists).',
      },
      baseStage: {
        ko: '**레이어**: {parent}의 결과(이 파일이 만든 레이어 {inherited}개와 그 아래 베이스 이미지)를 그대로 이어받아요. 이 스테이지가 더하는 레이어는 {count}개예요.',
        en: '**Layers**: continues from {parent} ({inherited} layers plus its base image); this stage adds {count}.',
      },
      baseScratch: {
        ko: '**레이어**: `scratch`는 빈 이미지예요. 레이어 없이 시작하고, 이 스테이지가 만드는 레이어는 {count}개예요.',
        en: '**Layers**: `scratch` is the empty image; this stage starts with none and adds {count}.',
      },
      cacheCommand: {
        ko: '**빌드 캐시**: 명령 문자열, 앞 단계, 실행 환경(ENV·ARG 값, USER, WORKDIR)이 그대로면 다시 실행하지 않고 캐시를 써요. 명령이 인터넷에서 받는 내용이 바뀌어도 알아채지 못해요.',
        en: '**Build cache**: reused while the command text, the earlier steps and the environment (ENV and ARG values, USER, WORKDIR) are unchanged; what the command downloads is not examined.',
      },
      cacheCommandBind: {
        ko: '**빌드 캐시**: 명령 문자열, 앞 단계, 실행 환경(ENV·ARG 값, USER, WORKDIR)이 그대로이고 `--mount=type=bind`로 붙인 파일의 내용(체크섬)도 그대로면 캐시를 써요.',
        en: '**Build cache**: reused while the command text, the earlier steps, the environment (ENV and ARG values, USER, WORKDIR) and the checksum of the files bind-mounted with `--mount=type=bind` are unchanged.',
      },
      cacheWorkdir: {
        ko: '**빌드 캐시**: 경로를 바꾸면 이 줄부터 뒤 단계는 캐시를 다시 쓰지 못해요.',
        en: '**Build cache**: changing the path invalidates the cache from this line on.',
      },
      cacheFiles: {
        ko: '**빌드 캐시**: 복사할 파일의 내용과 메타데이터로 체크섬을 계산해요. 파일이 바뀌면 여기서부터 캐시가 무효가 돼요 (수정 시각 `mtime`은 보지 않아요).',
        en: '**Build cache**: a checksum of the copied files decides; a changed file invalidates the cache from here (`mtime` is ignored).',
      },
      cacheConfig: {
        ko: '**빌드 캐시**: 이 줄은 이미지 설정만 바꿔요. BuildKit에서는 이 줄을 바꿔도 뒤의 RUN·COPY가 캐시를 그대로 써요(예전 빌더는 이 줄부터 뒤 단계를 다시 실행했어요).',
        en: '**Build cache**: this line only changes the image config; with BuildKit, changing it leaves the cache of later RUN and COPY steps intact (the legacy builder reran every later step).',
      },
      cacheEnvironment: {
        ko: '**빌드 캐시**: 이 줄 자체는 레이어를 만들지 않지만, 뒤의 RUN이 이 값으로 실행돼요. 바꾸면 뒤의 RUN부터 다시 실행돼요.',
        en: '**Build cache**: this line adds no layer, but later RUN steps run with this value; changing it reruns them (and what follows).',
      },
      cacheArg: {
        ko: '**빌드 캐시**: 값이 지난 빌드와 다르면 선언한 줄이 아니라 처음 쓰는 곳(그 뒤의 RUN 포함)에서 캐시가 무효가 돼요.',
        en: '**Build cache**: a changed value causes a cache miss where it is first used (including later RUN steps), not where it is declared.',
      },
      cacheBase: {
        ko: '**빌드 캐시**: 빌더는 베이스 이미지부터 캐시와 비교해요. 베이스 이미지가 바뀌면 이 스테이지 전체가 다시 빌드돼요.',
        en: '**Build cache**: the builder starts by checking the base image; a new base image rebuilds the whole stage.',
      },
      stageNamed: { ko: '스테이지 `{name}`', en: 'stage `{name}`' },
      stageUnnamed: { ko: '스테이지 {index}번', en: 'stage #{index}' },
      noShellInBase: {
        ko: '베이스 이미지 {image}에는 셸(`/bin/sh`)이 없어서 셸 형식은 실행되지 않아요. exec 형식(JSON 배열)으로 쓰세요.',
        en: 'Base image {image} has no shell (`/bin/sh`), so shell form cannot run; use exec form (a JSON array).',
      },
      triggerNote: {
        ko: '`ONBUILD` 안의 명령이라 이 빌드에서는 실행되지 않아요. 이 이미지를 `FROM`으로 쓰는 다음 빌드에서 `FROM` 바로 뒤에 실행돼요.',
        en: 'Inside `ONBUILD`: not run in this build, but right after `FROM` in a build that uses this image.',
      },
    },
    docs: 'https://docs.docker.com/build/cache/invalidation/',
    sources: [
      'https://docs.docker.com/build/cache/invalidation/#general-rules',
      'https://docs.docker.com/build/cache/invalidation/#run-instructions',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert.go',
    ],
  },
};
