import type { Concept } from './types';
import { L } from './diagramKit';
import { group, link, node, note, row } from './flowKit';

export const multiStage: Concept = {
  id: 'multi-stage',
  title: L('멀티 스테이지 빌드', 'Multi-stage builds'),
  summary: L(
    'Dockerfile에 `FROM`을 여러 번 써서 스테이지를 나눠요. 빌드 도구가 든 스테이지에서 만들고, 결과물만 `COPY --from`으로 작은 마지막 스테이지에 옮겨요.',
    'Several `FROM`s split a Dockerfile into stages: build with the tools in one, then `COPY --from` only the output into a small final stage.',
  ),
  diagram: {
    description: L(
      '빌드 도구와 소스가 든 큰 build 스테이지에서 결과물 폴더만 COPY --from으로 작은 마지막 스테이지에 옮기는 그림이에요.',
      'Only the output folder moves from the large build stage to the small final stage with COPY --from.',
    ),
    items: [
      row(
        group('muted', L('스테이지 build', 'Stage build'), [
          node('accent', L('/app/dist', '/app/dist'), { id: 'dist' }),
          node('image', L('소스 코드', 'Source code')),
          node('image', L('node_modules', 'node_modules')),
          node('image', L('node:20 (SDK, 컴파일러)', 'node:20 (SDK, compilers)')),
          note(L('버려져요 (이미지에 안 들어감)', 'discarded'), 'danger'),
        ]),
        group('container', L('마지막 스테이지', 'Final stage'), [
          node('accent', L('html (dist만)', 'html (dist only)'), { id: 'html', lines: [L('COPY --from=build', 'COPY --from=build')] }),
          node('image', L('nginx:1.27-alpine', 'nginx:1.27-alpine')),
          note(L('이것만 배포해요', 'this is what ships'), 'ok'),
        ]),
      ),
    ],
    arrows: [link('dist', 'html')],
  },
  sections: [
    {
      heading: L('스테이지(stage)', 'Stages'),
      body: L(
        '`FROM`마다 새 스테이지가 시작돼요. `FROM node:20 AS build`처럼 이름을 붙이면 뒤에서 `COPY --from=build`로 그 스테이지의 파일을 가져와요. 이름이 없으면 0부터 센 번호로 불러요.\n\n최종 이미지는 마지막 스테이지(또는 `docker build --target`으로 고른 스테이지)뿐이에요. 앞 스테이지의 컴파일러, 소스, 캐시는 이미지에 들어가지 않아요.',
        'Each `FROM` starts a stage; `FROM node:20 AS build` lets `COPY --from=build` take its files (unnamed stages are numbered from 0).\n\nThe image is the last stage (or the `--target`). Earlier compilers, sources and caches are left out.',
      ),
    },
    {
      heading: L('좋은 점', 'Why'),
      body: L(
        '- 이미지가 작아져서 pull이 빠르고 공격 면이 줄어요.\n- 빌드 도구와 실행 환경이 분리돼요.\n- BuildKit은 마지막 스테이지에 필요 없는 스테이지는 건너뛰고, 서로 관계없는 스테이지는 동시에 빌드해요.',
        '- Smaller images: faster pulls, less attack surface.\n- Build tools apart from the runtime.\n- BuildKit skips unneeded stages and builds independent ones in parallel.',
      ),
    },
  ],
  example: {
    language: 'dockerfile',
    code: 'FROM node:20-bookworm-slim AS build\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html',
    caption: L('최종 이미지에는 nginx와 `dist` 폴더만 있어요.', 'The final image holds nginx and `dist` only.'),
  },
  related: ['layers', 'build-push-pull-run', 'env-args'],
  docs: [{ url: 'https://docs.docker.com/build/building/multi-stage/', title: L('Multi-stage builds', 'Multi-stage builds') }],
  sources: [
    'https://docs.docker.com/build/building/multi-stage/#name-your-build-stages',
    'https://docs.docker.com/reference/dockerfile/#copy---from',
  ],
  keywords: ['multi-stage', '멀티 스테이지', 'stage', '스테이지', 'COPY --from', 'AS', '--target', 'builder'],
};
