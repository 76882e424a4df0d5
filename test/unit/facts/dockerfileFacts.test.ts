import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { explainDockerfile } from '../../../src/core/explain/explainDockerfile';
import type { Language } from '../../../src/core/types';

// Findings of the facts review (shared/reviews/facts-dockerfile-commands.md) about Dockerfile
// hovers outside the process/layer/scope models: the hover must state the corrected fact and no
// longer the wrong one. Each row names its source.

function hoverText(text: string, lineStart: string, at: string, lang: Language = 'ko'): string {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith(lineStart));
  assert.ok(line >= 0, `no line starting with ${lineStart}`);
  const character = lines[line].indexOf(at);
  assert.ok(character >= 0, `"${at}" not on line ${lineStart}`);
  const r = explainDockerfile(parseDockerfile(text), { line, character }, { language: lang });
  assert.ok(r, `no hover at ${at}`);
  return r.markdown;
}

interface Row {
  finding: string;
  file: string;
  line: string;
  at: string;
  says: string[];
  never: string[];
  source: string;
}

const ROWS: Row[] = [
  {
    finding: '10',
    file: 'FROM node:20-bookworm-slim\n',
    line: 'FROM',
    at: 'node',
    says: ['빌드(그리고 `docker run`)가 이 레지스트리에서 받아 와요', '다이제스트(`@sha256:…`)'],
    never: ['`docker pull`은 로컬에 없을 때'],
    source: 'https://docs.docker.com/reference/cli/docker/image/pull/',
  },
  {
    finding: '15',
    file: 'FROM alpine\nRUN --device=nvidia.com/gpu=all nvidia-smi\n',
    line: 'RUN',
    at: '--device',
    says: ['# syntax=docker/dockerfile:1-labs'],
    never: [],
    source: 'https://docs.docker.com/reference/dockerfile/#run---device',
  },
  {
    finding: '16',
    file: 'FROM alpine\nCOPY --chown=10001 --from=build /app /app\n',
    line: 'COPY',
    at: '--chown',
    says: ['`--from`으로 가져온 파일은 원래 소유자를 유지해요'],
    never: ['없으면 UID 0, GID 0(root)이에요'],
    source: 'https://docs.docker.com/reference/dockerfile/#copy---chown---chmod; docker/docs#20660',
  },
  {
    finding: '18',
    file: 'FROM node:20-bookworm-slim\n',
    line: 'FROM',
    at: 'FROM',
    says: ['태그는 게시자가 옮길 수 있어서', '`@sha256:…` 다이제스트'],
    never: ['태그를 고정하지 않으면'],
    source: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
  },
  {
    finding: '19',
    file: 'FROM golang:1.23\nARG TARGETARCH\n',
    line: 'ARG',
    at: 'TARGETARCH',
    says: ['(예: `amd64`)'],
    never: ['(예: `linux/amd64`)'],
    source: 'https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope',
  },
  {
    finding: '19',
    file: 'FROM golang:1.23\nARG TARGETPLATFORM\n',
    line: 'ARG',
    at: 'TARGETPLATFORM',
    says: ['(예: `linux/amd64`)'],
    never: [],
    source: 'https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope',
  },
  {
    finding: '26',
    file: 'FROM alpine\nRUN <<EOF\necho hi\nEOF\n',
    line: 'RUN',
    at: '<<EOF',
    says: ['`# syntax` 줄이 없어도 돼요'],
    never: ['BuildKit의 Dockerfile 문법이 필요해요 (`# syntax=docker/dockerfile:1`)'],
    source: 'https://docs.docker.com/reference/dockerfile/#here-documents',
  },
  {
    finding: '27',
    file: 'FROM node:20\nUSER node\n',
    line: 'USER',
    at: 'USER',
    says: ['베이스 이미지가 USER를 정하지 않았다면 root예요', '숫자 UID는 그대로 써도 돼요'],
    never: ['그 사용자는 먼저 RUN으로 만들어 둬야 해요'],
    source: 'https://docs.docker.com/reference/dockerfile/#user',
  },
  {
    finding: '28',
    file: 'FROM nginx:latest\n',
    line: 'FROM',
    at: 'nginx',
    says: ['태그를 적지 않았을 때 Docker가 쓰는 기본 이름'],
    never: ['관리자가 기본으로 붙인 태그'],
    source: 'https://docs.docker.com/reference/cli/docker/image/tag/',
  },
  {
    finding: '35',
    file: 'FROM alpine\nRUN echo $HOME\n',
    line: 'RUN',
    at: '$HOME',
    says: ['`PATH` 같은 값'],
    never: ['빌드 중에는 빈 문자열이 되거나'],
    source: 'moby/buildkit sets PATH for RUN (system.DefaultPathEnv); base image ENV',
  },
  {
    finding: '41',
    file: 'FROM alpine\nADD app.tar.zst /opt/\n',
    line: 'ADD',
    at: 'ADD',
    // Settled in the code (issue 10 §4): BuildKit detects the compression from the content, zstd included.
    says: ['identity, gzip, bzip2, xz만 적혀 있지만', 'zstd로 압축한 tar도 풀어서 넣어요'],
    never: ['풀린다고 기대하지 말고', 'RUN에서 직접 푸세요'],
    source: 'moby/buildkit v0.32.2 solver/llbsolver/file/unpack.go isArchivePath → moby/go-archive v0.2.0 compression.DecompressStream (Zstd)',
  },
  {
    finding: '41',
    file: 'FROM alpine\nADD app.tar.gz /opt/\n',
    line: 'ADD',
    at: 'ADD',
    says: ['`app.tar.gz`'],
    never: [],
    source: 'https://docs.docker.com/reference/dockerfile/#adding-local-tar-archives',
  },
  {
    finding: 'K3',
    file: 'FROM alpine\nRUN --mount=type=cache,target=/root/.cache pip install x\n',
    line: 'RUN',
    at: 'type=cache',
    says: ['이미지에도 들어가지 않아요. 그래서 이 경로는 RUN 끝에 지울 필요가 없어요'],
    never: ['써야 해요. 그래서'],
    source: 'review K3; https://docs.docker.com/reference/dockerfile/#run---mounttypecache',
  },
  {
    finding: 'K4',
    file: 'FROM alpine\nCOPY --parents ./x/a.txt /p/\n',
    line: 'COPY',
    at: '--parents',
    says: ['(`--parents`가 없으면 `/p/a.txt`)'],
    never: ['(없으면 `/p/a.txt`)'],
    source: 'https://docs.docker.com/reference/dockerfile/#copy---parents',
  },
  {
    finding: 'K5',
    file: 'FROM alpine\nCOPY --chmod=755 run.sh /usr/local/bin/\n',
    line: 'COPY',
    at: '--chmod',
    says: ['기타 사용자 `r-x`'],
    never: ['그 밖'],
    source: 'review K5 (others = 기타 사용자)',
  },
  {
    finding: 'K10',
    file: 'FROM alpine\nRUN --mount=type=tmpfs,target=/tmp,size=64m true\n',
    line: 'RUN',
    at: 'size',
    says: ['파일 시스템'],
    never: ['파일시스템'],
    source: 'DESIGN.md vocabulary',
  },
  {
    finding: 'K12',
    file: 'FROM alpine AS build\nFROM alpine\nCOPY --from=build /a /a\n',
    line: 'FROM alpine AS',
    at: 'build',
    says: ['(번호 0번, 0부터 셈)'],
    never: ['0번째'],
    source: 'review K12',
  },
  {
    finding: 'K14',
    file: 'FROM alpine\nHEALTHCHECK CMD true\n',
    line: 'HEALTHCHECK',
    at: 'HEALTHCHECK',
    says: ['`unhealthy`예요.'],
    never: ['`0s` 동안의 실패는'],
    source: 'https://docs.docker.com/reference/dockerfile/#healthcheck',
  },
  {
    finding: 'K14',
    file: 'FROM alpine\nHEALTHCHECK --start-period=20s CMD true\n',
    line: 'HEALTHCHECK',
    at: 'HEALTHCHECK',
    says: ['`20s` 동안의 실패는 세지 않아요'],
    never: [],
    source: 'https://docs.docker.com/reference/dockerfile/#healthcheck',
  },
  {
    finding: 'K20',
    file: 'FROM alpine\nVOLUME /data\nRUN touch /data/x\n',
    line: 'VOLUME',
    at: 'VOLUME',
    says: ['옛 빌더(legacy builder)에서는 버려져요'],
    never: ['옛 빌더는 버렸어요'],
    source: 'review K20; https://docs.docker.com/reference/dockerfile/#notes-about-specifying-volumes',
  },
];

describe('facts review: Dockerfile hovers say what Docker does', () => {
  for (const row of ROWS) {
    it(`finding ${row.finding}: ${row.file.split('\n')[1] || row.file.split('\n')[0]} @ ${row.at}`, () => {
      const text = hoverText(row.file, row.line, row.at);
      for (const s of row.says) assert.ok(text.includes(s), `finding ${row.finding}: missing "${s}" (source: ${row.source}) in:\n${text}`);
      for (const s of row.never) assert.ok(!text.includes(s), `finding ${row.finding}: still says "${s}" in:\n${text}`);
    });
  }

  it('the corrected texts have English too', () => {
    assert.ok(hoverText('FROM golang:1.23\nARG TARGETOS\n', 'ARG', 'TARGETOS', 'en').includes('(e.g. `linux`)'));
    assert.ok(hoverText('FROM alpine\nRUN --device=x true\n', 'RUN', '--device', 'en').includes('1-labs'));
  });
});
