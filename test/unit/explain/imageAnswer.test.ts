import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { explainDockerfile } from '../../../src/core/explain/explainDockerfile';
import type { Language } from '../../../src/core/types';

// Review 02: the hover of an image reference answers "what is this image?" on its first line
// ("`nginx` 1.27 버전, Alpine Linux 기반 이미지예요"), before the grammar of image names; and the
// hover of a variable inside a FROM line (review 02b) talks about the variable and the image it
// makes, not about the `-slim`/`bookworm` written around it.

const DETAILS = 'command:dockerExplain.showHoverDetails?x';

function hoverAt(text: string, line: number, needle: string, language: Language, brief: boolean) {
  const doc = parseDockerfile(text);
  const character = text.split('\n')[line].indexOf(needle) + 1;
  const hover = explainDockerfile(doc, { line, character }, { language, conceptLinks: true, details: brief ? DETAILS : undefined });
  assert.ok(hover, `no hover on ${needle}`);
  return hover;
}

const firstLine = (markdown: string) => markdown.split('\n')[0];

const IMAGES: { from: string; at: string; ko: string; en: string }[] = [
  { from: 'FROM nginx:1.27-alpine AS web', at: '1.27', ko: '**`nginx:1.27-alpine`** — `nginx` 1.27 버전, Alpine Linux 기반 이미지예요.', en: '**`nginx:1.27-alpine`** — `nginx` version 1.27, based on Alpine Linux.' },
  { from: 'FROM node:20-bookworm-slim', at: 'node', ko: '**`node:20-bookworm-slim`** — `node` 20 버전, Debian bookworm slim 기반 이미지예요.', en: '**`node:20-bookworm-slim`** — `node` version 20, based on Debian bookworm slim.' },
  { from: 'FROM python:3.12', at: 'python', ko: '**`python:3.12`** — `python` 3.12 버전 이미지예요.', en: '**`python:3.12`** — `python` version 3.12.' },
  { from: 'FROM alpine:3.20', at: 'alpine', ko: '**`alpine:3.20`** — `alpine` 3.20 버전 이미지예요.', en: '**`alpine:3.20`** — `alpine` version 3.20.' },
  { from: 'FROM node:lts-alpine', at: 'node', ko: '**`node:lts-alpine`** — `node` 이미지의 `lts-alpine` 태그, Alpine Linux 기반이에요.', en: '**`node:lts-alpine`** — `node`, tag `lts-alpine`, based on Alpine Linux.' },
  { from: 'FROM nginx:mainline', at: 'nginx', ko: '**`nginx:mainline`** — `nginx` 이미지의 `mainline` 태그예요.', en: '**`nginx:mainline`** — `nginx`, tag `mainline`.' },
  { from: 'FROM ubuntu', at: 'ubuntu', ko: '**`ubuntu`** — `ubuntu` 이미지예요. 태그를 적지 않아서 `latest` 태그를 받아요.', en: '**`ubuntu`** — `ubuntu`; no tag written, so the tag `latest`.' },
  { from: 'FROM ghcr.io/acme/api:2.1.0', at: 'ghcr', ko: '**`ghcr.io/acme/api:2.1.0`** — `ghcr.io/acme/api` 2.1.0 버전 이미지예요.', en: '**`ghcr.io/acme/api:2.1.0`** — `ghcr.io/acme/api` version 2.1.0.' },
  { from: 'FROM gcr.io/distroless/nodejs20-debian12@sha256:4f3a9c2d1e0b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f', at: 'distroless', ko: '— `gcr.io/distroless/nodejs20-debian12` 이미지를 다이제스트로 고정했어요. 언제나 같은 이미지예요.', en: '— `gcr.io/distroless/nodejs20-debian12`, pinned by digest: always the same image.' },
];

describe('image hover: the answer first (review 02)', () => {
  for (const row of IMAGES) {
    for (const lang of ['ko', 'en'] as Language[]) {
      it(`${row.from} (${lang})`, () => {
        for (const brief of [true, false]) {
          const hover = hoverAt(`${row.from}\n`, 0, row.at, lang, brief);
          assert.strictEqual(hover.topics[0], 'dockerfile.image');
          const first = firstLine(hover.markdown);
          assert.ok(first.includes(row[lang]), `first line ${JSON.stringify(first)}`);
        }
        // The name's grammar is still in the whole explanation, after this image's facts.
        const whole = hoverAt(`${row.from}\n`, 0, row.at, lang, false).markdown;
        assert.ok(whole.includes(lang === 'ko' ? '`레지스트리/네임스페이스/저장소:태그@다이제스트` 형식의 이미지 이름이에요.' : 'An image name:'), whole);
      });
    }
  }

  it('scratch keeps the summary: it is no image to describe', () => {
    const hover = hoverAt('FROM scratch\n', 0, 'scratch', 'ko', true);
    assert.match(firstLine(hover.markdown), /형식의 이미지 이름이에요/);
  });
});

describe('variable in a FROM line (review 02b)', () => {
  const text = 'ARG NODE_VERSION=20\nARG BASE=node:20-bookworm-slim\nFROM node:${NODE_VERSION}-bookworm-slim AS build\nFROM ${BASE}\n';

  it('a variable that is part of the image: its value and the image it makes, not the variants written around it', () => {
    for (const brief of [true, false]) {
      const md = hoverAt(text, 2, 'NODE_VERSION', 'ko', brief).markdown;
      assert.ok(md.includes('빌드 인자 기본값으로 `node:20-bookworm-slim`'), md);
      assert.ok(!md.includes('`slim` 변형') && !md.includes('Debian `bookworm` 기반'), md);
    }
    const en = hoverAt(text, 2, 'NODE_VERSION', 'en', false).markdown;
    assert.ok(en.includes('`node:20-bookworm-slim` with the build argument defaults') && !en.includes('`slim` variant'), en);
  });

  it('a variable that is the whole image: the variants its value brings stay', () => {
    const md = hoverAt(text, 3, 'BASE', 'ko', false).markdown;
    assert.ok(md.includes('`slim` 변형') && md.includes('Debian `bookworm` 기반'), md);
    assert.ok(!md.includes('→ 빌드 인자 기본값으로'), md);
  });
});
