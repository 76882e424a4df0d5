import type { Concept } from './types';
import { L } from './diagramKit';
import { group, link, node, note, pair, row } from './flowKit';

export const buildPushPullRun: Concept = {
  id: 'build-push-pull-run',
  title: L('Dockerfile → build → push → pull → run', 'Dockerfile → build → push → pull → run'),
  summary: L(
    'Dockerfile로 이미지를 빌드하고, 태그를 붙여 레지스트리에 올리고(push), 다른 컴퓨터가 내려받아(pull) 컨테이너로 실행해요(run).',
    'Build an image from a Dockerfile, tag and push it to a registry; another machine pulls it and runs a container.',
  ),
  diagram: {
    description: L(
      '내 컴퓨터에서 Dockerfile을 빌드해 이미지를 만들고 레지스트리에 push하면, 서버가 그 이미지를 pull해서 컨테이너로 run하는 흐름이에요.',
      'On my machine a Dockerfile is built into an image and pushed to a registry; a server pulls it and runs a container.',
    ),
    items: [
      row(
        group('host', L('내 컴퓨터', 'My machine'), [pair(node('muted', L('Dockerfile', 'Dockerfile'), { id: 'dockerfile' }), node('image', L('이미지', 'Image'), { id: 'built', lines: [L('myapp:1.2', 'myapp:1.2')] }))]),
        node('registry', L('레지스트리', 'Registry'), { id: 'registry', lines: [L('Docker Hub, GHCR …', 'Docker Hub, GHCR …')] }),
        group('host', L('서버', 'Server'), [pair(node('image', L('이미지', 'Image'), { id: 'pulled', lines: [L('myapp:1.2', 'myapp:1.2')] }), node('container', L('컨테이너', 'Container'), { id: 'container' }))]),
      ),
      note(L('태그는 움직여요 · 다이제스트는 고정', 'tags move · digests are fixed'), 'accent'),
    ],
    arrows: [link('dockerfile', 'built', L('build', 'build')), link('built', 'registry', L('push', 'push')), link('registry', 'pulled', L('pull', 'pull')), link('pulled', 'container', L('run', 'run'))],
  },
  sections: [
    {
      heading: L('빌드(build)', 'Build'),
      body: L(
        '`docker build -t myapp:1.2 .`는 현재 폴더(빌드 컨텍스트, build context)를 빌더에 보내고 Dockerfile의 단계를 실행해 이미지를 만들어요. `-t`가 이름과 태그(tag)를 붙여요.\n\n`-d`, `-p` 같은 옵션은 `docker run`의 것이에요. `docker build`에는 없어요.',
        '`docker build -t myapp:1.2 .` sends the current folder (the build context) to the builder and runs the Dockerfile. `-t` names and tags the image. `-d` and `-p` belong to `docker run`, not `docker build`.',
      ),
    },
    {
      // https://docs.docker.com/build/concepts/context/#dockerignore-files
      heading: L('빌드 컨텍스트와 `.dockerignore`', 'The build context and `.dockerignore`'),
      body: L(
        '`COPY`와 `ADD`는 빌드 컨텍스트 안의 파일만 가져와요. 컨텍스트 맨 위에 `.dockerignore` 파일을 두면, 거기 적은 패턴과 맞는 파일은 빌더에 보내지 않아서 `COPY . .`에도 들어가지 않아요. `node_modules`, `.git`, `.env`, 빌드 결과물을 적어 두면 빌드가 빨라지고 시크릿 파일이 이미지에 들어가지 않아요.\n\n- 한 줄에 패턴 하나, `#`으로 시작하면 주석이에요.\n- `*`는 한 단계 안의 아무 이름, `**`는 여러 단계의 디렉터리예요: `**/*.log`.\n- `!`로 시작하면 예외(다시 포함)예요. 같은 파일에 맞는 줄이 여럿이면 마지막 줄이 이겨요.\n- `-f app.Dockerfile`로 빌드하면 `app.Dockerfile.dockerignore`가 있으면 그 파일이 맨 위의 `.dockerignore`보다 우선해요.',
        '`COPY` and `ADD` only read the build context. A `.dockerignore` at the context root keeps matching files from being sent to the builder, so `COPY . .` leaves them out: list `node_modules`, `.git`, `.env` and build output for faster builds and no secrets in the image.\n\n- One pattern per line; `#` starts a comment.\n- `*` matches within one level, `**` any number of directories: `**/*.log`.\n- `!` makes an exception (include again); when several lines match a file, the last one wins.\n- Building with `-f app.Dockerfile` prefers `app.Dockerfile.dockerignore` over the root `.dockerignore` when it exists.',
      ),
    },
    {
      heading: L('레지스트리, 태그, 다이제스트', 'Registries, tags, digests'),
      body: L(
        '레지스트리(registry)는 이미지를 보관하는 서버예요(Docker Hub, GitHub Container Registry, 회사 내부 레지스트리). 이미지 이름의 앞부분이 레지스트리를 정해요: `ghcr.io/team/app`. 생략하면 Docker Hub예요.\n\n- 태그(`:1.2`, `:latest`)는 나중에 다른 이미지를 가리키도록 옮길 수 있어요.\n- 다이제스트(`@sha256:…`)는 이미지 내용의 해시라서 언제나 같은 이미지를 가리켜요.',
        'A registry stores images (Docker Hub, GHCR, private ones). The name\'s prefix picks it: `ghcr.io/team/app`; none means Docker Hub.\n\n- Tags (`:1.2`, `:latest`) can be moved to another image.\n- A digest (`@sha256:…`) is a content hash and always means the same image.',
      ),
    },
    {
      heading: L('push, pull, run', 'Push, pull, run'),
      body: L(
        '`docker push`는 레지스트리에 없는 레이어만 올려요. `docker pull`도 이미 가진 레이어는 건너뛰어요. `docker run`은 로컬에 이미지가 없으면 먼저 pull해요.',
        '`docker push` uploads only layers the registry lacks; `docker pull` skips layers you have; `docker run` pulls first when the image is missing locally.',
      ),
    },
  ],
  example: {
    language: 'shell',
    code: 'docker build -t ghcr.io/team/myapp:1.2 .\ndocker push ghcr.io/team/myapp:1.2\n# 서버에서\ndocker pull ghcr.io/team/myapp:1.2\ndocker run -d -p 8080:80 ghcr.io/team/myapp:1.2',
    caption: L('빌드한 이미지를 그대로 서버에서 실행해요.', 'The server runs the very image you built.'),
  },
  related: ['run-flow', 'layers', 'images-containers'],
  docs: [
    { url: 'https://docs.docker.com/get-started/docker-concepts/building-images/build-tag-and-publish-an-image/', title: L('Build, tag, and publish an image', 'Build, tag, and publish an image') },
    { url: 'https://docs.docker.com/reference/cli/docker/image/pull/', title: L('docker image pull', 'docker image pull') },
    { url: 'https://docs.docker.com/build/concepts/context/#dockerignore-files', title: L('.dockerignore 파일', '.dockerignore files') },
  ],
  sources: [
    'https://docs.docker.com/get-started/docker-concepts/building-images/build-tag-and-publish-an-image/#explanation',
    'https://docs.docker.com/reference/cli/docker/image/pull/#description',
    'https://docs.docker.com/build/concepts/context/#dockerignore-files',
  ],
  keywords: ['build', 'push', 'pull', 'run', '.dockerignore', 'dockerignore', 'build context', '빌드 컨텍스트', 'registry', '레지스트리', 'tag', '태그', 'digest', '다이제스트', 'Docker Hub', 'ghcr'],
};
