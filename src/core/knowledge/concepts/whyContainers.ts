import type { Concept } from './types';
import { L } from './diagramKit';
import { group, link, node, note, row } from './flowKit';

export const whyContainers: Concept = {
  id: 'why-containers',
  title: L('왜 컨테이너인가', 'Why containers'),
  summary: L(
    '"내 컴퓨터에선 되는데요"를 끝내려고 컨테이너를 써요. 코드와 그 코드가 필요로 하는 런타임, 라이브러리, 설정을 이미지 하나로 묶어서 어디서나 같은 모습으로 실행해요.',
    'Containers end "it works on my machine": code, its runtime, libraries and settings are packed into one image that runs the same everywhere.',
  ),
  diagram: {
    description: L(
      '앱과 런타임, 라이브러리를 담은 이미지 하나가 노트북, 테스트 서버, 클라우드에서 똑같이 실행되는 그림이에요.',
      'One image holding the app, runtime and libraries runs the same on a laptop, a test server and the cloud.',
    ),
    items: [
      group('image', L('이미지', 'Image'), [node('accent', L('앱 코드', 'App code')), node('muted', L('런타임 (Node 20)', 'Runtime (Node 20)')), node('muted', L('라이브러리·설정', 'Libraries, config'))], 'image'),
      row(
        node('host', L('노트북', 'Laptop'), { id: 'laptop', lines: [L('macOS', 'macOS')] }),
        node('host', L('테스트 서버', 'Test server'), { id: 'test', lines: [L('Ubuntu', 'Ubuntu')] }),
        node('host', L('클라우드', 'Cloud'), { id: 'cloud', lines: [L('리눅스 VM', 'Linux VM')] }),
      ),
      note(L('어디서나 같은 이미지, 같은 환경', 'Same image, same environment everywhere'), 'ok'),
    ],
    arrows: [link('image', 'laptop'), link('image', 'test'), link('image', 'cloud')],
  },
  sections: [
    {
      heading: L('문제: 환경이 달라요', 'The problem: environments differ'),
      body: L(
        '개발자 노트북에는 Node 20이, 서버에는 Node 18이 깔려 있으면 같은 코드도 다르게 움직여요. 라이브러리 버전, 환경 변수, OS 패키지도 사람마다 조금씩 달라요.\n\n그래서 "설치 방법" 문서를 아무리 잘 써도 어딘가에서는 어긋나요.',
        'A laptop with Node 20 and a server with Node 18 run the same code differently; library versions, environment variables and OS packages drift too.',
      ),
    },
    {
      heading: L('해결: 실행 환경째로 묶어요', 'The fix: ship the environment'),
      body: L(
        '컨테이너 이미지(image)는 앱과 그 앱이 돌아가는 데 필요한 파일을 전부 담아요. 이미지를 받은 곳에서는 설치 과정 없이 `docker run` 한 번으로 똑같은 환경이 떠요.\n\n- 팀원 모두 같은 이미지로 개발하고 테스트해요.\n- 서버에 배포할 때도 테스트한 그 이미지를 그대로 써요.\n- 다 쓰면 컨테이너를 지우면 돼요. 이미지와 볼륨, 빌드 캐시는 남으니 `docker image rm`, `docker volume rm`, `docker builder prune`으로 따로 지우세요.',
        'An image holds the app and every file it needs. Wherever it is pulled, `docker run` starts the same environment with no install steps.\n\n- The team develops and tests with one image.\n- Production runs the very image that was tested.\n- Remove the container when done; images, volumes and the build cache stay until `docker image rm`, `docker volume rm`, `docker builder prune`.',
      ),
    },
    {
      heading: L('컨테이너의 한계: 커널은 호스트 것', 'The limit: the kernel is the host\'s'),
      body: L(
        '컨테이너는 호스트의 커널을 함께 써요. 그래서 리눅스 컨테이너는 리눅스 커널이 필요하고, macOS나 Windows의 Docker Desktop은 작은 리눅스 가상 머신 안에서 컨테이너를 실행해요.\n\nCPU 아키텍처가 다르면 느리게 돌거나 아예 실행되지 않아요. 이미지 안의 프로그램은 특정 아키텍처(`amd64`, `arm64`)용으로 빌드돼 있어요. 다른 아키텍처의 이미지는 에뮬레이터가 있으면 에뮬레이션으로 느리게 돌고(Docker Desktop에는 에뮬레이터가 들어 있어요), 에뮬레이터가 없으면 `exec format error`로 실패해요. 두 플랫폼을 함께 담은 멀티 플랫폼 이미지를 만들면 어디서나 제 아키텍처로 돌아요(`docker buildx build --platform linux/amd64,linux/arm64`).',
        'Containers share the host kernel: Linux containers need a Linux kernel, so Docker Desktop on macOS and Windows runs them inside a small Linux VM.\n\nA different CPU architecture runs slowly or not at all: the programs in an image are built for one architecture (`amd64`, `arm64`). An image for another architecture runs slowly under emulation where an emulator is installed (Docker Desktop has one) and fails with `exec format error` where none is. A multi-platform image (`docker buildx build --platform linux/amd64,linux/arm64`) runs natively everywhere.',
      ),
    },
  ],
  example: {
    language: 'shell',
    code: '# 설치 없이 Node 20 환경에서 바로 실행해요\ndocker run --rm node:20-bookworm-slim node --version',
    caption: L('호스트에 Node가 없어도 이미지 안의 Node 20이 실행돼요.', 'Runs the Node 20 inside the image even if the host has no Node.'),
  },
  related: ['containers-vs-vms', 'images-containers', 'build-push-pull-run'],
  docs: [{ url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/', title: L('What is a container?', 'What is a container?') }],
  sources: [
    'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/#explanation',
    'https://docs.docker.com/build/building/multi-platform/#why-multi-platform-builds',
    // Emulation (QEMU, included in Docker Desktop) and `exec format error` without it.
    'https://docs.docker.com/build/building/multi-platform/#qemu',
    'https://github.com/moby/buildkit/blob/v0.32.2/docs/multi-platform.md',
  ],
  keywords: ['컨테이너', 'container', 'works on my machine', '환경', 'packaging', '패키징'],
};
