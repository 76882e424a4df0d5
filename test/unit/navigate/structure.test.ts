import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import { composeLinks, composeOutline, dockerfileFolding, dockerfileLinks, dockerfileOutline, registryPage } from '../../../src/core/navigate';
import type { OutlineSymbol } from '../../../src/core/navigate';
import { sliceOf } from './harness';

// Outline, folding and document links. Registry page URLs: the forms Docker Hub, GHCR, Quay and
// MCR serve (also used by docker/docker-language-server v0.16.0 internal/compose/documentLink.go).

function tree(symbols: OutlineSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail ? ` (${s.detail})` : ''}`, ...tree(s.children, depth + 1)]);
}

describe('navigate: outline', () => {
  it('Dockerfile: global ARGs, then stages with their instructions', () => {
    const doc = parseDockerfile('ARG NODE=20\nFROM node:${NODE} AS build\nWORKDIR /app\nRUN npm ci \\\n  && npm run build\nFROM nginx\nCOPY --from=build /app/dist /usr/share/nginx/html\n');
    assert.deepStrictEqual(tree(dockerfileOutline(doc)), [
      'argument NODE (ARG)',
      'stage build (FROM node:${NODE})',
      '  instruction WORKDIR (/app)',
      '  instruction RUN (npm ci …)',
      'stage nginx (FROM)',
      '  instruction COPY (--from=build /app/dist /usr/share/nginx/html)',
    ]);
    const build = dockerfileOutline(doc)[1];
    assert.deepStrictEqual([build.range.start.line, build.range.end.line], [1, 4]);
    assert.deepStrictEqual(build.selectionRange.start, { line: 1, character: 21 });
  });

  it('Compose: sections with their entries, and a service’s keys', () => {
    const doc = parseCompose('name: shop\nservices:\n  web:\n    image: nginx\n    ports: ["80:80"]\n  db:\n    image: postgres\nvolumes:\n  data: {}\nnetworks:\n  front:\nsecrets:\n  token:\n    file: t.txt\nconfigs:\n  app:\n    file: a.conf\n');
    assert.deepStrictEqual(tree(composeOutline(doc)), [
      'key name (shop)',
      'section services',
      '  service web',
      '    key image (nginx)',
      '    key ports',
      '  service db',
      '    key image (postgres)',
      'section volumes',
      '  volume data',
      'section networks',
      '  network front',
      'section secrets',
      '  secret token',
      'section configs',
      '  config app',
    ]);
  });
});

describe('navigate: folding', () => {
  it('Dockerfile: stages, continuation lines, heredocs and comment runs', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      '# build stage',
      'FROM alpine AS build',
      'RUN apk add \\',
      '    curl',
      'RUN <<EOF',
      'echo one',
      'echo two',
      'EOF',
      'FROM scratch',
      'COPY --from=build / /',
    ].join('\n');
    const got = dockerfileFolding(parseDockerfile(text)).map((f) => `${f.start + 1}-${f.end + 1}${f.kind ? ` ${f.kind}` : ''}`);
    assert.deepStrictEqual(got, ['1-2 comment', '3-9', '4-5', '6-9', '10-11']);
  });
});

interface LinkRow {
  image: string;
  url?: string;
}

const registryRows: LinkRow[] = [
  { image: 'node:20-alpine', url: 'https://hub.docker.com/_/node' },
  { image: 'library/redis', url: 'https://hub.docker.com/_/redis' },
  { image: 'docker.io/bitnami/redis:7', url: 'https://hub.docker.com/r/bitnami/redis' },
  { image: 'grafana/grafana@sha256:abc', url: 'https://hub.docker.com/r/grafana/grafana' },
  { image: 'ghcr.io/owner/app:1.0', url: 'https://ghcr.io/owner/app' },
  { image: 'quay.io/prometheus/node-exporter', url: 'https://quay.io/repository/prometheus/node-exporter' },
  { image: 'mcr.microsoft.com/dotnet/sdk:8.0', url: 'https://mcr.microsoft.com/artifact/mar/dotnet/sdk' },
  { image: 'registry.example.com:5000/team/app' },
  { image: 'scratch' },
  { image: '${REGISTRY}/app' },
];

describe('navigate: registry pages', () => {
  for (const row of registryRows) {
    it(`${row.image} → ${row.url ?? 'no link'}`, () => {
      assert.strictEqual(registryPage(row.image)?.url, row.url);
    });
  }
});

describe('navigate: document links', () => {
  it('Dockerfile: FROM images (a resolvable ARG too) and --from images; no link for stages or unknown values', () => {
    const text = 'ARG BASE=python:3.12\nARG TAG\nFROM ${BASE} AS build\nFROM node:${TAG}\nFROM build\nCOPY --from=build / /\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n';
    const got = dockerfileLinks(parseDockerfile(text)).map((l) => `${l.range.start.line + 1}:${sliceOf(text, l.range)} → ${l.target.kind === 'url' ? l.target.url : l.target.path}`);
    assert.deepStrictEqual(got, ['3:${BASE} → https://hub.docker.com/_/python', '7:nginx:1.27 → https://hub.docker.com/_/nginx']);
  });

  it('Compose: image pages and the files values name; nothing for variables or Git contexts', () => {
    const text = `include:
  - other/compose.yaml
  - path: [a.yaml, b.yaml]
services:
  web:
    image: "ghcr.io/owner/web:1"
    build: ./web
    env_file: .env.web
    extends:
      file: common.yaml
      service: base
  api:
    build:
      context: ./api
      dockerfile: Dockerfile.prod
    env_file:
      - path: ./api.env
        required: false
      - \${ENV_FILE}
  remote:
    build: https://github.com/docker/buildx.git#main
secrets:
  token:
    file: ./secrets/token.txt
`;
    const got = composeLinks(parseCompose(text), '/p/compose.yaml').map((l) => `${l.range.start.line + 1}:${sliceOf(text, l.range)} → ${l.target.kind === 'url' ? l.target.url : l.target.path}`);
    assert.deepStrictEqual(got, [
      '6:ghcr.io/owner/web:1 → https://ghcr.io/owner/web',
      '7:./web → /p/web/Dockerfile',
      '8:.env.web → /p/.env.web',
      '10:common.yaml → /p/common.yaml',
      '14:./api → /p/api/Dockerfile.prod',
      '15:Dockerfile.prod → /p/api/Dockerfile.prod',
      '17:./api.env → /p/api.env',
      '2:other/compose.yaml → /p/other/compose.yaml',
      '3:a.yaml → /p/a.yaml',
      '3:b.yaml → /p/b.yaml',
      '24:./secrets/token.txt → /p/secrets/token.txt',
    ]);
  });

  it('Compose without a path: image links only', () => {
    const links = composeLinks(parseCompose('services:\n  web:\n    image: nginx\n    env_file: .env\n'), undefined);
    assert.deepStrictEqual(links.map((l) => l.target), [{ kind: 'url', url: 'https://hub.docker.com/_/nginx' }]);
    assert.ok(links[0].tooltip.ko.includes('Docker Hub'));
  });
});
