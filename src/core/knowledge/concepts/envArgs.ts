import type { Concept } from './types';
import { L } from './diagramKit';
import { group, link, node, note, row } from './flowKit';

export const envArgs: Concept = {
  id: 'env-args',
  title: L('환경 변수와 빌드 인자', 'Environment variables and build arguments'),
  summary: L(
    '`ARG`(빌드 인자)는 빌드하는 동안에만 쓰는 값이고, `ENV`(환경 변수)는 이미지에 남아 컨테이너가 실행될 때도 보여요. 시크릿 값은 둘 다에 넣지 않아요.',
    '`ARG` exists only while building; `ENV` stays in the image and is visible at run time. Secrets go in neither.',
  ),
  diagram: {
    description: L(
      '빌드 시점에는 ARG와 ENV가 모두 쓰이고, 실행 시점에는 ENV와 docker run -e로 준 값만 컨테이너에 보이는 시간 흐름 그림이에요.',
      'At build time ARG and ENV are available; at run time only ENV and values from docker run -e reach the container.',
    ),
    items: [
      row(
        group('muted', L('빌드 시점', 'Build time'), [
          node('image', L('ENV PORT=8080', 'ENV PORT=8080'), { id: 'env' }),
          node('accent', L('ARG VERSION=1.2', 'ARG VERSION=1.2')),
          note(L('--build-arg로 바꿔요', 'override: --build-arg')),
        ]),
        group('container', L('실행 시점', 'Run time'), [
          node('image', L('PORT=8080', 'PORT=8080'), { id: 'port' }),
          node('writable', L('-e DEBUG=1', '-e DEBUG=1')),
          note(L('VERSION은 없어요', 'no VERSION here'), 'danger'),
        ]),
      ),
      note(L('둘 다 docker history / inspect로 보여요: 시크릿 값 금지', 'both show in history/inspect: no secrets'), 'danger'),
    ],
    arrows: [link('env', 'port')],
  },
  sections: [
    {
      heading: L('`ARG`: 빌드 인자(build argument)', '`ARG`: build arguments'),
      body: L(
        '`docker build --build-arg VERSION=1.3`으로 바꿀 수 있는 빌드용 값이에요. `FROM` 앞에 선언한 `ARG`는 `FROM` 줄에서만 쓸 수 있고, 스테이지 안에서 쓰려면 그 스테이지에서 `ARG VERSION`을 다시 선언하세요. 컨테이너가 실행될 때는 없어요.',
        'A build-time value, overridable with `--build-arg`. An `ARG` before `FROM` is visible only in `FROM` lines; redeclare it inside a stage to use it there. It does not exist at run time.',
      ),
    },
    {
      heading: L('`ENV`: 환경 변수(environment variable)', '`ENV`: environment variables'),
      body: L(
        '`ENV`는 뒤 단계의 빌드와 컨테이너 실행 모두에 보여요. 실행할 때 `docker run -e PORT=9090`이나 Compose의 `environment:`, `env_file:`로 덮어써요.',
        '`ENV` applies to later build steps and to the running container; override with `docker run -e`, Compose `environment:` or `env_file:`.',
      ),
    },
    {
      heading: L('시크릿 값(secret)', 'Secrets'),
      body: L(
        '`ARG`나 `ENV`에 넣은 토큰은 `docker history`나 `docker inspect`로 누구나 볼 수 있어요. 빌드에 필요한 시크릿은 `RUN --mount=type=secret,id=npmrc`처럼 secret 마운트로, 실행 중 시크릿은 Compose `secrets:`나 파일(`…_FILE`)로 넘겨요.',
        'Tokens in `ARG` or `ENV` show in `docker history`/`inspect`. Use `RUN --mount=type=secret` at build time and Compose `secrets:` or `…_FILE` files at run time.',
      ),
    },
  ],
  example: {
    language: 'dockerfile',
    code: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-bookworm-slim\nARG APP_VERSION=dev\nENV PORT=8080\nLABEL org.opencontainers.image.version=$APP_VERSION\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
    caption: L('`NODE_VERSION`은 `FROM`에서만, `PORT`는 실행 중에도 보여요.', '`NODE_VERSION` is for `FROM` only; `PORT` is seen at run time.'),
  },
  related: ['cmd-entrypoint', 'multi-stage', 'compose'],
  docs: [
    { url: 'https://docs.docker.com/build/building/variables/', title: L('Build variables', 'Build variables') },
    { url: 'https://docs.docker.com/build/building/secrets/', title: L('Build secrets', 'Build secrets') },
  ],
  sources: [
    'https://docs.docker.com/reference/dockerfile/#arg',
    'https://docs.docker.com/reference/dockerfile/#env',
    'https://docs.docker.com/reference/cli/docker/buildx/build/#build-arg',
    'https://docs.docker.com/reference/cli/docker/buildx/build/#secret',
  ],
  keywords: ['ARG', 'ENV', '환경 변수', '빌드 인자', 'build-arg', '--build-arg', '-e', 'environment', 'env_file', 'secret', '시크릿'],
};
