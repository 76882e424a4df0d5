import type { TopicTable } from '../../types';

// Everyday commands the facts review found missing (review §4): stopping hard, finding a
// published port, copying files, looking into an image, saving a container, cleaning up disk,
// and Compose's file watcher. Facts checked against each command's page under
// https://docs.docker.com/reference/cli/docker/.

const CLI = 'https://docs.docker.com/reference/cli/docker/';

export const everydayTopics: TopicTable = {
  'cli.kill': {
    id: 'cli.kill',
    title: { ko: 'docker kill', en: 'docker kill' },
    summary: {
      ko: '컨테이너 `{container}`의 메인 프로세스에 바로 SIGKILL(또는 `-s`로 고른 신호)을 보내요. `docker stop`과 달리 정리할 시간을 주지 않아요.',
      en: "Sends SIGKILL (or the signal chosen with `-s`) to `{container}`'s main process at once; unlike `docker stop`, no grace period.",
    },
    why: {
      ko: 'SIGKILL로 끝난 컨테이너의 종료 코드는 128 + 9 = 137이에요. 메모리 한도를 넘어 커널이 죽인(OOM) 경우도 137이라, `docker inspect`의 `State.OOMKilled`로 구별하세요.',
      en: 'A container ended by SIGKILL exits with 128 + 9 = 137; an OOM kill also gives 137, so check `State.OOMKilled` in `docker inspect`.',
    },
    concept: 'images-containers',
    docs: `${CLI}container/kill/`,
    sources: [`${CLI}container/kill/#description`, 'https://docs.docker.com/engine/containers/resource_constraints/#understand-the-risks-of-running-out-of-memory'],
  },
  'cli.port': {
    id: 'cli.port',
    title: { ko: 'docker port', en: 'docker port' },
    summary: {
      ko: '컨테이너 `{container}`의 포트가 호스트의 어느 주소·포트에 게시됐는지 보여 줘요. `-P`나 `-p 80`처럼 Docker가 호스트 포트를 고른 경우에 써요.',
      en: "Shows which host address and port `{container}`'s ports are published on; handy after `-P` or `-p 80`, where Docker picked the host port.",
    },
    concept: 'ports',
    docs: `${CLI}container/port/`,
    sources: [`${CLI}container/port/#description`],
  },
  'cli.cp': {
    id: 'cli.cp',
    title: { ko: 'docker cp', en: 'docker cp' },
    summary: {
      ko: '컨테이너와 호스트 사이에 파일을 복사해요. 컨테이너 쪽 경로는 `컨테이너:/경로`로 써요. 실행 중이든 멈췄든 쓸 수 있어요.',
      en: 'Copies files between a container and the host; write the container side as `container:/path`. Works on running and stopped containers.',
    },
    why: {
      ko: '컨테이너에 넣은 파일은 그 컨테이너의 쓰기 가능한 레이어에만 있어요. 이미지는 바뀌지 않으니, 계속 필요하면 Dockerfile의 `COPY`로 옮기세요.',
      en: "Files copied in live only in that container's writable layer; the image does not change, so move lasting files into a Dockerfile `COPY`.",
    },
    concept: 'images-containers',
    docs: `${CLI}container/cp/`,
    sources: [`${CLI}container/cp/#description`],
  },
  'cli.history': {
    id: 'cli.history',
    title: { ko: 'docker history', en: 'docker history' },
    summary: {
      ko: '이미지 `{image}`을/를 만든 단계와 각 레이어의 크기를 위에서부터 최근 순으로 보여 줘요.',
      en: 'Shows the steps that built `{image}` and the size of each layer, newest first.',
    },
    why: {
      ko: '이미지를 받은 사람 누구나 볼 수 있어요. 빌드 인자(ARG)로 넘긴 비밀번호는 RUN 단계의 기록에 남을 수 있으니 `RUN --mount=type=secret`으로 넘기세요.',
      en: 'Anyone with the image can read it; secrets passed as build args may show in RUN steps, so pass them with `RUN --mount=type=secret`.',
    },
    concept: 'layers',
    docs: `${CLI}image/history/`,
    sources: [`${CLI}image/history/#description`, 'https://docs.docker.com/reference/dockerfile/#arg'],
  },
  'cli.commit': {
    id: 'cli.commit',
    title: { ko: 'docker commit', en: 'docker commit' },
    summary: {
      ko: '컨테이너 `{container}`의 쓰기 가능한 레이어를 새 이미지 `{target}`으로/로 저장해요. 원래 이미지는 그대로예요.',
      en: "Saves `{container}`'s writable layer as a new image `{target}`; the original image is unchanged.",
    },
    why: {
      ko: '볼륨에 있는 데이터는 들어가지 않아요. 어떻게 만들었는지 기록이 남지 않으니, 디버깅용이 아니라면 Dockerfile로 다시 만드세요.',
      en: 'Data in volumes is not included, and how the image was made is not recorded: outside debugging, rebuild it from a Dockerfile.',
    },
    concept: 'images-containers',
    docs: `${CLI}container/commit/`,
    sources: [`${CLI}container/commit/#description`],
  },
  'cli.system.df': {
    id: 'cli.system.df',
    title: { ko: 'docker system df', en: 'docker system df' },
    summary: {
      ko: '이미지, 컨테이너, 로컬 볼륨, 빌드 캐시가 디스크를 얼마나 쓰는지, 그중 지워도 되는(RECLAIMABLE) 양은 얼마인지 보여 줘요.',
      en: 'Shows the disk used by images, containers, local volumes and the build cache, and how much could be reclaimed.',
    },
    concept: 'layers',
    docs: `${CLI}system/df/`,
    sources: [`${CLI}system/df/#description`],
  },
  'cli.system.prune': {
    id: 'cli.system.prune',
    title: { ko: 'docker system prune', en: 'docker system prune' },
    summary: {
      ko: '멈춘 컨테이너, 쓰지 않는 네트워크, 이름 없는(dangling, `<none>`) 이미지, 쓰지 않는 빌드 캐시를 한 번에 지워요.',
      en: 'Removes stopped containers, unused networks, dangling (`<none>`) images and unused build cache in one go.',
    },
    why: {
      ko: '볼륨은 기본으로 지우지 않아요(`--volumes`를 주면 익명 볼륨도). `-a`를 주면 컨테이너가 쓰지 않는 이미지까지 모두 지워서 다음 실행 때 다시 받아야 해요.',
      en: 'Volumes stay unless you add `--volumes` (anonymous ones); `-a` also removes every image no container uses, so they are pulled again next time.',
    },
    concept: 'images-containers',
    docs: `${CLI}system/prune/`,
    sources: [`${CLI}system/prune/#description`],
  },
  'cli.image.prune': {
    id: 'cli.image.prune',
    title: { ko: 'docker image prune', en: 'docker image prune' },
    summary: {
      ko: '이름(태그)이 없는 dangling 이미지(`<none>`)를 지워요. 같은 태그로 다시 빌드하면 이전 이미지가 이렇게 남아요. `-a`면 컨테이너가 쓰지 않는 이미지를 모두 지워요.',
      en: 'Removes dangling (`<none>`) images, which rebuilding under the same tag leaves behind; `-a` removes every image no container uses.',
    },
    concept: 'images-containers',
    docs: `${CLI}image/prune/`,
    sources: [`${CLI}image/prune/#description`],
  },
  'cli.container.prune': {
    id: 'cli.container.prune',
    title: { ko: 'docker container prune', en: 'docker container prune' },
    summary: {
      ko: '멈춘 컨테이너를 모두 지워요. 그 쓰기 가능한 레이어에 있던 변경도 함께 사라져요.',
      en: 'Removes all stopped containers, and the changes in their writable layers with them.',
    },
    concept: 'images-containers',
    docs: `${CLI}container/prune/`,
    sources: [`${CLI}container/prune/#description`],
  },
  'cli.builder.prune': {
    id: 'cli.builder.prune',
    title: { ko: 'docker builder prune', en: 'docker builder prune' },
    summary: {
      ko: '빌드 캐시를 지워요. 다음 빌드는 지운 단계를 다시 실행해요. `-a`면 쓰지 않는 것만이 아니라 모든 빌드 캐시를 지워요.',
      en: 'Removes build cache; the next build runs those steps again. `-a` removes all build cache, not only unused entries.',
    },
    concept: 'layers',
    docs: `${CLI}builder/prune/`,
    sources: [`${CLI}builder/prune/#description`],
  },
  'cli.compose.watch': {
    id: 'cli.compose.watch',
    title: { ko: 'docker compose watch', en: 'docker compose watch' },
    summary: {
      ko: '서비스의 `develop.watch`에 적은 경로를 지켜보다가, 파일이 바뀌면 컨테이너에 복사(`sync`)하거나 다시 시작(`sync+restart`)하거나 이미지를 다시 빌드(`rebuild`)해요.',
      en: "Watches the paths listed under a service's `develop.watch` and, on a change, copies files into the container (`sync`), restarts it (`sync+restart`) or rebuilds the image (`rebuild`).",
    },
    why: {
      ko: '`develop.watch`가 있고 `build:`로 빌드하는 서비스만 지켜봐요(`image:`만 있는 서비스는 아니에요). 바인드 마운트와 달리 `.dockerignore`의 규칙을 따라서, 거기 적은 파일은 옮기지 않아요.',
      en: 'Only services with `develop.watch` that are built with `build:` are watched (not `image:`-only ones). Unlike a bind mount it follows `.dockerignore`, so files listed there are not synced.',
    },
    concept: 'compose',
    docs: 'https://docs.docker.com/compose/how-tos/file-watch/',
    sources: ['https://docs.docker.com/compose/how-tos/file-watch/#configuration', `${CLI}compose/watch/#description`],
  },
};
