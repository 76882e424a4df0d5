import type { Concept } from './types';
import { L } from './diagramKit';
import { link, node, pair } from './flowKit';

export const runFlow: Concept = {
  id: 'run-flow',
  title: L('`docker run`의 흐름', 'What `docker run` does'),
  summary: L(
    '`docker run`을 치면 Docker 클라이언트가 Docker 데몬에 요청하고, 데몬은 로컬 이미지 캐시를 확인해 없으면 레지스트리에서 pull한 뒤 컨테이너를 만들고(create) 시작해요(start).',
    'The client asks the daemon; the daemon checks its local images, pulls from a registry if missing, then creates and starts the container.',
  ),
  diagram: {
    description: L(
      'Docker 클라이언트가 Docker 데몬에 요청하고, 데몬이 로컬 이미지를 찾고, 없으면 레지스트리에서 내려받은 뒤 컨테이너를 만들고 시작하는 순서도예요.',
      'Client → daemon → local images? → pull from registry if missing → create → start.',
    ),
    items: [
      pair(
        node('muted', L('Docker 클라이언트', 'Docker client'), { id: 'client', lines: [L('docker run …', 'docker run …')] }),
        node('container', L('Docker 데몬', 'Docker daemon'), { id: 'daemon', lines: [L('dockerd', 'dockerd')] }),
      ),
      pair(node('registry', L('레지스트리에서 pull', 'pull from registry'), { id: 'pull' }), node('image', L('로컬 이미지?', 'Image local?'), { id: 'local' })),
      node('writable', L('create', 'create'), { id: 'create', lines: [L('쓰기 레이어·네트워크', 'writable layer, network')] }),
      node('ok', L('start', 'start'), { id: 'start', lines: [L('ENTRYPOINT·CMD 실행', 'runs ENTRYPOINT/CMD')] }),
    ],
    arrows: [
      link('client', 'daemon', L('API', 'API')),
      link('daemon', 'local'),
      link('local', 'pull', L('없음', 'no')),
      link('local', 'create', L('있음', 'yes')),
      link('pull', 'create', undefined, { dashed: true }),
      link('create', 'start'),
    ],
  },
  sections: [
    {
      heading: L('클라이언트와 데몬', 'Client and daemon'),
      body: L(
        '터미널의 `docker` 명령은 Docker 클라이언트(client)예요. 실제 일은 Docker 데몬(daemon, `dockerd`)이 해요. 클라이언트는 소켓이나 네트워크로 데몬의 API를 불러요. 그래서 원격 서버의 데몬에도 명령할 수 있어요(`docker context`).',
        'The `docker` command is the client; the daemon (`dockerd`) does the work through its API, local or remote (`docker context`).',
      ),
    },
    {
      heading: L('`docker run hello-world`에서 일어나는 일', 'What happens on `docker run hello-world`'),
      body: L(
        '- 클라이언트가 데몬에 컨테이너를 만들어 달라고 해요. 데몬은 로컬에서 `hello-world:latest` 이미지를 찾아요.\n- 없다는 답을 받으면 클라이언트가 "Unable to find image … locally"를 출력하고, 데몬에 Docker Hub에서 pull하라고 요청한 뒤 다시 만들기를 요청해요.\n- 데몬이 이미지 위에 쓰기 레이어를 얹고 네트워크를 붙여 컨테이너를 만들어요(`docker create`와 같아요).\n- 컨테이너를 시작해 이미지의 명령을 실행하고, 출력이 클라이언트로 돌아와요.\n\n다음 실행부터는 이미지가 로컬에 있으니 pull 단계가 빠져요.',
        '- The client asks the daemon to create the container; the daemon looks for `hello-world:latest` locally.\n- When it is missing, the client prints "Unable to find image … locally", asks the daemon to pull it from Docker Hub, then asks again to create.\n- The daemon creates the container: writable layer, network (like `docker create`).\n- It starts it; the output streams back to the client.\n\nNext time the image is local and the pull is skipped.',
      ),
    },
  ],
  example: {
    language: 'shell',
    code: 'docker run hello-world\n# 위 한 줄은 아래 세 단계와 같아요\ndocker pull hello-world\ndocker create --name hello hello-world\ndocker start -a hello',
    caption: L('`run` = (필요하면 pull) + create + start.', '`run` = (pull if needed) + create + start.'),
  },
  related: ['build-push-pull-run', 'images-containers', 'networks'],
  docs: [
    { url: 'https://docs.docker.com/get-started/docker-overview/#docker-architecture', title: L('Docker architecture', 'Docker architecture') },
    { url: 'https://docs.docker.com/reference/cli/docker/container/run/', title: L('docker container run', 'docker container run') },
  ],
  sources: [
    'https://docs.docker.com/get-started/docker-overview/#docker-architecture',
    'https://docs.docker.com/reference/cli/docker/container/run/#description',
  ],
  keywords: ['docker run', 'daemon', '데몬', 'client', '클라이언트', 'hello-world', 'create', 'start', 'pull', 'dockerd'],
};
